import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapIndex } from '../../src/data/split.ts';
import { LANGUAGE_NAMES } from '../../src/i18n/strings.ts';
import { mapFeatures } from '../../src/style/features.ts';
import { BASEMAP_ATTRIBUTION, buildBasemap } from '../../tools/basemap.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { fontCodePoints, fontFace } from '../../tools/font-tables.ts';
import {
  codePointsOf,
  type FontFile,
  fontFaces,
  labelText,
  planSiteFonts,
  type SiteFonts,
  subsetFile,
  UI_CJK_FAMILY,
  uiCjkCodePoints,
  uiCjkCss,
  uiText,
  unicodeRange,
} from '../../tools/fonts.ts';

/**
 * The fonts the build emits are cut to the characters the site draws: each file holds exactly the code
 * points its unicode-range claims (read back from the emitted file's cmap with harfbuzz), every character
 * of every label and interface string is in some face, and the language switch's Chinese has faces of
 * its own.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** `U+41-43` -> 0x41, 0x42, 0x43. */
function expand(range: string[]): number[] {
  return range.flatMap((r) => {
    const [a, b] = r.replace(/^U\+/i, '').split('-');
    const lo = Number.parseInt(a, 16);
    const hi = Number.parseInt(b ?? a, 16);
    return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  });
}

