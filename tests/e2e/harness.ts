import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Frame,
  type Page,
  type Response,
  type Route,
} from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serve } from '../../scripts/serve.js';
import type { CorridorData } from '../../src/data/types.ts';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { injectedIn } from '../injected.ts';

/**
 * The e2e harness, one per test file: `useHarness()` serves the built site and connects to its worker's
 * headless Chromium (`shared-browser.ts`) for the whole file (in `beforeAll`), and closes them, with every
 * server, temporary folder and page it handed out, in `afterAll`. Tests open pages with `openPage`, wait for
 * the map with `waitForMap` only when they look at the map, and move an open page to another view with
 * `goToView` when the test does not depend on a fresh load.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The built site that `npm test` makes before the tests run (`CORRIDOR_DIST` points at another build). */
export const DIST = process.env.CORRIDOR_DIST ?? join(ROOT, 'dist');

/** The data the built site ships, as the page receives it. */
export function builtData(): CorridorData {
  return JSON.parse(readFileSync(`${DIST}/data/corridor.json`, 'utf8'));
}

/** A served folder: its address and how to stop it. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A served site and a browser, set once the file's `beforeAll` has run. */
export interface Harness {
  /** The site's address, ending in `/`. */
  url: string;
  browser: Browser;
  /** Serves another folder (another port: another origin) until the file ends. */
  serve(dir: string, headers?: Record<string, string>): Promise<Served>;
  /** Writes `pages` (file name -> HTML) into a fresh folder and serves it: a host page on another origin. */
  host(pages: Record<string, string>): Promise<Served>;
  /** A fresh temporary folder, removed when the file ends. */
  temp(prefix: string): string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** The folder to serve (default: the build in `DIST`), or a function run in `beforeAll` that makes one. */
  dir?: string | ((h: Harness) => Promise<string>);
  /** Extra Chromium flags, e.g. to turn WebGL off: the file then launches a browser of its own. */
  args?: string[];
  /** Headers the site is served with. */
  headers?: Record<string, string>;
}

/**
 * The browser for a harness: its worker's shared one when the file asks for no flags of its own, else (or if
 * the shared one is gone, e.g. crashed in another file) a new launch. Closing a connected browser closes only
 * the contexts this file opened and disconnects.
 */
async function browserFor(args: string[] | undefined): Promise<Browser> {
  const endpoints = inject('chromiumEndpoints') ?? [];
  const endpoint = endpoints[(Number(process.env.VITEST_POOL_ID) - 1) % endpoints.length];
  if (!args && endpoint) {
    const shared = await chromium.connect(endpoint).catch(() => null);
    if (shared) return shared;
  }
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, ...(args ?? [])] });
}

/** Serves a site and opens its browser (`browserFor`), without registering hooks: see `useHarness`. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const h = {} as Harness;
  h.temp = (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), `corridor-${prefix}-`));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  h.serve = async (dir, headers) => {
    const server = await serve(dir, headers ? { headers } : {});
    cleanups.push(() => server.close());
    return server;
  };
  h.host = async (pages) => {
    const dir = h.temp('host');
    for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, name), text);
    return h.serve(dir);
  };
  h.close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    // Opened while the site is built, if it is.
    const browser = browserFor(options.args);
    cleanups.push(async () => (await browser.catch(() => null))?.close());
    const dir = typeof options.dir === 'function' ? await options.dir(h) : (options.dir ?? DIST);
    if (!existsSync(join(dir, 'index.html'))) {
      throw new Error(`${dir}/index.html is missing: run \`npx vite build\` (or \`npm test\`) first`);
    }
    h.url = (await h.serve(dir, options.headers)).url;
    h.browser = await browser;
  } catch (e) {
    await h.close();
    throw e;
  }
  return h;
}

/**
 * The harness of this test file: started in `beforeAll`, closed in `afterAll`. The object is returned at
 * once and filled in when `beforeAll` runs, so tests (which run after it) can use it directly.
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await startHarness(options));
  }, 240_000);
  afterAll(async () => {
    await h.close?.();
  });
  return h;
}

/** The built site served with its browser for this file (`useHarness`), and the data that site ships. */
export function useBuiltSite(): { h: Harness; data: CorridorData } {
  return { h: useHarness(), data: builtData() };
}

