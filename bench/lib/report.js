// Writes the bench's results: the Markdown table with the targets, and the growth chart (hand-written SVG).
import { format, METRICS, notBuilt } from './stats.js';

/**
 * @typedef {import('./stats.js').Summary} Summary
 * @typedef {import('./stats.js').TargetCheck} TargetCheck
 * @typedef {{ path: string, kind: string, bytes: number, atMs: number, beforeIdle: boolean }} File
 * @typedef {{ id: string, label: string, kind: 'ours' | 'same-style' | 'bare' | 'leaflet', scale: number | null, runs: Record<string, number | null>[], errors: string[], summary: Record<string, Summary>, plannedRuns: number, files?: File[], fresh?: boolean, path?: string }} Page
 * @typedef {{ meta: Record<string, any>, pages: Record<string, Page>, targets: TargetCheck[], soak?: any, lighthouse?: any[] | null, article?: any[] | null }} Results
 */

/** @param {Summary | undefined} s @param {import('./stats.js').Unit} unit */
function cell(s, unit) {
  if (!s || s.median === null) return 'n/a';
  if (s.n === 1 || s.min === s.max) return format(s.median, unit);
  return `${format(s.median, unit)} (${format(s.min, unit)}–${format(s.max, unit)})`;
}

/** @param {number | null | undefined} a @param {number | null | undefined} b */
function ratio(a, b) {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return '–';
  return `${(a / b).toFixed(2)}×`;
}

/**
 * One table: a row per metric; columns ours, same style, bare, Leaflet, the ratios of ours to them, then
 * `extra` pages (a feature's page, ours at each scale) and the growth from the first of `scaled` to the others.
 * @param {{ ours?: Page, same?: Page, bare?: Page, leaflet?: Page }} main
 * @param {Page[]} extra
 * @param {Page[]} scaled
 */
