import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mapIndex } from '../src/data/split.ts';
import type { CorridorData } from '../src/data/types.ts';
import { COUNTRIES } from '../src/data/types.ts';
import { formatDate, LANGUAGE_NAMES } from '../src/i18n/strings.ts';
import { mapFeatures } from '../src/style/features.ts';
import { fontCodePoints } from './font-tables.ts';

/**
 * The site's fonts, cut at build time to the characters it draws. The sources are the @fontsource woff2
 * files of Noto Sans and Noto Sans SC (OFL): each emitted file is one source file subset (harfbuzz, through
 * `subset-font`) to the code points the site needs from it, and its `unicode-range` lists exactly those code
 * points, so a browser or MapLibre fetches a file only when a character on screen is in it.
 */

/** One @fontsource woff2 file: a unicode-range chunk of Noto Sans or Noto Sans SC in one weight. */
export interface FontSource {
  /** Absolute path of the woff2 file in node_modules. */
  path: string;
  /** Its file name in the @fontsource package, e.g. `noto-sans-latin-400-normal.woff2`. */
  name: string;
  weight: 400 | 700;
}

/** One font file the site serves: a source file cut down to some of its code points. */
export interface FontFile {
  /** MapLibre font stack name (`Noto Sans Regular`) for map labels, or the UI's CSS family. */
  stack: string;
  /** What the face is for: `map` labels, the `switch` (language names) or the rest of the `ui`. */
  group: FontGroup;
  weight: 400 | 700;
  /** The @fontsource file it is cut from. */
  source: FontSource;
  /**
   * File name under `fonts/` in the built site: the source's name and a hash of what is in it (the same
   * cut of the same source is one file, and a changed cut never meets a stale cached copy).
   */
  name: string;
  /** The code points in the file, ascending: exactly those its `unicodeRange` lists. */
  codePoints: number[];
  /** CSS unicode-range items, e.g. `U+41-5A`, `U+4E2D`. */
  unicodeRange: string[];
}

export type FontGroup = 'map' | 'switch' | 'ui';

const require = createRequire(import.meta.url);

/** The scripts the map writes in: Latin and Cyrillic (Kazakh letters are in cyrillic-ext)... */
const NOTO_SANS_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
/** ...and Chinese, which Noto Sans SC splits into numbered chunks (its Latin and Cyrillic are not needed). */
const NOTO_SANS_SC_SUBSETS = ['\\d+'];

/** MapLibre's font stacks for labels and their weights. */
export const MAP_STACKS = { 'Noto Sans Regular': 400, 'Noto Sans Bold': 700 } as const;

/** The page's own family for Chinese, used only where the reader's system has no Chinese font. */
export const UI_CJK_FAMILY = 'Corridor Noto Sans SC';

/** The weights of the UI's Chinese family (600 in the page's styles draws with 700). */
const UI_WEIGHTS = [400, 700] as const;

/** The characters the UI's Chinese family is for; Latin, Cyrillic and their punctuation are the system's. */
const UI_CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function sources(pkg: string, weight: 400 | 700, subsets: string[]): FontSource[] {
  const cssPath = require.resolve(`${pkg}/${weight}.css`);
  const css = readFileSync(cssPath, 'utf8');
  const out: FontSource[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    if (!file || !subsets.some((s) => new RegExp(`^${pkg.split('/')[1]}-${s}-\\d+-normal`).test(file)))
      continue;
    out.push({ path: join(dirname(cssPath), 'files', file), name: file, weight });
  }
  // In the order of `subsets` (the CSS lists Cyrillic first): a space or a digit goes to the Latin file.
  const rank = (f: FontSource) => subsets.findIndex((s) => new RegExp(`-${s}-\\d+-normal`).test(f.name));
  return out.sort((a, b) => rank(a) - rank(b));
}

/** Noto Sans (Latin, Cyrillic) then Noto Sans SC (Chinese) in one weight: a character goes to the first that has it. */
export function notoSources(weight: 400 | 700): FontSource[] {
  return [
    ...sources('@fontsource/noto-sans', weight, NOTO_SANS_SUBSETS),
    ...sources('@fontsource/noto-sans-sc', weight, NOTO_SANS_SC_SUBSETS),
  ];
}

/** Noto Sans SC alone, for the UI's Chinese family. */
export function notoScSources(weight: 400 | 700): FontSource[] {
  return sources('@fontsource/noto-sans-sc', weight, NOTO_SANS_SC_SUBSETS);
}

/**
 * What each source file has a glyph for, by path: every source of the label stacks (which include the
 * UI's Noto Sans SC chunks), read once when this module loads. Reading is asynchronous (fontverter,
 * harfbuzz); planning the faces, which uses it, is not.
 */
const COVERAGE = new Map<string, Set<number>>();
for (const { path } of [...notoSources(400), ...notoSources(700)]) {
  if (!COVERAGE.has(path)) COVERAGE.set(path, new Set(await fontCodePoints(readFileSync(path))));
}

