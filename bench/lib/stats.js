// The figures the bench reports, their summaries over runs, and the targets of issue 6.

/**
 * @typedef {'bytes' | 'ms' | 'mb' | 'count'} Unit
 * @typedef {{ key: string, label: string, unit: Unit, group: string }} Metric
 * @typedef {Record<string, number | null>} Run
 * @typedef {{ median: number | null, min: number | null, max: number | null, n: number }} Summary
 */

/** @type {Metric[]} */
export const METRICS = [
  { key: 'totalBytes', label: 'Bytes until first idle, all (gzip)', unit: 'bytes', group: 'bytes' },
  { key: 'jsBytes', label: '… JS (incl. MapLibre worker)', unit: 'bytes', group: 'bytes' },
  { key: 'cssBytes', label: '… CSS', unit: 'bytes', group: 'bytes' },
  { key: 'htmlBytes', label: '… HTML', unit: 'bytes', group: 'bytes' },
  { key: 'dataBytes', label: '… data (JSON, GeoJSON)', unit: 'bytes', group: 'bytes' },
  { key: 'basemapBytes', label: '… basemap', unit: 'bytes', group: 'bytes' },
  { key: 'fontsBytes', label: '… fonts', unit: 'bytes', group: 'bytes' },
  { key: 'imagesBytes', label: '… images (preview SVG)', unit: 'bytes', group: 'bytes' },
  { key: 'otherBytes', label: '… other', unit: 'bytes', group: 'bytes' },
  {
    key: 'firstPictureNeedsBytes',
    label: 'Bytes the first map picture needs (HTML, render-blocking files, the picture; else all to idle)',
    unit: 'bytes',
    group: 'bytes',
  },
  {
    key: 'firstPictureBytes',
    label: 'Bytes arrived by the first map picture (all responses, gzip)',
    unit: 'bytes',
    group: 'bytes',
  },
  { key: 'requests', label: 'Requests until first idle', unit: 'count', group: 'bytes' },
  {
    key: 'bytesAfterIdle',
    label: 'Bytes after idle (during select + language)',
    unit: 'bytes',
    group: 'bytes',
  },
  { key: 'fcpMs', label: 'First contentful paint (rendering update)', unit: 'ms', group: 'time' },
  { key: 'fcpPresentedMs', label: 'First contentful paint (presented on screen)', unit: 'ms', group: 'time' },
  { key: 'previewPaintMs', label: 'Preview picture painted (element timing)', unit: 'ms', group: 'time' },
  { key: 'previewPresentedMs', label: 'Preview picture presented on screen', unit: 'ms', group: 'time' },
  { key: 'firstPictureMs', label: 'First map picture (preview, else drawn map)', unit: 'ms', group: 'time' },
  { key: 'lcpMs', label: 'Largest contentful paint (before idle)', unit: 'ms', group: 'time' },
  { key: 'idleMs', label: 'First idle (map drawn)', unit: 'ms', group: 'time' },
  { key: 'timedOutMs', label: 'No first idle: gave up after', unit: 'ms', group: 'time' },
  { key: 'bytesBeforeTimeout', label: 'No first idle: bytes by then', unit: 'bytes', group: 'time' },
  { key: 'heapAtTimeoutMB', label: 'No first idle: JS heap by then', unit: 'mb', group: 'time' },
  { key: 'htmlArrivedMs', label: 'No first idle: HTML fully arrived at', unit: 'ms', group: 'time' },
  { key: 'dataArrivedMs', label: 'No first idle: data fully arrived at', unit: 'ms', group: 'time' },
  { key: 'longTaskMs', label: 'Long tasks until idle, total', unit: 'ms', group: 'main' },
  { key: 'longTaskCount', label: 'Long tasks until idle, count', unit: 'count', group: 'main' },
  { key: 'longestTaskMs', label: 'Longest task until idle', unit: 'ms', group: 'main' },
  { key: 'scriptMs', label: 'Script time until idle (main thread)', unit: 'ms', group: 'main' },
  { key: 'layoutStyleMs', label: 'Layout + style time until idle', unit: 'ms', group: 'main' },
  { key: 'programs', label: 'WebGL shader programs linked until idle', unit: 'count', group: 'main' },
  {
    key: 'programsAfterIdle',
    label: '… linked after idle (select, language, filter)',
    unit: 'count',
    group: 'main',
  },
  { key: 'domNodes', label: 'DOM nodes at idle', unit: 'count', group: 'main' },
  { key: 'jsEventListeners', label: 'JS event listeners at idle', unit: 'count', group: 'main' },
  { key: 'heapMB', label: 'JS heap at idle (main thread)', unit: 'mb', group: 'memory' },
  { key: 'heapGcMB', label: 'JS heap after GC', unit: 'mb', group: 'memory' },
  { key: 'selectFrameMs', label: 'Select a project → first frame', unit: 'ms', group: 'input' },
  { key: 'selectMs', label: 'Select a project → updated frame (map idle)', unit: 'ms', group: 'input' },
  { key: 'selectLongTaskMs', label: 'Select: long tasks', unit: 'ms', group: 'input' },
  { key: 'languageFrameMs', label: 'Change language → first frame', unit: 'ms', group: 'input' },
  { key: 'languageMs', label: 'Change language → updated frame (map idle)', unit: 'ms', group: 'input' },
  { key: 'languageLongTaskMs', label: 'Change language: long tasks', unit: 'ms', group: 'input' },
  {
    key: 'filterFrameMs',
    label: 'Tick a filter (status: operating) → first frame',
    unit: 'ms',
    group: 'input',
  },
  { key: 'filterMs', label: 'Tick a filter → updated frame (map idle)', unit: 'ms', group: 'input' },
  { key: 'filterLongTaskMs', label: 'Filter: long tasks', unit: 'ms', group: 'input' },
];

