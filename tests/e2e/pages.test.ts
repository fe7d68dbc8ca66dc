import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { escapeHtml } from '../../src/html/escape-html.ts';
import { pick } from '../../src/i18n/strings.ts';
import { cameraAt, PREVIEW_SIZE, projectionOf } from '../../src/preview/preview-camera.ts';
import { homePicturePath } from '../../src/state/pages.ts';
import { mapFeatures } from '../../src/style/features.ts';
import { LIGHT } from '../../src/symbols/palette.ts';
import { buildBasemap } from '../../tools/basemap.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { displayWidth, PAGE_LIMITS } from '../../tools/pages.ts';
import { renderPreviewSvg } from '../../tools/preview/preview.ts';
import { builtData, DIST, hold, openPage, useHarness, waitForMapIdle } from './harness.ts';

/**
 * The pages the build writes for every hub, project and route in every language (tools/pages.ts), as a
 * search engine, a link preview and a reader see them: every page there, its tags read by an independent
 * Open Graph parser, hreflang reciprocal, the sitemap valid against the sitemaps.org schema, readable without
 * JavaScript, the app started on it with the feature selected and in view, Lighthouse's SEO audit at 100.
 */

/** The port Lighthouse drives the harness's own Chromium through. */
const LIGHTHOUSE_PORT = 9300 + Math.floor(Math.random() * 500);
const h = useHarness({ args: [`--remote-debugging-port=${LIGHTHOUSE_PORT}`] });
const data = builtData();
/** The data the site was built from (`npm test` builds geo/). */
const geoData = loadCorridorData(join(import.meta.dirname, '../../geo'));

const LANGS = ['en', 'ru', 'kk', 'zh'] as const;
const LOCALES = { en: 'en_US', ru: 'ru_RU', kk: 'kk_KZ', zh: 'zh_CN' };
type Kind = 'hub' | 'project' | 'route';
const FEATURES: { type: Kind; id: string }[] = [
  ...data.hubs.map((f) => ({ type: 'hub' as const, id: f.properties.id })),
  ...data.projects.map((f) => ({ type: 'project' as const, id: f.properties.id })),
  ...data.routes.map((r) => ({ type: 'route' as const, id: r.id })),
];
const pathOf = (lang: string, f: { type: Kind; id: string } | null) =>
  `${lang === 'en' ? '' : `${lang}/`}${f ? `${f.type}/${f.id}/` : ''}`;
const PAGES = LANGS.flatMap((lang) => [null, ...FEATURES].map((f) => ({ lang, f, path: pathOf(lang, f) })));
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** Every index.html under the built site, as paths of folders ('' for the root). */
function builtPages(dir = DIST, prefix = ''): string[] {
  const found: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) found.push(...builtPages(join(dir, e.name), `${prefix}${e.name}/`));
    else if (e.name === 'index.html') found.push(prefix);
  }
  return found;
}

/** The alternates a page's head names, by hreflang. */
function hreflangs(doc: string): Record<string, string> {
  return Object.fromEntries(
    [...doc.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
}

const canonicalOf = (doc: string) => /<link rel="canonical" href="([^"]+)"/.exec(doc)?.[1];

/** Width and height of a PNG, from its IHDR chunk; null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString() !== 'IHDR')
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A hub's or project's point. */
function featurePoint(f: { type: Kind; id: string }): [number, number] {
  const list = f.type === 'hub' ? data.hubs : data.projects;
  const found = list.find((x) => x.properties.id === f.id);
  if (!found) throw new Error(`no ${f.type} ${f.id}`);
  return found.geometry.coordinates as [number, number];
}

/** How far from its point the map draws a feature's marker, in pixels: a project set in a ring round its hub. */
function markerOffset(f: { type: Kind; id: string }): [number, number] {
  if (f.type !== 'project') return [0, 0];
  const marker = mapFeatures(data).projects.features.find((x) => x.properties?.id === f.id);
  return (marker?.properties?.offset as [number, number] | undefined) ?? [0, 0];
}

/**
 * Where a page's map picture (`selector`) shows `point`, on the screen, as `object-fit: cover` crops it to its
 * box: whether that is in its box and the window, and how much of the ring a feature's picture draws round its
 * marker (22 px from the point moved by the marker's `offset`, in the theme's highlight) is there.
 */
