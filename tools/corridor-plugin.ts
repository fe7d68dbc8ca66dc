import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { detailsPath, hubDetails, mapIndex, routeDetails } from '../src/data/split.ts';
import { START_FETCHES_ID } from '../src/data/start-fetches.ts';
import type { CorridorData } from '../src/data/types.ts';
import { LANGUAGES } from '../src/data/vocabularies.ts';
import { DEFAULT_HEIGHT, embedCode } from '../src/embed/embed-code.ts';
import { escapeHtml } from '../src/html/escape-html.ts';
import { cameraOf, fitCamera, PREVIEW_SIZE } from '../src/preview/preview-camera.ts';
import type { PreviewSpot } from '../src/preview/preview-spots.ts';
import { indexData } from '../src/state/data-index.ts';
import { MARK_EMBED_SCRIPT } from '../src/state/embed-flag.ts';
import { homePicturePath, PICTURE_DENSITIES, pictureAt, SITE_URL_META } from '../src/state/pages.ts';
import { DEFAULT_VIEW } from '../src/state/view.ts';
import { DARK, LIGHT } from '../src/symbols/palette.ts';
import { BASEMAP_ATTRIBUTION, buildBasemap } from './basemap.ts';
import { type CardFonts, cardFonts } from './cards/card-fonts.ts';
import { cardCharacters, planCards } from './cards/cards.ts';
import { loadCorridorData } from './data.ts';
import { downloadFiles } from './downloads.ts';
import { feedFiles } from './feeds.ts';
import { fontFaces, labelText, planSiteFonts, subsetFile, uiCjkCss, uiText } from './fonts.ts';
import { mapConcurrently } from './map-concurrently.ts';
import {
  type FeaturePicture,
  featurePageHtml,
  PICTURE_FILES,
  pageHead,
  robotsTxt,
  type SitePage,
  sitemapXml,
  sitePages,
  upTo,
} from './pages.ts';
import { type PreviewOptions, previewHubSpots, renderPreviewSvg } from './preview/preview.ts';
import { rasterisePicture } from './preview/raster.ts';
import { staticPageHtml } from './static-page.ts';

/** Where index.html takes the static page made at build time. */
const STATIC_MARK = '<!-- static-page -->';
/** Round a page's own parts of the built HTML, so the other pages can be made from the home page's. */
const HEAD_START = '<!-- page-head -->';
const HEAD_END = '<!-- /page-head -->';
const BODY_START = '<!-- page-body -->';
const BODY_END = '<!-- /page-body -->';

/** What the plugin serves and emits, by path in the site. */
interface Assets {
  data: CorridorData;
  basemap: FeatureCollection;
  /** The hubs the first-paint picture draws, for the links over it. */
  spots: PreviewSpot[];
  /** The UI's Chinese @font-face rules, under a name that changes with them. */
  cjkCssPath: string;
  /** The page's one blocking script, which marks an embed before the first paint (`MARK_EMBED_SCRIPT`). */
  markEmbedPath: string;
  /** Files the page will fetch first, named in the HTML so they load while the script does. */
  preload: string[];
  files: Map<string, () => string | Uint8Array | Promise<Uint8Array>>;
  /** Every page of the site (pages.ts), checked. */
  pages: SitePage[];
  /** Whether each feature page has a picture of its own (else its language's home picture). */
  featurePictures: boolean;
  /** The site's fonts cut for drawing the pictures and cards, cut once when first asked for. */
  drawingFonts: () => Promise<CardFonts>;
}

/**
 * How many files the build makes at once: drawing and encoding run on other threads, and a picture's files
 * (one per density) wait on one drawing, so a few per core keep every core busy.
 */
const DRAWING_CONCURRENCY = 4 * availableParallelism();

/** Where the build keeps what it drew, to draw it again only when it changes. */
interface Caches {
  /** The cards' PNGs and the fonts cut for drawing (tools/cards/). */
  cards: string;
  /** The pictures' WebP files (tools/preview/raster.ts). */
  pictures: string;
}

/**
 * A static oEmbed response for the map's default view. oEmbed needs absolute addresses, so the build
 * takes the site's public address from `siteUrl` (`CORRIDOR_SITE_URL`).
 */
