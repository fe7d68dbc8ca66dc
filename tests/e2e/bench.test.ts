import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CORE_METRICS, METRICS } from '../../bench/lib/stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'corridor-bench-test-'));

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

interface Page {
  label: string;
  runs: Record<string, number | null>[];
  errors: string[];
  summary: Record<string, { median: number | null; n: number }>;
}

describe('npm run bench', () => {
  // Timings are never checked against the targets here: the machine running the tests is not the one
  // the targets are about. Only that every figure is measured, for our page and the three references.
  it('measures our page, the same-style page, bare MapLibre and Leaflet in quick mode, soaks our page, runs Lighthouse and writes the results', async () => {
    await promisify(execFile)(process.execPath, ['bench/run.js', '--quick', '--out', out], {
      cwd: ROOT,
      timeout: 470_000,
      maxBuffer: 16 * 2 ** 20,
    });
    const results = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as {
      meta: { quick: boolean; loadAverage: { start: number } };
      pages: Record<string, Page>;
      targets: { id: string; met: boolean | null; detail: string }[];
      soak: {
        selections: number;
        changes: number;
        before: Record<string, number | null>;
        after: Record<string, number | null>;
      } | null;
      lighthouse:
        | { preset: string; score: number | null; error: string | null; [k: string]: unknown }[]
        | null;
      article:
        | {
            variant: string;
            preset: string;
            score: number | null;
            error: string | null;
            [k: string]: unknown;
          }[]
        | null;
    };
    expect(results.meta.quick).toBe(true);
    expect(Number.isFinite(results.meta.loadAverage.start)).toBe(true);
    // The fresh-browser loads (quick mode: ours and the same-style page) are measured like the warm ones.
    for (const id of ['ours', 'same-style', 'bare', 'leaflet', 'ours-1', 'ours-fresh', 'same-style-fresh']) {
      const page = results.pages[id];
      expect(page, id).toBeDefined();
      expect(page.errors, `${id} errors`).toEqual([]);
      expect(page.runs.length, id).toBe(1);
      const run = page.runs[0];
      for (const key of CORE_METRICS) {
        const v = run[key];
        expect(Number.isFinite(v) && (v as number) > 0, `${id} ${key} = ${v}`).toBe(true);
        expect(page.summary[key].median, `${id} ${key} median`).toBe(v);
      }
      // Every other figure is a number of zero or more, or n/a (null) where it does not apply.
      for (const { key } of METRICS) {
        const v = run[key];
        expect(v === null || (Number.isFinite(v) && (v as number) >= 0), `${id} ${key} = ${v}`).toBe(true);
      }
    }
    // Our page loads the basemap, fonts and the picture; bare and Leaflet do not.
    for (const key of ['basemapBytes', 'fontsBytes', 'imagesBytes', 'previewPaintMs'])
      expect(results.pages.ours.runs[0][key], key).toBeGreaterThan(0);
    // The same-style page loads our basemap and fonts too (it draws our style).
    for (const key of ['basemapBytes', 'fontsBytes'])
      expect(results.pages['same-style'].runs[0][key], `same-style ${key}`).toBeGreaterThan(0);
    // Every MapLibre page links shader programs before its first idle; Leaflet draws on a 2D canvas.
    for (const id of ['ours', 'same-style', 'bare', 'ours-1'])
      expect(results.pages[id].runs[0].programs, `${id} programs`).toBeGreaterThan(0);
    expect(results.pages.leaflet.runs[0].programs).toBe(0);
    // The soak ran (a short one in quick mode) and recorded heap and counts before and after.
    const soak = results.soak;
    expect(soak, 'soak').not.toBeNull();
    expect(soak?.selections).toBeGreaterThan(0);
    expect(soak?.changes).toBeGreaterThan(0);
    for (const phase of ['before', 'after'] as const)
      for (const key of [
        'heapMB',
        'mapListeners',
        'windowListeners',
        'documentListeners',
        'jsEventListeners',
        'liveNodes',
      ]) {
        const v = soak?.[phase][key];
        expect(Number.isFinite(v) && (v as number) > 0, `soak ${phase} ${key} = ${v}`).toBe(true);
      }
    for (const phase of ['before', 'after'] as const)
      expect(Number.isInteger(soak?.[phase].featureStates), `soak ${phase} featureStates`).toBe(true);
    // Lighthouse ran both presets; where it could not, the reason is recorded.
    // A project's page is scored too where the build makes one.
    const feature = Boolean(results.pages['ours-feature']);
    expect(results.lighthouse?.map((l) => `${l.page} ${l.preset}`)).toEqual([
      'ours mobile',
      'ours desktop',
      ...(feature ? ['ours-feature mobile', 'ours-feature desktop'] : []),
    ]);
    // The host article, without a map and with our embed below the fold and at the top (mobile in quick mode).
    expect(results.article?.map((a) => `${a.variant} ${a.preset}`)).toEqual([
      'plain mobile',
      'ours mobile',
      'ours-top mobile',
    ]);
    for (const l of [...(results.lighthouse ?? []), ...(results.article ?? [])]) {
      if (l.error) expect(l.error.length, `${l.preset} error`).toBeGreaterThan(0);
      else
        for (const key of ['score', 'tbtMs', 'lcpMs', 'fcpMs', 'cls']) {
          const v = l[key];
          expect(typeof v === 'number' && Number.isFinite(v) && v >= 0, `${l.preset} ${key} = ${v}`).toBe(
            true,
          );
        }
    }
    // The filter is measured where the page has a filter UI, and reported as n/a (not built) where not.
    const filter = results.targets.find((t) => t.id === 'filter');
    const ours = results.pages.ours.runs[0];
    if (ours.filterUi === 0) expect(filter?.detail).toBe('filter: n/a (not built)');
    else expect(Number.isFinite(ours.filterMs) && (ours.filterMs as number) > 0).toBe(true);
    for (const id of ['bare', 'leaflet'])
      expect(results.pages[id].runs[0].filterMs, `${id} filterMs`).toBeGreaterThan(0);
    expect(results.targets.map((t) => t.id)).toEqual([
      'idle-same-style',
      'idle',
      'fcp',
      'first-picture',
      'select',
      'language',
      'filter',
      'bytes',
      'first-picture-bytes',
      'scale',
      'scale-language',
      ...(feature ? ['feature-page-idleMs', 'feature-page-scriptMs'] : []),
      ...['idle-same-style', 'idle', 'fcp', 'first-picture', 'select', 'language', 'filter', 'bytes'].map(
        (id) => `fresh-${id}`,
      ),
      'heap',
      'lighthouse-mobile',
      ...(feature ? ['lighthouse-feature'] : []),
      'article-ours',
      'article-ours-top',
      'programs',
      'soak-heap',
      'soak-counts',
      'soak-entries',
    ]);
    // Each target is checked (met or missed, by how much), none left unmeasured in quick mode except the
    // scale ones (quick mode builds 1x only), and Lighthouse's where it recorded why it could not run.
    const lighthouseFailed = Boolean(results.lighthouse?.find((l) => l.preset === 'mobile')?.error);
    // Quick mode loads no fresh bare or Leaflet page, so the fresh targets against them are not measured.
    const articleFailed = Boolean(results.article?.some((a) => a.error));
    const unmeasurable = [
      'scale',
      'scale-language',
      'filter',
      'fresh-filter',
      ...['fresh-idle', 'fresh-fcp', 'fresh-first-picture', 'fresh-bytes'],
      ...(lighthouseFailed ? ['lighthouse-mobile', 'lighthouse-feature'] : []),
      ...(articleFailed ? ['article-ours', 'article-ours-top'] : []),
    ];
    for (const t of results.targets.filter((t) => !unmeasurable.includes(t.id)))
      expect(t.met === null ? t.detail : 'checked', t.id).toBe('checked');
    const md = readFileSync(join(out, 'latest.md'), 'utf8');
    expect(md).toContain('| metric |');
    expect(md).toContain('## Targets');
    expect(md).toContain('## Soak');
    expect(md).toContain('## Lighthouse');
    expect(readFileSync(join(out, 'growth.svg'), 'utf8')).toMatch(
      /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
  }, 480_000);
});
