import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One font file the site serves, with the characters it covers. */
export interface FontFile {
  /** MapLibre font stack name, e.g. `Noto Sans Regular`. */
  stack: string;
  /** Absolute path of the woff2 file in node_modules. */
  path: string;
  /** File name under `fonts/` in the built site. */
  name: string;
  /** CSS unicode-range items, e.g. `U+0400-045F`. */
  unicodeRange: string[];
}

const require = createRequire(import.meta.url);

/** The scripts the map writes in: Latin and Cyrillic (Kazakh letters are in cyrillic-ext)... */
const NOTO_SANS_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
/** ...and Chinese, which Noto Sans SC splits into numbered chunks (its Latin and Cyrillic are not needed). */
const NOTO_SANS_SC_SUBSETS = ['\\d+'];

function faces(pkg: string, cssFile: string, stack: string, subsets: string[]): FontFile[] {
  const cssPath = require.resolve(`${pkg}/${cssFile}`);
  const css = readFileSync(cssPath, 'utf8');
  const out: FontFile[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (
      !file ||
      !range ||
      !subsets.some((s) => new RegExp(`^${pkg.split('/')[1]}-${s}-\\d+-normal`).test(file))
    )
      continue;
    out.push({
      stack,
      path: join(dirname(cssPath), 'files', file),
      name: file,
      unicodeRange: range.split(',').map((r) => r.trim()),
    });
  }
  return out;
}

/** Every font file the site serves: Noto Sans (OFL) regular and bold, and Noto Sans SC (OFL) for Chinese. */
export function fontFiles(): FontFile[] {
  return [
    ...faces('@fontsource/noto-sans', '400.css', 'Noto Sans Regular', NOTO_SANS_SUBSETS),
    ...faces('@fontsource/noto-sans-sc', '400.css', 'Noto Sans Regular', NOTO_SANS_SC_SUBSETS),
    ...faces('@fontsource/noto-sans', '700.css', 'Noto Sans Bold', NOTO_SANS_SUBSETS),
    ...faces('@fontsource/noto-sans-sc', '700.css', 'Noto Sans Bold', NOTO_SANS_SC_SUBSETS),
  ];
}

/** Parses `U+4E00-4E0F` or `U+4E00` into [first, last] code points. */
function parseRange(r: string): [number, number] {
  const [a, b] = r.replace(/^U\+/i, '').split('-');
  return [Number.parseInt(a, 16), Number.parseInt(b ?? a, 16)];
}

const hex = (n: number) => `U+${n.toString(16).toUpperCase()}`;

/**
 * Keeps only the font files that draw a character of `text`. Chinese comes in a hundred chunks with long
 * range lists; the map only ever draws its own labels, so each kept chunk lists just the characters used.
 */
export function fontsFor(files: FontFile[], text: string): FontFile[] {
  const used = [...new Set([...text].map((ch) => ch.codePointAt(0) as number))].sort((a, b) => a - b);
  // A character an earlier file of the same stack draws (Noto Sans before Noto Sans SC) is not asked of a
  // later one, so English labels never fetch a Chinese file for a dash or a quote.
  const drawn = new Map<string, Set<number>>();
  const out: FontFile[] = [];
  for (const f of files) {
    const done = drawn.get(f.stack) ?? new Set<number>();
    drawn.set(f.stack, done);
    const ranges = f.unicodeRange.map(parseRange);
    const inRange = used.filter((cp) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
    const covered = inRange.filter((cp) => !done.has(cp));
    for (const cp of inRange) done.add(cp);
    if (covered.length === 0) continue;
    const small = ranges.length <= 12;
    out.push(small ? f : { ...f, unicodeRange: covered.map(hex) });
  }
  return out;
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

/** The page's own family for Chinese, used only where the reader's system has no Chinese font. */
export const UI_CJK_FAMILY = 'Corridor Noto Sans SC';

/**
 * A stylesheet that lets the page's text (panels, lists) draw Chinese with the same Noto Sans SC files the
 * map uses, cut down to the characters that text can contain; the browser fetches a file only when a
 * character in its range is on screen.
 */
export function uiCjkCss(files: FontFile[]): string {
  return files
    .filter((f) => f.name.startsWith('noto-sans-sc-'))
    .map(
      (f) =>
        `@font-face{font-family:'${UI_CJK_FAMILY}';font-style:normal;font-display:swap;` +
        `font-weight:${f.stack.endsWith('Bold') ? 700 : 400};src:url(./${f.name}) format('woff2');` +
        `unicode-range:${f.unicodeRange.join(',')}}`,
    )
    .join('\n');
}
