import { describe, expect, it } from 'vitest';
import { generateData } from '../../bench/synthetic.js';
import { t } from '../../src/i18n/strings.ts';
import { DETAIL_ZOOM } from '../../src/style/style.ts';
import { buildSite, openPage, useHarness, waitForMap } from './harness.ts';

// The site built on synthetic data 100 times the real size: 2,000 projects, past the map's DENSE limit.
// Without the preview cards: one per page of 2,000 projects would take most of the build (CORRIDOR_CARDS).
const h = useHarness({
  dir: (h) => buildSite(h, generateData({ scale: 100, seed: 3 }), { CORRIDOR_CARDS: 'off' }),
});

describe('a map of thousands of projects', () => {
  it('shows hubs for them when zoomed out, says so, and shows each project from the detail zoom', async () => {
    const { page, errors } = await openPage(h);
    expect(await waitForMap(page)).toBe('ready');
    const hint = page.locator('corridor-map .zoom-hint');
    expect(await hint.textContent()).toContain(t('en', 'zoomForProjects'));
    const drawn = () =>
      page.evaluate(async () => {
        const map = document.querySelector('corridor-map')?.maplibre;
        if (!map) return { projects: -1, hubs: -1 };
        if (!map.loaded()) await new Promise((done) => map.once('idle', done));
        return {
          projects: map.queryRenderedFeatures({ layers: ['projects-marker'] }).length,
          hubs: map.queryRenderedFeatures({ layers: ['hubs-circle'] }).length,
        };
      });
    const far = await drawn();
    expect(far.projects).toBe(0);
    expect(far.hubs).toBeGreaterThan(100);
    await page.evaluate((zoom) => {
      const map = document.querySelector('corridor-map')?.maplibre;
      map?.jumpTo({ center: [70, 46], zoom: zoom + 0.5 });
    }, DETAIL_ZOOM);
    await expect.poll(async () => (await drawn()).projects).toBeGreaterThan(0);
    await hint.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zooms to a project chosen in the list, where its marker shows', async () => {
    const { page } = await openPage(h);
    await waitForMap(page);
    const id = await page.locator('project-list [data-project]').first().getAttribute('data-project');
    await page.locator('project-list [data-project]').first().click();
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
    await page.close();
  });
});
