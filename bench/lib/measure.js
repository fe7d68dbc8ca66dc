// One measured page load in headless Chromium: bytes until the map's first `idle` by kind, paint and idle
// times, long tasks, heap, and the time from an input (select a project, change the language) to the
// updated frame. The same code measures our page and the two reference pages: all three set the User
// Timing mark `corridor-map-idle`; the references also expose `window.__bench` for the interactions.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { initScript, interact } from './page-probes.js';

/**
 * The browser the bench drives. `fresh`: one for a single load, as on a reader's first visit: Playwright
 * gives every launch a new, empty profile folder, so a new GPU process with no compiled shaders on disk
 * (and the shader disk cache is off besides), no HTTP cache, no V8 code cache.
 * @param {{ fresh?: boolean }} [options]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchBrowser({ fresh = false } = {}) {
  const args = fresh ? [...chromiumArgs, '--disable-gpu-shader-disk-cache'] : chromiumArgs;
  return chromium.launch({ executablePath: chromiumPath(), args });
}

/** The kinds bytes are counted by. */
export const BYTE_KINDS = ['html', 'js', 'css', 'data', 'basemap', 'fonts', 'images', 'other'];

/**
 * What a URL is, for counting its bytes.
 * @param {string} url
 */
export function kindOf(url) {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('basemap.json')) return 'basemap';
  if (/\.(geo)?json$/.test(path)) return 'data';
  if (/\.(woff2?|ttf|otf|pbf)$/.test(path)) return 'fonts';
  if (/\.(svg|png|jpe?g|webp|gif|avif|ico)$/.test(path)) return 'images';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  return 'other';
}

/**
 * The build-time pictures' files, by address: the home page's (`preview-light.webp`, `preview-dark@2x.webp`)
 * and a feature page's (`picture.webp`, `picture-dark@2x.webp`, the map around the feature).
 */
