#!/usr/bin/env node
// `npm run bench` (issue 6): builds our site (from geo/ and from synthetic data at each scale) and two
// reference pages (bare MapLibre, Leaflet on a canvas) from the same data, serves them gzip-compressed on
// localhost, measures them in headless Chromium run after run, and writes bench/results/latest.json (every
// run and the medians), latest.md (the table and the targets) and growth.svg.
//
//   node bench/run.js [--runs N] [--scales 1,100,1000] [--quick] [--soak] [--out DIR]
//
// --runs N          runs per page (default 5 for every page and scale)
// --fresh-runs N    runs of each fresh-browser page (default 9, or --runs' N when that is given)
// --scales          synthetic data scales for ours (default 1,100,1000)
// --quick           1 run, scale 1 only, a short soak (30 selections, 6 changes), results to
//                   bench/out/quick/results (what the e2e test runs)
// --soak            the soak run of our page only (500 selections, 50 language and theme changes), results
//                   to bench/out/soak/results (soak.json, soak.md); the full bench runs it too
// --selections N, --changes N   the soak's size
// --no-soak, --no-lighthouse    leave those out
// --no-fresh        leave out the fresh-browser loads (a new browser for every load: a reader's first visit)
// --no-article      leave out the host article (Lighthouse on a long read with and without our embed)
// --out DIR         where the results go (default bench/results, or bench/out/quick|soak/results)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../scripts/serve.js';
import { ARTICLE_VARIANTS, otherSite, writeArticles } from './lib/article.js';
import {
  buildReference,
  buildSite,
  copySiteData,
  ROOT,
  referenceGeoJson,
  writeReferenceData,
} from './lib/build.js';
import { LIGHTHOUSE_PRESETS, runLighthouse } from './lib/lighthouse.js';
import { launchBrowser, measureLoad } from './lib/measure.js';
import { growthSvg, markdown, soakMarkdown } from './lib/report.js';
import { measureSoak, SOAK } from './lib/soak.js';
import { checkTargets, summarise } from './lib/stats.js';
import { blankPictures, copySite, hideInterface } from './lib/variants.js';
import { generateData } from './synthetic.js';

const BENCH = join(ROOT, 'bench');
/**
 * Default runs per page, at every scale (the whole default bench takes about 30 minutes on 2 cores). A page
 * that gives up in a run is not run again, so a stuck 1000x cannot take the bench's time (see main).
 */
export const DEFAULT_RUNS = 5;
/**
 * Default runs of each fresh-browser page. More than the warm pages': a cold browser's figures are bimodal
 * (script until idle 620-2,890 ms over five loads of one page, as the WebGL context's creation meets the new
 * GPU process busy or not), and a median of five was decided by one load.
 */
export const DEFAULT_FRESH_RUNS = 9;
/** How long a page may take to its first idle, by scale: past it, the run reports "no idle within". */
export function loadTimeoutMs(/** @type {number | null} */ scale) {
  return (scale ?? 1) >= 1000 ? 150_000 : (scale ?? 1) >= 100 ? 120_000 : 60_000;
}
/** The synthetic data's seed: the same data every time. */
export const SEED = 20_251_123;

