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
  // the targets are about. Only that every figure is measured, for our page and both references.
  it('measures our page, bare MapLibre and Leaflet in quick mode and writes the results', async () => {
    await promisify(execFile)(process.execPath, ['bench/run.js', '--quick', '--out', out], {
      cwd: ROOT,
      timeout: 230_000,
      maxBuffer: 16 * 2 ** 20,
    });
    const results = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as {
      meta: { quick: boolean };
      pages: Record<string, Page>;
      targets: { id: string; met: boolean | null; detail: string }[];
    };
    expect(results.meta.quick).toBe(true);
    for (const id of ['ours', 'bare', 'leaflet', 'ours-1']) {
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
    // Our page loads the basemap, fonts and the picture; the references do not.
    for (const key of ['basemapBytes', 'fontsBytes', 'imagesBytes', 'previewPaintMs'])
      expect(results.pages.ours.runs[0][key], key).toBeGreaterThan(0);
    // The filter is measured where the page has a filter UI, and reported as n/a (not built) where not.
    const filter = results.targets.find((t) => t.id === 'filter');
    const ours = results.pages.ours.runs[0];
    if (ours.filterUi === 0) expect(filter?.detail).toBe('filter: n/a (not built)');
    else expect(Number.isFinite(ours.filterMs) && (ours.filterMs as number) > 0).toBe(true);
    for (const id of ['bare', 'leaflet'])
      expect(results.pages[id].runs[0].filterMs, `${id} filterMs`).toBeGreaterThan(0);
    expect(results.targets.map((t) => t.id)).toEqual([
      'idle',
      'first-picture',
      'bytes',
      'scale',
      'filter',
      'select',
      'heap',
    ]);
    const md = readFileSync(join(out, 'latest.md'), 'utf8');
    expect(md).toContain('| metric |');
    expect(md).toContain('## Targets');
    expect(readFileSync(join(out, 'growth.svg'), 'utf8')).toMatch(
      /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
  }, 240_000);
});
