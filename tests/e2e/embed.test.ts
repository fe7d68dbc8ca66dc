import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { SANDBOX } from '../../src/embed/embed-code.ts';
import { LIGHT } from '../../src/map/theme.ts';
import { type Harness, startHarness } from './harness.ts';

/** The map's site (one port) and a news page that embeds it (another port: another origin). */
let site: Harness;
let host: { url: string; close: () => Promise<void> };
let hostDir: string;

const ARTICLE = `<p>${'An article paragraph. '.repeat(80)}</p>`;

beforeAll(async () => {
  site = await startHarness();
  hostDir = mkdtempSync(join(tmpdir(), 'corridor-host-'));
  copyFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.js'), join(hostDir, 'pym.v1.js'));
  const iframe = (query: string) =>
    `<iframe id="map" src="${site.url}${query}" title="Corridor Map" sandbox="${SANDBOX}" style="border:0;width:100%;height:150px" data-corridor-map></iframe>`;
  const page = (body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>News</title></head><body style="margin:0 auto;max-width:900px">${ARTICLE}${body}${ARTICLE}${ARTICLE}</body></html>`;
  writeFileSync(
    join(hostDir, 'script.html'),
    page(`${iframe('?embed')}<script src="${site.url}embed.js"></script>`),
  );
  writeFileSync(join(hostDir, 'deep.html'), page(iframe('?embed&project=aktau-container-hub')));
  writeFileSync(
    join(hostDir, 'pym.html'),
    page(
      `<div id="pym"></div><script src="./pym.v1.js"></script><script>window.pymParent = new pym.Parent('pym', '${site.url}?embed', {});</script>`,
    ),
  );
  host = await serve(hostDir);
});

afterAll(async () => {
  await host?.close();
  await site?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

async function openHost(file: string): Promise<{ page: Page; frame: Frame }> {
  const page = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(`${host.url}${file}`);
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame()) as Frame;
  await frame.waitForSelector('project-list');
  return { page, frame };
}

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
    const { page, frame } = await openHost('script.html');
    await sizedToContent(page, frame);
    const before = (await heights(page, frame)).outer;
    await frame.locator('details.legend summary').click();
    await sizedToContent(page, frame);
    const opened = (await heights(page, frame)).outer;
    expect(opened).toBeGreaterThan(before + 50);
    await frame.locator('details.legend summary').click();
    await sizedToContent(page, frame);
    expect((await heights(page, frame)).outer).toBeLessThan(opened - 50);
    await page.close();
  });

  it("is sized by pym.js's own parent library", async () => {
    const { page, frame } = await openHost('pym.html');
    await sizedToContent(page, frame);
    await page.close();
  });

  it('opens a deep-linked project inside the iframe', async () => {
    const { page, frame } = await openHost('deep.html');
    await frame.waitForSelector('hub-panel');
    const text = await frame.evaluate(
      () => document.querySelector('hub-panel')?.shadowRoot?.textContent ?? '',
    );
    expect(text).toContain('Aktau');
    await page.close();
  });

  it('draws the map in the sandboxed iframe', async () => {
    const { page, frame } = await openHost('script.html');
    await frame.waitForSelector('corridor-app[data-map="ready"]', { timeout: 45_000 });
    const png = await frame.locator('corridor-map canvas').screenshot();
    const landShare = await page.evaluate(
      async ([b64, land]) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const c = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
        ctx.drawImage(bitmap, 0, 0);
        const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const hex = (i: number) =>
          `#${[px[i], px[i + 1], px[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
        let n = 0;
        for (let i = 0; i < px.length; i += 4) if (hex(i) === land) n++;
        return n / (px.length / 4);
      },
      [png.toString('base64'), LIGHT.land] as const,
    );
    expect(landShare).toBeGreaterThan(0.2);
    await page.close();
  });

  it('lets a plain wheel over the map scroll the article', async () => {
    const { page, frame } = await openHost('script.html');
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
    await page.close();
  });

  it('ignores hostile or unknown messages from the parent, and obeys a well-formed command', async () => {
    const { page, frame } = await openHost('script.html');
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
    await page.close();
  });
});
