import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { SANDBOX } from '../../src/embed/embed-code.ts';
import { DIST, type Harness, startHarness, waitForMap } from './harness.ts';

/**
 * The Content-Security-Policy the built page carries in a <meta>: strict (no inline script, nothing from
 * another origin), and still enough for every view to load without a single violation. Then the same
 * policy as a real HTTP header, as SECURITY.md tells hosts to send it.
 */

const INDEX = join(DIST, 'index.html');

/** The policy in dist/index.html's <meta http-equiv="Content-Security-Policy">, or null. */
function metaPolicy(html: string): string | null {
  const meta = /<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  if (!meta) return null;
  return /\bcontent="([^"]*)"/i.exec(meta)?.[1] ?? /\bcontent='([^']*)'/i.exec(meta)?.[1] ?? null;
}

/** Directive name -> its source list. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Registered before any script of the page runs: every CSP violation the document sees. */
function recordViolations(): void {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
    );
  });
}

interface Watched {
  page: Page;
  /** The document's response headers. */
  headers: Record<string, string>;
  /** CSP violations (from the event) and console messages that mention the policy. */
  problems: () => Promise<string[]>;
  pageErrors: string[];
}

async function openWatched(browser: Harness['browser'], url: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(recordViolations);
  const consoleCsp: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => {
    if (/content[- ]security[- ]policy/i.test(m.text())) consoleCsp.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const response = await page.goto(url);
  return {
    page,
    headers: response?.headers() ?? {},
    pageErrors,
    problems: async () => [
      ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
      ...consoleCsp,
    ],
  };
}

/** The map is drawn and its worker has tiled the data (a blocked worker still lets the map reach `ready`). */
async function expectMapWithData(page: Page | Frame): Promise<void> {
  expect(await waitForMap(page as Page)).toBe('ready');
  await page.waitForFunction(
    () => {
      const map = (
        document.querySelector('corridor-map') as unknown as {
          maplibre?: { querySourceFeatures(source: string): unknown[] };
        }
      )?.maplibre;
      return (map?.querySourceFeatures('hubs').length ?? 0) > 0;
    },
    undefined,
    { timeout: 30_000, polling: 250 },
  );
}

let html = '';
let policy = '';
let h: Harness;

beforeAll(async () => {
  if (!existsSync(INDEX))
    throw new Error(`${INDEX} is missing: run \`npx vite build\` (or \`npm test\`) first`);
  html = readFileSync(INDEX, 'utf8');
  policy = metaPolicy(html) ?? '';
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('the policy in dist/index.html', () => {
  it('is present, before any script or stylesheet it must govern', () => {
    expect(policy, 'no <meta http-equiv="Content-Security-Policy"> in dist/index.html').not.toBe('');
    const at = html.search(/http-equiv=["']Content-Security-Policy/i);
    const firstResource = html.search(/<(script|link|style)\b/i);
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(firstResource);
  });

  it('allows scripts only from the site itself: no inline script, no eval, no other origin', () => {
    const d = directives(policy);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    // frame-ancestors is ignored in a <meta>; it belongs in the HTTP header (SECURITY.md).
    expect(d.has('frame-ancestors')).toBe(false);
  });

  it('names no other origin, scheme wildcard or unsafe keyword beyond inline style attributes and data: images', () => {
    const allowed = (name: string, source: string) =>
      source === "'self'" ||
      source === "'none'" ||
      (source === "'unsafe-inline'" && name === 'style-src-attr') ||
      (source === 'data:' && name === 'img-src');
    const loose = [...directives(policy)].flatMap(([name, sources]) =>
      sources.filter((s) => !allowed(name, s)).map((s) => `${name} ${s}`),
    );
    expect(loose).toEqual([]);
  });

  it('has nothing inline that the policy would block: every script has a src, no handler attributes, no <style>', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\bhref=["']?\s*javascript:/i);
  });
});

describe('every view under the policy', () => {
  const views = [
    '',
    '?embed',
    '?hub=khorgos',
    '?project=aktau-container-hub',
    '?route=dostyk-moiynty-second-track',
    '?lang=zh',
    '?theme=dark',
  ];

  for (const query of views) {
    it(`loads ${query || 'the full page'} with no violation`, async () => {
      const { page, problems, pageErrors } = await openWatched(h.browser, `${h.url}${query}`);
      await expectMapWithData(page);
      if (/hub=|project=/.test(query)) await page.waitForSelector('hub-panel >> #hub-title');
      if (/route=/.test(query)) await page.waitForSelector('route-panel >> #route-title');
      expect(await problems()).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  }

  it('opens the embed dialog with no violation', async () => {
    const { page, problems, pageErrors } = await openWatched(h.browser, h.url);
    await expectMapWithData(page);
    await page.click('.embed-button');
    await page.waitForFunction(
      () => document.querySelector('embed-dialog')?.shadowRoot?.querySelector('dialog')?.open === true,
    );
    expect(await problems()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('is really enforced: an injected inline script does not run and a fetch to another origin fails', async () => {
    const { page, problems } = await openWatched(h.browser, h.url);
    await page.waitForSelector('project-list');
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      let fetched = true;
      try {
        await fetch('http://127.0.0.2:9/elsewhere.json');
      } catch {
        fetched = false;
      }
      return { inlineRan: w.__inlineRan === true, fetched };
    });
    expect(outcome).toEqual({ inlineRan: false, fetched: false });
    await expect.poll(async () => (await problems()).join('\n')).toMatch(/script-src/);
    expect((await problems()).join('\n')).toMatch(/connect-src/);
    await page.close();
  });
});

describe('the same policy as an HTTP header', () => {
  let site: { url: string; close(): Promise<void> };
  let host: { url: string; close(): Promise<void> };
  let hostDir = '';
  const header = () => `${policy}; frame-ancestors *`;

  beforeAll(async () => {
    site = await serve(DIST, { headers: { 'Content-Security-Policy': header() } });
    hostDir = mkdtempSync(join(tmpdir(), 'csp-host-'));
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><html><body><h1>A news page</h1><iframe src="${site.url}?embed" title="Corridor Map" sandbox="${SANDBOX}" style="border:0;width:100%;height:640px"></iframe></body></html>`,
    );
    // Served from another port: another origin.
    host = await serve(hostDir);
  });

  afterAll(async () => {
    await site?.close();
    await host?.close();
    if (hostDir) rmSync(hostDir, { recursive: true, force: true });
  });

  it('loads the main view with no violation', async () => {
    const { page, headers, problems, pageErrors } = await openWatched(h.browser, site.url);
    expect(headers['content-security-policy']).toBe(header());
    await expectMapWithData(page);
    expect(await problems()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('lets a page on another origin frame the embed (sandboxed), with no violation inside', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(recordViolations);
    const consoleCsp: string[] = [];
    page.on('console', (m) => {
      if (/content[- ]security[- ]policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    await page.goto(host.url);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame()) as Frame;
    await frame.waitForSelector('project-list');
    await expectMapWithData(frame);
    const inside = await frame.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect([...inside, ...consoleCsp]).toEqual([]);
    await page.close();
  });
});