export function oembed(siteUrl: string): Record<string, unknown> {
  const title = 'Corridor Map: logistics hubs and routes between Kazakhstan, China and Central Asia';
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Corridor Map',
    provider_url: siteUrl,
    title,
    html: embedCode(siteUrl, DEFAULT_VIEW, title),
    width: 900,
    height: DEFAULT_HEIGHT,
    cache_age: 86400,
  };
}

function collect(geoDir: string, siteUrl: string, caches: Caches, featurePictures: boolean): Assets {
  const data = loadCorridorData(geoDir);
  const basemap = { ...buildBasemap(), attribution: BASEMAP_ATTRIBUTION };
  // Fonts cut to the characters the labels and the interface use; a character no font has stops the build.
  const fonts = planSiteFonts(labelText(data, basemap), uiText(data, geoDir));
  const missing = Object.entries(fonts.missing).map(
    ([stack, cps]) =>
      `${stack}: ${cps.map((cp) => `${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase()}`).join(', ')}`,
  );
  if (missing.length > 0)
    throw new Error(`No font has these characters of the names or strings:\n${missing.join('\n')}`);
  const cjkCss = uiCjkCss(fonts.ui);
  const cjkCssPath = `fonts/cjk.${createHash('sha256').update(cjkCss).digest('hex').slice(0, 10)}.css`;
  const markEmbedPath = `assets/mark-embed.${createHash('sha256').update(MARK_EMBED_SCRIPT).digest('hex').slice(0, 10)}.js`;
  const files = new Map<string, () => string | Uint8Array | Promise<Uint8Array>>([
    // The page loads the index first; a panel's texts come with the panel.
    ['data/corridor.json', () => JSON.stringify(mapIndex(data))],
    ['data/basemap.json', () => JSON.stringify(basemap)],
    ['data/font-faces.json', () => JSON.stringify(fontFaces(fonts.map))],
    // Named by its content, like the font files it points at, so a long-cached copy never outlives them.
    [cjkCssPath, () => cjkCss],
    [markEmbedPath, () => MARK_EMBED_SCRIPT],
    ['oembed.json', () => JSON.stringify(oembed(siteUrl))],
    // The log of data updates as an Atom feed per language.
    ...feedFiles(data, siteUrl),
    // The data to take away: GeoJSON and CSV (downloads.ts).
    ...downloadFiles(data),
    // The licences of what the site ships travel with it.
    ['THIRD_PARTY.md', () => readFileSync(new URL('../THIRD_PARTY.md', import.meta.url), 'utf8')],
  ]);
  // The pictures, drawn with the site's own fonts, cut once for every picture and card.
  let fontsCut: Promise<CardFonts> | undefined;
  const drawingFonts = () => (fontsCut ??= cardFonts(cardCharacters(data, basemap), caches.cards));
  const picture = (path: string, svg: () => string) => {
    let rasters: Promise<Uint8Array[]> | undefined;
    const draw = () => (rasters ??= drawingFonts().then((f) => rasterisePicture(svg(), f, caches.pictures)));
    PICTURE_DENSITIES.forEach((d, i) => {
      files.set(pictureAt(path, d), async () => (await draw())[i]);
    });
  };
  // The home page's picture in each language and theme: its labels in the page's language.
  for (const lang of LANGUAGES)
    for (const [name, theme] of [
      ['light', LIGHT],
      ['dark', DARK],
    ] as const)
      picture(homePicturePath(lang, name), () =>
        renderPreviewSvg(data, basemap, { ...PREVIEW_SIZE, lang, theme }),
      );
  for (const f of [...fonts.map, ...fonts.ui]) files.set(`fonts/${f.name}`, () => subsetFile(f));
  for (const [id, details] of hubDetails(data))
    files.set(detailsPath('hub', id), () => JSON.stringify(details));
  for (const r of data.routes) files.set(detailsPath('route', r.id), () => JSON.stringify(routeDetails(r)));
  // The label faces an English map needs (those with Latin capitals): MapLibre asks for them only once the
  // map's worker has laid out the labels, a round trip after everything else.
  const latin = fonts.map.filter((f) => f.codePoints.includes(0x41)).map((f) => `fonts/${f.name}`);
  // Every page, checked before anything is written: a name too long or a summary too short stops the build here.
  const pages = sitePages(data);
  files.set('sitemap.xml', () => sitemapXml(pages, siteUrl));
  files.set('robots.txt', () => robotsTxt(siteUrl));
  for (const page of featurePictures ? pages : []) {
    if (!page.selection) continue;
    for (const [theme, file] of [
      [LIGHT, PICTURE_FILES.light],
      [DARK, PICTURE_FILES.dark],
    ] as const)
      picture(`${page.path.slice(1)}${file}`, () =>
        renderPreviewSvg(data, basemap, pictureOptions(data, page, { theme, title: page.imageAlt })),
      );
  }
  return {
    data,
    pages,
    basemap,
    spots: previewHubSpots(data, basemap, PREVIEW_SIZE),
    files,
    featurePictures,
    drawingFonts,
    cjkCssPath,
    markEmbedPath,
    preload: ['data/corridor.json', 'data/basemap.json', 'data/font-faces.json', ...latin],
  };
}

