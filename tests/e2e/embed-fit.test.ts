import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, openingPadding } from '../../src/data/extent.ts';
import { goToView, openPage, pagePool, useHarness, waitForMap, waitForMapIdle } from './harness.ts';

const h = useHarness();

/** The embedded document's height as its parent page sees it (the viewport is short, so scrollHeight is the content). */
const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** The most an embed may ask of an article, at a phone's width and a column's. */
const MAX_EMBED = 700;

/**
 * One embed per width, drawn once for the tests of this file at that width; each test first sets the view
 * it needs (the address, the fold-out folded, the camera), so it runs alone as well as after the others.
 */
const embeds = {
  375: pagePool(h, { viewport: { width: 375, height: 300 } }),
  700: pagePool(h, { viewport: { width: 700, height: 300 } }),
};

/** The embed at `width`, on `query`, its list, filters and legend folded away. */
async function embedAt(width: 375 | 700, query = '?embed'): Promise<Page> {
  const { page } = await embeds[width].open('?embed');
  await goToView(page, query);
  // By its class: its name is in the view's language.
  const more = page.locator('button.more-button');
  if ((await more.getAttribute('aria-expanded')) === 'true') await more.click();
  await page.locator('project-list').waitFor({ state: 'hidden' });
  return page;
}

/** Puts the map back on the camera a fresh page opens on, and waits until it is drawn there. */
async function openingCamera(page: Page): Promise<void> {
  await waitForMap(page);
  await page.evaluate(
    ([bounds, padding]) =>
      document.querySelector('corridor-map')?.maplibre?.fitBounds(bounds, { padding, animate: false }),
    [DEFAULT_BOUNDS, openingPadding(page.viewportSize()?.width ?? 0)] as const,
  );
  await waitForMapIdle(page);
}

describe('the embed fits in an article', () => {
  for (const width of [375, 700] as const) {
    // Each view is opened in the embed drawn once, as a link within the page would.
    for (const query of ['?embed', '?embed&hub=khorgos', '?embed&project=aktau-container-hub&lang=ru']) {
      it(`is at most ${MAX_EMBED} px tall at ${width} px wide: ${query}`, async () => {
        const page = await embedAt(width, query);
        await waitForMap(page);
        if (query !== '?embed') await page.waitForSelector('hub-panel');
        else await page.waitForSelector('hub-panel', { state: 'detached' });
        expect(await height(page)).toBeLessThanOrEqual(MAX_EMBED);
      });
    }
  }

  it('grows when the reader unfolds the list, filters and legend, and shrinks back when folded', async () => {
    const page = await embedAt(375);
    const more = page.getByRole('button', { name: 'List, filters and legend' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('project-list').isVisible()).toBe(false);
    const folded = await height(page);
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await page.locator('project-list').waitFor({ state: 'visible' });
    expect(await height(page)).toBeGreaterThan(folded + 500);
    await more.click();
    await page.locator('project-list').waitFor({ state: 'hidden' });
    expect(await height(page)).toBe(folded);
  });

  // A fresh page: the first Tab of a reader who has just arrived.
  it('keeps the list one keystroke away: Tab, Enter, and focus is on the list', async () => {
    const { page } = await openPage(h, '?embed', { viewport: { width: 375, height: 300 } });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(skip).toBe('Skip to the list of projects');
    await page.keyboard.press('Enter');
    await page.locator('project-list').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('projects');
    // The next Tab lands on a control inside the list: a project a keyboard reader can open.
    await page.keyboard.press('Tab');
    const inList = await page.evaluate(() => {
      let el = document.activeElement;
      let host: Element | null = el;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      while (host?.shadowRoot?.activeElement && host.localName !== 'project-list')
        host = host.shadowRoot.activeElement;
      return Boolean(host?.closest('#projects') && el);
    });
    expect(inList).toBe(true);
    await page.close();
  });

  it('opens the fold-out from the keyboard (Enter on its button)', async () => {
    const page = await embedAt(700);
    const more = page.getByRole('button', { name: 'List, filters and legend' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.locator('project-list').waitFor({ state: 'visible' });
    expect(await more.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('on a phone', () => {
  it('opens a panel as a bottom sheet of at most half the map, its close button on screen however far it scrolls', async () => {
    const { page } = await openPage(h, '?hub=khorgos', { viewport: { width: 375, height: 720 } });
    const stage = await page.locator('.stage').boundingBox();
    const sheet = await page.locator('.stage > .panel').boundingBox();
    expect(stage && sheet).toBeTruthy();
    if (!stage || !sheet) return;
    expect(sheet.height).toBeLessThanOrEqual(stage.height / 2 + 1);
    expect(sheet.y + sheet.height).toBeCloseTo(stage.y + stage.height, -1);
    await page.locator('.stage > .panel').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const close = await page.locator('hub-panel button.close').boundingBox();
    expect(close).toBeTruthy();
    if (!close) return;
    expect(close.y).toBeGreaterThanOrEqual(sheet.y - 1);
    expect(close.y + close.height).toBeLessThanOrEqual(sheet.y + sheet.height);
    await page.close();
  });

  it('gathers projects into their hubs, with a count, until the reader zooms in', async () => {
    const page = await embedAt(375);
    await openingCamera(page);
    const shown = () =>
      page.evaluate(() => {
        const map = document.querySelector('corridor-map')?.maplibre;
        if (!map) throw new Error('no map');
        return {
          zoom: map.getZoom(),
          markers: map.queryRenderedFeatures({ layers: ['projects-marker'] }).length,
          counts: map
            .queryRenderedFeatures({ layers: ['hubs-count'] })
            .map((f) => Number(f.properties.projects)),
        };
      });
    const out = await shown();
    expect(out.zoom).toBeLessThan(6);
    expect(out.markers).toBe(0);
    expect(out.counts.length).toBeGreaterThan(0);
    expect(out.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const map = document.querySelector('corridor-map')?.maplibre;
          map?.once('idle', () => done());
          map?.jumpTo({ center: [76.9, 43.3], zoom: 7 });
        }),
    );
    const zoomed = await shown();
    expect(zoomed.markers).toBeGreaterThan(0);
    expect(zoomed.counts).toEqual([]);
    await openingCamera(page);
  });

  it('shows every project on its own on a wide map', async () => {
    const { page } = await openPage(h, '', { viewport: { width: 1280, height: 900 } });
    await waitForMap(page);
    const layers = await page.evaluate(() => {
      const map = document.querySelector('corridor-map')?.maplibre;
      return {
        count: Boolean(map?.getLayer('hubs-count')),
        markers: map?.queryRenderedFeatures({ layers: ['projects-marker'] }).length ?? 0,
      };
    });
    expect(layers.count).toBe(false);
    expect(layers.markers).toBeGreaterThan(0);
    await page.close();
  });
});
