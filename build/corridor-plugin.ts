import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_VIEW } from '../src/app/url-state.ts';
import type { CorridorData } from '../src/data/types.ts';
import { DEFAULT_HEIGHT, embedCode } from '../src/embed/embed-code.ts';
import { ZH } from '../src/i18n/zh.ts';
import { DARK, LIGHT } from '../src/map/theme.ts';
import { BASEMAP_ATTRIBUTION, buildBasemap } from './basemap.ts';
import { loadCorridorData } from './data.ts';
import { projectsCsv, projectsGeoJson } from './downloads.ts';
import { type FontFile, fontFaces, fontFiles, fontsFor, uiCjkCss } from './fonts.ts';
import { PREVIEW_TITLE, renderPreviewSvg } from './preview.ts';
import { staticPageHtml } from './static-page.ts';

/** The size the first-paint picture is drawn at: the desktop map's. */
const PREVIEW_SIZE = { width: 1280, height: 720 };

/** Where index.html takes the static page made at build time. */
const STATIC_MARK = '<!-- static-page -->';

/** What the plugin serves and emits, by path in the site. */
interface Assets {
  data: CorridorData;
  files: Map<string, () => string | Uint8Array>;
}

/** Every text the map may draw as a label, in every language. */
function labelText(data: CorridorData, basemap: GeoJSON.FeatureCollection): string {
  const names = [...data.hubs, ...data.places].flatMap((f) => Object.values(f.properties.name));
  const countries = basemap.features.flatMap((f) =>
    Object.entries(f.properties ?? {})
      .filter(([k]) => k.startsWith('name_'))
      .map(([, v]) => String(v)),
  );
  // Country labels are drawn upper-case.
  return [...names, ...countries.map((c) => `${c}${c.toUpperCase()}`)].join('');
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

function collect(geoDir: string, siteUrl: string): Assets {
  const data = loadCorridorData(geoDir);
  const basemap = { ...buildBasemap(), attribution: BASEMAP_ATTRIBUTION };
  const all = fontFiles();
  const fonts: FontFile[] = fontsFor(all, labelText(data, basemap));
  // Chinese interface text (the translation and every name), and only its Chinese characters: Latin and
  // Cyrillic punctuation must not pull Chinese font files into pages in other languages.
  const cjk = `${JSON.stringify(ZH)}${labelText(data, basemap)}`.replace(
    /[^\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/gu,
    '',
  );
  const uiFonts = fontsFor(all, cjk);
  const files = new Map<string, () => string | Uint8Array>([
    ['data/corridor.json', () => JSON.stringify(data)],
    ['data/basemap.json', () => JSON.stringify(basemap)],
    ['data/font-faces.json', () => JSON.stringify(fontFaces(fonts))],
    ['fonts/cjk.css', () => uiCjkCss(uiFonts)],
    ['oembed.json', () => JSON.stringify(oembed(siteUrl))],
    ['data/projects.csv', () => projectsCsv(data)],
    ['data/projects.geojson', () => projectsGeoJson(data)],
    // The licences of what the site ships travel with it.
    ['THIRD_PARTY.md', () => readFileSync(new URL('../THIRD_PARTY.md', import.meta.url), 'utf8')],
    ['preview-light.svg', () => renderPreviewSvg(data, basemap, { ...PREVIEW_SIZE, theme: LIGHT })],
    ['preview-dark.svg', () => renderPreviewSvg(data, basemap, { ...PREVIEW_SIZE, theme: DARK })],
  ]);
  for (const f of [...fonts, ...uiFonts]) files.set(`fonts/${f.name}`, () => readFileSync(f.path));
  return { data, files };
}

/**
 * Validates `geo/` and derives the site's data, basemap and fonts: served by the dev server, emitted by
 * the build. Bad data stops the build with every problem listed, and removes `dist/` so that no
 * half-built or stale site is left to deploy.
 */
export function corridorData(options: { geoDir: string; siteUrl: string }): Plugin {
  let outDir = 'dist';
  let assets: Assets | undefined;
  return {
    name: 'corridor-data',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      try {
        assets = collect(options.geoDir, options.siteUrl);
      } catch (e) {
        rmSync(outDir, { recursive: true, force: true });
        throw e;
      }
      this.addWatchFile(options.geoDir);
    },
    transformIndexHtml(html) {
      assets ??= collect(options.geoDir, options.siteUrl);
      return html
        .replace(STATIC_MARK, staticPageHtml(assets.data, PREVIEW_TITLE))
        .replace('</head>', '    <link rel="stylesheet" href="./fonts/cjk.css" />\n  </head>');
    },
    generateBundle() {
      for (const [fileName, make] of assets?.files ?? []) {
        this.emitFile({ type: 'asset', fileName, source: make() });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\//, '');
        assets ??= collect(options.geoDir, options.siteUrl);
        const make = assets.files.get(path);
        if (!make) return next();
        const type = path.endsWith('.json')
          ? 'application/json'
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
        res.end(make());
      });
      server.watcher.add(options.geoDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(options.geoDir)) assets = undefined;
      });
    },
  };
}
