import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX } from '../../src/embed/embed-code.ts';
import { DIST, goToView, type Opened, openPage, type Served, useHarness, waitForMap } from './harness.ts';

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

interface Watched extends Opened {
  /** The document's response headers. */
  headers: Record<string, string>;
  /** CSP violations (from the event) and console messages that mention the policy. */
  problems: () => Promise<string[]>;
}

/** Opens `url` with the violations recorded from before the page's first script (it waits for nothing). */
async function openWatched(url: string): Promise<Watched> {
  const consoleCsp: string[] = [];
  const opened = await openPage(h, url, {
    waitFor: false,
    before: async (page) => {
      await page.addInitScript(recordViolations);
      page.on('console', (m) => {
        if (/content[- ]security[- ]policy/i.test(m.text()))
          consoleCsp.push(`console ${m.type()}: ${m.text()}`);
      });
    },
  });
  return {
    ...opened,
    headers: opened.response?.headers() ?? {},
    problems: async () => [
      ...(await opened.page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      )),
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

const h = useHarness();
let html = '';
let policy = '';

beforeAll(() => {
  html = readFileSync(INDEX, 'utf8');
  policy = metaPolicy(html) ?? '';
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

  it('has nothing inline that the policy would block: every script has a src (data blocks aside), no handler attributes, no <style>', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      // A JSON-LD data block is never run, so script-src does not apply to it: it must be JSON and only JSON.
      if (/\btype="application\/ld\+json"/.test(attrs)) {
        expect(() => JSON.parse(body)).not.toThrow();
        continue;
      }
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\bhref=["']?\s*javascript:/i);
  });
});

describe('every view under the policy', () => {
  /**
   * Each `load` is a fresh load, with the map drawn and its data tiled; each of its `inPlace` views is then
   * opened on that page as a link within it would (the panels fetch their hub's details), the violations
   * still counted from the load. Add a row, or a view to a row, to cover another view.
   */
  const VIEWS: { load: string; inPlace?: string[] }[] = [
    { load: '?embed' },
    { load: '?lang=zh' },
    { load: '?theme=dark' },
    // Last, so the embed dialog below opens on the same page.
    {
      load: '',
      inPlace: ['?hub=khorgos', '?project=aktau-container-hub', '?route=dostyk-moiynty-second-track'],
    },
  ];
  /** The page of the latest load, kept for its views in place (and the embed dialog on the full page). */
  let current: { load: string; watched: Promise<Watched> } | null = null;
  const watched = async (load: string) => {
    if (current?.load !== load) {
      await (await current?.watched.catch(() => null))?.close();
      current = { load, watched: openWatched(`${h.url}${load}`) };
    }
    return current.watched;
  };
  afterAll(async () => {
    await (await current?.watched.catch(() => null))?.close();
  });

  for (const { load, inPlace = [] } of VIEWS) {
    it(`loads ${load || 'the full page'} with no violation`, async () => {
      const { page, problems, errors } = await watched(load);
      await expectMapWithData(page);
      expect(await problems()).toEqual([]);
      expect(errors).toEqual([]);
    });

    for (const query of inPlace) {
      it(`shows ${query} on ${load || 'the full page'} with no violation`, async () => {
        const { page, problems, errors } = await watched(load);
        await expectMapWithData(page);
        await goToView(page, query);
        if (/hub=|project=/.test(query)) await page.waitForSelector('hub-panel >> #hub-title');
        if (/route=/.test(query)) await page.waitForSelector('route-panel >> #route-title');
        // The panel's details have arrived (or failed) before the violations are read.
        await page.waitForLoadState('networkidle');
        expect(await problems()).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }

  it('opens the embed dialog with no violation', async () => {
    const { page, problems, errors } = await watched('');
    await expectMapWithData(page);
    await goToView(page, '?');
    await page.click('.embed-button');
    await page.waitForFunction(
      () => document.querySelector('embed-dialog')?.shadowRoot?.querySelector('dialog')?.open === true,
    );
    expect(await problems()).toEqual([]);
    expect(errors).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('is really enforced: an injected inline script does not run and a fetch to another origin fails', async () => {
    const { page, problems, close } = await openWatched(h.url);
    await page.waitForSelector('project-list', { state: 'attached' });
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
    await close();
  });
});

describe('the same policy as an HTTP header', () => {
  let site: Served;
  let host: Served;
  const header = () => `${policy}; frame-ancestors *`;

  beforeAll(async () => {
    site = await h.serve(DIST, { 'Content-Security-Policy': header() });
    // Served from another port: another origin.
    host = await h.host({
      'index.html': `<!doctype html><html><body><h1>A news page</h1><iframe src="${site.url}?embed" title="Corridor Map" sandbox="${SANDBOX}" style="border:0;width:100%;height:640px"></iframe></body></html>`,
    });
  });

  it('loads the main view with no violation', async () => {
    const { page, headers, problems, errors, close } = await openWatched(site.url);
    expect(headers['content-security-policy']).toBe(header());
    await expectMapWithData(page);
    expect(await problems()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets a page on another origin frame the embed (sandboxed), with no violation inside', async () => {
    const { page, problems, close } = await openWatched(host.url);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame()) as Frame;
    await frame.waitForSelector('project-list', { state: 'attached' });
    await expectMapWithData(frame);
    const inside = await frame.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect([...inside, ...(await problems())]).toEqual([]);
    await close();
  });
});
