// The soak run (issue 13): our page, loaded once, takes many selections (hubs, projects and routes in turn,
// through the list's own buttons as a reader clicks them) and then many language and theme changes in a
// row; the JS heap after a forced GC, MapLibre's feature-state entries and the event listeners of the map,
// the window and the document are recorded before and after. What grows without bound shows here.
import { launchBrowser } from './measure.js';

/** Default size of the soak: 500 selections, then 50 language and theme changes. */
export const SOAK = { selections: 500, changes: 50 };
/** The languages the changes cycle through, and the themes. */
const LANGS = ['ru', 'kk', 'zh', 'en'];
const THEMES = ['dark', 'light'];

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs in the page: MapLibre's feature-state entries (ids with any state, and ids with a state that is set
 * to something other than false/null), its event listeners, and the feature states not yet applied.
 */
function mapCounts() {
  const map = /** @type {any} */ (document.querySelector('corridor-map'))?.maplibre;
  if (!map) return null;
  const managers = map.style?.tileManagers ?? map.style?.sourceCaches ?? {};
  let entries = 0;
  let setEntries = 0;
  let pending = 0;
  /** @type {string[]} */
  const setIds = [];
  for (const [source, m] of Object.entries(managers)) {
    const st = /** @type {any} */ (m)._state;
    if (!st) continue;
    for (const layer of Object.values(st.state ?? {}))
      for (const [id, s] of Object.entries(/** @type {Record<string, any>} */ (layer))) {
        entries++;
        const on = Object.entries(s).filter(([, v]) => v !== false && v !== null && v !== undefined);
        if (!on.length) continue;
        setEntries++;
        if (setIds.length < 10) setIds.push(`${source}/${id}: ${on.map(([k, v]) => `${k}=${v}`).join(' ')}`);
      }
    for (const layer of Object.values(st.stateChanges ?? {})) pending += Object.keys(layer).length;
  }
  const count = (/** @type {Record<string, unknown[]> | undefined} */ l) =>
    Object.values(l ?? {}).reduce((a, xs) => a + (Array.isArray(xs) ? xs.length : 0), 0);
  return {
    featureStates: entries,
    featureStatesSet: setEntries,
    featureStatesPending: pending,
    mapListeners: count(map._listeners) + count(map._oneTimeListeners),
    images: map.listImages?.().length ?? 0,
    featureStatesSetIds: setIds,
  };
}

/**
 * Runs in the page: the nodes of the document and its shadow roots. Performance.getMetrics' `Nodes` also counts
 * nodes already detached and waiting for Blink's own collector, which a forced GC does not always run: it
 * wanders by tens between snapshots of the same page.
 */
function liveNodes() {
  /** @param {Node} root */
  const count = (root) => {
    let n = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) {
      n++;
      const shadow = /** @type {Element} */ (walker.currentNode).shadowRoot;
      if (shadow) n += 1 + count(shadow);
    }
    return n;
  };
  return count(document);
}

/**
 * Runs in the page: selects each of `items` in turn the way a reader does (the list's button, else the
 * address with back/forward), waiting for the frame that shows each (two animation frames).
 * @param {{ type: string, id: string }[]} items
 */