/** Builds the site from data files (file name -> text) into a temporary folder of `h`; returns the folder. */
export async function buildSite(
  h: Harness,
  files: Record<string, string>,
  env: Record<string, string> = {},
): Promise<string> {
  const geo = h.temp('geo');
  const out = join(h.temp('site'), 'dist');
  mkdirSync(geo, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(geo, name), text);
  const result = await runBuild(geo, out, { env });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.output}`);
  return out;
}

/**
 * Runs `vite build` on a data folder into `out`; never throws: the status and output say how it went. The output
 * holds errors only, unless `logLevel` asks for more (`'info'`: what `npm run build` prints); `env` adds settings.
 */
export async function runBuild(
  geo: string,
  out: string,
  { logLevel = 'error', env = {} }: { logLevel?: 'error' | 'info'; env?: Record<string, string> } = {},
): Promise<{ status: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', logLevel],
      {
        cwd: ROOT,
        env: { ...process.env, CORRIDOR_GEO_DIR: geo, CORRIDOR_OUT_DIR: out, ...env },
        maxBuffer: 16 * 2 ** 20,
      },
    );
    return { status: 0, output: `${stdout}\n${stderr}` };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof err.code === 'number' ? err.code : 1, output: `${err.stdout}\n${err.stderr}` };
  }
}

/** An open page and what it has seen since it opened. */
export interface Opened {
  page: Page;
  /** The page's own context (closed by `close`, with its routes and permissions). */
  context: BrowserContext;
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Every alert, confirm or prompt the page raised (each dismissed). */
  dialogs: string[];
  /** The response to the page's own request (its status and headers). */
  response: Response | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Options for the page's context (permissions, JavaScript off, ...). */
  context?: BrowserContextOptions;
  /** Runs before the page loads: routes, init scripts, network conditions. */
  before?: (page: Page, context: BrowserContext) => Promise<unknown>;
  /** What to wait for after the load: a selector (default `project-list`), or `false` for nothing. */
  waitFor?: string | false;
  /** Passed to `page.goto`. */
  goto?: Parameters<Page['goto']>[1];
}

/** Opens `h.url` + `path` (or a full URL) in a fresh context and waits until the data is shown (`project-list`). */
export async function openPage(h: Harness, path = '', options: OpenOptions = {}): Promise<Opened> {
  const context = await h.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...options.context,
  });
  const page = await context.newPage();
  const opened: Opened = {
    page,
    context,
    errors: [],
    requests: [],
    dialogs: [],
    response: null,
    close: () => context.close(),
  };
  // Closing the page closes its context too, so `page.close()` leaves nothing behind.
  page.on('close', () => void context.close().catch(() => {}));
  page.on('pageerror', (e) => opened.errors.push(e.message));
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('dialog', (d) => {
    opened.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await options.before?.(page, context);
  try {
    opened.response = await page.goto(/^[a-z]+:/.test(path) ? path : `${h.url}${path}`, options.goto);
    const waitFor = options.waitFor ?? 'project-list';
    if (waitFor) await page.waitForSelector(waitFor, { state: 'attached' });
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
  return opened;
}

/**
 * A page kept open across the tests of the `describe` block it is called in: `open(path)` opens the page
 * at its first use and hands the same page out while the tests ask for the same `path`; asked for another
 * path, it closes that page and opens one there. The last closes when the block ends. For tests that only
 * read, each moving the page to its own view with `goToView`.
 */
export function pagePool(h: Harness, options: OpenOptions = {}): { open(path?: string): Promise<Opened> } {
  let current: { path: string; opened: Promise<Opened> } | null = null;
  const closeCurrent = async () => {
    const opened = await current?.opened.catch(() => null);
    current = null;
    await opened?.close();
  };
  afterAll(closeCurrent);
  return {
    async open(path = '') {
      if (current?.path !== path) {
        await closeCurrent();
        const opened = openPage(h, path, options);
        current = { path, opened };
        // A load that failed is not handed out again: the next test opens the page afresh, so one slow load
        // fails one test, not every test sharing the page.
        opened.catch(() => {
          if (current?.opened === opened) current = null;
        });
      }
      return current.opened;
    },
  };
}

/**
 * Moves an open page to another view in place, as Back/Forward would: the URL changes and the app reads
 * it, without reloading the page or its map. For tests that do not depend on a fresh load.
 */
export async function goToView(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q.startsWith('?') ? q : `?${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/**
 * Sets an open page to `viewport` and puts its map on the opening view for that size: the map's own reset,
 * the fit of the same bounds for the map's width that a fresh load at that size opens on (the same camera and
 * canvas, compared at four sizes). For tests about the opening view at several sizes, on one page.
 */
export async function openingViewAt(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await waitForMap(page);
  // MapLibre has taken the new size (its canvas fills its container again) before the camera is fitted.
  await page.waitForFunction(() => {
    const map = document.querySelector('corridor-map')?.maplibre;
    const [canvas, box] = [map?.getCanvas(), map?.getContainer()];
    return (
      canvas && box && canvas.clientWidth === box.clientWidth && canvas.clientHeight === box.clientHeight
    );
  });
  await page.evaluate(() => document.querySelector('corridor-map')?.resetView());
}

/**
 * Reaches for the map embedded in `page`'s first iframe as a reader does, a pointer moved over it (scrolled
 * into view first): an embed in another page starts its app and MapLibre only then (src/embed/when-reached.ts).
 * Returns the iframe's frame.
 */
export async function reachForEmbed(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame()) as Frame;
  // The first script has run (it marks the embed) and listens for the reach.
  await frame.waitForSelector('html[data-embed]', { state: 'attached' });
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  if (!box) throw new Error('reachForEmbed: the iframe has no box on the page');
  await page.mouse.move(0, 0);
  await page.mouse.move(box.x + 10, box.y + 10);
  return frame;
}