const chinese = (text: string) => codePointsOf([...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join(''));

let englishLabels: string;
let labels: string;
/** The labels of the pairs of hubs at one place, as the map's features carry them. */
let pairLabels: string[];
let ui: string;
let fonts: SiteFonts;
const bytes = new Map<string, Uint8Array>();

beforeAll(async () => {
  const data = loadCorridorData(join(ROOT, 'geo'));
  const basemap = { ...buildBasemap(), attribution: BASEMAP_ATTRIBUTION };
  labels = labelText(data, basemap);
  pairLabels = mapFeatures(mapIndex(data)).hubs.features.flatMap((f) =>
    Object.entries(f.properties ?? {})
      .filter(([k]) => k.startsWith('pair_'))
      .map(([, v]) => String(v)),
  );
  const countries = basemap.features.map((f) => String(f.properties?.name_en ?? ''));
  englishLabels = [
    ...[...data.hubs, ...data.places].map((f) => f.properties.name.en),
    ...countries.map((c) => `${c}${c.toUpperCase()}`),
  ].join('');
  ui = uiText(data);
  fonts = planSiteFonts(labels, ui);
  for (const f of [...fonts.map, ...fonts.ui]) if (!bytes.has(f.name)) bytes.set(f.name, await subsetFile(f));
}, 120_000);

describe('the emitted font files', () => {
  it('hold exactly the code points their unicode-range claims', async () => {
    const wrong: string[] = [];
    for (const f of [...fonts.map, ...fonts.ui]) {
      const inFile = await fontCodePoints(bytes.get(f.name) as Uint8Array);
      const claimed = expand(f.unicodeRange);
      if (JSON.stringify(inFile) !== JSON.stringify(claimed)) {
        wrong.push(`${f.name}: file has ${unicodeRange(inFile)}, range says ${f.unicodeRange}`);
      }
      expect(claimed).toEqual(f.codePoints);
    }
    expect(wrong).toEqual([]);
  });

  it('are real woff2 files of the family they are cut from, with the licence in their name table', async () => {
    for (const f of [fonts.map[0], fonts.ui[0]]) {
      const face = await fontFace(bytes.get(f.name) as Uint8Array);
      expect(
        Buffer.from(bytes.get(f.name) as Uint8Array)
          .subarray(0, 4)
          .toString(),
      ).toBe('wOF2');
      const names = new Map(face.listNames().map((n) => [n.nameId, face.getName(n.nameId, n.language)]));
      expect(names.get(1)).toMatch(f.source.name.startsWith('noto-sans-sc') ? /^Noto Sans SC/ : /^Noto Sans/);
      expect(names.get(0)).toMatch(/Adobe|Noto Project Authors/);
      expect(names.get(14)).toMatch(/scripts\.sil\.org\/OFL|openfontlicense\.org/);
      // A Modified Version must not carry Noto Sans SC's Reserved Font Name ("Source") in its names.
      expect([1, 3, 4, 6, 16].map((id) => names.get(id) ?? '').join(' ')).not.toMatch(/Source/);
    }
  });

  it('are named after their source file and what is in them', () => {
    for (const f of [...fonts.map, ...fonts.ui]) {
      expect(f.name).toBe(f.source.name.replace(/\.woff2$/, `.${f.name.split('.')[1]}.woff2`));
      expect(f.name).toMatch(/^noto-sans(-sc)?-[a-z0-9-]+-(400|700)-normal\.[0-9a-f]{10}\.woff2$/);
    }
    // Different cuts have different names: a stale cached file is never taken for a new one.
    const byName = new Map<string, string>();
    for (const f of [...fonts.map, ...fonts.ui]) {
      const content = `${f.source.path} ${f.codePoints}`;
      expect(byName.get(f.name) ?? content).toBe(content);
      byName.set(f.name, content);
    }
  });
});

describe('coverage', () => {
  it('draws every character of every label, in both label weights', () => {
    expect(fonts.missing).toEqual({});
    const wanted = codePointsOf(labels);
    for (const stack of ['Noto Sans Regular', 'Noto Sans Bold']) {
      const faces = fonts.map.filter((f) => f.stack === stack);
      const covered = faces.flatMap((f) => f.codePoints).sort((a, b) => a - b);
      // Every label character once: no face claims what another of the stack has.
      expect(covered).toEqual(wanted);
    }
    // The pairs' labels too, joined in Chinese by a full-width solidus.
    expect(pairLabels.some((l) => l.includes('／'))).toBe(true);
    for (const cp of codePointsOf(pairLabels.join('')))
      expect(wanted, `U+${cp.toString(16).toUpperCase()}`).toContain(cp);
    // The digits of the hubs' count badges, whatever the counts.
    for (const digit of '0123456789') expect(labels).toContain(digit);
    // Kazakh and Chinese letters are among them.
    expect(labels).toMatch(/[ҚқӨөҮүҰұҒғ]/);
    expect(chinese(labels).length).toBeGreaterThan(20);
  });

  it("draws every Chinese character of the interface strings, the data and Intl's dates and countries", () => {
    // The collected text holds each character once: every character of the strings must be among them.
    for (const f of ['zh.ts', 'strings.ts']) {
      const text = readFileSync(join(ROOT, 'src/i18n', f), 'utf8');
      expect([...new Set(text)].filter((ch) => !ui.includes(ch))).toEqual([]);
    }
    for (const weight of [400, 700]) {
      const faces = fonts.ui.filter((f) => f.weight === weight);
      const covered = faces.flatMap((f) => f.codePoints).sort((a, b) => a - b);
      expect(new Set(covered).size).toBe(covered.length);
      const missing = chinese(ui).filter((cp) => !covered.includes(cp));
      expect(missing.map((cp) => String.fromCodePoint(cp))).toEqual([]);
      // Dates (2025年6月) and country names come from Intl, not from our strings.
      for (const ch of '年月日哈萨克斯坦') expect(covered).toContain(ch.codePointAt(0));
    }
  });

  it('takes the Chinese from every source of the built site, not a list: strings outside src/i18n, catalogues in the data folder', () => {
    // The time control's and the story button's words, and a character only a new catalogue would bring.
    for (const ch of '所处年份现在从乌鲁木齐到里海') expect(chinese(ui)).toContain(ch.codePointAt(0));
    const geo = mkdtempSync(join(tmpdir(), 'corridor-geo-'));
    try {
      mkdirSync(join(geo, 'translations'));
      writeFileSync(join(geo, 'translations', 'zh.json'), JSON.stringify({ 'hub.x.name': '龘' }));
      const data = loadCorridorData(join(ROOT, 'geo'));
      expect(uiCjkCodePoints(uiText(data, geo))).toContain('龘'.codePointAt(0));
      expect(uiCjkCodePoints(uiText(data))).not.toContain('龘'.codePointAt(0));
    } finally {
      rmSync(geo, { recursive: true, force: true });
    }
  });

  it('gives the language switch its own faces, holding only the Chinese of the language names', () => {
    const names = chinese(Object.values(LANGUAGE_NAMES).join(''));
    expect(names.map((cp) => String.fromCodePoint(cp)).join('')).toBe('中文');
    for (const weight of [400, 700]) {
      const own = fonts.ui.filter((f) => f.weight === weight && f.group === 'switch');
      expect(own.flatMap((f) => f.codePoints).sort((a, b) => a - b)).toEqual(names);
      const rest = fonts.ui.filter((f) => f.weight === weight && f.group === 'ui');
      expect(rest.flatMap((f) => f.codePoints).filter((cp) => names.includes(cp))).toEqual([]);
      for (const f of own) expect(bytes.get(f.name)?.byteLength).toBeLessThan(1200);
    }
  });
});

describe('what a page in English fetches', () => {
  it('draws every English label from the Latin faces alone', () => {
    expect(englishLabels.length).toBeGreaterThan(100);
    const needed = codePointsOf(englishLabels);
    const faces = fonts.map.filter((f) => f.codePoints.some((cp) => needed.includes(cp)));
    expect(faces.map((f) => f.source.name).sort()).toEqual([
      'noto-sans-latin-400-normal.woff2',
      'noto-sans-latin-700-normal.woff2',
    ]);
  });

  it('is a few KB: subset Latin for the labels and the switch faces, not whole chunk files', () => {
    const latin = fonts.map.filter(
      (f) => f.source.name.startsWith('noto-sans-latin-4') || f.source.name.startsWith('noto-sans-latin-7'),
    );
    expect(latin).toHaveLength(2);
    for (const f of latin) {
      const before = statSync(f.source.path).size;
      const after = bytes.get(f.name)?.byteLength ?? Infinity;
      expect(after).toBeLessThan(before / 2);
      expect(after).toBeLessThan(6000);
    }
    const english = [...latin, ...fonts.ui.filter((f) => f.group === 'switch' && f.weight === 400)];
    const total = english.reduce((n, f) => n + (bytes.get(f.name)?.byteLength ?? 0), 0);
    expect(total).toBeLessThan(12_000);
  });
});

describe('font-faces and the Chinese stylesheet', () => {
  it("list each face with its file and exact range, for MapLibre's font-faces and for CSS", () => {
    const faces = fontFaces(fonts.map);
    expect(Object.keys(faces).sort()).toEqual(['Noto Sans Bold', 'Noto Sans Regular']);
    const first = fonts.map[0] as FontFile;
    expect(faces[first.stack][0]).toEqual({
      url: `fonts/${first.name}`,
      'unicode-range': first.unicodeRange,
    });
    const css = uiCjkCss(fonts.ui);
    expect(css.split('\n')).toHaveLength(fonts.ui.length);
    const sw = fonts.ui.find((f) => f.group === 'switch') as FontFile;
    expect(css).toContain(
      `font-family:'${UI_CJK_FAMILY}';font-style:normal;font-display:swap;font-weight:${sw.weight};` +
        `src:url(./${sw.name}) format('woff2');unicode-range:${sw.unicodeRange.join(',')}}`,
    );
  });

  it('writes ranges as runs of code points', () => {
    expect(unicodeRange([0x41, 0x42, 0x43, 0x45, 0x4e2d])).toEqual(['U+41-43', 'U+45', 'U+4E2D']);
    expect(codePointsOf('ba\nab\u0000')).toEqual([0x61, 0x62]);
  });
});