async function pictureShows(
  page: Page,
  point: [number, number] | null,
  selector = '.static-preview img',
  [dx, dy]: [number, number] = [0, 0],
) {
  const img = page.locator(selector);
  const attr = (await img.getAttribute('data-camera')) ?? '';
  const [lng, lat, zoom] = attr.split(' ').map(Number);
  const project = projectionOf(
    cameraAt([lng, lat], zoom, PREVIEW_SIZE.width, PREVIEW_SIZE.height),
    PREVIEW_SIZE.width,
    PREVIEW_SIZE.height,
  );
  const [px, py] = point ? project(point) : [PREVIEW_SIZE.width / 2, PREVIEW_SIZE.height / 2];
  return img.evaluate(
    async (el: HTMLImageElement, { px, py, dx, dy, size, ring }) => {
      await el.decode();
      const box = el.getBoundingClientRect();
      const k = Math.max(box.width / size.width, box.height / size.height);
      const x = box.left + box.width / 2 + (px - size.width / 2) * k;
      const y = box.top + box.height / 2 + (py - size.height / 2) * k;
      const inView =
        x > box.left &&
        x < box.right &&
        y > box.top &&
        y < box.bottom &&
        x < innerWidth &&
        y < innerHeight &&
        x > 0 &&
        y > 0;
      const canvas = new OffscreenCanvas(size.width, size.height);
      const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      ctx.drawImage(el, 0, 0, size.width, size.height);
      const colour = ring.match(/[0-9a-f]{2}/gi)?.map((v) => Number.parseInt(v, 16)) ?? [];
      // The share of the pixels 21 to 23 px from the marker (the ring's stroke) in the highlight's colour.
      const [cx, cy] = [Math.round(px + dx), Math.round(py + dy)];
      const around = ctx.getImageData(cx - 24, cy - 24, 49, 49).data;
      let [on, all] = [0, 0];
      for (let i = 0; i < around.length; i += 4) {
        const d = Math.hypot(
          cx - 24 + ((i / 4) % 49) + 0.5 - (px + dx),
          cy - 24 + Math.floor(i / 4 / 49) + 0.5 - (py + dy),
        );
        if (d < 21 || d > 23) continue;
        all++;
        const off = [0, 1, 2].reduce((a, c) => a + Math.abs(around[i + c] - colour[c]), 0);
        if (off < 60) on++;
      }
      const ringed = on / all;
      return { src: el.currentSrc, x, y, inView, ringed };
    },
    { px, py, dx, dy, size: PREVIEW_SIZE, ring: LIGHT.highlight },
  );
}

