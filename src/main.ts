// The stylesheets stay in the first script, so they load with the page: MapLibre's comes before ours, so
// ours can adjust its controls.
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import './print.css';
import { startFetches } from './data/start-fetches.ts';
import { holdCommands, pictureShowsView, whenReached } from './embed/when-reached.ts';
import { whenPictureShown } from './preview/picture-shown.ts';
import { keepPreviewPicks } from './preview/preview-picks.ts';
import { isEmbedded } from './state/embed-flag.ts';

// This small script runs as soon as the page is parsed; the app and MapLibre (start.ts) follow as their own
// script, fetched with the data it needs once the app is to start, so the static page's hub links work meanwhile.
// On a page of its own the app starts once the picture is on screen (the data already on its way).
const picks = keepPreviewPicks();
// In another page's frame, the app and MapLibre start once the reader reaches for the map, or once the frame is
// seen where the static picture does not show the view asked for (whenReached).
// Meanwhile the static page is in the embed's shape: the page's blocking script marked it (MARK_EMBED_SCRIPT).
const framed = isEmbedded(new URLSearchParams(location.search)) && window.parent !== window;
const commands = framed ? holdCommands() : undefined;
// The data's fetches start at once on a page of its own (startFetches runs once).
if (!framed) startFetches();
(framed
  ? whenReached({ seen: !pictureShowsView(location.search, document.documentElement.lang) })
  : whenPictureShown(document.querySelector('.static-preview img'))
)
  .then(() => {
    startFetches();
    return import('./start.ts');
  })
  .then(
    (app) => app.start(picks, commands),
    (e: unknown) => {
      // The static page (in English, as this notice) stays whole, with every project and its sources; its hub
      // links go to the hub's address again (a reload, which tries the app once more).
      picks.stop();
      delete document.documentElement.dataset.embed;
      const p = document.createElement('p');
      p.className = 'notice';
      p.setAttribute('role', 'alert');
      p.textContent = `The interactive map could not load (${e instanceof Error ? e.message : String(e)}); every project is listed below. Reload the page to try again.`;
      document.querySelector('.static-page')?.prepend(p);
    },
  );
