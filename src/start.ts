import './app/corridor-app.ts';
import { LoadError, loadSiteData } from './data/load.ts';
import { pageAddress, siteRoot } from './data/site-root.ts';
import type { Lang } from './data/types.ts';
import { guessLanguage, t } from './i18n/strings.ts';
import { startMapWorker } from './map/worker.ts';
import type { PreviewPicks } from './preview/preview-picks.ts';
import { adoptPreviewPicture, readPreviewSpots } from './preview/preview-spots.ts';
import { parsePagePath } from './state/pages.ts';
import { languageAsked } from './state/url.ts';

const app = document.querySelector('corridor-app');

/** The reader's language before the app runs: the URL's, else the page's (`/ru/...`), else the browser's. */
function language(): Lang {
  const page = pageAddress();
  return (
    languageAsked(location.search) ??
    (page ? parsePagePath(page)?.lang : undefined) ??
    guessLanguage(navigator.languages)
  );
}

/** Loads everything and hands it to the app; on failure says what failed and offers a retry. */
async function load(picks?: PreviewPicks, commands?: () => MessageEvent[]): Promise<void> {
  if (!app) return;
  try {
    const site = await loadSiteData(siteRoot());
    app.basemap = site.basemap;
    app.fontFaces = site.fontFaces;
    app.notices = site.missing.map((m) => `${t(language(), 'basemapFailed')} (${m})`);
    // The app takes over from the static page the build wrote into the HTML, and keeps its picture's hub links.
    const page = document.querySelector('.static-page');
    if (page) {
      app.previewHubs = readPreviewSpots(page);
      app.previewPicture = adoptPreviewPicture(page);
    }
    page?.remove();
    // A hub the reader chose in the static page's picture before the app ran: the app opens it.
    picks?.stop();
    const hub = picks?.picked();
    if (hub) app.startWith = { type: 'hub', id: hub };
    app.data = site.data;
    // The commands the embed's page sent while the app loaded go to its listener, in order.
    await app.updateComplete;
    for (const e of commands?.() ?? [])
      dispatchEvent(new MessageEvent('message', { data: e.data, origin: e.origin, source: e.source }));
  } catch (e) {
    // The static page (picture and list of every project) stays; the notice says what failed.
    const p = document.createElement('p');
    p.className = 'notice';
    p.setAttribute('role', 'alert');
    p.textContent = `${t(language(), 'loadFailed')} (${e instanceof LoadError ? e.message : String(e)})`;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = t(language(), 'retry');
    retry.addEventListener('click', () => {
      p.remove();
      startMapWorker();
      void load(picks, commands);
    });
    p.append(' ', retry);
    app.prepend(p);
  }
}

/**
 * Starts MapLibre's worker and loads the data into the app, with the hub chosen meanwhile, if any, and the
 * commands an embed's page sent meanwhile (`holdCommands`).
 */
export function start(picks?: PreviewPicks, commands?: () => MessageEvent[]): void {
  startMapWorker();
  void load(picks, commands);
}