describe('a page for every hub, project and route, in every language', () => {
  it('writes each one, and no other, and the sitemap lists each once', () => {
    expect(PAGES.length).toBe(4 * (1 + data.hubs.length + data.projects.length + data.routes.length));
    expect(builtPages().sort()).toEqual(PAGES.map((p) => p.path).sort());
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const site = canonicalOf(html(''));
    expect(site).toBeTruthy();
    expect(locs.sort()).toEqual(PAGES.map((p) => new URL(p.path, site).href).sort());
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${new URL('sitemap.xml', site)}`,
    );
  });

  it('gives each its own tags, as an independent Open Graph parser reads them, and its card as a 1200x630 PNG', async () => {
    const site = canonicalOf(html('')) as string;
    const titles = new Set<string>();
    const missingCards: string[] = [];
    for (const { lang, f, path } of PAGES) {
      const doc = html(path);
      const url = new URL(path, site).href;
      const { result, error } = await ogs({ html: doc });
      expect(error, path).toBe(false);
      expect(result.ogTitle, path).toBeTruthy();
      // Its own title among the pages of its language (Russian and Kazakh may share a name).
      const title = `${lang} ${result.ogTitle}`;
      expect(titles.has(title), `${path}: title shared with another page`).toBe(false);
      titles.add(title);
      expect(displayWidth(result.ogDescription ?? ''), path).toBeGreaterThanOrEqual(
        PAGE_LIMITS.minDescription,
      );
      expect(result.ogUrl).toBe(url);
      expect(result.ogLocale).toBe(LOCALES[lang]);
      expect(result.ogType).toBe(f ? 'article' : 'website');
      expect(result.twitterCard).toBe('summary_large_image');
      const [image] = result.ogImage ?? [];
      expect(image?.url).toBe(new URL('card.png', url).href);
      expect([String(image?.width), String(image?.height)]).toEqual(['1200', '630']);
      expect(doc).toMatch(/<meta property="og:image:alt" content="[^"]{10,}"/);
      expect(doc).toContain(`<html lang="${lang}"`);
      expect(canonicalOf(doc)).toBe(url);
      // Its own description, the same as the Open Graph one.
      expect(doc).toContain(`<meta name="description" content="`);
      // Its language's Atom feed.
      expect(doc).toMatch(
        new RegExp(
          `<link rel="alternate" type="application/atom\\+xml" href="[./]*${lang === 'en' ? '' : `${lang}/`}feed\\.xml"`,
        ),
      );
      const card = join(DIST, path, 'card.png');
      const size = existsSync(card) ? pngSize(readFileSync(card)) : null;
      if (size?.width !== 1200 || size?.height !== 630) missingCards.push(path || '/');
    }
    // The cards are drawn by the build beside each page (issue 23b); a page without one previews blank.
    expect(missingCards, `${missingCards.length} pages lack a 1200x630 card.png`).toEqual([]);
  });

  it('names the four languages and x-default in each page, reciprocally, and the home pages carry the Dataset', () => {
    const site = canonicalOf(html('')) as string;
    const byUrl = new Map(PAGES.map((p) => [new URL(p.path, site).href, hreflangs(html(p.path))]));
    for (const [url, alternates] of byUrl) {
      expect(Object.keys(alternates).sort(), url).toEqual(['en', 'kk', 'ru', 'x-default', 'zh']);
      expect(Object.values(alternates), url).toContain(url);
      for (const target of Object.values(alternates)) {
        // Each alternate is a page of the site that names this page back.
        expect(byUrl.get(target), `${url} -> ${target}`).toBeDefined();
        expect(Object.values(byUrl.get(target) ?? {}), `${target} does not name ${url}`).toContain(url);
      }
    }
    for (const lang of LANGS) {
      const json = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(
        html(pathOf(lang, null)),
      )?.[1];
      const dataset = JSON.parse(json ?? 'null');
      expect(dataset['@type']).toBe('Dataset');
      expect(dataset.license).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
      expect(dataset.citation).toContain('Corridor Map');
      const formats = dataset.distribution.map((d: { encodingFormat: string }) => d.encodingFormat);
      expect(formats).toContain('text/csv');
      expect(formats).toContain('application/geo+json');
      for (const d of dataset.distribution) {
        const file = new URL(d.contentUrl).pathname.slice(new URL(site).pathname.length);
        expect(existsSync(join(DIST, file)), file).toBe(true);
      }
    }
  });

  it('writes a sitemap valid against the sitemaps.org schema, with the xhtml:link alternates', async () => {
    const fixtures = new URL('../fixtures/sitemap/', import.meta.url);
    const schema = (name: string) => ({
      fileName: name,
      contents: readFileSync(new URL(name, fixtures), 'utf8'),
    });
    const check = (xml: string) =>
      validateXML({
        xml: { fileName: 'sitemap.xml', contents: xml },
        schema: schema('all.xsd'),
        preload: [schema('sitemap.xsd'), schema('xhtml-link.xsd')],
      });
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const result = await check(sitemap);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does refuse a broken one.
    const broken = await check(sitemap.replace('<loc>', '<location>'));
    expect(broken.valid).toBe(false);
  });
});

interface HalfDrawn {
  halfDrawn: { before: number; complete: boolean };
}

/**
 * What search engines read in the head (title, description, canonical, alternates, robots), as the page now
 * has it and as the build wrote it (the page's own file, fetched again); addresses as paths. Run in the page.
 */
async function seoHeads() {
  const read = (doc: Document) => {
    const path = (href: string | null) => (href === null ? null : new URL(href, location.href).pathname);
    return {
      title: doc.title,
      description: doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
      robots: doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
      canonical: path(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null),
      alternates: [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (l) => `${l.getAttribute('hreflang')} ${path(l.getAttribute('href'))}`,
      ),
    };
  };
  const html = await (await fetch(location.href)).text();
  return { live: read(document), built: read(new DOMParser().parseFromString(html, 'text/html')) };
}