/** The code points a source file has a glyph for. */
function sourceCodePoints(source: FontSource): Set<number> {
  const cps = COVERAGE.get(source.path);
  if (!cps) throw new Error(`${source.name} is not among the font sources read at start`);
  return cps;
}

/** `[0x41, 0x42, 0x43, 0x4e2d]` -> `['U+41-43', 'U+4E2D']`. */
export function unicodeRange(codePoints: number[]): string[] {
  const hex = (n: number) => n.toString(16).toUpperCase();
  const out: string[] = [];
  for (let i = 0; i < codePoints.length; ) {
    let j = i;
    while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j] + 1) j++;
    out.push(i === j ? `U+${hex(codePoints[i])}` : `U+${hex(codePoints[i])}-${hex(codePoints[j])}`);
    i = j + 1;
  }
  return out;
}

/** The distinct code points of a text, ascending, without controls and line breaks (nothing draws them). */
export function codePointsOf(text: string): number[] {
  const cps = new Set<number>();
  for (const ch of text) if (!/[\p{Cc}\p{Zl}\p{Zp}]/u.test(ch)) cps.add(ch.codePointAt(0) as number);
  return [...cps].sort((a, b) => a - b);
}

/** Options for harfbuzz: the licence's name entries stay in every file (OFL), and no unused layout glyphs. */
const SUBSET_OPTIONS = {
  targetFormat: 'woff2',
  // Copyright, family, style, unique id, full name, version, PostScript name, licence, licence URL.
  preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
  // Glyphs reachable only through substitutions (vertical forms, other locales) are not drawn here.
  noLayoutClosure: true,
} as const;

/**
 * Splits `wanted` code points over `from` in order: each goes to the first source that has a glyph for it.
 * Returns one face per source that gets any, and the code points none has.
 */
export function planFaces(
  from: FontSource[],
  wanted: number[],
  face: { stack: string; group: FontGroup },
): { files: FontFile[]; missing: number[] } {
  let left = wanted;
  const files: FontFile[] = [];
  for (const source of from) {
    const has = sourceCodePoints(source);
    const mine = left.filter((cp) => has.has(cp));
    if (mine.length === 0) continue;
    left = left.filter((cp) => !has.has(cp));
    const hash = createHash('sha256')
      .update(readFileSync(source.path))
      .update(JSON.stringify([mine, SUBSET_OPTIONS]))
      .digest('hex')
      .slice(0, 10);
    files.push({
      ...face,
      weight: source.weight,
      source,
      name: `${source.name.replace(/\.woff2$/, '')}.${hash}.woff2`,
      codePoints: mine,
      unicodeRange: unicodeRange(mine),
    });
  }
  return { files, missing: left };
}

type SubsetFont = (font: Uint8Array, text: string, options: typeof SUBSET_OPTIONS) => Promise<Uint8Array>;

/** The bytes of a face: its source cut down to its code points. */
export async function subsetFile(file: FontFile): Promise<Uint8Array> {
  const subsetFont = require('subset-font') as SubsetFont;
  const text = String.fromCodePoint(...file.codePoints);
  return subsetFont(readFileSync(file.source.path), text, SUBSET_OPTIONS);
}

/** Every text the map may draw as a label, in every language. */
export function labelText(data: CorridorData, basemap: GeoJSON.FeatureCollection): string {
  // What the map's labels draw, from the features it draws them from: the names, the pairs of hubs at one
  // place ("Khorgos / Horgos", in Chinese joined by a full-width solidus) and the hubs' counts.
  const { hubs, places } = mapFeatures(mapIndex(data));
  const names = [...hubs.features, ...places.features].flatMap((f) =>
    Object.entries(f.properties ?? {})
      .filter(([k]) => k.startsWith('name_') || k.startsWith('pair_'))
      .map(([, v]) => String(v)),
  );
  const countries = basemap.features.flatMap((f) =>
    Object.entries(f.properties ?? {})
      .filter(([k]) => k.startsWith('name_'))
      .map(([, v]) => String(v)),
  );
  // Country labels are drawn upper-case; the hubs' count badges (hubCountLayer) draw numbers.
  return [...names, ...countries.map((c) => `${c}${c.toUpperCase()}`), '0123456789'].join('');
}

/** The files of a folder and its subfolders whose names match `ext`, as text, in a stable order. */
function textFiles(dir: URL, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
}

/**
 * The characters the page's interface may show (each once), taken from everything that goes into the built
 * site rather than from a list kept by hand: all of the page's source (`src/`, so strings outside
 * `src/i18n/` such as the time control's or the embed's count too), `index.html`, `public/`, every text
 * file under the data folder (stories, updates, and any translation catalogue added there, merged or not),
 * the derived data as the build has it, and what `Intl` writes (dates, country names). Collecting too
 * much costs a few code points in a file only a Chinese page fetches; collecting too little draws boxes.
 * `tests/e2e/cjk-fonts.test.ts` checks the result against the built site itself.
 */