/**
 * @typedef {{ runs: number, freshRuns: number, scales: number[], quick: boolean, soakOnly: boolean, soak: { selections: number, changes: number } | null, lighthouse: boolean, fresh: boolean, article: boolean, out: string }} Options
 * @typedef {import('./lib/report.js').Page} Page
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
export function parseArgs(argv) {
  const value = (/** @type {string} */ name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const runsArg = value('--runs');
  const runs = quick && !runsArg ? 1 : Number(runsArg ?? DEFAULT_RUNS);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number ≥ 1, not ${runsArg}`);
  const freshArg = value('--fresh-runs');
  const freshRuns = Number(freshArg ?? (quick || runsArg ? runs : DEFAULT_FRESH_RUNS));
  if (!Number.isInteger(freshRuns) || freshRuns < 1)
    throw new Error(`--fresh-runs needs a whole number ≥ 1, not ${freshArg}`);
  const scales = (value('--scales') ?? (quick ? '1' : '1,100,1000')).split(',').map(Number);
  if (!scales.every((s) => s > 0 && Number.isFinite(s)))
    throw new Error('--scales needs numbers like 1,100,1000');
  const soakOnly = argv.includes('--soak');
  const count = (/** @type {string} */ name, /** @type {number} */ fallback) => {
    const n = Number(value(name) ?? fallback);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number ≥ 0`);
    return n;
  };
  const soak = argv.includes('--no-soak')
    ? null
    : {
        selections: count('--selections', quick ? 30 : SOAK.selections),
        changes: count('--changes', quick ? 6 : SOAK.changes),
      };
  if (soakOnly && !soak) throw new Error('--soak and --no-soak together measure nothing');
  const defaultOut = soakOnly ? 'out/soak/results' : quick ? 'out/quick/results' : 'results';
  const out = resolve(value('--out') ?? join(BENCH, defaultOut));
  return {
    runs,
    freshRuns,
    scales: soakOnly ? [] : scales,
    quick,
    soakOnly,
    soak,
    lighthouse: !soakOnly && !argv.includes('--no-lighthouse'),
    fresh: !soakOnly && !argv.includes('--no-fresh'),
    article: !soakOnly && !argv.includes('--no-lighthouse') && !argv.includes('--no-article'),
    out,
  };
}

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Builds, measures and reports. Resolves with the results written to `<out>/latest.json`.
 * @param {string[]} [argv]
 */
