import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFonts } from '../../tools/cards/card-fonts.ts';
import { rasterisePicture } from '../../tools/preview/raster.ts';

const temp = mkdtempSync(join(tmpdir(), 'picture-raster-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Labels in the scripts the pictures draw: Latin, Kazakh Cyrillic and Chinese; one bold, as hub labels are. */
const LABELS = ['Khorgos', 'Қорғас', '霍尔果斯'];

/** A 320 x 120 picture with each label on a white ground, in black, 24 px. */
function svgOf(labels: string[]): string {
  const texts = labels.map(
    (l, i) => `<text x="10" y="${34 + i * 36}" font-size="24" fill="#000">${l}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 120" width="320" height="120" font-family="'Noto Sans', sans-serif"><rect width="320" height="120" fill="#fff"/><g font-weight="bold">${texts[0]}</g>${texts.slice(1).join('')}</svg>`;
}

/** The share of a row band's pixels that are dark (ink), in a WebP file. */
async function inkIn(webp: Uint8Array, top: number, bottom: number): Promise<number> {
  const { data, info } = await sharp(webp).greyscale().raw().toBuffer({ resolveWithObject: true });
  let [ink, all] = [0, 0];
  for (let y = Math.round(top * info.height); y < Math.round(bottom * info.height); y++)
    for (let x = 0; x < info.width; x++) {
      all++;
      if (data[y * info.width * info.channels + x * info.channels] < 128) ink++;
    }
  return ink / all;
}

describe('the pictures, drawn at build time', () => {
  it('are WebP files at 1x and 2x, each label drawn in the site’s own fonts, Chinese and Kazakh included', async () => {
    const fonts = await cardFonts(LABELS.join(''), temp);
    const [x1, x2] = await rasterisePicture(svgOf(LABELS), fonts, join(temp, 'pictures'));
    expect(await sharp(x1).metadata()).toMatchObject({ format: 'webp', width: 320, height: 120 });
    expect(await sharp(x2).metadata()).toMatchObject({ format: 'webp', width: 640, height: 240 });
    // Each label's line has ink: a character without a face would draw nothing (the system's fonts are not used).
    for (const [i, label] of LABELS.entries()) {
      expect(await inkIn(x1, (14 + i * 36) / 120, (40 + i * 36) / 120), label).toBeGreaterThan(0.04);
      expect(await inkIn(x2, (14 + i * 36) / 120, (40 + i * 36) / 120), label).toBeGreaterThan(0.04);
    }
    // With fonts lacking the Chinese characters, its line stays blank: the check above can fail.
    const latin = await cardFonts('Khorgos', temp);
    const [blank] = await rasterisePicture(svgOf(LABELS), latin, join(temp, 'pictures'));
    expect(await inkIn(blank, (14 + 2 * 36) / 120, (40 + 2 * 36) / 120)).toBeLessThan(0.01);
  }, 60_000);

  it('are drawn again only when their SVG or fonts change, read back from the cache otherwise', async () => {
    const fonts = await cardFonts(LABELS.join(''), temp);
    const cache = join(temp, 'cache');
    const first = await rasterisePicture(svgOf(LABELS), fonts, cache);
    expect(readdirSync(cache)).toHaveLength(2);
    const again = await rasterisePicture(svgOf(LABELS), fonts, cache);
    expect(again.map((b) => Buffer.from(b).toString('base64'))).toEqual(
      first.map((b) => Buffer.from(b).toString('base64')),
    );
    expect(readdirSync(cache)).toHaveLength(2);
    await rasterisePicture(svgOf(LABELS.slice(0, 2)), fonts, cache);
    expect(readdirSync(cache)).toHaveLength(4);
  }, 60_000);
});