const PICTURE_FILE = /\/(?:preview-(?:light|dark)|picture(?:-dark)?)(?:@\dx)?\.webp(?:$|[?#])/;

/** What scripts/serve.js compresses (gzip level 6); keep in step with it. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.geojson', '.md']);
/** @type {Map<string, number>} */
const servedSizes = new Map();

/**
 * The body size scripts/serve.js sends for a URL path of `dir`: gzip level 6 for text, else the file's
 * size. Used for the requests of MapLibre's worker, which the page's network events do not size.
 * @param {string} dir
 * @param {string} url
 */
export function servedSize(dir, url) {
  let file = join(dir, decodeURIComponent(new URL(url).pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const cached = servedSizes.get(file);
  if (cached !== undefined) return cached;
  if (!existsSync(file)) return 0;
  const body = readFileSync(file);
  const size = COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 6 }).length : body.length;
  servedSizes.set(file, size);
  return size;
}

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
/** `BENCH_DEBUG=1` logs each step of a measurement. */
const debug = process.env.BENCH_DEBUG
  ? (/** @type {string} */ s) => console.log(`  [measure ${new Date().toISOString().slice(11, 23)}] ${s}`)
  : () => {};
/** Settles with `fallback` when `promise` takes longer than `ms` (a page stuck in one long task). */
const within = (/** @type {Promise<any>} */ promise, /** @type {number} */ ms, /** @type {any} */ fallback) =>
  Promise.race([promise.catch(() => fallback), sleep(ms).then(() => fallback)]);

/**
 * Loads `url` once in a fresh context with an empty cache and measures it.
 * A page that does not reach its first idle within `timeoutMs` gives a run with `timedOutMs` and the bytes
 * and heap so far; an interaction that takes longer than `interactionTimeoutMs` is n/a, as are those after it.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, dir: string, projectId: string, lang?: string, timeoutMs?: number, interactionTimeoutMs?: number }} options
 * @returns {Promise<Record<string, number | null>>}
 */
export async function measureLoad(
  browser,
  { url, dir, projectId, lang = 'ru', timeoutMs = 60_000, interactionTimeoutMs = 30_000 },
) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    // A selection then jumps instead of flying, so the figure is the work, not a designed animation.
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(initScript);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    // Every response with its end time (epoch ms) and encoded size (body + headers). Requests of
    // MapLibre's worker come with no body size: scripts/serve.js's gzip size of the file stands in.
    /** @type {Promise<{ url: string, bytes: number, at: number } | null>[]} */
    const finished = [];
    page.on('requestfinished', (request) => {
      const url = request.url();
      if (!/^https?:/.test(url)) return;
      finished.push(
        request.sizes().then(
          (sizes) => ({
            url,
            bytes: (sizes.responseBodySize || servedSize(dir, url)) + sizes.responseHeadersSize,
            at: request.timing().startTime + request.timing().responseEnd,
          }),
          () => null,
        ),
      );
    });
    const pageErrors = /** @type {string[]} */ ([]);
    page.on('pageerror', (e) => pageErrors.push(e.message));

    const mb = (/** @type {number} */ b) => b / 2 ** 20;
    const navigated = Date.now();

    debug(`goto ${url}`);
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    debug('committed; waiting for the first idle');
    // Playwright's own timeout cannot fire while the page is stuck in one task (parsing a 35 MB page, say):
    // a timer here decides.
    const reached = await within(
      page
        .waitForFunction(() => performance.getEntriesByName('corridor-map-idle').length > 0, undefined, {
          timeout: 0,
          polling: 50,
        })
        .then(() => true),
      Math.max(0, timeoutMs - (Date.now() - navigated)),
      false,
    );
    debug(reached ? 'first idle' : 'no first idle in time');
    if (!reached) {
      // No first idle within the time allowed: what is known is the time allowed, the bytes that arrived
      // meanwhile, when the HTML and the data had arrived, and the heap (if the page answers).
      const heap = await within(cdp.send('Runtime.getHeapUsage'), 3_000, null);
      /** @type {{ url: string, bytes: number, at: number }[]} */
      const responses = (await within(Promise.all(finished), 3_000, [])).filter(Boolean);
      const doneAt = (/** @type {string} */ kind) => {
        const ends = responses.filter((f) => kindOf(f.url) === kind).map((f) => f.at - navigated);
        return ends.length ? Math.max(...ends) : null;
      };
      // The renderer may be stuck for minutes more: crash it, so the next measurement has the CPU.
      await within(cdp.send('Page.crash'), 2_000, null);
      return {
        timedOutMs: Date.now() - navigated,
        bytesBeforeTimeout: responses.reduce((a, f) => a + f.bytes, 0),
        heapAtTimeoutMB: heap ? mb(heap.usedSize) : null,
        htmlArrivedMs: doneAt('html'),
        dataArrivedMs: doneAt('data'),
      };
    }
    const heap = await cdp.send('Runtime.getHeapUsage');
    const perf = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
    // Paint entries reach the timeline once their frame is presented, which can be after the idle mark.
    await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, {
        timeout: 10_000,
        polling: 50,
      })
      .catch(() => {});
    await sleep(300);
    const t = await page.evaluate((pictureFile) => {
      const isPicture = (/** @type {string} */ url) => new RegExp(pictureFile).test(url);
      const w = /** @type {any} */ (window);
      const idle = performance.getEntriesByName('corridor-map-idle')[0].startTime;
      const paint = (/** @type {string} */ name) => {
        const e = /** @type {any} */ (performance.getEntriesByName(name)[0]);
        return e
          ? { painted: e.paintTime || e.startTime, presented: e.presentationTime || e.startTime }
          : null;
      };
      const fcp = paint('first-contentful-paint');
      /** @type {[number, number][]} */
      const tasks = w.__benchLongTasks.filter((/** @type {[number, number]} */ [s]) => s < idle);
      /** @type {{ t: number, shown: number, url: string }[]} */
      const lcp = w.__benchLcp.filter((/** @type {{ t: number }} */ e) => e.t <= idle);
      const previewLcp = lcp.filter((e) => isPicture(e.url));
      const preview = [...w.__benchPreview, ...previewLcp.map((e) => e.t)];
      const previewPresented = [...w.__benchPreviewPresented, ...previewLcp.map((e) => e.shown)];
      return {
        timeOrigin: performance.timeOrigin,
        idle,
        fcp: fcp?.painted ?? null,
        fcpPresented: fcp?.presented ?? null,
        lcp: lcp.length ? lcp[lcp.length - 1].t : null,
        preview: preview.length ? Math.min(...preview) : null,
        previewPresented: previewPresented.length ? Math.min(...previewPresented) : null,
        longTaskMs: tasks.reduce((a, [, d]) => a + d, 0),
        longTaskCount: tasks.length,
        longestTaskMs: tasks.reduce((a, [, d]) => Math.max(a, d), 0),
        mapState: document.querySelector('corridor-app')?.getAttribute('data-map') ?? null,
        programs: w.__benchPrograms.filter((/** @type {number} */ at) => at <= idle).length,
        // What the build-time picture needs: the document, what blocked rendering (Resource Timing's
        // renderBlockingStatus) and the picture's own file.
        critical: [
          location.href,
          ...performance
            .getEntriesByType('resource')
            .filter((e) => /** @type {any} */ (e).renderBlockingStatus === 'blocking' || isPicture(e.name))
            .map((e) => e.name),
        ],
      };
    }, PICTURE_FILE.source);
    if (t.mapState === 'unavailable') throw new Error(`the map is unavailable at ${url}`);

    // Bytes of every response that had finished when the map reached its first idle.
    const idleAt = t.timeOrigin + t.idle;
    const responses = /** @type {{ url: string, bytes: number, at: number }[]} */ (
      (await Promise.all(finished)).filter(Boolean)
    );
    /** @type {Record<string, number>} */
    const bytes = Object.fromEntries(BYTE_KINDS.map((k) => [k, 0]));
    let requests = 0;
    for (const f of responses) {
      if (f.at > idleAt) continue;
      bytes[kindOf(f.url)] += f.bytes;
      requests++;
    }
    // Which files those bytes were: path, kind, bytes, and when each had arrived (ms from navigation).
    const files = responses
      .map((f) => ({
        path: new URL(f.url).pathname,
        kind: kindOf(f.url),
        bytes: f.bytes,
        atMs: Math.round(f.at - t.timeOrigin),
        beforeIdle: f.at <= idleAt,
      }))
      .sort((a, b) => a.atMs - b.atMs);
    const totalBytes = Object.values(bytes).reduce((a, b) => a + b, 0);
    // Bytes of every response that had finished when the first map picture was painted.
    const firstPicture = Math.min(t.preview ?? Number.POSITIVE_INFINITY, t.idle);
    const firstPictureBytes = responses
      .filter((f) => f.at <= t.timeOrigin + firstPicture)
      .reduce((a, f) => a + f.bytes, 0);
    // The bytes the first picture needs: with a build-time picture, the HTML, what blocked rendering and the
    // picture (the first response of each); without one, the drawn map needs all until idle.
    const critical = new Set(t.critical);
    const counted = new Set();
    const firstPictureNeedsBytes =
      t.preview === null
        ? totalBytes
        : responses
            .filter((f) => critical.has(f.url) && !counted.has(f.url) && counted.add(f.url))
            .reduce((a, f) => a + f.bytes, 0);

    await cdp.send('HeapProfiler.collectGarbage');
    const heapGc = await cdp.send('Runtime.getHeapUsage');

    // The interactions, one after another; one that does not finish in time ends the series (n/a).
    /** @type {Record<string, { frameMs: number, doneMs: number, longTaskMs: number } | null>} */
    const inputs = { select: null, language: null, filter: null };
    /** 1 when the page has a filter UI, 0 when it has none ("n/a (not built)"), null when not reached. */
    let filterUi = /** @type {number | null} */ (null);
    for (const action of /** @type {const} */ (['select', 'language', 'filter'])) {
      const result = await within(
        page.evaluate(interact, { action, projectId, lang }),
        interactionTimeoutMs,
        'timeout',
      );
      if (result === 'timeout') break;
      if (result === null && action === 'filter') filterUi = 0;
      inputs[action] = result;
      await sleep(300);
    }
    const lateBytes = (await Promise.all(finished))
      .filter((f) => f && f.at > idleAt)
      .reduce((a, f) => a + (f?.bytes ?? 0), 0);
    const programsTotal = await within(
      page.evaluate(() => /** @type {any} */ (window).__benchPrograms.length),
      5_000,
      null,
    );
    if (pageErrors.length) throw new Error(`page errors at ${url}: ${pageErrors.join('; ')}`);

    return {
      ...Object.fromEntries(BYTE_KINDS.map((k) => [`${k}Bytes`, bytes[k]])),
      totalBytes,
      firstPictureBytes,
      firstPictureNeedsBytes,
      requests,
      bytesAfterIdle: lateBytes,
      fcpMs: t.fcp,
      fcpPresentedMs: t.fcpPresented,
      lcpMs: t.lcp,
      previewPaintMs: t.preview,
      previewPresentedMs: t.previewPresented,
      firstPictureMs: firstPicture,
      idleMs: t.idle,
      timedOutMs: null,
      bytesBeforeTimeout: null,
      heapAtTimeoutMB: null,
      htmlArrivedMs: null,
      dataArrivedMs: null,
      longTaskMs: t.longTaskMs,
      longTaskCount: t.longTaskCount,
      longestTaskMs: t.longestTaskMs,
      heapMB: mb(heap.usedSize),
      heapGcMB: mb(heapGc.usedSize),
      domNodes: perf.Nodes ?? null,
      jsEventListeners: perf.JSEventListeners ?? null,
      programs: t.programs,
      programsAfterIdle: programsTotal === null ? null : programsTotal - t.programs,
      scriptMs: (perf.ScriptDuration ?? 0) * 1000,
      layoutStyleMs: ((perf.LayoutDuration ?? 0) + (perf.RecalcStyleDuration ?? 0)) * 1000,
      selectFrameMs: inputs.select?.frameMs ?? null,
      selectMs: inputs.select?.doneMs ?? null,
      selectLongTaskMs: inputs.select?.longTaskMs ?? null,
      languageFrameMs: inputs.language?.frameMs ?? null,
      languageMs: inputs.language?.doneMs ?? null,
      languageLongTaskMs: inputs.language?.longTaskMs ?? null,
      filterFrameMs: inputs.filter?.frameMs ?? null,
      filterMs: inputs.filter?.doneMs ?? null,
      filterLongTaskMs: inputs.filter?.longTaskMs ?? null,
      filterUi: inputs.filter ? 1 : filterUi,
      // Not a figure: the list of files, which run.js keeps once per page.
      files: /** @type {any} */ (files),
    };
  } finally {
    debug('closing the context');
    await within(context.close(), 30_000, null);
    debug('closed');
  }
}