/** Waits for the map's first complete frame (or for the page to say it cannot draw one). */
export async function waitForMap(page: Page | Frame): Promise<string> {
  await page.waitForSelector('corridor-app[data-map]', { timeout: 45_000 });
  return (await page.getAttribute('corridor-app', 'data-map')) ?? '';
}

/** A request held until `release()`: what MapLibre (or the app) needs, kept back to see the page without it. */
export async function hold(page: Page, pattern: string): Promise<{ release(): void; held: Promise<void> }> {
  let release = () => {};
  const gate = new Promise<void>((done) => (release = done));
  let seen = () => {};
  const held = new Promise<void>((done) => (seen = done));
  await page.route(pattern, async (route: Route) => {
    seen();
    await gate;
    await route.continue();
  });
  return { release, held };
}

/**
 * Waits until the map has drawn everything it has been asked to since its first frame: no camera move,
 * every tile and image loaded (after `waitForMap`, for a change made in place).
 */
export async function waitForMapIdle(page: Page): Promise<void> {
  await waitForMap(page);
  await page.evaluate(async () => {
    const map = document.querySelector('corridor-map')?.maplibre;
    if (!map) return;
    // Let the app hand its latest state to the map before asking whether the map has finished.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    if (map.isMoving() || !map.loaded()) await new Promise((done) => map.once('idle', done));
  });
}

/** Colour statistics of the map canvas as the screen shows it, decoded in the page from a screenshot. */
export async function canvasColours(
  page: Page,
): Promise<{ distinct: number; counts: Record<string, number> }> {
  // The canvas alone: the compact key over its corner draws the same colours as its samples. (Playwright's
  // screenshot `style` did not hide it: set on the element itself, it does.)
  const key = (visibility: string) =>
    page.evaluate((v) => {
      for (const el of document.querySelectorAll<HTMLElement>('map-key')) el.style.visibility = v;
    }, visibility);
  await key('hidden');
  const png = await page.locator('corridor-map canvas').screenshot();
  await key('');
  return pngColours(page, png);
}

