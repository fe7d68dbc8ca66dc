import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One font file the site serves, with the characters it covers. */
export interface FontFile {
  /** MapLibre font stack name, e.g. `Noto Sans Regular`. */
  stack: string;
  /** CSS family and weight, for the page's own text. */
  family: string;
  weight: number;
  /** Absolute path of the woff2 file in node_modules. */
  path: string;
  /** File name under `fonts/` in the built site. */
  name: string;
  /** CSS unicode-range items, e.g. `U+0400-045F`. */
  unicodeRange: string[];
}

const require = createRequire(import.meta.url);

/** The scripts the map writes in: Latin and Cyrillic (Kazakh letters are in cyrillic-ext) and Chinese. */
const NOTO_SANS_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];

function faces(pkg: string, cssFile: string, stack: string, subsets?: string[]): FontFile[] {
  const cssPath = require.resolve(`${pkg}/${cssFile}`);
  const css = readFileSync(cssPath, 'utf8');
  const out: FontFile[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1]);
    if (!file || !range || !family) continue;
    if (subsets && !subsets.some((s) => file.includes(`-${s}-${weight}-`))) continue;
    out.push({
      stack,
      family,
      weight,
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
    ...faces('@fontsource/noto-sans-sc', '400.css', 'Noto Sans Regular'),
    ...faces('@fontsource/noto-sans', '700.css', 'Noto Sans Bold', NOTO_SANS_SUBSETS),
    ...faces('@fontsource/noto-sans-sc', '700.css', 'Noto Sans Bold'),
  ];
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

/** A stylesheet declaring the same files for the page's own text, so map and panels share downloads. */
export function fontCss(files: FontFile[]): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:normal;font-display:swap;font-weight:${f.weight};` +
        `src:url(./${f.name}) format('woff2');unicode-range:${f.unicodeRange.join(',')}}`,
    )
    .join('\n');
}
