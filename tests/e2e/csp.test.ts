import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX } from '../../src/embed/embed-code.ts';
import {
  DIST,
  goToView,
  type Opened,
  openPage,
  reachForEmbed,
  type Served,
  useHarness,
  waitForMap,
  waitForMapIdle,
} from './harness.ts';

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
  /** CSP violations (from the event) and console messages that mention the policy, since the load or `mark`. */
  problems: (since?: Mark) => Promise<string[]>;
  /** How many problems of each kind have been recorded so far. */
  mark: () => Promise<Mark>;
  /** Forgets the problems recorded after `mark` (violations a test caused on purpose). */
  forget: (since: Mark) => Promise<void>;
}

/** A point in the record of problems: how many violations and console messages came before it. */
interface Mark {
  violations: number;
  console: number;
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
  const violations = () =>
    opened.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return {
    ...opened,
    problems: async (since = { violations: 0, console: 0 }) => [
      ...(await violations()).slice(since.violations),
      ...consoleCsp.slice(since.console),
    ],
    mark: async () => ({ violations: (await violations()).length, console: consoleCsp.length }),
    forget: async (since) => {
      await opened.page.evaluate((n) => {
        (window as unknown as { __cspViolations: string[] }).__cspViolations.length = n;
      }, since.violations);
      consoleCsp.length = since.console;
    },
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

/** The panel shows its feature and its details have arrived (or failed). */
function panelReady(page: Page, tag: 'hub-panel' | 'route-panel'): Promise<unknown> {
  return page.waitForFunction((tag) => {
    const panel = document.querySelector(tag) as
      | (HTMLElement & { details: unknown; detailsError: unknown })
      | null;
    return Boolean(panel?.shadowRoot?.querySelector('h2') && (panel.details || panel.detailsError));
  }, tag);
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
   * One page of the full site, its violations recorded from its load, with the map drawn and its data tiled;
   * each test moves it to its view in place, as a link within it would (a panel fetches its hub's details, a
   * language its fonts, a theme its colours). The embed view, which only a load opens, is loaded under this
   * same policy in the frame below. Add a view to cover another one.
   */
  const IN_PLACE: { query: string; ready: (page: Page) => Promise<unknown> }[] = [
    { query: '?hub=khorgos', ready: (page) => panelReady(page, 'hub-panel') },
    { query: '?project=aktau-container-hub', ready: (page) => panelReady(page, 'hub-panel') },
    { query: '?route=dostyk-moiynty-second-track', ready: (page) => panelReady(page, 'route-panel') },
    {
      query: '?lang=zh',
      ready: (page) => page.waitForFunction(() => document.documentElement.lang === 'zh'),
    },
    {
      query: '?theme=dark',
      ready: (page) => page.waitForFunction(() => document.documentElement.dataset.theme === 'dark'),
    },
  ];
  let watched: Promise<Watched> | null = null;
  const open = async () => {
    watched ??= openWatched(h.url);
    const w = await watched;
    await expectMapWithData(w.page);
    return w;
  };
  afterAll(async () => {
    await (await watched?.catch(() => null))?.close();
  });

  it('loads the full page with no violation', async () => {
    const { page, problems, errors } = await open();
    await goToView(page, '?');
    expect(await problems()).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const { query, ready } of IN_PLACE) {
    it(`shows ${query} with no violation`, async () => {
      const { page, problems, errors } = await open();
      // From the plain view, so a panel shown is this view's, not one left open before.
      await goToView(page, '?');
      await page.waitForFunction(() => !document.querySelector('hub-panel, route-panel'));
      await goToView(page, query);
      await ready(page);
      // What the view asked for has arrived (map tiles, images, fonts) before the violations are read.
      await waitForMapIdle(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await problems()).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('opens the embed dialog with no violation', async () => {
    const { page, problems, errors } = await open();
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
    const { page, problems, mark, forget } = await open();
    const before = await mark();
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
    await expect.poll(async () => (await problems(before)).join('\n')).toMatch(/script-src/);
    expect((await problems(before)).join('\n')).toMatch(/connect-src/);
    // The page stays for the other views: what this test caused on purpose is not theirs.
    await forget(before);
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

  // The header is the <meta> policy and `frame-ancestors`: the views above cover the policy itself; this is the
  // header's own part, the embed framed from another origin (and the embed view under the policy at all).
  it('lets a page on another origin frame the embed (sandboxed), with no violation inside', async () => {
    const served = await fetch(`${site.url}?embed`);
    expect(served.headers.get('content-security-policy')).toBe(header());
    const { page, problems, close } = await openWatched(host.url);
    const frame = await reachForEmbed(page);
    await frame.waitForSelector('project-list', { state: 'attached' });
    await expectMapWithData(frame);
    const inside = await frame.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect([...inside, ...(await problems())]).toEqual([]);
    await close();
  });
});
