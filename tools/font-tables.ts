import { createRequire } from 'node:module';
import { Blob as HbBlob, Face as HbFace } from 'harfbuzzjs';

/**
 * Reads font files with the maintained libraries, for the build (tools/fonts.ts) and its tests alike:
 * fontverter (subset-font's own converter) turns WOFF2 or WOFF into the plain TrueType/OpenType that
 * harfbuzz reads, and harfbuzz reads the face.
 */

const require = createRequire(import.meta.url);
const fontverter = require('fontverter') as { convert(font: Buffer, to: 'sfnt'): Promise<Buffer> };

/** A font file (WOFF2, WOFF, TrueType or OpenType) as TrueType/OpenType bytes. */
export function toSfnt(font: Uint8Array): Promise<Uint8Array> {
  // fontverter tells the formats apart with Buffer methods.
  return fontverter.convert(Buffer.from(font.buffer, font.byteOffset, font.byteLength), 'sfnt');
}

/** The first face of a font file, by harfbuzz (which frees it once it is unreachable). */
export async function fontFace(font: Uint8Array): Promise<HbFace> {
  return new HbFace(new HbBlob(await toSfnt(font)), 0);
}

/** The code points a font file's cmap maps to a glyph, ascending. */
export async function fontCodePoints(font: Uint8Array): Promise<number[]> {
  return [...(await fontFace(font)).collectUnicodes()].sort((a, b) => a - b);
}
