// What the bench runs inside the measured page (Playwright serialises these functions into it): they may use
// only what the page has, never this module's scope.

/**
 * Runs in the page before any of its scripts: records long tasks, paint timings of the build-time
 * picture (element timing, tagged as the parser inserts it; LCP as a fallback) and LCP candidates.
 */
export function initScript() {
  const w = /** @type {any} */ (window);
  /** @type {[number, number][]} */
  const longTasks = [];
  /** @type {{ t: number, url: string }[]} */
  const lcp = [];
  /** @type {number[]} */
  const preview = [];
  /** @type {number[]} */
  const previewPresented = [];
  w.__benchLongTasks = longTasks;
  w.__benchLcp = lcp;
  w.__benchPreview = preview;
  w.__benchPreviewPresented = previewPresented;
  // Every WebGL program linked, by time: the shader programs MapLibre compiles (each costs tens to hundreds
  // of ms on SwiftShader).
  /** @type {number[]} */
  const programs = [];
  w.__benchPrograms = programs;
  for (const ctx of [globalThis.WebGL2RenderingContext, globalThis.WebGLRenderingContext]) {
    const proto = ctx?.prototype;
    if (!proto) continue;
    const link = proto.linkProgram;
    proto.linkProgram = function (/** @type {WebGLProgram} */ program) {
      programs.push(performance.now());
      return link.call(this, program);
    };
  }
  const observe = (/** @type {string} */ type, /** @type {(e: any) => void} */ each) => {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) each(e);
      }).observe({ type, buffered: true });
    } catch {
      // Entry type not supported: the figure stays empty.
    }
  };
  observe('longtask', (e) => longTasks.push([e.startTime, e.duration]));
  // Chromium gives paint entries both the time of the rendering update (`paintTime`) and the time the
  // frame reached the screen (`presentationTime`, also `startTime`/`renderTime`); with software GL the
  // second lags by up to a second. The bench times pictures by `paintTime`, like the map's `idle`.
  const when = (/** @type {any} */ e) => e.paintTime || e.renderTime || e.loadTime || e.startTime;
  const shown = (/** @type {any} */ e) => e.presentationTime || e.renderTime || e.startTime;
  observe('largest-contentful-paint', (e) => lcp.push({ t: when(e), shown: shown(e), url: e.url }));
  observe('element', (e) => {
    if (e.identifier !== 'map-preview') return;
    preview.push(when(e));
    previewPresented.push(shown(e));
  });
  // Tag the picture for element timing as soon as it is inserted (by the parser, or by Lit later).
  const mo = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        const el = /** @type {Element} */ (n);
        if (el.localName === 'img' && el.matches('img.map-preview, .static-preview img'))
          el.setAttribute('elementtiming', 'map-preview');
      }
  });
  mo.observe(document, { childList: true, subtree: true });
  observe('mark', (e) => {
    if (e.name === 'corridor-map-idle') mo.disconnect();
  });
}

/**
 * Runs in the page: dispatches an input and resolves with the time to the frame that shows it (two
 * animation frames after the DOM change) and, if the map had to redraw, to its first `idle` after the last
 * camera move the input caused (ours brings a selection into view after the frame that shows it).
 * @param {{ action: 'select' | 'language' | 'filter', projectId: string, lang: string }} args
 */
export async function interact({ action, projectId, lang }) {
  const w = /** @type {any} */ (window);
  const map = document.querySelector('corridor-map')?.maplibre ?? w.__benchMap;
  const raf = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
  // Our page's filter UI (filter-panel); where there is none the figure is n/a (null), never invented.
  // Its options show once the reader unfolds the filters, as a reader must before ticking one: done
  // here before the clock starts.
  const folded = document.querySelector('corridor-app details.filters');
  if (action === 'filter' && folded instanceof HTMLDetailsElement && !folded.open) {
    folded.open = true;
    for (
      let i = 0;
      i < 200 && !document.querySelector('corridor-app filter-panel')?.shadowRoot?.querySelector('input');
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await raf();
    await raf();
  }
  const filterPanel = document.querySelector('corridor-app filter-panel');
  /** @type {HTMLInputElement | null} */
  const checkbox =
    filterPanel?.shadowRoot?.querySelector('input[type="checkbox"][name="status"][value="operating"]') ??
    filterPanel?.shadowRoot?.querySelector('input[type="checkbox"]') ??
    null;
  if (action === 'filter' && !w.__bench?.filter && !checkbox) return null;
  let rendered = false;
  const onRender = () => {
    rendered = true;
  };
  map?.on('render', onRender);
  // When the camera last started moving, and the map's idles: an idle before the camera's move is not the end.
  let movedAt = -1;
  const onMove = () => {
    movedAt = performance.now();
  };
  map?.on('movestart', onMove);
  /** @type {number[]} */
  const idles = [];
  /** @type {(() => void) | null} */
  let wake = null;
  const onIdle = () => {
    idles.push(performance.now());
    wake?.();
  };
  map?.on('idle', onIdle);
  const idleAfterMoves = async () => {
    for (;;) {
      const done = idles.find((t) => t > movedAt);
      if (done !== undefined && !map.isMoving()) return done;
      await new Promise((r) => {
        wake = () => r(undefined);
      });
    }
  };
  const t0 = performance.now();
  if (action === 'select') {
    if (w.__bench) w.__bench.select(projectId);
    else {
      const button = document
        .querySelector('project-list')
        ?.shadowRoot?.querySelector(`button[data-project="${projectId}"]`);
      if (button) /** @type {HTMLElement} */ (button).click();
      else {
        history.pushState(null, '', `?project=${projectId}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }
    }
  } else if (action === 'language') {
    if (w.__bench) w.__bench.language(lang);
    else {
      const select = /** @type {HTMLSelectElement} */ (document.querySelector('.language-switch select'));
      select.value = lang;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  } else if (w.__bench?.filter) w.__bench.filter();
  // Tick "operating" (what the reference pages' filter shows), as a reader would.
  else checkbox?.click();
  await raf();
  await raf();
  const frame = performance.now();
  let end = frame;
  if (map && (rendered || movedAt >= t0 || map.isMoving() || !map.loaded())) {
    // The updated frame is the later of the DOM's frame and the map's complete frame after its last move.
    const mapDone = await Promise.race([
      idleAfterMoves(),
      new Promise((r) => setTimeout(() => r(performance.now()), 60_000)),
    ]);
    end = Math.max(frame, /** @type {number} */ (mapDone));
  }
  map?.off('render', onRender);
  map?.off('movestart', onMove);
  map?.off('idle', onIdle);
  const longTaskMs = /** @type {[number, number][]} */ (w.__benchLongTasks)
    .filter(([s]) => s >= t0 - 1)
    .reduce((a, [, d]) => a + d, 0);
  return { frameMs: frame - t0, doneMs: end - t0, longTaskMs };
}
