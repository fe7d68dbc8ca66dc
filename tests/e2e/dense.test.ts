import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hubDetails, mapIndex } from '../../src/data/split.ts';
import { t } from '../../src/i18n/strings.ts';
import { DETAIL_ZOOM } from '../../src/style/style.ts';
import { syntheticData } from '../data-files.ts';
import { goToView, pagePool, useHarness, waitForMap } from './harness.ts';

/**
 * The map on synthetic data 100 times the real size: 2,000 projects, past the map's DENSE limit. The built
 * site is served, and its data files are answered with the synthetic data's, made by the functions the build
 * writes them with (the map index and each hub's details). Which layers show from which zoom is the style's
 * (tests/unit/style.test.ts, "map style with dense data"), how far a selection zooms is bring-into-view's
 * (tests/unit/bring-into-view.test.ts) and when the hint shows is the map element's
 * (tests/browser/corridor-map-dense.test.ts): here MapLibre draws them, on one page.
 */

const h = useHarness();
const data = syntheticData(100, 3);
const index = JSON.stringify(mapIndex(data));
const details = hubDetails(data);

/** Answers the page's data files with the synthetic data's. */
async function serveDense(page: Page): Promise<void> {
  await page.route('**/data/corridor.json', (route) =>
    route.fulfill({ body: index, contentType: 'application/json' }),
  );
  await page.route('**/data/hubs/*.json', (route) => {
    const id = /\/data\/hubs\/([^/]+)\.json$/.exec(new URL(route.request().url()).pathname)?.[1] ?? '';
    const found = details.get(id);
    return found
      ? route.fulfill({ body: JSON.stringify(found), contentType: 'application/json' })
      : route.fulfill({ status: 404 });
  });
}

/** The plain view, zoomed out over the region: no selection, below the detail zoom. */
async function zoomedOut(page: Page): Promise<void> {
  await goToView(page, '?');
  await page.waitForFunction(() => !document.querySelector('hub-panel, route-panel'));
  await page.evaluate(() => {
    document.querySelector('corridor-map')?.maplibre?.jumpTo({ center: [70, 46], zoom: 3.5 });
  });
}

/** How many project markers and hub circles MapLibre drew, once it has drawn what it was asked to. */
function drawn(page: Page): Promise<{ projects: number; hubs: number }> {
  return page.evaluate(async () => {
    const map = document.querySelector('corridor-map')?.maplibre;
    if (!map) return { projects: -1, hubs: -1 };
    if (!map.loaded() || map.isMoving()) await new Promise((done) => map.once('idle', done));
    return {
      projects: map.queryRenderedFeatures({ layers: ['projects-marker'] }).length,
      hubs: map.queryRenderedFeatures({ layers: ['hubs-circle'] }).length,
    };
  });
}

// The first test loads the page: 2,000 projects take the app and SwiftShader a while on a busy machine.
const LOADS = 180_000;

describe('a map of thousands of projects', () => {
  const pages = pagePool(h, { before: serveDense });

  it(
    'shows hubs for them when zoomed out, says so, and shows each project from the detail zoom',
    async () => {
      const { page, errors } = await pages.open();
      expect(await waitForMap(page)).toBe('ready');
      await zoomedOut(page);
      const hint = page.locator('corridor-map .zoom-hint');
      await expect.poll(() => hint.textContent()).toContain(t('en', 'zoomForProjects'));
      const far = await drawn(page);
      expect(far.projects).toBe(0);
      expect(far.hubs).toBeGreaterThan(100);
      await page.evaluate((zoom) => {
        document.querySelector('corridor-map')?.maplibre?.jumpTo({ center: [70, 46], zoom: zoom + 0.5 });
      }, DETAIL_ZOOM);
      await expect.poll(async () => (await drawn(page)).projects).toBeGreaterThan(0);
      await hint.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    },
    LOADS,
  );

  it(
    'zooms to a project chosen in the list, where its marker shows',
    async () => {
      const { page } = await pages.open();
      expect(await waitForMap(page)).toBe('ready');
      await zoomedOut(page);
      const first = page.locator('project-list [data-project]').first();
      const id = await first.getAttribute('data-project');
      await first.click();
      await page.waitForFunction((zoom) => {
        const map = document.querySelector('corridor-map')?.maplibre;
        return map && !map.isMoving() && map.getZoom() >= zoom;
      }, DETAIL_ZOOM);
      const found = await page.evaluate(async (id) => {
        const map = document.querySelector('corridor-map')?.maplibre;
        if (map && !map.loaded()) await new Promise((done) => map.once('idle', done));
        return {
          zoom: map?.getZoom() ?? 0,
          marker: (map?.queryRenderedFeatures({ layers: ['projects-marker'] }) ?? []).some(
            (f) => f.properties.id === id,
          ),
        };
      }, id);
      expect(found.zoom).toBeGreaterThanOrEqual(DETAIL_ZOOM);
      expect(found.marker).toBe(true);
    },
    LOADS,
  );
});