function pageTable({ ours, same, bare, leaflet }, extra, scaled) {
  const first = scaled[0];
  const runsOf = (/** @type {Page | undefined} */ p) =>
    p ? `${p.runs.length} run${p.runs.length === 1 ? '' : 's'}` : '';
  const later = scaled.slice(1);
  const head = [
    'metric',
    `ours 1x (geo/)<br>${runsOf(ours)}`,
    `same style, MapLibre alone<br>${runsOf(same)}`,
    `bare MapLibre<br>${runsOf(bare)}`,
    `Leaflet canvas<br>${runsOf(leaflet)}`,
    'ours ÷ same style',
    'ours ÷ bare',
    'ours ÷ Leaflet',
    ...extra.map((p) =>
      p.scale === null
        ? `${p.label}<br>${runsOf(p)}`
        : `${p.kind === 'ours' ? 'ours' : 'same style, MapLibre alone,'} ${p.scale}x (synthetic)<br>${runsOf(p)}`,
    ),
    ...later.map((p) => `${p.scale}x ÷ ${first.scale}x`),
  ];
  const rows = METRICS.map((metric) => {
    const s = (/** @type {Page | undefined} */ p) => p?.summary[metric.key];
    const m = (/** @type {Page | undefined} */ p) => s(p)?.median;
    const value = (/** @type {Page | undefined} */ p) => {
      if (metric.key === 'filterMs' && p && notBuilt(p)) return 'n/a (not built)';
      const gaveUp = p?.summary.timedOutMs;
      if (metric.key === 'idleMs' && gaveUp?.n)
        return `${s(p)?.n ? `${cell(s(p), metric.unit)}; ` : ''}**none within ${format(gaveUp.max, 'ms')}** in ${gaveUp.n} of ${p?.runs.length} runs`;
      return cell(s(p), metric.unit);
    };
    return [
      metric.label,
      value(ours),
      value(same),
      value(bare),
      value(leaflet),
      ratio(m(ours), m(same)),
      ratio(m(ours), m(bare)),
      ratio(m(ours), m(leaflet)),
      ...extra.map(value),
      ...later.map((p) => ratio(m(p), m(first))),
    ];
  });
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/**
 * The Markdown report: one row per metric; columns ours 1x, bare, Leaflet, ratios, and ours at each scale.
 * @param {Results} results
 */
export function markdown(results) {
  const { meta, pages, targets } = results;
  const ours = pages.ours;
  const scaled = Object.values(pages)
    .filter((p) => p.kind === 'ours' && p.scale !== null)
    .sort((a, b) => (a.scale ?? 0) - (b.scale ?? 0));
  // MapLibre alone on each scale's data: the floor under ours at that scale.
  const scaledFloors = Object.values(pages)
    .filter((p) => p.kind === 'same-style' && p.scale !== null)
    .sort((a, b) => (a.scale ?? 0) - (b.scale ?? 0));
  const table = pageTable(
    { ours, same: pages['same-style'], bare: pages.bare, leaflet: pages.leaflet },
    [
      ...(pages['ours-feature'] ? [pages['ours-feature']] : []),
      ...(pages['ours-blank-picture'] ? [pages['ours-blank-picture']] : []),
      ...(pages['ours-no-interface'] ? [pages['ours-no-interface']] : []),
      ...scaled,
      ...scaledFloors,
    ],
    scaled,
  );
  const freshTable = pages['ours-fresh']
    ? pageTable(
        {
          ours: pages['ours-fresh'],
          same: pages['same-style-fresh'],
          bare: pages['bare-fresh'],
          leaflet: pages['leaflet-fresh'],
        },
        [pages['ours-feature-fresh'], pages['ours-no-interface-fresh']].filter((p) => p !== undefined),
        [],
      )
    : '';

  const mark = (/** @type {boolean | null} */ met) => (met === null ? '➖' : met ? '✅' : '❌');
  const targetLines = targets.map((t) => `- ${mark(t.met)} **${t.text}**: ${t.detail}`).join('\n');
  const planned = (/** @type {Page} */ p) => (p.fresh ? (meta.freshRuns ?? meta.runs) : meta.runs);
  const reduced = Object.values(pages)
    .filter((p) => p.plannedRuns < planned(p) && p.runs.length > 0)
    .map((p) => `${p.label}: ${p.plannedRuns} run${p.plannedRuns === 1 ? '' : 's'} instead of ${planned(p)}`);
  const errors = Object.values(pages).flatMap((p) => p.errors.map((e) => `- ${p.label}: ${e}`));
  const load = meta.loadAverage;
  const quiet =
    load.start < 1 ? 'quiet: publishable' : '**not quiet (load ≥ 1): do not publish these timings**';
  return `# Corridor Map bench (issues 6 and 13)

${meta.date} · ${meta.quick ? '**quick mode** (1 run, scale 1) · ' : ''}Chromium ${meta.chromium} headless (SwiftShader WebGL) · Node ${meta.node} · ${meta.cpus} × ${meta.cpuModel}
Served by scripts/serve.js (gzip level 6) on localhost, empty cache, viewport 1280×900, \`prefers-reduced-motion: reduce\`.
Median (min–max) over runs${meta.freshRuns && meta.freshRuns !== meta.runs ? ` (${meta.runs} of each page in the warm browser, ${meta.freshRuns} of each in fresh browsers)` : ''}; pages interleaved run by run. Bench wall time: **${(meta.wallTimeMs / 1000).toFixed(0)} s** (builds ${(meta.buildMs / 1000).toFixed(0)} s).
Load average (1 min) at start **${load.start.toFixed(2)}** (${quiet}), at end ${load.end.toFixed(2)}, on ${meta.cpus} cores${load.start > meta.cpus || load.end > meta.cpus ? ': **the machine was busy with other work, so timings are inflated and noisy; bytes, counts and heap are not affected**' : ''}.
${reduced.length ? `\nFewer runs where a page gave up (no first idle in time; not run again): ${reduced.join('; ')}.\n` : ''}
${table}

Ratios are of medians. "First idle" is MapLibre's first \`idle\` (our page and bare), or for Leaflet two animation
frames after the GeoJSON layer is added. Select and language on the reference pages are the floor of the same
work: highlight + jump to the feature; the references draw no labels, so "language" there is one restyle to
the next complete frame. The same-style page is MapLibre alone drawing our style (our \`buildStyle\`, data,
basemap, fonts, marker images, camera and worker set-up, no app); its "language" is our style in Russian as a
diff, like ours. Shader programs: \`linkProgram\` calls until the idle mark.${meta.featurePage ? ` "${pages['ours-feature']?.label}" is \`${meta.featurePage}\` of our site, loaded as the home page is.` : ''}
${
  freshTable
    ? `
## A fresh browser for every load (a reader's first visit)

The tables above reuse one browser (a new context, empty cache, for each load), so from the second load on its GPU
process and compiled shaders are warm. Here every load gets a new browser: a new profile folder, a cold GPU process,
the shader disk cache off, no HTTP or code cache. Pages interleaved with the warm loads, run by run.

${freshTable}
`
    : ''
}
## Targets

${targetLines}
${lighthouseSection(results.lighthouse)}${articleSection(results.article)}${soakSection(results.soak)}${filesTable(ours)}${errors.length ? `\n## Errors\n\n${errors.join('\n')}\n` : ''}`;
}

/**
 * Lighthouse's figures, one row per preset.
 * @param {any[] | null | undefined} runs
 */
function lighthouseSection(runs) {
  if (!runs) return '';
  const n = (/** @type {number | null} */ v) => (v === null ? 'n/a' : `${Math.round(v)} ms`);
  const names = {
    ours: 'ours',
    'ours-feature': "ours, a project's page",
    'same-style': 'same style, MapLibre alone',
    bare: 'bare MapLibre',
  };
  const rows = runs.map((r) => {
    const page = names[/** @type {keyof typeof names} */ (r.page ?? 'ours')] ?? r.page;
    return r.error
      ? `| ${page} | ${r.preset} | failed: ${String(r.error).replace(/\|/g, '/').slice(0, 300)} | | | | | |`
      : `| ${page} | ${r.preset} | **${r.score}** | ${n(r.tbtMs)} | ${n(r.lcpMs)} | ${n(r.fcpMs)} | ${r.cls === null ? 'n/a' : r.cls.toFixed(3)} | ${n(r.siMs)} |`;
  });
  return `
## Lighthouse (offline, performance only)

Lighthouse ${runs.find((r) => r.lighthouse)?.lighthouse ?? ''} from devDependencies, system Chromium (\`CHROME_PATH\`), the page on localhost; mobile is
Lighthouse's default (simulated slow 4G and 4× CPU slowdown, on top of SwiftShader), desktop is \`--preset=desktop\`. One run each;
a full run scores the two MapLibre reference pages too.

| page | preset | performance | TBT | LCP | FCP | CLS | speed index |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

/**
 * The host article (bench/pages/article/): Lighthouse on a long read without a map, with our embed code and with
 * a bare MapLibre iframe of the same size, below the fold and at the top.
 * @param {any[] | null | undefined} runs
 */
function articleSection(runs) {
  if (!runs) return '';
  const n = (/** @type {number | null} */ v) => (v === null ? 'n/a' : `${Math.round(v)} ms`);
  const names = {
    plain: 'no map',
    ours: 'our embed, below the fold',
    'ours-top': 'our embed, at the top',
    'ours-top-blank': 'our embed, at the top, its first picture blanked',
    bare: 'bare MapLibre iframe, below the fold',
    'bare-top': 'bare MapLibre iframe, at the top',
  };
  const rows = runs.map((r) => {
    const page = names[/** @type {keyof typeof names} */ (r.variant)] ?? r.variant;
    return r.error
      ? `| ${page} | ${r.preset} | failed: ${String(r.error).replace(/\|/g, '/').slice(0, 300)} | | | | | |`
      : `| ${page} | ${r.preset} | **${r.score}** | ${n(r.tbtMs)} | ${n(r.lcpMs)} | ${r.cls === null ? 'n/a' : r.cls.toFixed(3)} | ${r.bytes === null ? 'n/a' : `${Math.round(r.bytes / 1024)} KB`} |`;
  });
  return `
## The host article: what the embed costs the page around it

A long read of about 3,800 words (bench/pages/article/, filler of our own) served from 127.0.0.1, the map from
\`localhost\` (another site, so the map runs in its own process, as on a newsroom's page); our embed is the code
the site's Embed dialog gives (src/embed/embed-code.ts: a lazy iframe and embed.js), the bare MapLibre iframe has the
same size and \`loading="lazy"\`. Below the fold = after the ${3}rd paragraph; at the top = first thing under the
headline. Lighthouse does not scroll, but Chromium loads a lazy iframe once it is within its lazy-load distance of
the viewport (over a thousand pixels), so the embed below the fold loads with the article. Bytes are
Lighthouse's total byte weight (every transfer it saw, frames included). One run each.

| article | preset | performance | TBT | LCP | CLS | bytes |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

/**
 * The soak's figures before and after.
 * @param {any} soak
 */
function soakSection(soak) {
  if (!soak) return '';
  if (soak.error) return `\n## Soak\n\nThe soak failed: ${soak.error}\n`;
  return `\n## Soak (our page)\n\n${soakTable(soak)}`;
}

/** @param {any} soak */
function soakTable(soak) {
  const rows = [
    ['heapMB', 'JS heap after forced GC (main thread)', 'mb'],
    ['featureStates', 'MapLibre feature-state entries (ids with any state)', 'count'],
    ['featureStatesSet', '… with a state in effect (not false)', 'count'],
    ['featureStatesPending', '… changes not yet applied', 'count'],
    ['mapListeners', "MapLibre map's event listeners (on + once)", 'count'],
    ['windowListeners', 'window event listeners (DOMDebugger)', 'count'],
    ['documentListeners', 'document event listeners (DOMDebugger)', 'count'],
    ['jsEventListeners', 'JS event listeners, all (Performance.getMetrics)', 'count'],
    ['liveNodes', 'DOM nodes in the page (document and shadow roots)', 'count'],
    [
      'domNodes',
      '… all the renderer holds, detached ones awaiting collection too (Performance.getMetrics)',
      'count',
    ],
    ['images', 'images in the map style', 'count'],
  ].map(([k, label, unit]) => {
    const u = /** @type {import('./stats.js').Unit} */ (unit);
    const a = soak.before[k];
    const b = soak.after[k];
    const d = typeof a === 'number' && typeof b === 'number' ? b - a : null;
    const diff = d === null ? 'n/a' : `${d > 0 ? '+' : ''}${u === 'mb' ? d.toFixed(2) : d}`;
    return `| ${label} | ${format(soak.atLoad?.[k], u)} | ${format(a, u)} | ${format(b, u)} | ${diff} |`;
  });
  const set = soak.after.featureStatesSetIds ?? [];
  return `${soak.selections} selections (hubs, projects and routes in turn, by the list's buttons: ${soak.selectedByList} of them; the others through the address and popstate; two animation frames each, ${(soak.selectionsMs / 1000).toFixed(0)} s), then ${soak.changes} language and theme changes in a row (each to the map's next idle, ${(soak.changesMs / 1000).toFixed(0)} s${soak.changesWithoutIdle ? `; ${soak.changesWithoutIdle} without an idle within 15 s` : ''}), then back to the opening view. "Before" is after one warm-up pass (each language and theme once, one selection of each kind, back to the opening view), so what loads once is not counted as growth; "at load" is at the first idle.

| figure | at load | before | after | after − before |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
${set.length ? `\nFeature states still in effect after the soak: ${set.map((/** @type {string} */ x) => `\`${x}\``).join(', ')}.\n` : ''}`;
}

/**
 * The soak-only report (\`node bench/run.js --soak\`).
 * @param {any} results
 */
export function soakMarkdown(results) {
  const { meta, soak, targets } = results;
  const mark = (/** @type {boolean | null} */ met) => (met === null ? '➖' : met ? '✅' : '❌');
  return `# Corridor Map soak (issue 13)

${meta.date} · Node ${meta.node} · ${meta.cpus} × ${meta.cpuModel} · load average at start ${meta.loadAverage.start.toFixed(2)}, at end ${meta.loadAverage.end.toFixed(2)} · ${(meta.wallTimeMs / 1000).toFixed(0)} s

${soakTable(soak)}
${targets.map((/** @type {TargetCheck} */ t) => `- ${mark(t.met)} **${t.text}**: ${t.detail}`).join('\n')}
`;
}

/**
 * The files of our page in its first run, in the order they arrived: where the bytes and the waiting go.
 * @param {Page | undefined} page
 */
function filesTable(page) {
  if (!page?.files?.length) return '';
  const rows = page.files.map(
    (f) =>
      `| ${f.path} | ${f.kind} | ${format(f.bytes, 'bytes')} | ${f.atMs} ms | ${f.beforeIdle ? '' : 'after idle'} |`,
  );
  return `
## ${page.label}: files in the first run, by arrival

| file | kind | bytes (gzip + headers) | arrived | |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

const esc = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A round step for about `n` ticks up to `max`. @param {number} max @param {number} n */
function niceStep(max, n) {
  const raw = max / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/**
 * The growth chart: first idle, bytes until idle and JS heap at idle of our page against the data's scale
 * (log x), medians with min–max whiskers; the bare MapLibre page at 1x as a dashed line for reference.
 * @param {Results} results
 */
export function growthSvg(results) {
  const scaled = Object.values(results.pages)
    .filter((p) => p.kind === 'ours' && p.scale !== null)
    .sort((a, b) => (a.scale ?? 0) - (b.scale ?? 0));
  const bare = results.pages.bare;
  // Where a scale never reached its first idle, the figure at the moment the bench gave up stands in,
  // drawn hollow and marked "≥": a lower bound.
  const panels = [
    { key: 'idleMs', lower: 'timedOutMs', title: 'First idle', unit: 's', div: 1000 },
    {
      key: 'totalBytes',
      lower: 'bytesBeforeTimeout',
      title: 'Bytes until idle (gzip)',
      unit: 'MB',
      div: 2 ** 20,
    },
    { key: 'heapMB', lower: 'heapAtTimeoutMB', title: 'JS heap at idle', unit: 'MB', div: 1 },
  ];
  const W = 320;
  const H = 260;
  const pad = { left: 56, right: 30, top: 34, bottom: 44 };
  const scales = scaled.map((p) => p.scale ?? 1);
  const lo = Math.log10(Math.min(1, ...scales));
  const hi = Math.max(lo + 1, Math.log10(Math.max(1000, ...scales)));
  const parts = [];
  panels.forEach((panel, i) => {
    const x0 = i * W;
    const plotW = W - pad.left - pad.right;
    const plotH = H - pad.top - pad.bottom;
    const values = scaled.map((p) => {
      const v = p.summary[panel.key];
      if (v && v.median !== null) return { ...v, bound: false };
      const l = p.summary[panel.lower];
      return l && l.median !== null ? { ...l, bound: true } : null;
    });
    const bareValue = bare?.summary[panel.key]?.median ?? null;
    const max =
      Math.max(
        1e-9,
        ...values.map((v) => (v?.max ?? 0) / panel.div),
        bareValue === null ? 0 : bareValue / panel.div,
      ) * 1.1;
    const step = niceStep(max, 4);
    const top = Math.ceil(max / step) * step;
    const x = (/** @type {number} */ s) => x0 + pad.left + ((Math.log10(s) - lo) / (hi - lo)) * plotW;
    const y = (/** @type {number} */ v) => pad.top + plotH - (v / top) * plotH;
    parts.push(`<g font-size="11">`);
    parts.push(
      `<text x="${x0 + pad.left}" y="18" font-size="13" font-weight="bold">${esc(panel.title)} (${panel.unit})</text>`,
    );
    for (let v = 0; v <= top + step / 2; v += step) {
      const label = Number(v.toPrecision(6));
      parts.push(
        `<line x1="${x0 + pad.left}" x2="${x0 + W - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`,
        `<text x="${x0 + pad.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${label}</text>`,
      );
    }
    for (let e = Math.ceil(lo); e <= Math.floor(hi); e++) {
      const s = 10 ** e;
      parts.push(
        `<line x1="${x(s).toFixed(1)}" x2="${x(s).toFixed(1)}" y1="${pad.top}" y2="${pad.top + plotH}" stroke="#eee"/>`,
        `<text x="${x(s).toFixed(1)}" y="${pad.top + plotH + 16}" text-anchor="middle">${s}x</text>`,
      );
    }
    parts.push(
      `<text x="${x0 + pad.left + plotW / 2}" y="${H - 8}" text-anchor="middle">data scale (log)</text>`,
      `<rect x="${x0 + pad.left}" y="${pad.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
    );
    if (bareValue !== null) {
      const by = y(bareValue / panel.div).toFixed(1);
      parts.push(
        `<line x1="${x0 + pad.left}" x2="${x0 + W - pad.right}" y1="${by}" y2="${by}" stroke="#888" stroke-dasharray="4 3"/>`,
        `<text x="${x0 + W - pad.right - 4}" y="${Number(by) - 4}" text-anchor="end" fill="#666">bare MapLibre 1x</text>`,
      );
    }
    const points = scaled
      .map((p, j) => ({ s: p.scale ?? 1, v: values[j] }))
      .filter((p) => p.v && p.v.median !== null);
    if (points.length > 1) {
      const d = points
        .map((p, j) => `${j ? 'L' : 'M'}${x(p.s).toFixed(1)},${y((p.v?.median ?? 0) / panel.div).toFixed(1)}`)
        .join(' ');
      parts.push(`<path d="${d}" fill="none" stroke="#b3541e" stroke-width="2"/>`);
    }
    for (const p of points) {
      const px = x(p.s).toFixed(1);
      const v = /** @type {Summary & { bound: boolean }} */ (p.v);
      const py = y((v.median ?? 0) / panel.div).toFixed(1);
      const label = `${v.bound ? '≥ ' : ''}${Number(((v.median ?? 0) / panel.div).toPrecision(3))}`;
      parts.push(
        `<line x1="${px}" x2="${px}" y1="${y((v.min ?? 0) / panel.div).toFixed(1)}" y2="${y((v.max ?? 0) / panel.div).toFixed(1)}" stroke="#b3541e"/>`,
        `<circle cx="${px}" cy="${py}" r="3.5" fill="${v.bound ? '#fff' : '#b3541e'}" stroke="#b3541e" stroke-width="1.5"/>`,
        `<text x="${px}" y="${(Number(py) - 8).toFixed(1)}" text-anchor="${p.s === scales[scales.length - 1] && scales.length > 1 ? 'end' : 'middle'}">${label}</text>`,
      );
    }
    parts.push('</g>');
  });
  const width = W * panels.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H + 20}" viewBox="0 0 ${width} ${H + 20}" font-family="system-ui, sans-serif">
<title>Corridor Map: first idle, bytes and heap against data scale (ours, synthetic data; median with min–max)</title>
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
<text x="8" y="${H + 14}" font-size="10" fill="#666">Ours on synthetic data (bench/synthetic.js), median and min–max of the runs; hollow ≥: no first idle, figure when the bench gave up. ${esc(results.meta.date)}</text>
</svg>
`;
}
