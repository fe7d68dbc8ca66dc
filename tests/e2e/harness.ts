import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { serve } from '../../scripts/serve.js';
import type { CorridorData } from '../../src/data/types.ts';
import { chromiumArgs, chromiumPath } from '../chromium.ts';

/** The built site that `npm test` makes before the tests run (`CORRIDOR_DIST` points at another build). */
export const DIST = process.env.CORRIDOR_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

/** The data the built site ships, as the page receives it. */
export function builtData(): CorridorData {
  return JSON.parse(readFileSync(`${DIST}/data/corridor.json`, 'utf8'));
}

/** A served site and a browser: start in `beforeAll`, stop in `afterAll`. */
export interface Harness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `dir` on localhost and launches headless Chromium (with extra flags, e.g. to turn WebGL off). */
export async function startHarness(dir = DIST, extraArgs: string[] = []): Promise<Harness> {
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, ...extraArgs],
  });
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the page with a query and waits until the data is shown. */
export async function openPage(
  h: Harness,
  query = '',
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await h.browser.newPage({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${h.url}${query}`);
  await page.waitForSelector('project-list', { state: 'attached' });
  return { page, errors, requests };
}

/** Waits for the map's first complete frame (or for the page to say it cannot draw one). */
export async function waitForMap(page: Page): Promise<string> {
  await page.waitForSelector('corridor-app[data-map]', { timeout: 45_000 });
  return (await page.getAttribute('corridor-app', 'data-map')) ?? '';
}

/** Colour statistics of the map canvas as the screen shows it, decoded in the page from a screenshot. */
export async function canvasColours(
  page: Page,
): Promise<{ distinct: number; counts: Record<string, number> }> {
  const png = await page.locator('corridor-map canvas').screenshot();
  return page.evaluate(async (b64) => {
    // Decoded from bytes, not fetched: the page's Content-Security-Policy forbids fetching data: URLs.
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts: Record<string, number> = {};
    for (let i = 0; i < px.length; i += 4) {
      const key = `#${[px[i], px[i + 1], px[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return { distinct: Object.keys(counts).length, counts };
  }, png.toString('base64'));
}
