/**
 * Issue 20, "legible at a glance", on the built site: what the filters or the date hide leaves no stop
 * behind, and filters that leave nothing say so on the map, with a button that clears them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToView, pagePool, useBuiltSite, waitForMap, waitForMapIdle } from './harness.ts';

const { h, data } = useBuiltSite();
const pages = pagePool(h);

/** The places the map has drawn a dot for, and those it has made transparent, once it is idle. */
async function placeDots(page: Page): Promise<{ shown: string[]; hidden: string[] }> {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const map = document.querySelector('corridor-map')?.maplibre;
    const found = map?.queryRenderedFeatures({ layers: ['places-dot'] }) ?? [];
    const ids = (hidden: boolean) =>
      [
        ...new Set(
          found.filter((f) => (f.state?.hidden === true) === hidden).map((f) => String(f.properties.id)),
        ),
      ].sort();
    return { shown: ids(false), hidden: ids(true) };
  });
}

/** The routes the map draws (not made transparent), once it is idle. */
async function drawnRoutes(page: Page): Promise<string[]> {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const map = document.querySelector('corridor-map')?.maplibre;
    const found = map?.queryRenderedFeatures({ layers: ['routes-line'] }) ?? [];
    return [
      ...new Set(found.filter((f) => f.state?.hidden !== true).map((f) => String(f.properties.id))),
    ].sort();
  });
}

const stopsOf = (ids: string[]) =>
  new Set(data.routes.filter((r) => ids.includes(r.id)).flatMap((r) => r.stops));
const allStops = stopsOf(data.routes.map((r) => r.id));

describe('hidden routes', () => {
  it.each([
    ['filtered out', '?mode=rail', 'astana'],
    ['not yet dated at the year shown', '?date=2020', 'astana'],
  ])('leave no stop dot when %s', async (_, query, gone) => {
    const { page } = await pages.open();
    await waitForMap(page);
    await goToView(page, '?');
    // Everything shows to begin with, the air-mail stop among them.
    await expect.poll(async () => (await placeDots(page)).shown).toContain(gone);
    await goToView(page, query);
    await expect.poll(async () => (await placeDots(page)).hidden).toContain(gone);
    const routes = await drawnRoutes(page);
    const served = stopsOf(routes);
    const { shown } = await placeDots(page);
    // Every dot left is a stop of a route still drawn, or a place no route stops at.
    for (const id of shown) expect(served.has(id) || !allStops.has(id), id).toBe(true);
    expect(shown.length).toBeGreaterThan(0);
  });
});

describe('filters that leave nothing', () => {
  it('say so on the map, and its button clears them', async () => {
    const { page } = await pages.open();
    await waitForMap(page);
    // Routes have no kind and projects no mode: together they leave nothing.
    await goToView(page, '?mode=rail&kind=dry-port');
    const notice = page.locator('no-match-notice .box');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Nothing on the map matches these filters.');
    // On the map: within the map's box.
    const box = await notice.boundingBox();
    const map = await page.locator('corridor-map').boundingBox();
    if (!box || !map) throw new Error('no box');
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    await notice.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(async () => (await drawnRoutes(page)).length).toBe(data.routes.length);
  });
});
