import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/data/vocabularies.ts';
import { featurePagePath } from '../../src/state/pages.ts';
import { builtData, DIST } from './harness.ts';

/**
 * Issue 23: what the build writes for links to travel: a preview card (`card.png`, 1200 x 630) in every
 * page's folder, in every language, with the name drawn in glyphs (not left blank where a font is missing),
 * and the log of data updates as an Atom feed per language, read by an independent feed parser, each entry
 * linking pages the build wrote.
 */

const require = createRequire(import.meta.url);
const data = builtData();
const selections = [
  null,
  ...data.hubs.map((h) => ({ type: 'hub' as const, id: h.properties.id })),
  ...data.projects.map((p) => ({ type: 'project' as const, id: p.properties.id })),
  ...data.routes.map((r) => ({ type: 'route' as const, id: r.id })),
];
const cardFile = (path: string) => join(DIST, path, 'card.png');

/** A PNG's width and height from its IHDR chunk; throws if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG signature');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('no IHDR first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The pixels of a PNG in a box, decoded by resvg (the PNG drawn as an SVG image at its own size): the number
 * of pixels much darker than the card's white ground.
 */
function darkPixels(png: Buffer, box: { x: number; y: number; width: number; height: number }): number {
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${box.width}" height="${box.height}"><image x="${-box.x}" y="${-box.y}" width="1200" height="630" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 3 * 110) dark++;
  return dark;
}

describe('preview cards', () => {
  it('every page in every language has its card: a real PNG of 1200 x 630', () => {
    const paths = selections.flatMap((s) => LANGUAGES.map((lang) => featurePagePath(lang, s)));
    expect(paths).toHaveLength(4 * (1 + data.hubs.length + data.projects.length + data.routes.length));
    const wrong = paths.filter((p) => {
      const file = cardFile(p);
      if (!existsSync(file)) return true;
      const size = pngSize(readFileSync(file));
      return size.width !== 1200 || size.height !== 630;
    });
    expect(wrong).toEqual([]);
  });

  // Where the name is drawn (left of the map, under the map's title): glyphs there, in Chinese and Kazakh,
  // and none in the same box of a card whose name is drawn with no font (the text panel's ground alone).
  const NAME_BOX = { x: 48, y: 95, width: 400, height: 60 };
  it.each([
    ['zh', 'project', 'khorgos-dry-port'],
    ['kk', 'project', 'china-post-central-asia-central-europe-warehouse-hub'],
    ['zh', 'route', 'bakhty-ayagoz-railway'],
  ] as const)('the %s card of %s %s draws its name', (lang, type, id) => {
    const png = readFileSync(cardFile(featurePagePath(lang, { type, id })));
    // A line of 38-44 px glyphs covers thousands of dark pixels; a blank line none.
    expect(darkPixels(png, NAME_BOX)).toBeGreaterThan(1500);
  });

  it('the name box is blank where nothing is drawn, so the count above means glyphs', () => {
    const png = readFileSync(cardFile(featurePagePath('zh', { type: 'project', id: 'khorgos-dry-port' })));
    // Below the credit line, the panel's ground.
    expect(darkPixels(png, { x: 48, y: 600, width: 400, height: 28 })).toBe(0);
  });
});

describe('Atom feeds', () => {
  it.each(LANGUAGES)(
    'the %s feed parses, has one entry per update and links pages the build wrote',
    (lang) => {
      const path = `${featurePagePath(lang, null)}feed.xml`;
      const xml = readFileSync(join(DIST, path), 'utf8');
      const feed = parseFeed(xml);
      expect(feed.meta.type).toBe('atom');
      expect(feed.language).toBe(lang);
      expect(feed.title).toBeTruthy();
      expect(feed.items).toHaveLength(data.updates.length);
      // The site's address: the feed's own address less its path in the site.
      const self = feed.self ?? '';
      expect(self.endsWith(path.slice(1))).toBe(true);
      const root = self.slice(0, self.length - path.length + 1);
      const home = `${root}${featurePagePath(lang, null).slice(1)}`;
      expect(feed.url).toBe(home);
      for (const item of feed.items) {
        expect(item.id).toBeTruthy();
        expect(item.title).toBeTruthy();
        expect(item.description).toBeTruthy();
        expect(item.published).toBeInstanceOf(Date);
        expect(item.url).toBe(home);
      }
      // Newest first; ids unique.
      const dates = feed.items.map((i) => i.published?.getTime() ?? 0);
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
      // Every update's features are linked, each to a page folder the build wrote (its card is there).
      const related = [...xml.matchAll(/<link rel="related"[^>]*href="([^"]+)"/g)].map((m) => {
        expect(m[1].startsWith(root)).toBe(true);
        return `/${m[1].slice(root.length)}`;
      });
      const named = data.updates.flatMap((u) => (u.features ?? []).map((f) => featurePagePath(lang, f)));
      expect(related).toHaveLength(named.length);
      expect(new Set(related)).toEqual(new Set(named));
      expect(related.filter((p) => !existsSync(cardFile(p)))).toEqual([]);
    },
  );
});
