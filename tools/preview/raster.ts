import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PICTURE_DENSITIES } from '../../src/state/pages.ts';
import type { CardFonts } from '../cards/card-fonts.ts';
import { assignFaces } from '../cards/cards.ts';

/**
 * The map's picture as the page shows it: the SVG the build draws (preview.ts), rasterised once at build time
 * into WebP at each of PICTURE_DENSITIES (the page's `srcset`), with the site's own Noto Sans and Noto Sans SC.
 *
 * Why not the SVG itself: a page's `<img>` cannot load web fonts into an SVG, so its labels were drawn in
 * whatever the reader's system had (Chinese labels as boxes on a system without a Chinese font), and a
 * browser rasterising the picture on the GPU (as Chromium does on its software GPU) spent a second or more on
 * it, competing with MapLibre's start (DESIGN.md, "The first picture"). A WebP decodes off the main thread.
 */

/** The WebP quality at each density: a 2x picture's artefacts are half the size, so it can take a lower one. */
const QUALITY: Record<(typeof PICTURE_DENSITIES)[number], number> = { 1: 60, 2: 50 };

/** libwebp's effort (0-6): 2 encodes in half the time of its default 4, for files 5% larger. */
const EFFORT = 2;

/** What changes every picture's pixels besides its SVG and fonts, in the cache's key. */
const ENCODING = `webp q${QUALITY[1]}/${QUALITY[2]} effort ${EFFORT}`;

/** A picture's files, one per density, in PICTURE_DENSITIES' order. */
export type PictureRasters = Uint8Array[];

/**
 * Rasterises `svg` at every density, or reads the result from `cacheDir` where the same SVG was drawn with the
 * same fonts before. The pixels are drawn once, at the highest density, and scaled down for the others.
 */
export async function rasterisePicture(
  svg: string,
  fonts: CardFonts,
  cacheDir: string,
): Promise<PictureRasters> {
  const faced = assignFaces(svg, fonts);
  const key = createHash('sha256')
    .update(ENCODING)
    .update(fonts.hash)
    .update(faced)
    .digest('hex')
    .slice(0, 24);
  const cached = PICTURE_DENSITIES.map((d) => join(cacheDir, `${key}@${d}x.webp`));
  if (cached.every((f) => existsSync(f))) return cached.map((f) => readFileSync(f));
  const [{ renderAsync }, { default: sharp }] = await Promise.all([
    import('@resvg/resvg-js'),
    import('sharp'),
  ]);
  const top = Math.max(...PICTURE_DENSITIES);
  const image = await renderAsync(faced, {
    fitTo: { mode: 'zoom', value: top },
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.defaultFamily },
  });
  const raw = { width: image.width, height: image.height, channels: 4 as const };
  const out = await Promise.all(
    PICTURE_DENSITIES.map((d) =>
      sharp(image.pixels, { raw })
        .resize(Math.round((image.width * d) / top))
        .webp({ quality: QUALITY[d], effort: EFFORT })
        .toBuffer(),
    ),
  );
  mkdirSync(cacheDir, { recursive: true });
  // Written under another name and renamed, so a build running beside this one never reads half a file.
  for (const [i, bytes] of out.entries()) {
    const partial = `${cached[i]}.${process.pid}.part`;
    writeFileSync(partial, bytes);
    renameSync(partial, cached[i]);
  }
  return out.map((b) => new Uint8Array(b));
}