/** Counts MapLibre's draw calls made before its first view is complete (every source and tile in). */
function countHalfDrawn(): void {
  const w = window as unknown as HalfDrawn;
  w.halfDrawn = { before: 0, complete: false };
  const draw = WebGL2RenderingContext.prototype.drawElements;
  WebGL2RenderingContext.prototype.drawElements = function (this: WebGL2RenderingContext, ...args) {
    const map = (
      document.querySelector('corridor-map') as (Element & { maplibre?: import('maplibre-gl').Map }) | null
    )?.maplibre;
    if (map && !w.halfDrawn.complete) {
      if (map.loaded() && map.areTilesLoaded()) w.halfDrawn.complete = true;
      else w.halfDrawn.before++;
    }
    return draw.apply(this, args);
  };
}

describe('a feature page in the browser', () => {
  it('without JavaScript shows the name, summary, facts and every source link, in its language', async () => {
    const samples = [
      { lang: 'en', f: FEATURES.find((f) => f.type === 'project') },
      { lang: 'ru', f: FEATURES.find((f) => f.type === 'route') },
      { lang: 'kk', f: FEATURES.find((f) => f.type === 'hub') },
      { lang: 'zh', f: FEATURES.filter((f) => f.type === 'project').at(-1) },
    ] as const;
    const { page, close } = await openPage(h, 'about:blank', {
      context: { javaScriptEnabled: false },
      waitFor: false,
    });
    for (const { lang, f } of samples) {
      if (!f) throw new Error('no such feature in the data');
      await page.goto(`${h.url}${pathOf(lang, f)}`);
      const props =
        f.type === 'route'
          ? data.routes.find((r) => r.id === f.id)
          : (f.type === 'hub' ? data.hubs : data.projects).find((x) => x.properties.id === f.id)?.properties;
      if (!props) throw new Error(`${f.id} not in the data`);
      const name = (props.name as Partial<Record<string, string>>)[lang] ?? props.name.en;
      expect(await page.locator('h1').textContent()).toBe(name);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // The static page, not the app: no script ran.
      expect(await page.locator('.static-feature').count()).toBe(1);
      const text = (await page.locator('body').textContent()) ?? '';
      if ('summary' in props) {
        const summary =
          (props.summary as unknown as Partial<Record<string, string>>)[lang] ?? props.summary.en;
        expect(text).toContain(summary.slice(0, 60));
      }
      const links = await page
        .locator('.static-sources a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const sources = new Map(data.sources.map((s) => [s.id, s.url]));
      for (const id of props.sources) expect(links, `${f.id}: source ${id}`).toContain(sources.get(id));
      // The map's picture, as the home page shows it: drawn around the feature, which is in sight and, a point,
      // ringed; its hubs are links to their pages in the language.
      const shown =
        f.type === 'route'
          ? await pictureShows(page, null)
          : await pictureShows(page, featurePoint(f), '.static-preview img', markerOffset(f));
      expect(shown.src, f.id).toMatch(/\/picture\.webp$/);
      if (f.type === 'route') {
        const line = data.routes.find((r) => r.id === f.id)?.coordinates ?? [];
        const seen = await pictureShows(page, line[Math.floor(line.length / 2)] as [number, number]);
        expect(seen.inView, f.id).toBe(true);
      } else {
        expect(shown.inView, f.id).toBe(true);
        expect(shown.ringed, f.id).toBeGreaterThan(0.6);
      }
      const hubs = await page
        .locator('.static-preview .preview-hubs a[data-hub]')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('data-hub'), (a as SVGAElement).href.baseVal]));
      expect(hubs.length, f.id).toBeGreaterThan(0);
      for (const [hub, href] of hubs)
        expect(new URL(href ?? '', page.url()).pathname).toBe(
          `/${pathOf(lang, { type: 'hub', id: hub ?? '' })}`,
        );
    }
    await close();
  });

  it("shows on each home page, without JavaScript, the picture with its hubs' names in the page's language", async () => {
    const { page, close } = await openPage(h, 'about:blank', {
      context: { javaScriptEnabled: false },
      waitFor: false,
    });
    const basemap = buildBasemap();
    for (const lang of LANGS) {
      await page.goto(`${h.url}${pathOf(lang, null)}`);
      const src = await page
        .locator('.static-preview img')
        .evaluate((img) => (img as HTMLImageElement).currentSrc);
      expect(new URL(src).pathname, lang).toBe(`/${homePicturePath(lang, 'light')}`);
      // What that picture draws: the SVG the build rasterises for the language (tools/preview/raster.ts).
      const svg = renderPreviewSvg(geoData, basemap, { ...PREVIEW_SIZE, lang });
      const labels = [
        ...(/data-layer="hubs-label"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '').matchAll(/<text[^>]*>([^<]*)</g),
      ].map((m) => m[1]);
      expect(labels.length, lang).toBeGreaterThan(3);
      // The label text as the picture escapes it; a long name may be split over two lines.
      const names = data.hubs.map((x) => escapeHtml(pick(x.properties.name, lang)));
      // Hubs at one place share a label ("Khorgos / Horgos").
      const parts = labels.flatMap((l) => l.split(/\s*[/／]\s*/)).filter(Boolean);
      for (const part of parts)
        expect(
          names.some((n) => n.includes(part)),
          `${lang}: ${part}`,
        ).toBe(true);
      if (lang !== 'en') {
        const english = data.hubs.map((x) => escapeHtml(x.properties.name.en));
        expect(parts.filter((l) => !english.some((n) => n.includes(l))).length, lang).toBeGreaterThan(3);
      }
    }
    await close();
  });

  it('with JavaScript starts the same app with the feature selected, in view beside its panel, and keeps to page addresses', async () => {
    const id = 'aktau-container-hub';
    const { page, errors, requests, close } = await openPage(h, 'about:blank', {
      viewport: { width: 1280, height: 800 },
      waitFor: false,
    });
    // Until MapLibre has drawn, the app shows the page's own picture in the map's place, as on the home page.
    const worker = await hold(page, '**/maplibre-gl-worker-*.mjs');
    await page.addInitScript(countHalfDrawn);
    await page.goto(`${h.url}kk/project/${id}/`);
    await page.locator('corridor-map picture[aria-hidden="true"] img.map-preview').waitFor();
    await worker.held;
    const point = featurePoint({ type: 'project', id });
    const pictured = await pictureShows(page, point, 'corridor-map img.map-preview');
    expect(pictured.src).toMatch(new RegExp(`/kk/project/${id}/picture\\.webp$`));
    expect(pictured.inView).toBe(true);
    expect(requests.filter((u) => /preview-(light|dark)(@2x)?\.webp/.test(u))).toEqual([]);
    const standIn = await page
      .locator('corridor-map .preview-hubs a[data-hub]')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('data-hub'), (a as SVGAElement).href.baseVal]));
    expect(standIn.length).toBeGreaterThan(0);
    for (const [hub, href] of standIn) expect(new URL(href ?? '').pathname).toBe(`/kk/hub/${hub}/`);
    worker.release();
    await waitForMapIdle(page);
    await page.waitForSelector('hub-panel');
    const seen = await page.evaluate(() => {
      const app = document.querySelector('corridor-app') as HTMLElement & {
        view: { selection: unknown; lang: string };
      };
      const map = (
        document.querySelector('corridor-map') as HTMLElement & { maplibre: import('maplibre-gl').Map }
      ).maplibre;
      const f = map.querySourceFeatures('projects').find((x) => x.properties?.id === 'aktau-container-hub');
      const at =
        f?.geometry.type === 'Point' ? map.project(f.geometry.coordinates as [number, number]) : null;
      const canvas = map.getCanvas().getBoundingClientRect();
      const panel = document.querySelector('.panel')?.getBoundingClientRect();
      return {
        selection: app.view.selection,
        lang: app.view.lang,
        at: at && { x: at.x + canvas.left, y: at.y + canvas.top },
        canvas: { left: canvas.left, right: canvas.right, top: canvas.top, bottom: canvas.bottom },
        panel: panel && { left: panel.left, right: panel.right, top: panel.top, bottom: panel.bottom },
        title: document.querySelector('hub-panel')?.shadowRoot?.querySelector('h2, h3')?.textContent ?? '',
      };
    });
    expect(seen.selection).toEqual({ type: 'project', id });
    expect(seen.lang).toBe('kk');
    expect(seen.at).not.toBeNull();
    const { x, y } = seen.at as { x: number; y: number };
    // On the map and not under the panel beside it.
    expect(x).toBeGreaterThan(seen.canvas.left);
    expect(y).toBeGreaterThan(seen.canvas.top);
    expect(y).toBeLessThan(seen.canvas.bottom);
    expect(seen.panel).toBeTruthy();
    expect(x).toBeLessThan(seen.panel?.left ?? 0);
    // Where the picture showed it: MapLibre took over without a jump, in one complete frame.
    expect(Math.hypot(x - pictured.x, y - pictured.y)).toBeLessThan(1.5);
    expect(await page.evaluate(() => (window as unknown as HalfDrawn).halfDrawn)).toEqual({
      before: 0,
      complete: true,
    });
    expect(new URL(page.url()).pathname).toBe(`/kk/project/${id}/`);
    // What search engines read in the head stays as the build wrote it (Lighthouse's audit below reads that).
    const heads = await page.evaluate(seoHeads);
    expect(heads.live).toEqual(heads.built);
    expect(heads.built.canonical).toBe(`/kk/project/${id}/`);
    // Its panel's texts came with the data (the page names them for the start), once.
    expect(requests.filter((u) => new URL(u).pathname === '/data/hubs/aktau.json')).toHaveLength(1);
    expect(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('/data/hubs/aktau.json'))
          .map((e) => (e as PerformanceResourceTiming).initiatorType),
      ),
    ).toEqual(['link']);

    // Another selection moves to that feature's page, in the same language; Back returns.
    await page.evaluate(() =>
      (document.querySelector('corridor-app') as HTMLElement & { apply(i: unknown): void }).apply({
        type: 'select',
        selection: { type: 'hub', id: 'khorgos' },
      }),
    );
    await expect.poll(() => new URL(page.url()).pathname).toBe('/kk/hub/khorgos/');
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(/\/kk\/hub\/khorgos\/$/);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/kk/project/${id}/`);

    // The home page's old links keep working, and once the app runs name the feature's page as canonical.
    await page.goto(`${h.url}?route=dostyk-moiynty-second-track`);
    await page.waitForSelector('route-panel');
    expect(new URL(page.url()).search).toBe('?route=dostyk-moiynty-second-track');
    await expect
      .poll(() => page.getAttribute('link[rel="canonical"]', 'href'))
      .toMatch(/\/route\/dostyk-moiynty-second-track\/$/);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('Lighthouse SEO', () => {
  // The home page and a project page in each language (issue 23's bar), desktop at scale 1 in the harness's
  // Chromium, storage kept between runs: the SEO audits read the document, not the drawing, and this keeps
  // each run to the page's own load. The page's scripts are blocked: the audit reads the document the build
  // wrote, as a crawler that runs no script sees it (the app keeps its head as written: the test above), and
  // without MapLibre starting each run takes half the time. The waits after the load are cut
  // to a quarter second of quiet network and CPU (Lighthouse's own are 5 s each when it measures performance
  // itself, `throttlingMethod: 'provided'`; 'simulate' leaves them to these settings and scores no
  // performance here), with no stop at about:blank before each run.
  it('scores 100 on the home page and on a project page in each language', async () => {
    const { default: lighthouse } = await import('lighthouse');
    const project = data.projects[0].properties.id;
    const scores: Record<string, unknown> = {};
    const failed: Record<string, string[]> = {};
    for (const path of ['', ...LANGS.map((l) => pathOf(l, { type: 'project', id: project }))]) {
      const run = await lighthouse(`${h.url}${path}`, {
        port: LIGHTHOUSE_PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['seo'],
        formFactor: 'desktop',
        screenEmulation: { mobile: false, width: 1280, height: 900, deviceScaleFactor: 1, disabled: false },
        throttlingMethod: 'simulate',
        pauseAfterFcpMs: 0,
        pauseAfterLoadMs: 0,
        networkQuietThresholdMs: 250,
        cpuQuietThresholdMs: 250,
        skipAboutBlank: true,
        disableFullPageScreenshot: true,
        disableStorageReset: true,
        blockedUrlPatterns: ['*.js'],
      });
      const lhr = run?.lhr;
      scores[path || '/'] = lhr?.categories.seo?.score;
      failed[path || '/'] = Object.values(lhr?.audits ?? {})
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'manual')
        .map((a) => a.id);
    }
    expect(failed).toEqual(Object.fromEntries(Object.keys(failed).map((k) => [k, []])));
    expect(scores).toEqual(Object.fromEntries(Object.keys(scores).map((k) => [k, 1])));
  }, 300_000);
});
