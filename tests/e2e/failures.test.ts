import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { goToView, openPage, pagePool, useBuiltSite, waitForMap } from './harness.ts';

const { h, data } = useBuiltSite();

/** A fresh page that has loaded nothing yet: the test sets its routes, then loads it. */
async function open(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  return openPage(h, 'about:blank', { waitFor: false });
}

/** How many projects the page lists, in the static page or the app's list. */
function listedCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const app = document.querySelector('project-list')?.shadowRoot?.querySelectorAll('[data-project]').length;
    return app ?? document.querySelectorAll('.static-hubs > li > ul > li').length;
  });
}

/**
 * Failures after the page has loaded: one page, loaded once and moved to each test's view in place. The
 * failures during a load each need a load of their own (below).
 */
describe('on a loaded page', () => {
  const pages = pagePool(h);

  it('when the browser takes the WebGL context away: shows the picture and a notice, and draws the map again on request', async () => {
    const { page, errors } = await pages.open();
    await goToView(page, '?');
    expect(await waitForMap(page)).toBe('ready');
    await page.evaluate(() => {
      const canvas = document.querySelector('corridor-map')?.maplibre?.getCanvas();
      const gl = canvas?.getContext('webgl2');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    const notice = page.locator('p.map-interrupted');
    await notice.waitFor();
    expect(await page.locator('corridor-map img.map-preview').isVisible()).toBe(true);
    await notice.locator('button').click();
    await notice.waitFor({ state: 'detached', timeout: 45_000 });
    expect(await page.locator('corridor-map img.map-preview').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('when the data file fails', () => {
  // Every way the data file can fail (missing, not JSON, truncated) rejects the load with a `LoadError`
  // (tests/unit/load.test.ts), which the page handles in one place: one failure here, at a cold start in Russian.
  it("says so in the reader's language, keeps every project listed, and retries", async () => {
    const { context, page } = await open();
    let broken = true;
    await page.route('**/data/corridor.json', (route) =>
      broken ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
    );
    await page.goto(`${h.url}?lang=ru`);
    const notice = page.locator('p.notice[role="alert"]');
    await expect.poll(() => notice.textContent()).toContain(t('ru', 'loadFailed'));
    expect(await notice.textContent()).toContain('data/corridor.json: HTTP 404');
    expect(await listedCount(page)).toBe(data.projects.length);
    expect(await page.locator('.static-preview img').isVisible()).toBe(true);
    broken = false;
    await notice.locator('button').click();
    await page.waitForSelector('project-list', { state: 'attached' });
    expect(await waitForMap(page)).toBe('ready');
    await context.close();
  });
});

describe('on a slow or failing network', () => {
  it('shows the picture and the list while the data is slow, then the map', async () => {
    const { context, page } = await open();
    let release: () => void = () => {};
    const gate = new Promise<void>((done) => {
      release = done;
    });
    await page.route('**/data/corridor.json', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(h.url, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('.static-preview img').isVisible()).toBe(true);
    expect(await listedCount(page)).toBe(data.projects.length);
    release();
    expect(await waitForMap(page)).toBe('ready');
    await context.close();
  });

  it("keeps the static page and says so when the app's script cannot be fetched", async () => {
    const { context, page } = await open();
    await page.route('**/assets/start-*.js', (route) => route.abort('failed'));
    await page.goto(h.url);
    const notice = page.locator('.static-page .notice[role="alert"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The interactive map could not load');
    // Every project is still there, with its sources, and the picture's hub links are plain links again.
    expect(await listedCount(page)).toBe(data.projects.length);
    const hub = page.locator('.static-page .preview-hubs a').first();
    expect(await page.locator('.static-page .preview-hubs a').count()).toBe(data.hubs.length);
    await page.evaluate(() => {
      (window as { before?: boolean }).before = true;
    });
    const id = await hub.getAttribute('data-hub');
    await hub.click();
    await page.waitForURL(`**/?hub=${id}`);
    await page.locator('.static-page .notice[role="alert"]').waitFor();
    // A new load, not a click kept for an app that will not come.
    expect(await page.evaluate(() => (window as { before?: boolean }).before)).toBeUndefined();
    await context.close();
  });

  it('still draws the map when the font files fail', async () => {
    const { context, page, errors } = await open();
    await page.route('**/*.woff2', (route) => route.abort('failed'));
    await page.goto(`${h.url}?lang=zh`);
    expect(await waitForMap(page)).toBe('ready');
    expect(await page.locator('project-list').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells the reader when the basemap fails, and keeps the data on the map', async () => {
    const { context, page } = await open();
    await page.route('**/data/basemap.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(h.url);
    expect(await waitForMap(page)).toBe('ready');
    await expect
      .poll(() => page.locator('p.notice[role="status"]').first().textContent())
      .toContain(t('en', 'basemapFailed'));
    const drawn = await page.evaluate(
      () =>
        document.querySelector('corridor-map')?.maplibre?.queryRenderedFeatures({ layers: ['hubs-circle'] })
          .length ?? 0,
    );
    expect(drawn).toBeGreaterThan(0);
    await context.close();
  });

  it('loads on a 3G-like connection, with the picture first', async () => {
    const { context, page } = await open();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // "Fast 3G" as DevTools defines it: 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency (x3.75 as DevTools applies).
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1.6 * 1024 * 1024) / 8 / 1.1,
      uploadThroughput: (750 * 1024) / 8 / 1.1,
    });
    await page.goto(h.url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    // The build-time picture: in the static page, or in the map once the app has taken over (the data is
    // fetched with the app's script, so on some runs the app is there by the time the HTML is parsed).
    expect(await page.locator('.static-preview img, corridor-map img.map-preview').count()).toBe(1);
    await page.waitForSelector('corridor-app[data-map="ready"]', { timeout: 120_000 });
    await context.close();
  }, 180_000);
});