export function uiText(data: CorridorData, geoDir?: string): string {
  const root = new URL('../', import.meta.url);
  const sources = [
    ...textFiles(new URL('src/', root), /\.(ts|css|html|json)$/),
    ...textFiles(new URL('public/', root), /\.(js|html|svg|json)$/),
    readFileSync(new URL('index.html', root), 'utf8'),
    ...textFiles(
      geoDir ? pathToFileURL(`${geoDir.replace(/\/$/, '')}/`) : new URL('geo/', root),
      /\.(json|geojson)$/,
    ),
  ];
  const dates = Array.from({ length: 12 }, (_, m) => {
    const month = `2025-${String(m + 1).padStart(2, '0')}`;
    return `${formatDate('zh', month)}${formatDate('zh', `${month}-28`)}`;
  });
  const regions = new Intl.DisplayNames(['zh'], { type: 'region' });
  const countries = COUNTRIES.map((c) => regions.of(c) ?? '');
  // Each character once: at 1000x data the texts run to hundreds of megabytes, too many to spread.
  const seen = new Set<string>();
  for (const text of [...sources, JSON.stringify(data), ...dates, ...countries])
    for (const ch of text) seen.add(ch);
  return [...seen].join('');
}

/** The characters `uiCjkCss` gives the page's Chinese family: Han, CJK punctuation, full-width forms. */
export function uiCjkCodePoints(text: string): number[] {
  return codePointsOf([...text].filter((ch) => UI_CJK.test(ch)).join(''));
}

/** The code points a CSS `unicode-range` value lists (`U+4E2D, U+4E0A-4E0B`). */
export function parseUnicodeRange(range: string): number[] {
  const out: number[] = [];
  for (const item of range.split(',')) {
    const m = /U\+([0-9A-F]+)(?:-([0-9A-F]+))?/i.exec(item.trim());
    if (!m) continue;
    const from = Number.parseInt(m[1], 16);
    const to = m[2] ? Number.parseInt(m[2], 16) : from;
    for (let cp = from; cp <= to; cp++) out.push(cp);
  }
  return out;
}

/** The fonts of the site: the map's label faces, the UI's Chinese faces, and characters nothing draws. */
export interface SiteFonts {
  map: FontFile[];
  ui: FontFile[];
  /** Label characters no font has, by stack. */
  missing: Record<string, number[]>;
}

/**
 * Plans every font file: for each label stack, its faces for the label text; for the UI's Chinese family
 * in each weight, first the Chinese characters of the language switch's names (so a page in another
 * language fetches just those), then every other Chinese character of the interface and the data.
 */
export function planSiteFonts(labels: string, ui: string): SiteFonts {
  const missing: Record<string, number[]> = {};
  const map = Object.entries(MAP_STACKS).flatMap(([stack, weight]) => {
    const planned = planFaces(notoSources(weight), codePointsOf(labels), { stack, group: 'map' });
    if (planned.missing.length > 0) missing[stack] = planned.missing;
    return planned.files;
  });
  const cjk = uiCjkCodePoints;
  const switchChars = cjk(Object.values(LANGUAGE_NAMES).join(''));
  const rest = cjk(ui).filter((cp) => !switchChars.includes(cp));
  const stack = UI_CJK_FAMILY;
  const uiFiles = UI_WEIGHTS.flatMap((weight) => {
    const scs = notoScSources(weight);
    const language = planFaces(scs, switchChars, { stack, group: 'switch' });
    const others = planFaces(scs, rest, { stack, group: 'ui' });
    const none = [...language.missing, ...others.missing];
    if (none.length > 0) missing[stack] = [...new Set([...(missing[stack] ?? []), ...none])];
    return [...language.files, ...others.files];
  });
  return { map, ui: uiFiles, missing };
}

/** The style's `font-faces` map, with URLs relative to the site root (the page makes them absolute). */
export function fontFaces(files: FontFile[]): Record<string, { url: string; 'unicode-range': string[] }[]> {
  const map: Record<string, { url: string; 'unicode-range': string[] }[]> = {};
  for (const f of files) {
    map[f.stack] ??= [];
    map[f.stack].push({ url: `fonts/${f.name}`, 'unicode-range': f.unicodeRange });
  }
  return map;
}

/**
 * A stylesheet that lets the page's text (panels, lists, the language switch) draw Chinese where the
 * reader's system has no Chinese font; the browser fetches a file only when a character in its range is
 * on screen.
 */
export function uiCjkCss(files: FontFile[]): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:'${f.stack}';font-style:normal;font-display:swap;` +
        `font-weight:${f.weight};src:url(./${f.name}) format('woff2');` +
        `unicode-range:${f.unicodeRange.join(',')}}`,
    )
    .join('\n');
}