export async function main(argv = process.argv.slice(2)) {
  const options = parseArgs(argv);
  const started = performance.now();
  const loadStart = loadavg()[0];
  const log = (/** @type {string} */ s) =>
    console.log(`[bench ${seconds(performance.now() - started)}] ${s}`);
  if (loadStart > cpus().length) {
    log(`warning: load average ${loadStart.toFixed(2)} on ${cpus().length} cores: timings will be inflated`);
  }
  // Quick and soak modes build elsewhere, so a test never disturbs the full bench's folders.
  const work = options.soakOnly
    ? join(BENCH, 'out/soak')
    : options.quick
      ? join(BENCH, 'out/quick')
      : join(BENCH, 'out');
  const refDirs = options.quick
    ? {
        bare: join(work, 'dist-bare'),
        leaflet: join(work, 'dist-leaflet'),
        sameStyle: join(work, 'dist-same-style'),
      }
    : {
        bare: join(BENCH, 'dist-bare'),
        leaflet: join(BENCH, 'dist-leaflet'),
        sameStyle: join(BENCH, 'dist-same-style'),
      };
  mkdirSync(work, { recursive: true });

  // Builds: ours from geo/, ours from synthetic data at each scale, the two reference pages.
  let buildMs = 0;
  const realDir = join(work, 'real');
  log('building our site from geo/');
  buildMs += await buildSite({ geoDir: join(ROOT, 'geo'), outDir: realDir });
  const realData = JSON.parse(readFileSync(join(realDir, 'data/corridor.json'), 'utf8'));
  /** Every hub, project and route, in turn: what the soak selects. */
  const soakItems = [
    ...realData.hubs.map((/** @type {any} */ h) => ({ type: 'hub', id: h.properties.id })),
    ...realData.projects.map((/** @type {any} */ p) => ({ type: 'project', id: p.properties.id })),
    ...realData.routes.map((/** @type {any} */ r) => ({ type: 'route', id: r.id })),
  ];
  if (options.soakOnly && options.soak) {
    const server = await serve(realDir);
    try {
      log(`soak: ${options.soak.selections} selections, ${options.soak.changes} language and theme changes`);
      const soak = await measureSoak(null, { url: server.url, items: soakItems, ...options.soak, log });
      const results = {
        meta: {
          date: new Date().toISOString(),
          soakOnly: true,
          node: process.version,
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
          loadAverage: { start: loadStart, end: loadavg()[0] },
          wallTimeMs: performance.now() - started,
          buildMs,
        },
        soak,
        targets: checkTargets({}, { soak }).filter((t) => t.id.startsWith('soak')),
      };
      mkdirSync(options.out, { recursive: true });
      writeFileSync(join(options.out, 'soak.json'), `${JSON.stringify(results, null, 2)}\n`);
      writeFileSync(join(options.out, 'soak.md'), soakMarkdown(results));
      log(`done in ${seconds(performance.now() - started)}: ${join(options.out, 'soak.md')}`);
      return results;
    } finally {
      await server.close();
    }
  }
  /** @type {{ scale: number, dir: string }[]} */
  const scaledSites = [];
  /** @type {{ scale: number, error: string }[]} */
  const failedBuilds = [];
  for (const scale of options.scales) {
    const geoDir = mkdtempSync(join(tmpdir(), `corridor-bench-geo-${scale}-`));
    try {
      const t = performance.now();
      for (const [name, text] of Object.entries(generateData({ scale, seed: SEED }))) {
        writeFileSync(join(geoDir, name), text);
      }
      log(`synthetic data at ${scale}x in ${seconds(performance.now() - t)}; building`);
      const dir = join(work, `scale-${scale}`);
      // Synthetic data is measured without the preview cards, one per page (CORRIDOR_CARDS=off).
      const ms = await buildSite({ geoDir, outDir: dir, cards: false });
      log(`built ${scale}x in ${seconds(ms)}`);
      buildMs += ms;
      scaledSites.push({ scale, dir });
    } catch (e) {
      // A scale that does not build is reported (its column says why), and the bench goes on.
      const message = (e instanceof Error ? e.message : String(e)).split('\n');
      const reason = message.find((l) => /FATAL ERROR|Error:/.test(l))?.trim() ?? message[0];
      log(`the ${scale}x build failed: ${reason}`);
      failedBuilds.push({ scale, error: `build failed: ${message[0]} ${reason}` });
    } finally {
      rmSync(geoDir, { recursive: true, force: true });
    }
  }
  log('building the reference pages');
  buildMs += await buildReference('bare', refDirs.bare);
  buildMs += await buildReference('leaflet', refDirs.leaflet);
  buildMs += await buildReference('same-style', refDirs.sameStyle);
  copySiteData(realDir, refDirs.sameStyle);
  // Ours again, altered to measure one part of the page (bench/lib/variants.js): its first pictures blanked
  // (what showing that picture costs) and its interface laid out but not drawn (what drawing that costs).
  const blankDir = join(work, 'blank-picture');
  const noInterfaceDir = join(work, 'no-interface');
  if (!options.quick) {
    await copySite(realDir, blankDir, blankPictures);
    await copySite(realDir, noInterfaceDir, hideInterface);
  }
  // The same-style page again on each scale's data: MapLibre alone drawing our style on as many features, the
  // floor under the scale targets (what no change to our own code can go below).
  /** @type {{ scale: number, dir: string }[]} */
  const scaledReferences = [];
  if (!options.quick)
    for (const { scale, dir } of scaledSites) {
      const refDir = join(work, `same-style-${scale}`);
      rmSync(refDir, { recursive: true, force: true });
      cpSync(refDirs.sameStyle, refDir, {
        recursive: true,
        filter: (from) => !/[/\\](data|fonts)$/.test(from),
      });
      copySiteData(dir, refDir);
      scaledReferences.push({ scale, dir: refDir });
    }
  const geojson = referenceGeoJson(join(realDir, 'data/corridor.json'));
  writeReferenceData(refDirs.bare, 'corridor.geojson', geojson);
  writeReferenceData(refDirs.leaflet, 'corridor.geojson', geojson);

  // What is measured: each page is served by its own server.
  const realProject = realData.projects[0].properties.id;
  /** @type {{ page: Page, dir: string, path: string, fresh: boolean, projectId: string, timeoutMs: number, interactionTimeoutMs: number }[]} */
  const targets = [];
  /**
   * @param {string} id @param {string} label @param {Page['kind']} kind @param {number | null} scale
   * @param {string} dir @param {string} projectId
   * @param {{ fresh?: boolean, path?: string }} [how] a new browser for every load; the page's path on its site
   */
  const add = (id, label, kind, scale, dir, projectId, { fresh = false, path = '' } = {}) => {
    const plannedRuns = fresh ? options.freshRuns : options.runs;
    targets.push({
      page: { id, label, kind, scale, runs: [], errors: [], summary: {}, plannedRuns, fresh, path },
      dir,
      path,
      fresh,
      projectId,
      timeoutMs: loadTimeoutMs(scale),
      interactionTimeoutMs: (scale ?? 1) >= 100 ? 60_000 : 30_000,
    });
  };
  add('ours', 'ours 1x (geo/)', 'ours', null, realDir, realProject);
  add('same-style', 'same style, MapLibre alone', 'same-style', null, refDirs.sameStyle, realProject);
  add('bare', 'bare MapLibre', 'bare', null, refDirs.bare, realProject);
  add('leaflet', 'Leaflet canvas', 'leaflet', null, refDirs.leaflet, realProject);
  // A feature's own page (/project/<id>/), where the build makes them: the page a search result opens.
  const featurePath = `project/${realProject}/`;
  const hasFeaturePage = existsSync(join(realDir, featurePath, 'index.html'));
  if (hasFeaturePage)
    add('ours-feature', `ours, a project's page`, 'ours', null, realDir, realProject, { path: featurePath });
  if (!options.quick) {
    add('ours-blank-picture', 'ours, first picture blanked', 'ours', null, blankDir, realProject);
    add('ours-no-interface', 'ours, interface not drawn', 'ours', null, noInterfaceDir, realProject);
  }
  // A reader's first visit: a new browser for every load (cold GPU process, no shader cache, new profile).
  if (options.fresh) {
    const fresh = { fresh: true };
    add('ours-fresh', 'ours 1x (geo/), fresh browser', 'ours', null, realDir, realProject, fresh);
    add(
      'same-style-fresh',
      'same style, fresh browser',
      'same-style',
      null,
      refDirs.sameStyle,
      realProject,
      fresh,
    );
    if (!options.quick) {
      if (hasFeaturePage)
        add(
          'ours-feature-fresh',
          `ours, a project's page, fresh browser`,
          'ours',
          null,
          realDir,
          realProject,
          {
            ...fresh,
            path: featurePath,
          },
        );
      add(
        'ours-no-interface-fresh',
        'ours, interface not drawn, fresh browser',
        'ours',
        null,
        noInterfaceDir,
        realProject,
        fresh,
      );
      add('bare-fresh', 'bare MapLibre, fresh browser', 'bare', null, refDirs.bare, realProject, fresh);
      add(
        'leaflet-fresh',
        'Leaflet canvas, fresh browser',
        'leaflet',
        null,
        refDirs.leaflet,
        realProject,
        fresh,
      );
    }
  }
  for (const { scale, dir } of scaledSites)
    add(`ours-${scale}`, `ours ${scale}x`, 'ours', scale, dir, 'project-1');
  for (const { scale, dir } of scaledReferences)
    add(`same-style-${scale}`, `same style ${scale}x`, 'same-style', scale, dir, 'project-1');

  const servers = await Promise.all(targets.map((t) => serve(t.dir)));
  /** A target's address: its server and its page's path. */
  const urlOf = (/** @type {number} */ i) => new URL(targets[i].path, servers[i].url).href;
  const browser = await launchBrowser();
  const chromium = browser.version();
  /** @type {Awaited<ReturnType<typeof measureSoak>> | null} */
  let soak = null;
  /** @type {string | null} */
  let soakError = null;
  /** @type {Awaited<ReturnType<typeof runLighthouse>>[] | null} */
  let lighthouse = null;
  /** @type {(Awaited<ReturnType<typeof runLighthouse>> & { variant: string })[] | null} */
  let article = null;
  try {
    if (!options.quick) {
      // One unrecorded load of ours (geo/), same-style, bare and Leaflet, so no recorded run pays the browser's warm-up.
      log('warm-up loads');
      for (const [i, t] of targets.entries()) {
        if (t.page.scale !== null || t.fresh) continue;
        await measureLoad(browser, { url: urlOf(i), dir: t.dir, projectId: t.projectId }).catch(() => {});
      }
    }
    const maxRuns = Math.max(...targets.map((t) => t.page.plannedRuns));
    for (let run = 0; run < maxRuns; run++) {
      for (const [i, t] of targets.entries()) {
        if (run >= t.page.plannedRuns) continue;
        const t0 = performance.now();
        // A fresh browser is launched for this one load and closed after it.
        const fresh = t.fresh ? await launchBrowser({ fresh: true }) : null;
        try {
          const r = await measureLoad(fresh ?? browser, {
            url: urlOf(i),
            dir: t.dir,
            projectId: t.projectId,
            timeoutMs: t.timeoutMs,
            interactionTimeoutMs: t.interactionTimeoutMs,
          });
          const { files, ...figures } = r;
          // A page that gave up is not run again: its next runs would give up too, minutes each.
          if (r.timedOutMs != null) t.page.plannedRuns = run + 1;
          if (files && !t.page.files) t.page.files = /** @type {any} */ (files);
          t.page.runs.push(figures);
          const ms = (/** @type {number | null | undefined} */ v) =>
            v == null ? 'n/a' : `${Math.round(v)} ms`;
          log(
            `run ${run + 1}/${t.page.plannedRuns} ${t.page.label}: ` +
              (r.timedOutMs != null
                ? `no first idle within ${seconds(r.timedOutMs)}; `
                : `idle ${ms(r.idleMs)}, ${Math.round((r.totalBytes ?? 0) / 1024)} KB, heap ${(r.heapMB ?? 0).toFixed(1)} MB, ` +
                  `select ${ms(r.selectMs)}, language ${ms(r.languageMs)}, filter ${ms(r.filterMs)} `) +
              `(${seconds(performance.now() - t0)})`,
          );
        } catch (e) {
          const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
          t.page.errors.push(`run ${run + 1}: ${message}`);
          log(`run ${run + 1} ${t.page.label} failed: ${message}`);
        } finally {
          await fresh?.close();
        }
      }
    }
    if (options.soak) {
      log(`soak: ${options.soak.selections} selections, ${options.soak.changes} language and theme changes`);
      try {
        soak = await measureSoak(browser, {
          url: servers[0].url,
          items: soakItems,
          ...options.soak,
          log,
        });
      } catch (e) {
        soakError = (e instanceof Error ? e.message : String(e)).split('\n')[0];
        log(`soak failed: ${soakError}`);
      }
    }
    // Lighthouse starts its own Chromium: ours is closed first, so the two never share the CPU.
    await browser.close();
    if (options.lighthouse) {
      lighthouse = [];
      // Ours, and in a full run the two MapLibre references too: what the library alone scores here.
      const pagesToScore = [
        'ours',
        ...(hasFeaturePage ? ['ours-feature'] : []),
        ...(options.quick ? [] : ['same-style', 'bare']),
      ];
      for (const pageId of pagesToScore)
        for (const preset of LIGHTHOUSE_PRESETS) {
          const i = targets.findIndex((t) => t.page.id === pageId);
          const r = { ...(await runLighthouse(urlOf(i), preset)), page: pageId };
          lighthouse.push(r);
          log(
            `Lighthouse ${pageId} ${preset}: ` +
              (r.error
                ? `failed: ${r.error}`
                : `performance ${r.score}, TBT ${Math.round(r.tbtMs ?? 0)} ms, LCP ${Math.round(r.lcpMs ?? 0)} ms`) +
              ` (${seconds(r.wallMs)})`,
          );
        }
    }
    if (options.article) {
      // The host article: a long read without a map, with our embed and with a bare MapLibre iframe, the map
      // served from another host name (localhost) than the article (127.0.0.1), as a newsroom embeds it.
      const articleDir = join(work, 'article');
      const bareIndex = targets.findIndex((t) => t.page.id === 'bare');
      const blankIndex = targets.findIndex((t) => t.page.id === 'ours-blank-picture');
      await writeArticles(articleDir, {
        oursUrl: otherSite(servers[0].url),
        bareUrl: otherSite(servers[bareIndex].url),
        ...(blankIndex >= 0 ? { blankUrl: otherSite(servers[blankIndex].url) } : {}),
      });
      const articleServer = await serve(articleDir);
      article = [];
      try {
        // Quick mode: the mobile preset only, the page without a map and with ours (below the fold and on top).
        const variants = options.quick
          ? ['plain', 'ours', 'ours-top']
          : ARTICLE_VARIANTS.filter((v) => v !== 'ours-top-blank' || blankIndex >= 0);
        const presets = options.quick ? ['mobile'] : LIGHTHOUSE_PRESETS;
        for (const preset of presets)
          for (const variant of variants) {
            const r = {
              ...(await runLighthouse(
                `${articleServer.url}${variant}/`,
                /** @type {'mobile' | 'desktop'} */ (preset),
              )),
              variant,
            };
            article.push(r);
            log(
              `Lighthouse article ${variant} ${preset}: ` +
                (r.error
                  ? `failed: ${r.error}`
                  : `performance ${r.score}, TBT ${Math.round(r.tbtMs ?? 0)} ms, CLS ${r.cls}, ${Math.round((r.bytes ?? 0) / 1024)} KB`) +
                ` (${seconds(r.wallMs)})`,
            );
          }
      } finally {
        await articleServer.close();
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }

  /** @type {Record<string, Page>} */
  const pages = {};
  for (const t of targets) {
    t.page.summary = summarise(t.page.runs);
    pages[t.page.id] = t.page;
  }
  for (const { scale, error } of failedBuilds)
    pages[`ours-${scale}`] = {
      id: `ours-${scale}`,
      label: `ours ${scale}x`,
      kind: 'ours',
      scale,
      runs: [],
      errors: [error],
      summary: summarise([]),
      plannedRuns: 0,
    };
  const wallTimeMs = performance.now() - started;
  const cpu = cpus();
  const results = {
    meta: {
      date: new Date().toISOString(),
      quick: options.quick,
      runs: options.runs,
      freshRuns: options.freshRuns,
      scales: options.scales,
      seed: SEED,
      node: process.version,
      chromium,
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      loadAverage: { start: loadStart, end: loadavg()[0] },
      wallTimeMs,
      buildMs,
      selectedProject: { real: realProject, synthetic: 'project-1' },
      language: 'ru',
      soak: options.soak,
      fresh: options.fresh,
      featurePage: hasFeaturePage ? featurePath : null,
      // A run to publish starts on a quiet machine (load below 1).
      publishable: loadStart < 1,
    },
    pages,
    soak: soak ?? (soakError ? { error: soakError } : null),
    lighthouse,
    article,
    targets: checkTargets(pages, { soak, lighthouse, article }),
  };
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(options.out, 'latest.md'), markdown(results));
  writeFileSync(join(options.out, 'growth.svg'), growthSvg(results));
  log(`done in ${seconds(wallTimeMs)}: ${join(options.out, 'latest.md')}`);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (results) => {
      const failed = Object.values(results.pages ?? {}).filter((p) => p.runs.length === 0);
      if (failed.length) {
        console.error(`no successful run for: ${failed.map((p) => p.label).join(', ')}`);
        process.exitCode = 1;
      }
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
