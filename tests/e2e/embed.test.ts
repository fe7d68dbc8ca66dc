import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX } from '../../src/embed/embed-code.ts';
import { LIGHT } from '../../src/symbols/palette.ts';
import { openPage, pngColours, reachForEmbed, type Served, useHarness } from './harness.ts';

/** The map's site (one port) and a news page that embeds it (another port: another origin). */
const site = useHarness();
let host: Served;

const ARTICLE = `<p>${'An article paragraph. '.repeat(80)}</p>`;

/**
 * The host pages, by file name: each embeds the map its own way. Add one to test another way of
 * embedding (its iframe, or the element the parent script makes, is the page's first iframe).
 */
function hostPages(siteUrl: string): Record<string, string> {
  const iframe = (query: string) =>
    `<iframe id="map" src="${siteUrl}${query}" title="Corridor Map" sandbox="${SANDBOX}" style="border:0;width:100%;height:150px" data-corridor-map></iframe>`;
  const page = (body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>News</title></head><body style="margin:0 auto;max-width:900px">${ARTICLE}${body}${ARTICLE}${ARTICLE}</body></html>`;
  return {
    'script.html': page(`${iframe('?embed')}<script src="${siteUrl}embed.js"></script>`),
    // pym.js's parent library, embedding a deep link: one host page for both.
    'pym.html': page(
      `<div id="pym"></div><script src="./pym.v1.js"></script><script>window.pymParent = new pym.Parent('pym', '${siteUrl}?embed&project=aktau-container-hub', {});</script>`,
    ),
    'pym.v1.js': readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.js'), 'utf8'),
  };
}

beforeAll(async () => {
  host = await site.host(hostPages(site.url));
});

async function openHost(file: string): Promise<{ page: Page; frame: Frame }> {
  const { page } = await openPage(site, `${host.url}${file}`, {
    viewport: { width: 1000, height: 800 },
    waitFor: false,
  });
  const frame = await reachForEmbed(page);
  await frame.waitForSelector('project-list', { state: 'attached' });
  return { page, frame };
}

/**
 * Each host page opened once for the tests that use it, so the map in its iframe is drawn once for all of them.
 * On script.html each test leaves the view as it found it (the legend folded, no panel open, the map where it
 * was; only the article's scroll moves), except the parent's-commands test, which opens a panel and so comes
 * last. pym.html only reads.
 */
const shared = new Map<string, ReturnType<typeof openHost>>();
function sharedHost(file: string): ReturnType<typeof openHost> {
  if (!shared.has(file)) shared.set(file, openHost(file));
  return shared.get(file) as ReturnType<typeof openHost>;
}
afterAll(async () => {
  for (const opened of shared.values()) await (await opened.catch(() => null))?.page.close();
});

/** The iframe's height on the host page, and the height of the document inside it. */
async function heights(page: Page, frame: Frame) {
  const outer = await page.evaluate(
    () => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0,
  );
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { outer, inner };
}

async function sizedToContent(page: Page, frame: Frame): Promise<void> {
  await expect
    .poll(
      async () => {
        const h = await heights(page, frame);
        return Math.abs(h.outer - h.inner) <= 1 && h.outer > 400;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

describe('embedded in a news page on another origin', () => {
  it('grows and shrinks with its content through the parent script', async () => {
    const { page, frame } = await sharedHost('script.html');
    await sizedToContent(page, frame);
    const before = (await heights(page, frame)).outer;
    // The embed folds the list, filters and legend behind one button: unfolding them grows the iframe.
    await frame.locator('button.more-button').click();
    await sizedToContent(page, frame);
    const opened = (await heights(page, frame)).outer;
    expect(opened).toBeGreaterThan(before + 50);
    await frame.locator('button.more-button').click();
    await sizedToContent(page, frame);
    expect((await heights(page, frame)).outer).toBeLessThan(opened - 50);
  });

  it("is sized by pym.js's own parent library", async () => {
    const { page, frame } = await sharedHost('pym.html');
    await sizedToContent(page, frame);
  });

  it('opens a deep-linked project inside the iframe', async () => {
    const { frame } = await sharedHost('pym.html');
    await frame.waitForSelector('hub-panel');
    const text = await frame.evaluate(
      () => document.querySelector('hub-panel')?.shadowRoot?.textContent ?? '',
    );
    expect(text).toContain('Aktau');
  });

  it('draws the map in the sandboxed iframe', async () => {
    const { page, frame } = await sharedHost('script.html');
    await frame.waitForSelector('corridor-app[data-map="ready"]', { timeout: 45_000 });
    const png = await frame.locator('corridor-map canvas').screenshot();
    const { counts } = await pngColours(page, png);
    const landShare = (counts[LIGHT.land] ?? 0) / Object.values(counts).reduce((a, b) => a + b, 0);
    expect(landShare).toBeGreaterThan(0.2);
  });

  it('lets a plain wheel over the map scroll the article', async () => {
    const { page, frame } = await sharedHost('script.html');
    await frame.waitForSelector('corridor-app[data-map="ready"]', { timeout: 45_000 });
    await sizedToContent(page, frame);
    const box = await page.locator('iframe').boundingBox();
    await page.evaluate((y) => window.scrollTo(0, y), (box?.y ?? 0) - 100);
    const start = await page.evaluate(() => window.scrollY);
    const zoom = await frame.evaluate(() => document.querySelector('corridor-map')?.maplibre?.getZoom());
    await page.mouse.move(500, 300);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(start + 100);
    expect(await frame.evaluate(() => document.querySelector('corridor-map')?.maplibre?.getZoom())).toBe(
      zoom,
    );
  });

  it('ignores hostile or unknown messages from the parent, and obeys a well-formed command', async () => {
    const { page, frame } = await sharedHost('script.html');
    const before = await frame.evaluate(() => location.search);
    await page.evaluate(() => {
      const w = (document.querySelector('iframe') as HTMLIFrameElement).contentWindow as Window;
      const payloads: unknown[] = [
        '<img src=x onerror="window.parent.__pwned=1">',
        { type: 'corridor-map:select', project: '<img src=x onerror="window.__pwned=1">' },
        { type: 'corridor-map:select', hub: 'khorgos', project: 'aktau-container-hub' },
        { type: 'corridor-map:select', project: 'no-such-project' },
        { type: 'corridor-map:set-language', lang: '<script>window.__pwned=1</script>' },
        { type: 'corridor-map:height', height: 1 },
        'pymxPYMxcorridor-mapxPYMxheightxPYMx5',
        JSON.stringify({ type: 'corridor-map:select', project: 'aktau-container-hub' }),
        null,
        42,
        [{ type: 'corridor-map:select', project: 'aktau-container-hub' }],
      ];
      for (const p of payloads) w.postMessage(p, '*');
    });
    await page.waitForTimeout(500);
    expect(await frame.evaluate(() => location.search)).toBe(before);
    expect(await frame.locator('hub-panel, route-panel').count()).toBe(0);
    expect(await frame.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await frame.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // The same channel works for a real command, so the silence above was a refusal, not deafness.
    await page.evaluate(() =>
      (document.querySelector('iframe') as HTMLIFrameElement).contentWindow?.postMessage(
        { type: 'corridor-map:select', project: 'aktau-container-hub' },
        '*',
      ),
    );
    await frame.waitForSelector('hub-panel');
  });
});