/**
 * A feature page's picture, drawn as the home page's is (PREVIEW_SIZE), at its own camera: the feature's
 * surroundings (featureFocus), the feature marked, its labels in the page's language.
 */
function pictureOptions(
  data: CorridorData,
  page: SitePage,
  options: Partial<PreviewOptions> = {},
): PreviewOptions {
  const { focus, mark } = featureFocus(data, page);
  const camera = focus
    ? fitCamera(PREVIEW_SIZE.width, PREVIEW_SIZE.height, focus.bounds, focus.maxZoom)
    : undefined;
  return { ...PREVIEW_SIZE, lang: page.lang, focus, mark, camera, ...options };
}

/**
 * What a feature page's static page needs of its picture: its files, the camera it shows and the hubs it draws.
 * Without pictures of its own (a build of synthetic data), the page shows its language's home picture.
 */
function featurePicture(assets: Assets, page: SitePage): FeaturePicture {
  if (!assets.featurePictures) {
    const home = (theme: 'light' | 'dark') => `${upTo(page.path)}${homePicturePath(page.lang, theme)}`;
    return { light: home('light'), dark: home('dark'), camera: null, spots: assets.spots };
  }
  const options = pictureOptions(assets.data, page);
  const camera = options.camera ?? fitCamera(PREVIEW_SIZE.width, PREVIEW_SIZE.height);
  return {
    light: `./${PICTURE_FILES.light}`,
    dark: `./${PICTURE_FILES.dark}`,
    camera: cameraOf(camera),
    spots: previewHubSpots(assets.data, assets.basemap, options),
  };
}