async function select(items) {
  const raf = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
  let clicked = 0;
  for (const { type, id } of items) {
    const button = document
      .querySelector('project-list')
      ?.shadowRoot?.querySelector(`button[data-${type}="${CSS.escape(id)}"]`);
    if (button instanceof HTMLElement) {
      button.click();
      clicked++;
    } else {
      const params = new URLSearchParams(location.search);
      for (const k of ['hub', 'project', 'route']) params.delete(k);
      params.set(type, id);
      history.pushState(null, '', `?${params}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }
    await raf();
    await raf();
  }
  return clicked;
}

/**
 * Runs in the page: one language change (the page's language menu) or theme change (the address, which is
 * where the page takes its theme from), then waits for the map's next idle (at most 15 s).
 * @param {{ lang?: string, theme?: string }} change
 */
async function change({ lang, theme }) {
  const map = /** @type {any} */ (document.querySelector('corridor-map'))?.maplibre;
  const idle = new Promise((r) => {
    map.once('idle', () => r(true));
    setTimeout(() => r(false), 15_000);
  });
  if (lang) {
    const s = /** @type {HTMLSelectElement} */ (document.querySelector('.language-switch select'));
    s.value = lang;
    s.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (theme) {
    const params = new URLSearchParams(location.search);
    params.set('theme', theme);
    history.pushState(null, '', `?${params}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }
  map.triggerRepaint();
  return idle;
}

/** Runs in the page: back to the view the page opened with (no selection, English, light), then idle. */
async function reset() {
  const map = /** @type {any} */ (document.querySelector('corridor-map'))?.maplibre;
  const idle = new Promise((r) => {
    map.once('idle', () => r(true));
    setTimeout(() => r(false), 15_000);
  });
  history.pushState(null, '', location.pathname);
  dispatchEvent(new PopStateEvent('popstate'));
  map.triggerRepaint();
  return idle;
}

/**
 * Loads our page once and soaks it. Resolves with the figures before (after one warm-up pass) and after.
 * @param {import('playwright-core').Browser | null} browser null: launch one
 * @param {{ url: string, items: { type: string, id: string }[], selections?: number, changes?: number, log?: (s: string) => void }} options
 */
export async function measureSoak(
  browser,
  { url, items, selections = SOAK.selections, changes = SOAK.changes, log = () => {} },
) {
  const own = browser ? null : await launchBrowser();
  const b = /** @type {import('playwright-core').Browser} */ (browser ?? own);
  const context = await b.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    reducedMotion: 'reduce',
  });
  const started = performance.now();
  try {
    const page = await context.newPage();
    const errors = /** @type {string[]} */ ([]);
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => performance.getEntriesByName('corridor-map-idle').length > 0,
      undefined,
      {
        timeout: 90_000,
        polling: 100,
      },
    );
    /** Heap after GC, listener and node counts, MapLibre's counts. */
    const snapshot = async () => {
      await sleep(500);
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const perf = Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
      );
      const listenersOf = async (/** @type {string} */ expression) => {
        const { result } = await cdp.send('Runtime.evaluate', { expression });
        if (!result.objectId) return null;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
        return listeners.length;
      };
      return {
        heapMB: heap.usedSize / 2 ** 20,
        ...(await page.evaluate(mapCounts)),
        windowListeners: await listenersOf('window'),
        documentListeners: await listenersOf('document'),
        jsEventListeners: perf.JSEventListeners ?? null,
        domNodes: perf.Nodes ?? null,
        liveNodes: await page.evaluate(liveNodes),
      };
    };
    const atLoad = await snapshot();
    // One warm-up pass: each language and theme once, one selection of each kind, back to the start; so
    // what loads once (another language's strings, the Chinese font, a theme's marker images) is not
    // counted as growth.
    const kinds = ['hub', 'project', 'route'].map((t) => items.find((i) => i.type === t)).filter(Boolean);
    await page.evaluate(select, /** @type {{ type: string, id: string }[]} */ (kinds));
    for (const lang of LANGS) await page.evaluate(change, { lang });
    for (const theme of THEMES) await page.evaluate(change, { theme });
    await page.evaluate(reset);
    const before = await snapshot();
    log(`soak: loaded and warmed up in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const t0 = performance.now();
    let clicked = 0;
    /** MapLibre's feature-state entries once every item has been selected (see `touchedAll` below). */
    let touchedAll = /** @type {number | null} */ (null);
    for (let done = 0; done < selections; done += 50) {
      const batch = Array.from({ length: Math.min(50, selections - done) }, (_, i) => {
        return items[(done + i) % items.length];
      });
      clicked += await page.evaluate(select, batch);
      // (A soak shorter than the list of items, as in quick mode, counts them at its last selection.)
      if (touchedAll === null && done + batch.length >= Math.min(items.length, selections))
        touchedAll = (await page.evaluate(mapCounts))?.featureStates ?? null;
    }
    const selectMs = performance.now() - t0;
    log(`soak: ${selections} selections in ${(selectMs / 1000).toFixed(1)} s (${clicked} by the list)`);
    const t1 = performance.now();
    let idleMissed = 0;
    for (let i = 0; i < changes; i++) {
      const ok = await page.evaluate(
        change,
        i % 2 === 0 ? { lang: LANGS[(i / 2) % LANGS.length] } : { theme: THEMES[((i - 1) / 2) % 2] },
      );
      if (!ok) idleMissed++;
    }
    const changeMs = performance.now() - t1;
    log(`soak: ${changes} language and theme changes in ${(changeMs / 1000).toFixed(1)} s`);
    await page.evaluate(reset);
    const after = await snapshot();
    if (errors.length) throw new Error(`page errors during the soak: ${errors.join('; ')}`);
    return {
      url,
      selections,
      selectedByList: clicked,
      changes,
      changesWithoutIdle: idleMissed,
      selectionsMs: selectMs,
      changesMs: changeMs,
      wallMs: performance.now() - started,
      atLoad,
      before,
      after,
      // MapLibre keeps an (empty) entry for every feature that has held a state: entries grow until each
      // feature has been selected once, then must stay put.
      featureStatesTouchedAll: touchedAll,
      items: items.length,
    };
  } finally {
    await context.close().catch(() => {});
    await own?.close();
  }
}
