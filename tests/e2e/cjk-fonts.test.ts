import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { LANGUAGE_NAMES } from '../../src/i18n/strings.ts';
import { parseUnicodeRange, uiCjkCodePoints } from '../../tools/fonts.ts';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { builtData, DIST, goToView, waitForMap } from './harness.ts';

/**
 * Issue 15 §2, "no boxes in Chinese": on a machine without Chinese system fonts every ideograph the page
 * shows is drawn by the page's own fonts. The browser runs with a fontconfig that hides every system font
 * for Chinese or Japanese (the test machines have Droid Sans Fallback; many readers have none), and the
 * DevTools protocol's `CSS.getPlatformFontsForNode` says, for every element in every shadow root, which
 * fonts drew its text and how many glyphs each drew.
 */

/** The characters the page's Chinese family is for (tools/fonts.ts `UI_CJK`). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let fcDir: string;

beforeAll(async () => {
  fcDir = mkdtempSync(join(tmpdir(), 'corridor-no-cjk-'));
  writeFileSync(
    join(fcDir, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont>
    <pattern><patelt name="lang"><string>zh-cn</string></patelt></pattern>
    <pattern><patelt name="lang"><string>zh-tw</string></patelt></pattern>
    <pattern><patelt name="lang"><string>ja</string></patelt></pattern>
  </rejectfont></selectfont>
</fontconfig>
`,
  );
  server = await serve(DIST);
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    env: { ...process.env, FONTCONFIG_FILE: join(fcDir, 'fonts.conf') },
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(fcDir, { recursive: true, force: true });
});

interface Drawn {
  path: string;
  text: string;
  /** Chinese characters in the element's own text. */
  cjk: number;
  /** Glyphs the page's web fonts drew for it. */
  own: number;
  fonts: string[];
}

/** Every element with Chinese in its own text, with the fonts that drew it (elements not drawn are left out). */
async function drawnChinese(page: Page): Promise<Drawn[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = typeof root;
  const out: Drawn[] = [];
  const elements: { node: Node; path: string }[] = [];
  const walk = (n: Node, path: string) => {
    const here = n.nodeType === 1 ? `${path}>${n.localName}` : path;
    if (n.nodeType === 1) elements.push({ node: n, path: here });
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, here);
  };
  walk(root, '');
  for (const { node, path } of elements) {
    const text = (node.children ?? [])
      .filter((c) => c.nodeType === 3)
      .map((c) => c.nodeValue)
      .join('');
    const cjk = [...text].filter((ch) => CJK.test(ch)).length;
    if (cjk === 0) continue;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
    if (fonts.length === 0) continue;
    const own = fonts.filter((f) => f.isCustomFont).reduce((n, f) => n + f.glyphCount, 0);
    out.push({
      path,
      text: text.trim(),
      cjk,
      own,
      fonts: fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web)' : ''}: ${f.glyphCount}`),
    });
  }
  await cdp.detach();
  return out;
}

/** The file name of every request each page made since it opened. */
const fetchedBy = new WeakMap<Page, string[]>();

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const fetched: string[] = [];
  fetchedBy.set(page, fetched);
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.split('/').pop() ?? ''));
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('project-list', { state: 'attached' });
  await waitForMap(page);
  await page.waitForLoadState('networkidle');
  // A face that arrives after first layout must have been swapped in by now.
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/**
 * A page opened once for the tests that ask for the same start (`query`), and handed to each of them: each
 * moves it to its own view. The browser closes them with it.
 */
const shared = new Map<string, Promise<Page>>();
function sharedPage(query: string): Promise<Page> {
  if (!shared.has(query)) shared.set(query, open(query));
  return shared.get(query) as Promise<Page>;
}

/**
 * What is drawn in Chinese that the page's own fonts did not draw, asked until there is none: a view changed in
 * place brings its texts (and so new characters, and their font files) a moment later. `least` is how many
 * elements must show Chinese, so that an empty page does not pass.
 */
async function boxesOnceSettled(page: Page, least: number): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
        await page.evaluate(() => document.fonts.ready);
        const drawn = await drawnChinese(page);
        if (drawn.length <= least) return [`only ${drawn.length} elements show Chinese`];
        return drawn
          .filter((d) => d.own < d.cjk)
          .map((d) => `${d.path.slice(-80)} "${d.text.slice(0, 40)}" ${d.fonts.join(', ')}`);
      },
      { timeout: 20_000 },
    )
    .toEqual([]);
}

const story = builtData().stories[0];
const hub = builtData().hubs[0];