/** Where a feature page's picture looks, and what it marks: a point's surroundings, or a route's whole line. */
function featureFocus(data: CorridorData, page: SitePage): Pick<PreviewOptions, 'focus' | 'mark'> {
  const s = page.selection;
  const point =
    s?.type === 'hub'
      ? data.hubs.find((h) => h.properties.id === s.id)?.geometry.coordinates
      : s?.type === 'project'
        ? data.projects.find((p) => p.properties.id === s.id)?.geometry.coordinates
        : undefined;
  if (point) {
    const [x, y] = point;
    return {
      focus: {
        bounds: [
          [x - 2.4, y - 1.4],
          [x + 2.4, y + 1.4],
        ] as [[number, number], [number, number]],
        maxZoom: 7,
      },
      mark: { point: [x, y], project: s?.type === 'project' ? s.id : undefined },
    };
  }
  const line = s?.type === 'route' ? data.routes.find((r) => r.id === s.id)?.coordinates : undefined;
  if (!line?.length) return {};
  const xs = line.map((c) => c[0]);
  const ys = line.map((c) => c[1]);
  const [w, e, so, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [px, py] = [Math.max((e - w) * 0.15, 1), Math.max((n - so) * 0.15, 0.6)];
  return {
    focus: {
      bounds: [
        [w - px, so - py],
        [e + px, n + py],
      ] as [[number, number], [number, number]],
      maxZoom: 7,
    },
    mark: { line },
  };
}

/**
 * The HTML of every page but the English home page, made from the home page's built HTML (`html`): the same
 * scripts, styles and preloads, its addresses made relative to the page's folder, with the page's own
 * language, head tags and content. The page says on `<html>` where it is (`data-page`) and the way back to the
 * site's root (`data-root`): the app reads both (src/data/site-root.ts, src/state/url-controller.ts).
 */
export function otherPages(html: string, assets: Assets, siteUrl: string): Map<string, string> {
  const span = (doc: string, start: string, end: string) => {
    const a = doc.indexOf(start);
    const b = doc.indexOf(end);
    if (a < 0 || b < a) throw new Error(`The built index.html lacks ${start} ... ${end}`);
    return [a, b + end.length];
  };
  const fetches = startFetchesTemplate(assets.preload);
  if (!html.includes(fetches))
    throw new Error(`The built index.html lacks <template id="${START_FETCHES_ID}">`);
  const out = new Map<string, string>();
  const index = indexData(mapIndex(assets.data));
  for (const page of assets.pages) {
    if (page.lang === 'en' && !page.selection) continue;
    const up = upTo(page.path);
    // A feature's page fetches its panel's texts with the data, not once the panel asks for them.
    const shown = page.selection && index.detailsOf(page.selection);
    const details = shown && detailsPath(shown.type, shown.id);
    const built = details
      ? html.replace(fetches, () => startFetchesTemplate([...assets.preload, details]))
      : html;
    const [h0, h1] = span(built, HEAD_START, HEAD_END);
    const [b0, b1] = span(built, BODY_START, BODY_END);
    const template = `${built.slice(0, h0)}\u0000HEAD\u0000${built.slice(h1, b0)}\u0000BODY\u0000${built.slice(b1)}`;
    const body = page.selection
      ? featurePageHtml(assets.data, page, featurePicture(assets, page))
      : relative(staticPageHtml(assets.data, assets.spots, page.lang), up);
    const doc = relative(template, up)
      .replace(/<html lang="en">/, `<html lang="${page.lang}" data-page="${page.path}" data-root="${up}">`)
      .replace(
        '\u0000HEAD\u0000',
        () => `${HEAD_START}\n${pageHead(page, siteUrl, assets.data)}    ${HEAD_END}`,
      )
      .replace('\u0000BODY\u0000', () => `${BODY_START}\n${body}\n${BODY_END}`);
    out.set(`${page.path.slice(1)}index.html`, doc);
  }
  return out;
}

/** HTML whose `./` addresses (each of a `srcset`'s too) are made relative to a page `up` folders below the root. */
function relative(html: string, up: string): string {
  return html
    .replace(/(\s(?:href|src)=")\.\//g, `$1${up}`)
    .replace(
      /(\ssrcset=")([^"]*)/g,
      (_, attribute: string, list: string) => `${attribute}${list.replace(/(^|,\s*)\.\//g, `$1${up}`)}`,
    );
}

/**
 * `<link rel="preload">` for each file (`as="fetch"` with CORS, as the page's and MapLibre's fetch() ask), in the
 * inert template the page's first script starts them from (src/data/start-fetches.ts).
 */
export function startFetchesTemplate(paths: string[]): string {
  const links = paths
    .map((p) => `      <link rel="preload" href="./${p}" as="fetch" crossorigin="anonymous" />\n`)
    .join('');
  return `    <template id="${START_FETCHES_ID}">\n${links}    </template>\n`;
}

/**
 * Validates `geo/` and derives the site's data, basemap and fonts: served by the dev server, emitted by
 * the build. Bad data stops the build with every problem listed, and removes `dist/` so that no
 * half-built or stale site is left to deploy.
 */
export function corridorData(options: {
  geoDir: string;
  siteUrl: string;
  /** Whether the site's address was set (`CORRIDOR_SITE_URL`), not a stand-in; the page then shares it. */
  siteUrlSet?: boolean;
  /**
   * Whether to draw each feature page's own images, its preview card (tools/cards/) and its picture; true
   * unless the build says otherwise (then a feature page shows its language's home picture).
   */
  cards?: boolean;
}): Plugin {
  let outDir = 'dist';
  let caches: Caches = { cards: '.cache/cards', pictures: '.cache/pictures' };
  let assets: Assets | undefined;
  const collectAll = () => collect(options.geoDir, options.siteUrl, caches, options.cards !== false);
  return {
    name: 'corridor-data',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      caches = {
        cards: resolve(config.root, '.cache/cards'),
        pictures: resolve(config.root, '.cache/pictures'),
      };
    },
    async buildStart() {
      try {
        assets = collectAll();
        // The preview card of every page (tools/cards/): laid out now, so a name that cannot fit stops the
        // build before anything is written; drawn as they are emitted, or taken from .cache/cards/.
        if (options.cards !== false) {
          const started = Date.now();
          for (const [fileName, make] of await planCards(
            assets.data,
            assets.basemap,
            caches.cards,
            await assets.drawingFonts(),
          ))
            assets.files.set(fileName, make);
          this.info(`preview cards planned in ${Date.now() - started} ms`);
        }
      } catch (e) {
        rmSync(outDir, { recursive: true, force: true });
        throw e;
      }
      this.addWatchFile(options.geoDir);
    },
    transformIndexHtml(html) {
      assets ??= collectAll();
      const home = assets.pages.find((p) => p.lang === 'en' && !p.selection) as SitePage;
      const head = / *<title>[^<]*<\/title>\n *<meta\s+name="description"\s+content="[^"]*"\s*\/>\n/;
      if (!head.test(html) || !html.includes(STATIC_MARK))
        throw new Error('index.html lacks its <title>, <meta name="description"> or the static page mark');
      const { data, spots } = assets;
      // The site's public address, for the links a reader copies or shares (src/state/pages.ts).
      const siteMeta = options.siteUrlSet
        ? `    <meta name="${SITE_URL_META}" content="${escapeHtml(options.siteUrl)}" />\n`
        : '';
      return html
        .replace(head, () => `    ${HEAD_START}\n${pageHead(home, options.siteUrl, data)}    ${HEAD_END}\n`)
        .replace(STATIC_MARK, () => `${BODY_START}\n${staticPageHtml(data, spots)}\n${BODY_END}`)
        .replace(
          '</head>',
          `${startFetchesTemplate(assets.preload)}    <link rel="stylesheet" href="./${assets.cjkCssPath}" />\n    <script src="./${assets.markEmbedPath}"></script>\n${siteMeta}  </head>`,
        );
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const started = Date.now();
        try {
          // Made a few at a time: the pictures and cards are drawn and encoded off the main thread.
          const made = await mapConcurrently(
            [...(assets?.files ?? [])],
            DRAWING_CONCURRENCY,
            async ([f, make]) => ({
              fileName: f,
              source: await make(),
            }),
          );
          for (const file of made) this.emitFile({ type: 'asset', ...file });
          // The other pages, from the home page as built (its scripts and styles named by their hashes).
          const index = bundle['index.html'];
          if (assets && index?.type === 'asset') {
            for (const [fileName, source] of otherPages(String(index.source), assets, options.siteUrl))
              this.emitFile({ type: 'asset', fileName, source });
          }
          this.info(`site files written in ${Date.now() - started} ms`);
        } catch (e) {
          rmSync(outDir, { recursive: true, force: true });
          throw e;
        }
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\//, '');
        assets ??= collectAll();
        const make = assets.files.get(path);
        if (!make) return next();
        const type = path.endsWith('.xml')
          ? 'application/atom+xml'
          : path.endsWith('.png')
            ? 'image/png'
            : path.endsWith('.json')
              ? 'application/json'
              : path.endsWith('.webp')
                ? 'image/webp'
                : path.endsWith('.svg')
                  ? 'image/svg+xml'
                  : path.endsWith('.css')
                    ? 'text/css'
                    : path.endsWith('.csv')
                      ? 'text/csv; charset=utf-8'
                      : path.endsWith('.geojson')
                        ? 'application/geo+json'
                        : path.endsWith('.md')
                          ? 'text/markdown; charset=utf-8'
                          : 'font/woff2';
        res.setHeader('Content-Type', type);
        Promise.resolve(make()).then((body) => res.end(body), next);
      });
      server.watcher.add(options.geoDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(options.geoDir)) assets = undefined;
      });
    },
  };
}
