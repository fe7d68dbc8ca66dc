import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { embedUrl, SANDBOX } from '../../src/embed/embed-code.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { openPage, panelText, reachForEmbed, useHarness } from './harness.ts';

/** The map's site, and a long article on another origin with the embed in it. */
const site = useHarness();

const SCREENS_OF_TEXT = `<p>${'A paragraph of the article around the map. '.repeat(900)}</p>`;

/** What the map needs beyond the static page: the app, MapLibre, the data, the basemap and the label fonts. */
const MAP_FILES =
  /\/assets\/(start|maplibre)-|\/data\/(corridor|basemap|font-faces)\.json|\/fonts\/.*\.woff2/;

/** Whether the frame's app has started MapLibre, and whether the map has drawn. */
const started = (frame: Frame) =>
  frame.evaluate(() => ({
    map: Boolean(document.querySelector('.maplibregl-canvas')),
    idle: performance.getEntriesByName('corridor-map-idle').length > 0,
  }));

/** An article with the embed's iframe (of `src`, the plain embed by default) after `before` (markup), on a phone. */
async function article(before: string, src = `${site.url}?embed`) {
  const host = await site.host({
    'article.html': `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>News</title></head><body style="margin:0 auto;max-width:700px">${before}<iframe id="map" src="${src}" title="Corridor Map" sandbox="${SANDBOX}" style="border:0;width:100%;height:640px"></iframe>${SCREENS_OF_TEXT}</body></html>`,
  });
  const opened = await openPage(site, `${host.url}article.html`, {
    viewport: { width: 390, height: 844 },
    waitFor: false,
  });
  const frame = (await (await opened.page.waitForSelector('iframe')).contentFrame()) as Frame;
  await frame.waitForLoadState('load');
  return {
    ...opened,
    frame,
    mapFiles: () => opened.requests.filter((u) => u.startsWith(site.url) && MAP_FILES.test(u)),
  };
}

describe('an embed in an article', () => {
  it('is its picture with hub links, in the embed’s shape, below the fold and in view, until the reader reaches for it; then the map starts where the picture was', async () => {
    const { page, frame, close, mapFiles } = await article(SCREENS_OF_TEXT);
    try {
      await frame.waitForSelector('.static-page a[data-hub]', { state: 'attached' });
      const top = await page.evaluate(
        () => document.querySelector('iframe')?.getBoundingClientRect().top ?? 0,
      );
      expect(top).toBeGreaterThan(3 * 844);
      // Time enough for the app to have started, had it not waited: no map, and nothing of it fetched.
      await page.waitForTimeout(3_000);
      expect(await started(frame)).toEqual({ map: false, idle: false });
      expect(mapFiles()).toEqual([]);
      // Scrolled into view (a reader reading past it): still the picture, still nothing fetched.
      await page.evaluate(() => document.querySelector('iframe')?.scrollIntoView());
      await page.waitForTimeout(2_000);
      expect(await started(frame)).toEqual({ map: false, idle: false });
      expect(mapFiles()).toEqual([]);
      // The picture is where the map will be: the embed's one-line heading, then a box of the map's height.
      const box = (selector: string) =>
        frame.evaluate((s) => {
          const r = document.querySelector(s)?.getBoundingClientRect();
          return r && { top: Math.round(r.top), height: Math.round(r.height), width: Math.round(r.width) };
        }, selector);
      const picture = await box('.static-preview');
      expect(picture?.top).toBeLessThan(60);
      expect(await frame.isVisible('.static-list')).toBe(false);
      // A pointer over it: the map starts and draws, in the picture's place, each file fetched once.
      await reachForEmbed(page);
      await expect.poll(() => started(frame), { timeout: 45_000 }).toEqual({ map: true, idle: true });
      expect(await box('.stage')).toEqual(picture);
      const fetched = mapFiles().map((u) => new URL(u).pathname);
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

  it('starts on a command from the article, and carries it out once the app runs', async () => {
    const { page, frame, close } = await article('<h1>News</h1>');
    try {
      await frame.waitForSelector('html[data-embed]', { state: 'attached' });
      expect(await started(frame)).toEqual({ map: false, idle: false });
      // Painted in the embed's shape from the first frame: nothing in it moved (a shift the article pays for).
      const shifts = await frame.evaluate(
        () =>
          new Promise<number[]>((done) => {
            const seen: number[] = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) seen.push((e as PerformanceEntry & { value: number }).value);
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => done(seen), 300);
          }),
      );
      expect(shifts).toEqual([]);
      // A scrolling story's first step, sent before the reader has touched the map.
      await page.evaluate(() =>
        document
          .querySelector('iframe')
          ?.contentWindow?.postMessage({ type: 'corridor-map:select', project: 'aktau-container-hub' }, '*'),
      );
      await frame.waitForSelector('hub-panel', { timeout: 45_000 });
      expect(await frame.evaluate(() => new URLSearchParams(location.search).get('project'))).toBe(
        'aktau-container-hub',
      );
      await expect.poll(() => started(frame), { timeout: 45_000 }).toEqual({ map: true, idle: true });
    } finally {
      await close();
    }
  }, 90_000);

  it('of a project shows that project’s picture until the reader reaches for it, then opens the project', async () => {
    const project = { type: 'project', id: 'aktau-container-hub' } as const;
    const { page, frame, close, mapFiles } = await article(
      '<h1>News</h1>',
      embedUrl(site.url, { ...DEFAULT_VIEW, selection: project }),
    );
    try {
      await frame.waitForSelector('html[data-embed]', { state: 'attached' });
      // The project's own page, its picture centred on the project, and nothing of the map fetched.
      expect(await frame.evaluate(() => location.pathname)).toMatch(/\/project\/aktau-container-hub\/$/);
      const picture = await frame.getAttribute('.static-preview img', 'src');
      expect(picture).toBe('./picture.webp');
      expect(await frame.isVisible('.static-preview img')).toBe(true);
      await page.waitForTimeout(2_000);
      expect(mapFiles()).toEqual([]);
      await reachForEmbed(page);
      await frame.waitForSelector('hub-panel', { timeout: 45_000 });
      expect(await panelText(frame)).toContain('Aktau');
    } finally {
      await close();
    }
  }, 90_000);

  it('whose app cannot load shows the whole static page again, with every project, and says so', async () => {
    const { page, frame, close } = await article('<h1>News</h1>');
    try {
      await frame.waitForSelector('html[data-embed]', { state: 'attached' });
      // The embed's compact shape hides the list; the app's script then fails to arrive.
      expect(await frame.isVisible('.static-list')).toBe(false);
      await page.route(/\/assets\/start-/, (route) => route.abort());
      await reachForEmbed(page);
      await frame.waitForSelector('.static-page .notice[role="alert"]');
      expect(await frame.evaluate(() => 'embed' in document.documentElement.dataset)).toBe(false);
      expect(await frame.isVisible('.static-list')).toBe(true);
      expect(await frame.locator('.static-list li').count()).toBeGreaterThan(10);
    } finally {
      await close();
    }
  }, 90_000);
});