/**
 * The figures every page must have, finite and above zero (the e2e test checks them for ours, bare and
 * Leaflet). The others may be zero (no fonts on a reference page, no long task) or n/a (null).
 */
export const CORE_METRICS = [
  'totalBytes',
  'jsBytes',
  'cssBytes',
  'htmlBytes',
  'dataBytes',
  'firstPictureBytes',
  'firstPictureNeedsBytes',
  'requests',
  'fcpMs',
  'firstPictureMs',
  'idleMs',
  'heapMB',
  'heapGcMB',
  'jsEventListeners',
  'selectFrameMs',
  'selectMs',
  'languageFrameMs',
  'languageMs',
];

/** @param {number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Median, min and max of each metric over the runs that have it.
 * @param {Run[]} runs
 * @returns {Record<string, Summary>}
 */
export function summarise(runs) {
  /** @type {Record<string, Summary>} */
  const out = {};
  for (const { key } of METRICS) {
    const xs = runs.map((r) => r[key]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    const values = /** @type {number[]} */ (xs);
    out[key] = values.length
      ? { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length }
      : { median: null, min: null, max: null, n: 0 };
  }
  return out;
}

const KB = 1024;

/**
 * A figure for the table: KB for bytes, whole ms, MB to one decimal.
 * @param {number | null | undefined} v
 * @param {Unit} unit
 */
export function format(v, unit) {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
  if (unit === 'bytes') return `${(v / KB).toFixed(v < 10 * KB ? 1 : 0)} KB`;
  if (unit === 'mb') return `${v.toFixed(1)} MB`;
  if (unit === 'count') return String(Math.round(v));
  return `${Math.round(v)} ms`;
}

/**
 * @typedef {{ id: string, text: string, met: boolean | null, detail: string }} TargetCheck
 */

/**
 * True when the page has no filter UI: every run that got as far as the filter found none.
 * @param {{ runs: Run[] }} page
 */
export function notBuilt(page) {
  const reached = page.runs.filter((r) => r.filterUi === 0 || r.filterUi === 1);
  return reached.length > 0 && reached.every((r) => r.filterUi === 0);
}

/**
 * The soak run's figures before and after (see bench/lib/soak.js), as far as the targets read them.
 * @typedef {{ before: Record<string, number | null>, after: Record<string, number | null>, selections: number, changes: number, featureStatesTouchedAll?: number | null, items?: number }} SoakFigures
 * @typedef {{ preset: string, score: number | null, error: string | null, page?: string }} LighthouseFigures
 * @typedef {LighthouseFigures & { variant: string, tbtMs: number | null, cls: number | null }} ArticleFigures
 */

/** The targets that are also checked on the fresh-browser loads (a reader's first visit). */
export const FRESH_TARGETS = [
  'idle-same-style',
  'idle',
  'fcp',
  'first-picture',
  'select',
  'language',
  'filter',
  'bytes',
];

/** The counts the soak compares before and after: equal is the target. */
export const SOAK_COUNTS = [
  ['featureStatesSet', 'feature states in effect'],
  ['mapListeners', 'map listeners'],
  ['windowListeners', 'window listeners'],
  ['documentListeners', 'document listeners'],
  ['jsEventListeners', 'JS event listeners'],
  ['liveNodes', 'DOM nodes in the page'],
];

/** Shader programs our page linked until idle when issue 13 began (bench/results of 2026-11-30). */
export const PROGRAMS_AT_START = 16;

/**
 * The targets of issues 6 and 13, checked on the medians. `met` is null where a figure could not be
 * measured.
 * @param {Record<string, { summary: Record<string, Summary>, runs: Run[] } | undefined>} pages by id: ours, same-style, bare, leaflet, ours-1, ours-1000
 * @param {{ soak?: SoakFigures | null, lighthouse?: LighthouseFigures[] | null, article?: ArticleFigures[] | null }} [extra]
 * @returns {TargetCheck[]}
 */
export function checkTargets(pages, extra = {}) {
  const m = (/** @type {string} */ page, /** @type {string} */ key) =>
    pages[page]?.summary[key]?.median ?? null;
  /** @type {TargetCheck[]} */
  const out = [];
  /**
   * @param {string} id @param {string} text @param {number | null} actual @param {number | null} limit
   * @param {Unit} unit @param {string} against
   */
  const atMost = (id, text, actual, limit, unit, against) => {
    if (actual === null || limit === null) {
      out.push({ id, text, met: null, detail: 'not measured' });
      return;
    }
    const over = actual - limit;
    const pct = limit > 0 ? ` (${((over / limit) * 100).toFixed(0)}% over)` : '';
    const why = against ? ` ${against}` : '';
    out.push({
      id,
      text,
      met: over <= 0,
      detail:
        over <= 0
          ? `met: ${format(actual, unit)} against ${format(limit, unit)}${why}`
          : `missed by ${format(over, unit)}${pct}: ${format(actual, unit)} against ${format(limit, unit)}${why}`,
    });
  };
  /** Adds to what the target checked last says (its floor, the same figure on another clock). */
  const addToLast = (/** @type {string} */ text) => {
    const last = out.at(-1);
    if (last) last.detail += text;
  };
  const sameIdle = m('same-style', 'idleMs');
  const ratioText = (/** @type {string} */ key) => {
    const a = m('ours', key);
    const b = m('same-style', key);
    return a !== null && b ? `${(a / b).toFixed(2)}×` : 'n/a';
  };
  atMost(
    'idle-same-style',
    'Time to first idle ≤ 1.15 × the same-style page (our style, MapLibre alone)',
    m('ours', 'idleMs'),
    sameIdle === null ? null : sameIdle * 1.15,
    'ms',
    `(1.15 × same-style ${format(sameIdle, 'ms')}; ours ÷ same-style: idle ${ratioText('idleMs')}, long tasks ${ratioText('longTaskMs')}, bytes ${ratioText('totalBytes')})`,
  );
  const blankIdle = m('ours-blank-picture', 'idleMs');
  if (blankIdle !== null && sameIdle)
    addToLast(
      `; with the first picture blanked, ours ${format(blankIdle, 'ms')}, ${(blankIdle / sameIdle).toFixed(2)}× same-style (the difference from ours is what showing that picture costs)`,
    );
  const noInterfaceIdle = m('ours-no-interface', 'idleMs');
  if (noInterfaceIdle !== null && sameIdle)
    addToLast(
      `; with its interface laid out but not drawn, ours ${format(noInterfaceIdle, 'ms')}, ${(noInterfaceIdle / sameIdle).toFixed(2)}× same-style (the difference from ours is what drawing the interface costs)`,
    );
  const bareIdle = m('bare', 'idleMs');
  atMost(
    'idle',
    'Time to first idle ≤ 1.10 × bare MapLibre (issue 6)',
    m('ours', 'idleMs'),
    bareIdle === null ? null : bareIdle * 1.1,
    'ms',
    `(1.10 × bare ${format(bareIdle, 'ms')})`,
  );
  atMost(
    'fcp',
    "First contentful paint no later than Leaflet's drawn map",
    m('ours', 'fcpMs'),
    m('leaflet', 'idleMs'),
    'ms',
    "(Leaflet's map drawn)",
  );
  atMost(
    'first-picture',
    "First picture no later than Leaflet's drawn map",
    m('ours', 'firstPictureMs'),
    m('leaflet', 'idleMs'),
    'ms',
    "(Leaflet's map drawn)",
  );
  // The same on the screen's clock: when each first frame was presented (the GPU's raster work shows here).
  const shownOurs = m('ours', 'previewPresentedMs');
  const shownLeaflet = m('leaflet', 'fcpPresentedMs');
  if (out.at(-1)?.met != null && shownOurs !== null && shownLeaflet !== null)
    addToLast(
      `; presented on screen: ours ${format(shownOurs, 'ms')}, Leaflet's first frame ${format(shownLeaflet, 'ms')} (${shownOurs <= shownLeaflet ? 'met' : `missed by ${format(shownOurs - shownLeaflet, 'ms')}`} on that clock)`,
    );
  // The floors: MapLibre alone doing the same to our style (same-style page: the feature highlighted and
  // jumped to; our style in the other language as a diff, which changes only what depends on the language).
  const floor = (/** @type {string} */ key, /** @type {string} */ what) => {
    const same = m('same-style', key);
    return same === null ? '' : `(floor: MapLibre alone ${what}, same-style page, ${format(same, 'ms')})`;
  };
  atMost(
    'select',
    'Select ≤ 50 ms (input → updated frame)',
    m('ours', 'selectMs'),
    50,
    'ms',
    floor('selectMs', 'highlighting and jumping to the same feature'),
  );
  atMost(
    'language',
    'Language change ≤ 100 ms (input → updated frame)',
    m('ours', 'languageMs'),
    100,
    'ms',
    floor('languageMs', "changing our style's language"),
  );
  const filter = m('ours', 'filterMs');
  if (pages.ours && notBuilt(pages.ours))
    out.push({ id: 'filter', text: 'Filter change ≤ 100 ms', met: null, detail: 'filter: n/a (not built)' });
  else atMost('filter', 'Filter change ≤ 100 ms (input → updated frame)', filter, 100, 'ms', '');
  const bareBytes = m('bare', 'totalBytes');
  atMost(
    'bytes',
    'Bytes until idle ≤ bare + 60 KB (gzip)',
    m('ours', 'totalBytes'),
    bareBytes === null ? null : bareBytes + 60 * KB,
    'bytes',
    `(bare ${format(bareBytes, 'bytes')} + 60 KB)`,
  );
  // The floor: MapLibre with what every drawing of our map needs (the basemap, the label fonts), before any of
  // our data, code, HTML, styles or picture; and MapLibre alone with our style, data and basemap.
  const sameBytes = m('same-style', 'totalBytes');
  const basemapBytes = m('same-style', 'basemapBytes');
  const fontBytes = m('same-style', 'fontsBytes');
  if (bareBytes !== null && sameBytes !== null && basemapBytes !== null && fontBytes !== null)
    addToLast(
      `; floor: bare with the basemap and label fonts ${format(bareBytes + basemapBytes + fontBytes, 'bytes')} before any of our data, code, HTML, styles or picture; MapLibre alone with our style, data and basemap (same-style) ${format(sameBytes, 'bytes')}`,
    );
  const arrived = m('ours', 'firstPictureBytes');
  atMost(
    'first-picture-bytes',
    'Bytes until the first picture ≤ 60 KB (gzip: the HTML, render-blocking files and the picture)',
    m('ours', 'firstPictureNeedsBytes'),
    60 * KB,
    'bytes',
    arrived === null ? '' : `(all responses arrived by then on localhost: ${format(arrived, 'bytes')})`,
  );
  const oneX = m('ours-1', 'idleMs');
  const gaveUp = m('ours-1000', 'timedOutMs');
  const scaleText = 'At 1000x, first idle ≤ 3 × our 1x (synthetic 1x, same generator)';
  if (m('ours-1000', 'idleMs') === null && gaveUp !== null && oneX !== null)
    out.push({
      id: 'scale',
      text: scaleText,
      met: false,
      detail: `missed: no first idle within ${format(gaveUp, 'ms')} (over ${(gaveUp / oneX).toFixed(0)}× our 1x ${format(oneX, 'ms')}; limit ${format(oneX * 3, 'ms')})`,
    });
  else
    atMost(
      'scale',
      scaleText,
      m('ours-1000', 'idleMs'),
      oneX === null ? null : oneX * 3,
      'ms',
      `(3 × synthetic 1x ${format(oneX, 'ms')})`,
    );
  // The floor: MapLibre alone drawing our style on the same 1000x data, against our 1x.
  const floor1000 = m('same-style-1000', 'idleMs');
  if (floor1000 !== null && oneX !== null)
    addToLast(
      `; floor: MapLibre alone drawing our style at 1000x ${format(floor1000, 'ms')}, ${(floor1000 / oneX).toFixed(2)}× our 1x`,
    );
  const language100 = m('same-style-100', 'languageMs');
  atMost(
    'scale-language',
    'At 100x, language change ≤ 300 ms (input → updated frame)',
    m('ours-100', 'languageMs'),
    300,
    'ms',
    language100 === null
      ? ''
      : `(floor: MapLibre alone changing our style's language at 100x ${format(language100, 'ms')})`,
  );
  // Issue 23: a feature's own page starts at no more cost than the home page, warm and in a fresh browser.
  for (const [feature, home, mode] of [
    ['ours-feature', 'ours', ''],
    ['ours-feature-fresh', 'ours-fresh', ', fresh browser'],
  ])
    if (pages[feature])
      for (const [key, what] of [
        ['idleMs', 'first idle'],
        ['scriptMs', 'script until idle'],
      ])
        atMost(
          `feature-page-${key}${mode ? '-fresh' : ''}`,
          `A project's page: ${what} ≤ the home page's${mode}`,
          m(feature, key),
          m(home, key),
          'ms',
          `(the home page${mode})`,
        );
  // The same, a new browser for every load (a reader's first visit): the fresh pages read as the warm ones.
  if (pages['ours-fresh'])
    for (const t of checkTargets({
      ours: pages['ours-fresh'],
      'same-style': pages['same-style-fresh'],
      bare: pages['bare-fresh'],
      leaflet: pages['leaflet-fresh'],
      'ours-no-interface': pages['ours-no-interface-fresh'],
    }).filter((t) => FRESH_TARGETS.includes(t.id)))
      out.push({ ...t, id: `fresh-${t.id}`, text: `Fresh browser: ${t.text}` });
  const bareHeap = m('bare', 'heapMB');
  atMost(
    'heap',
    'JS heap at idle ≤ bare + 20 MB',
    m('ours', 'heapMB'),
    bareHeap === null ? null : bareHeap + 20,
    'mb',
    `(bare ${format(bareHeap, 'mb')} + 20 MB)`,
  );
  const mobile = extra.lighthouse?.find((l) => l.preset === 'mobile' && (l.page ?? 'ours') === 'ours');
  // The reference pages' scores beside ours (our feature page has a target of its own, below).
  const referenceNames = { 'same-style': 'same style, MapLibre alone', bare: 'bare MapLibre' };
  const references = (extra.lighthouse ?? [])
    .filter((l) => l.preset === 'mobile' && l.page in referenceNames && l.score !== null)
    .map((l) => `${referenceNames[/** @type {keyof typeof referenceNames} */ (l.page)]} ${l.score}`);
  const referenceText = references.length ? ` (${references.join(', ')})` : '';
  const lhText = 'Lighthouse performance (mobile preset) ≥ 90';
  if (!mobile || mobile.score === null)
    out.push({
      id: 'lighthouse-mobile',
      text: lhText,
      met: null,
      detail: mobile?.error ? `not measured: ${mobile.error}` : 'not measured',
    });
  else
    out.push({
      id: 'lighthouse-mobile',
      text: lhText,
      met: mobile.score >= 90,
      detail:
        mobile.score >= 90
          ? `met: ${mobile.score}`
          : `missed by ${90 - mobile.score} points: ${mobile.score}${referenceText}`,
    });
  const feature = extra.lighthouse?.find((l) => l.preset === 'mobile' && l.page === 'ours-feature');
  if (feature)
    out.push({
      id: 'lighthouse-feature',
      text: "Lighthouse performance (mobile preset) ≥ 90 for a feature's page",
      met: feature.score === null ? null : feature.score >= 90,
      detail:
        feature.score === null
          ? `not measured${feature.error ? `: ${feature.error}` : ''}`
          : feature.score >= 90
            ? `met: ${feature.score}`
            : `missed by ${90 - feature.score} points: ${feature.score}`,
    });
  for (const [variant, where] of [
    ['ours', 'below the fold'],
    ['ours-top', 'at the top'],
  ]) {
    const of = (/** @type {string} */ v) =>
      extra.article?.find((a) => a.preset === 'mobile' && a.variant === v && a.score !== null);
    const plain = of('plain');
    const withMap = of(variant);
    if (!extra.article) continue;
    const text = `Our embed ${where} costs its host article ≤ 2 Lighthouse points and ≤ 50 ms TBT (mobile), no layout shift`;
    if (!plain || !withMap || plain.score === null || withMap.score === null) {
      out.push({ id: `article-${variant}`, text, met: null, detail: 'not measured' });
      continue;
    }
    const points = plain.score - withMap.score;
    const tbt = (withMap.tbtMs ?? 0) - (plain.tbtMs ?? 0);
    const cls = withMap.cls ?? 0;
    const met = points <= 2 && tbt <= 50 && cls < 0.001;
    out.push({
      id: `article-${variant}`,
      text,
      met,
      detail: `${met ? 'met' : 'missed'}: ${points} points (${plain.score} without the map, ${withMap.score} with it), TBT ${tbt >= 0 ? '+' : ''}${Math.round(tbt)} ms (${Math.round(plain.tbtMs ?? 0)} → ${Math.round(withMap.tbtMs ?? 0)} ms), CLS ${cls.toFixed(3)}`,
    });
    // The floor at the top: the same embed with its first picture blanked (what showing the picture costs is the rest).
    const blank = variant === 'ours-top' ? of('ours-top-blank') : undefined;
    if (!met && blank?.score != null)
      addToLast(
        `; floor: the same embed with its first picture blanked costs ${plain.score - blank.score} points (${blank.score}), TBT ${Math.round(blank.tbtMs ?? 0)} ms: the rest is what showing that picture costs`,
      );
  }
  const programs = m('ours', 'programs');
  const samePrograms = m('same-style', 'programs');
  const progText = `Fewer WebGL shader programs until idle than at the issue's start (${PROGRAMS_AT_START}), none beyond the same-style page's`;
  if (programs === null || samePrograms === null)
    out.push({ id: 'programs', text: progText, met: null, detail: 'not measured' });
  else {
    const counts = `ours ${programs}, same-style ${samePrograms}, bare ${format(m('bare', 'programs'), 'count')}`;
    const limit = Math.min(PROGRAMS_AT_START - 1, samePrograms);
    out.push({
      id: 'programs',
      text: progText,
      met: programs <= limit,
      detail: programs <= limit ? `met: ${counts}` : `missed by ${programs - limit}: ${counts}`,
    });
  }
  const soak = extra.soak;
  const soakSize = soak
    ? ` (${soak.selections} selections, then ${soak.changes} language and theme changes)`
    : '';
  const heapBefore = soak?.before.heapMB ?? null;
  const heapAfter = soak?.after.heapMB ?? null;
  atMost(
    'soak-heap',
    `Soak: JS heap after GC grows ≤ 5 MB${soakSize}`,
    heapBefore === null || heapAfter === null ? null : heapAfter - heapBefore,
    5,
    'mb',
    heapBefore === null || heapAfter === null
      ? ''
      : `(${format(heapBefore, 'mb')} before, ${format(heapAfter, 'mb')} after)`,
  );
  if (!soak)
    out.push({
      id: 'soak-counts',
      text: 'Soak: counts equal before and after',
      met: null,
      detail: 'not measured',
    });
  else {
    const differ = SOAK_COUNTS.filter(([k]) => soak.before[k] !== soak.after[k]).map(
      ([k, label]) => `${label} ${soak.before[k]} → ${soak.after[k]}`,
    );
    out.push({
      id: 'soak-counts',
      text: 'Soak: feature states in effect and listeners (map, window, document, all JS) and DOM nodes equal before and after',
      met: differ.length === 0,
      detail: differ.length
        ? `missed: ${differ.join(', ')}`
        : `met: ${SOAK_COUNTS.map(([k, label]) => `${label} ${soak.after[k]}`).join(', ')}`,
    });
    // MapLibre keeps an empty entry for each feature that has ever held a state (removing a state empties
    // it; only removing a whole source's states drops them): bounded by the features, so the target is that
    // they stop growing once each feature has been selected.
    const touched = soak.featureStatesTouchedAll ?? null;
    const entriesAfter = soak.after.featureStates ?? null;
    out.push({
      id: 'soak-entries',
      text: "Soak: MapLibre's feature-state entries stop growing once every feature has been selected",
      met: touched === null || entriesAfter === null ? null : entriesAfter <= touched,
      detail:
        touched === null || entriesAfter === null
          ? 'not measured'
          : `${entriesAfter <= touched ? 'met' : 'missed'}: ${soak.before.featureStates} before, ${touched} once each of the ${soak.items} features was selected, ${entriesAfter} after all ${soak.selections} selections and ${soak.changes} changes`,
    });
  }
  return out;
}