describe('Chinese text on a machine without Chinese system fonts', () => {
  // One page opened cold in Chinese, moved in place to each view (what the view shows first, when ready).
  const views: [string, string, string | null][] = [
    ['the start', '?lang=zh', null],
    ['a panel open', `?lang=zh&hub=${hub.properties.id}`, 'hub-panel >> #hub-title'],
    ['a story open', `?lang=zh&story=${story.id}`, 'story-player'],
    ['the dark theme', '?lang=zh&theme=dark', 'html[data-theme="dark"]'],
  ];
  for (const [name, query, ready] of views) {
    it(`draws every ideograph with the page's own fonts: ${name}`, async () => {
      const page = await sharedPage('?lang=zh');
      await goToView(page, query);
      if (ready) await page.waitForSelector(ready);
      else await page.waitForSelector('hub-panel, route-panel, story-player', { state: 'detached' });
      await boxesOnceSettled(page, 10);
    });
  }

  it("draws every ideograph with the page's own fonts: the embed", async () => {
    // Opened cold: a page starts as an embed, in its frame.
    const page = await open('?lang=zh&embed');
    await boxesOnceSettled(page, 3);
    await page.close();
  });

  it("draws every ideograph with the page's own fonts: the page printed", async () => {
    const page = await sharedPage('?lang=zh');
    await goToView(page, '?lang=zh');
    await page.waitForSelector('hub-panel, route-panel, story-player', { state: 'detached' });
    await page.emulateMedia({ media: 'print' });
    try {
      await boxesOnceSettled(page, 0);
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  // One page opened cold in English: first what its load fetched, then switched to Chinese in place.
  it('an English page fetches no Chinese face but those of the language switch', async () => {
    const page = await sharedPage('?lang=en');
    const fetched = fetchedBy.get(page) ?? [];
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const switchChars = uiCjkCodePoints(Object.values(LANGUAGE_NAMES).join(''));
    for (const face of cjkFaces()) {
      if (!fetched.includes(face.file)) continue;
      expect(
        face.codePoints.every((cp) => switchChars.includes(cp)),
        face.file,
      ).toBe(true);
    }
  });

  it('draws them too after switching to Chinese from English, and in a story opened from its button', async () => {
    const page = await sharedPage('?lang=en');
    await goToView(page, '?lang=en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.selectOption('.language-switch select', 'zh');
    await page.locator('button.open-story').first().click();
    await page.waitForSelector('story-player');
    // The story's panel brings its texts (and so new characters, and their font files) a moment later: the page
    // must end up drawing every one of them in its own fonts.
    await boxesOnceSettled(page, 10);
  });
});

/** The faces of the built Chinese stylesheet: file, weight and code points. */
function cjkFaces(): { file: string; weight: number; codePoints: number[] }[] {
  const css = readdirSync(join(DIST, 'fonts')).find((f) => /^cjk\.[0-9a-f]+\.css$/.test(f));
  if (!css) throw new Error('no fonts/cjk.*.css in the build');
  return readFileSync(join(DIST, 'fonts', css), 'utf8')
    .split('\n')
    .filter((rule) => rule.includes('@font-face'))
    .map((rule) => ({
      file: /url\(\.\/([^)]+)\)/.exec(rule)?.[1] ?? '',
      weight: Number(/font-weight:(\d+)/.exec(rule)?.[1]),
      codePoints: parseUnicodeRange(/unicode-range:([^}]+)/.exec(rule)?.[1] ?? ''),
    }));
}

/** Every text file of the built site the page's HTML shows text from: HTML, scripts, data (not the basemap). */
function builtTexts(dir = DIST): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.(html|js|mjs|json)$/.test(f) && !/^fonts\/|^data\/(basemap|font-faces)\.json$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/**
 * MapLibre's own tables of Chinese punctuation (its vertical forms), which it never shows as text: they are
 * in the bundle whatever the site says.
 */
const LIBRARY = new Set(
  uiCjkCodePoints(
    ['maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs']
      .map((f) => readFileSync(fileURLToPath(import.meta.resolve(`maplibre-gl/dist/${f}`)), 'utf8'))
      .join(''),
  ),
);

describe('the fonts of the built site', () => {
  it('cover, in each weight of the Chinese stylesheet, every Chinese character of the built HTML, scripts and data', () => {
    const wanted = uiCjkCodePoints(builtTexts().join('')).filter((cp) => !LIBRARY.has(cp));
    expect(wanted.length).toBeGreaterThan(300);
    const faces = cjkFaces();
    for (const weight of [400, 700]) {
      const covered = new Set(faces.filter((f) => f.weight === weight).flatMap((f) => f.codePoints));
      const missing = wanted.filter((cp) => !covered.has(cp)).map((cp) => String.fromCodePoint(cp));
      expect(missing, `weight ${weight}`).toEqual([]);
    }
  });

  it("cover, in the map's label faces, every character of every name the map can draw", () => {
    const faces: Record<string, { 'unicode-range': string[] }[]> = JSON.parse(
      readFileSync(join(DIST, 'data/font-faces.json'), 'utf8'),
    );
    const basemap: GeoJSON.FeatureCollection = JSON.parse(
      readFileSync(join(DIST, 'data/basemap.json'), 'utf8'),
    );
    const data = builtData();
    const names = [
      ...basemap.features
        .filter((f) => f.properties?.layer === 'country-label')
        .flatMap((f) =>
          ['en', 'ru', 'kk', 'zh'].map((l) => String(f.properties?.[`name_${l}`] ?? '').toUpperCase()),
        ),
      ...[...data.hubs, ...data.places].flatMap((f) => Object.values(f.properties.name)),
    ].join('');
    const wanted = [
      ...new Set([...names].filter((ch) => /\S/.test(ch)).map((ch) => ch.codePointAt(0) as number)),
    ];
    for (const [stack, list] of Object.entries(faces)) {
      const covered = new Set(list.flatMap((f) => parseUnicodeRange(f['unicode-range'].join(','))));
      const missing = wanted.filter((cp) => !covered.has(cp)).map((cp) => String.fromCodePoint(cp));
      expect(missing, stack).toEqual([]);
    }
  });
});
