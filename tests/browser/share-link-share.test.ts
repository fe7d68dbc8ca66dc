import { afterEach, describe, expect, it } from 'vitest';
import { MapToolbar } from '../../src/controls/map-toolbar.ts';
import { hubDetails } from '../../src/data/split.ts';
import { t } from '../../src/i18n/strings.ts';
import { HubPanel } from '../../src/panels/hub-panel.ts';
import { ShareLink } from '../../src/panels/share-link.ts';
import { SITE_URL_META } from '../../src/state/pages.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { createData, mount } from './fixture-data.ts';

/**
 * Issue 23: the panel's "Copy link" gives the absolute address of the feature's own page in the reader's
 * language and says so; "Share" is there only where the platform has a share sheet, and hands it the same
 * address; the embed dialog offers the page too. The clipboard and the share sheet are stubbed on `navigator`,
 * so the test reads exactly what the page handed them.
 */

const PROJECT = 'east-terminal';
const copied: string[] = [];
const shared: ShareData[] = [];

/** Gives the page a clipboard that records and, with `share`, a share sheet that records too. */
function stubNavigator(share: boolean) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void copied.push(text) },
  });
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: share ? async (data: ShareData) => void shared.push(data) : undefined,
  });
}

/** The site's public address, as the build writes it into a page when `CORRIDOR_SITE_URL` is set. */
function siteMeta(content: string) {
  const meta = document.createElement('meta');
  meta.name = SITE_URL_META;
  meta.content = content;
  document.head.append(meta);
}

afterEach(() => {
  // The stubs are own properties over Navigator.prototype's: deleting them brings the real ones back.
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(navigator, 'share');
  document.head.querySelector(`meta[name="${SITE_URL_META}"]`)?.remove();
  document.body.replaceChildren();
  copied.length = 0;
  shared.length = 0;
});

function shareLink(target = { type: 'project' as const, id: PROJECT }) {
  const link = new ShareLink();
  link.language = 'ru';
  link.target = target;
  link.name = 'Восточный терминал';
  return mount(link);
}

const button = (el: Element, name: string) =>
  el.shadowRoot?.querySelector<HTMLButtonElement>(`button.${name}`) ?? null;

describe('Copy link and Share', () => {
  it('copies the Russian page of a project at the site address the build wrote, and says so', async () => {
    siteMeta('https://example.org/corridor-map/');
    stubNavigator(false);
    const link = await shareLink();
    button(link, 'copy-link')?.click();
    await expect.poll(() => copied).toEqual([`https://example.org/corridor-map/ru/project/${PROJECT}/`]);
    await expect
      .poll(() => link.shadowRoot?.querySelector('[role="status"]')?.textContent)
      .toBe(t('ru', 'linkCopied'));
    // No share sheet here, so no Share button.
    expect(button(link, 'share')).toBeNull();
  });

  it("copies the page at the page's own origin when the build wrote no site address", async () => {
    stubNavigator(false);
    const link = await shareLink();
    button(link, 'copy-link')?.click();
    await expect.poll(() => copied.length).toBe(1);
    expect(copied[0]).toMatch(new RegExp(`^${location.origin}/(.+/)?ru/project/${PROJECT}/$`));
  });

  it('offers Share where the platform has a share sheet, with the same address and the name as title', async () => {
    siteMeta('https://example.org/corridor-map/');
    stubNavigator(true);
    const link = await shareLink();
    const share = button(link, 'share');
    expect(share?.textContent?.trim()).toBe(t('ru', 'share'));
    share?.click();
    await expect.poll(() => shared.length).toBe(1);
    expect(shared[0]).toEqual({
      title: 'Восточный терминал',
      url: `https://example.org/corridor-map/ru/project/${PROJECT}/`,
    });
  });

  it("gives the hub panel a link to the hub's own page and one to each project's", async () => {
    siteMeta('https://example.org/corridor-map/');
    stubNavigator(false);
    const data = createData();
    const panel = new HubPanel();
    panel.hub = data.hubs[0].properties;
    panel.projects = data.projects.filter((p) => p.properties.hub === panel.hub?.id).map((p) => p.properties);
    panel.details = hubDetails(data).get(panel.hub.id) ?? null;
    panel.sources = new Map(data.sources.map((s) => [s.id, s]));
    panel.language = 'ru';
    await mount(panel);
    const links = [...(panel.shadowRoot?.querySelectorAll('share-link') ?? [])];
    expect(links.map((l) => l.target)).toEqual([
      { type: 'hub', id: panel.hub.id },
      ...panel.projects.map((p) => ({ type: 'project', id: p.id })),
    ]);
    // The links take the reader's language from the app's context (none here): the address is the hub's page.
    await links[0].updateComplete;
    button(links[0], 'copy-link')?.click();
    await expect.poll(() => copied).toEqual([`https://example.org/corridor-map/hub/${panel.hub.id}/`]);
  });

  it('has the embed dialog offer the page of what is selected', async () => {
    siteMeta('https://example.org/corridor-map/');
    const toolbar = new MapToolbar();
    toolbar.language = 'ru';
    toolbar.view = { ...DEFAULT_VIEW, lang: 'ru', selection: { type: 'project', id: PROJECT } };
    await mount(toolbar);
    toolbar.querySelector<HTMLButtonElement>('button.embed-button')?.click();
    await toolbar.updateComplete;
    const dialog = toolbar.querySelector('embed-dialog');
    await dialog?.updateComplete;
    expect(dialog?.shadowRoot?.querySelector('.page-link a')?.getAttribute('href')).toBe(
      `https://example.org/corridor-map/ru/project/${PROJECT}/`,
    );
    // The embed code (on the site it is served from) frames that page too, so the embed's picture is the
    // project's until the map starts.
    expect(dialog?.code).toContain(`<iframe src="${location.origin}/ru/project/${PROJECT}/?embed"`);
  });
});
