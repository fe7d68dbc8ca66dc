// Lighthouse offline on our built page (issue 13): the `lighthouse` CLI from devDependencies, run with the
// system Chromium (CHROME_PATH) against the page served on localhost, mobile (Lighthouse's default: a
// simulated mid-range phone on a slow 4G link) and desktop (`--preset=desktop`), performance only.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

const CLI = fileURLToPath(new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url));

/** The presets run, and the figures kept from each report. */
export const LIGHTHOUSE_PRESETS = /** @type {const} */ (['mobile', 'desktop']);

/**
 * @typedef {{ preset: string, score: number | null, tbtMs: number | null, lcpMs: number | null, fcpMs: number | null, cls: number | null, siMs: number | null, bytes: number | null, error: string | null, lighthouse: string | null, wallMs: number }} LighthouseResult
 */

/**
 * Runs Lighthouse once on `url` with a preset. Never rejects: a run that fails gives `error`.
 * @param {string} url
 * @param {'mobile' | 'desktop'} preset
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouse(url, preset, { timeoutMs = 180_000 } = {}) {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'corridor-lighthouse-'));
  const out = join(dir, 'report.json');
  /** @type {LighthouseResult} */
  const result = {
    preset,
    score: null,
    tbtMs: null,
    lcpMs: null,
    fcpMs: null,
    cls: null,
    siMs: null,
    bytes: null,
    error: null,
    lighthouse: null,
    wallMs: 0,
  };
  const args = [
    CLI,
    url,
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance',
    '--quiet',
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  try {
    await new Promise((done, fail) => {
      execFile(
        process.execPath,
        args,
        { env: { ...process.env, CHROME_PATH: chromiumPath() }, timeout: timeoutMs, maxBuffer: 32 * 2 ** 20 },
        (error, _stdout, stderr) => {
          if (error) fail(new Error(`${error.message.split('\n')[0]} ${String(stderr).slice(-600)}`));
          else done(undefined);
        },
      );
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const audit = (/** @type {string} */ id) => {
      const v = report.audits?.[id]?.numericValue;
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    };
    result.lighthouse = report.lighthouseVersion ?? null;
    const score = report.categories?.performance?.score;
    result.score = typeof score === 'number' ? Math.round(score * 100) : null;
    result.tbtMs = audit('total-blocking-time');
    result.lcpMs = audit('largest-contentful-paint');
    result.fcpMs = audit('first-contentful-paint');
    result.cls = audit('cumulative-layout-shift');
    result.siMs = audit('speed-index');
    // Every byte the page (and its frames) transferred while Lighthouse watched.
    result.bytes = audit('total-byte-weight');
    if (report.runtimeError?.code)
      result.error = `${report.runtimeError.code}: ${report.runtimeError.message}`;
  } catch (e) {
    result.error = (e instanceof Error ? e.message : String(e)).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    result.wallMs = performance.now() - started;
  }
  return result;
}