/** Colour statistics of a PNG, decoded in `page` (any page of the harness will do). */
export async function pngColours(
  page: Page,
  png: Buffer,
): Promise<{ distinct: number; counts: Record<string, number> }> {
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

/** The text of the open panel (hub or route), through its shadow root, spaces collapsed. */
export function panelText(page: Page | Frame): Promise<string> {
  return page.evaluate(() => {
    const panel = document.querySelector('hub-panel, route-panel');
    return panel?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
  });
}

/** What the page must not contain (`injectedIn`, tests/injected.ts), read in the page. */
export async function injected(page: Page): Promise<string[]> {
  // The function itself goes to the page (its source), called there with no argument: the whole document.
  return page.evaluate(injectedIn as () => string[]);
}

/** A feature the reader can select. */
export interface Selected {
  type: 'hub' | 'project' | 'route';
  id: string;
}

/** What the reader sees of the selected feature, read in the page. */
export interface Seen {
  /** Points of the feature as drawn that lie outside the map, off screen or under a cover. */
  hidden: string[];
  /** How the canvas sits in its frame. */
  canvas: { dx: number; dy: number; dw: number; dh: number };
  scrollY: number;
  /** The focused element, through shadow roots: its tag, text and whether it is visible on screen. */
  focus: { tag: string; text: string; visible: boolean } | null;
  zoom: number;
  /** What is selected, as `type:id`. */
  selection: string | null;
}

/**
 * Selects `selection` through the app's own intent (or, `'current'`, keeps what is selected), waits for the
 * camera and the panel to settle, and reads what the reader sees of the selection (`tests/e2e/in-view.test.ts`,
 * `first-screen.test.ts`). Reduced motion makes the camera jump; settled means the panel's texts arrived and
 * for three frames no camera move and the panel unchanged (a phone's sheet grows with its texts).
 */
export async function lookAtSelection(page: Page, selection: Selected | null | 'current'): Promise<Seen> {
  return page.evaluate(async (asked) => {
    const app = document.querySelector('corridor-app') as HTMLElement & {
      apply(i: unknown): void;
      view: { selection: { type: 'hub' | 'project' | 'route'; id: string } | null };
    };
    const el = document.querySelector('corridor-map') as HTMLElement & {
      maplibre: import('maplibre-gl').Map;
    };
    const map = el.maplibre;
    if (asked !== 'current') app.apply({ type: 'select', selection: asked });
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const panelBox = () => JSON.stringify(document.querySelector('.panel')?.getBoundingClientRect() ?? null);
    const details = () =>
      document.querySelector('hub-panel, route-panel') as
        | (HTMLElement & { details: unknown; detailsError: unknown })
        | null;
    // Settled: the panel's texts (loaded when it opens) arrived, and for three frames no camera move and the
    // panel unchanged (a phone's sheet grows with its texts, and the camera follows).
    let last = '';
    let same = 0;
    for (let i = 0; i < 100 && same < 3; i++) {
      await frame();
      const d = details();
      const now = `${panelBox()} ${map.getCenter().toArray()} ${map.getZoom()} ${map.isMoving()}`;
      same = now === last && (!d || d.details || d.detailsError) ? same + 1 : 0;
      last = now;
    }
    const box = map.getContainer().getBoundingClientRect();
    const s = app.view.selection;
    const covers = [...document.querySelectorAll('.panel, .zoom-hint')].map((c) => c.getBoundingClientRect());
    const points: { x: number; y: number; what: string }[] = [];
    if (s) {
      const source = s.type === 'hub' ? 'hubs' : s.type === 'project' ? 'projects' : 'routes';
      const feature = (
        map.getSource(source) as unknown as { _data: { geojson: GeoJSON.FeatureCollection } }
      )._data.geojson.features.find((f) => f.properties?.id === s.id);
      const geometry = feature?.geometry as GeoJSON.Point | GeoJSON.LineString;
      const coords = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
      const [ox, oy] = (feature?.properties?.offset as [number, number] | undefined) ?? [0, 0];
      for (const [i, c] of coords.entries()) {
        const p = map.project(c as [number, number]);
        points.push({ x: box.left + p.x + ox, y: box.top + p.y + oy, what: `point ${i} ${c}` });
      }
    }
    const hidden: string[] = [];
    const free = (p: { x: number; y: number }) =>
      p.x >= box.left &&
      p.x <= box.right &&
      p.y >= box.top &&
      p.y <= box.bottom &&
      p.x >= 0 &&
      p.x <= innerWidth &&
      p.y >= 0 &&
      p.y <= innerHeight &&
      !covers.some((c) => p.x >= c.left && p.x <= c.right && p.y >= c.top && p.y <= c.bottom);
    // Where the space does not allow a route whole (the map stays over its basemap, so the camera cannot go
    // as far out or as far south as a phone's sheet would need), it must still cross the free part of the map.
    if (s?.type === 'route' && points.some((p) => !free(p))) {
      const lngLats = points.map((p) => map.unproject([p.x - box.left, p.y - box.top]));
      const camera = { center: map.getCenter(), zoom: map.getZoom() };
      // How far the covers and the window's edge reach into the map, and a margin.
      const edges = { top: 30, bottom: 30 + Math.max(0, box.bottom - innerHeight), left: 30, right: 30 };
      for (const c of covers) {
        if (c.width >= box.width - 2) edges.bottom = Math.max(edges.bottom, box.bottom - c.top + 30);
        else if (c.top <= box.top + 1 && c.bottom >= box.bottom - 1)
          edges.right = Math.max(edges.right, box.right - c.left + 30);
        else edges.top = Math.max(edges.top, c.bottom - box.top + 30);
      }
      const fitted = map.cameraForBounds(
        [
          [Math.min(...lngLats.map((l) => l.lng)), Math.min(...lngLats.map((l) => l.lat))],
          [Math.max(...lngLats.map((l) => l.lng)), Math.max(...lngLats.map((l) => l.lat))],
        ],
        { padding: edges },
      );
      if (fitted) map.jumpTo(fitted);
      const best = lngLats.map((l) => map.project(l)).map((p) => ({ x: p.x + box.left, y: p.y + box.top }));
      map.jumpTo(camera);
      const sampled = points.flatMap((p, i) => {
        const q = points[i + 1] ?? p;
        return Array.from({ length: 20 }, (_, k) => ({
          x: p.x + ((q.x - p.x) * k) / 20,
          y: p.y + ((q.y - p.y) * k) / 20,
        }));
      });
      if (!best.every(free) && sampled.some(free)) points.length = 0;
    }
    for (const p of points) {
      const at = `${p.what} at ${Math.round(p.x)},${Math.round(p.y)}`;
      if (p.x < box.left || p.x > box.right || p.y < box.top || p.y > box.bottom)
        hidden.push(`${at}: off the map`);
      else if (p.x < 0 || p.x > innerWidth || p.y < 0 || p.y > innerHeight) hidden.push(`${at}: off screen`);
      else if (covers.some((c) => p.x >= c.left && p.x <= c.right && p.y >= c.top && p.y <= c.bottom))
        hidden.push(`${at}: under a cover`);
    }
    const canvas = map.getCanvas().getBoundingClientRect();
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    let focus = null;
    if (active && active !== document.body) {
      const r = active.getBoundingClientRect();
      const scroller = active.getRootNode() instanceof ShadowRoot ? document.querySelector('.panel') : null;
      const clip = scroller?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
      focus = {
        tag: active.localName,
        text: active.textContent?.trim() ?? '',
        visible:
          r.height > 0 &&
          r.top >= Math.max(0, clip.top) - 1 &&
          r.bottom <= Math.min(innerHeight, clip.bottom) + 1,
      };
    }
    return {
      hidden,
      canvas: {
        dx: canvas.left - box.left,
        dy: canvas.top - box.top,
        dw: canvas.width - box.width,
        dh: canvas.height - box.height,
      },
      scrollY,
      focus,
      zoom: map.getZoom(),
      selection: s ? `${s.type}:${s.id}` : null,
    };
  }, selection);
}
