import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SANDBOX } from '../../src/embed/embed-code.ts';
import { openPage, useHarness } from './harness.ts';

/** The map's site, and a long article on another origin with the embed several screens down. */
const site = useHarness();

const SCREENS_OF_TEXT = `<p>${'A paragraph of the article around the map. '.repeat(900)}</p>`;

describe('an embed below the fold', () => {
  it('shows its picture with hub links, and fetches and starts the app and MapLibre only once it comes into view', async () => {
    const host = await site.host({
      'article.html': `<!doctype html><html><head><meta charset="utf-8"><title>News</title></head><body style="margin:0 auto;max-width:700px">${SCREENS_OF_TEXT}<iframe id="map" src="${site.url}?embed" title="Corridor Map" sandbox="${SANDBOX}" style="border:0;width:100%;height:640px"></iframe></body></html>`,
    });
    const { page, close, requests } = await openPage(site, `${host.url}article.html`, {
      viewport: { width: 390, height: 844 },
      waitFor: false,
    });
    try {
      const handle = await page.waitForSelector('iframe');
      const frame = (await handle.contentFrame()) as Frame;
      // The iframe is many screens below: it loads, and its picture and hub links are there.
      await frame.waitForLoadState('load');
      await frame.waitForSelector('.static-page a[data-hub]', { state: 'attached' });
      const below = await page.evaluate(
        () => document.querySelector('iframe')?.getBoundingClientRect().top ?? 0,
      );
      expect(below).toBeGreaterThan(3 * 844);
      // Time enough for the app to have started, had it not waited: no map, no first idle.
      await page.waitForTimeout(3_000);
      const started = () =>
        frame.evaluate(() => ({
          map: Boolean(document.querySelector('.maplibregl-canvas')),
          idle: performance.getEntriesByName('corridor-map-idle').length > 0,
        }));
      expect(await started()).toEqual({ map: false, idle: false });
      // Nor has it fetched what the map needs: the article's reader has not reached it, and may never.
      const mapFiles =
        /\/assets\/(start|maplibre)-|\/data\/(corridor|basemap|font-faces)\.json|\/fonts\/.*\.woff2/;
      expect(requests.filter((u) => u.startsWith(site.url) && mapFiles.test(u))).toEqual([]);
      // Scrolled into view: the map starts and draws.
      await page.evaluate(() => document.querySelector('iframe')?.scrollIntoView());
      await expect.poll(started, { timeout: 45_000 }).toEqual({ map: true, idle: true });
      const fetched = requests
        .filter((u) => u.startsWith(site.url) && mapFiles.test(u))
        .map((u) => new URL(u).pathname);
      for (const file of [
        /\/assets\/start-/,
        /\/assets\/maplibre-[^/]*\.js$/,
        /\/data\/corridor\.json/,
        /\/data\/basemap\.json/,
      ])
        expect(
          fetched.filter((p) => file.test(p)),
          String(file),
        ).toHaveLength(1);
    } finally {
      await close();
    }
  }, 90_000);
});
