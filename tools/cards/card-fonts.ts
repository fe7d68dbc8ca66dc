import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Blob as HbBlob, Face as HbFace, Font as HbFont } from 'harfbuzzjs';
import { codePointsOf, notoSources, planFaces } from '../fonts.ts';

/**
 * The preview cards' fonts: the site's own Noto Sans and Noto Sans SC (the @fontsource files the build cuts
 * the map's and the page's fonts from), cut to the characters the cards draw, as TrueType the rasteriser
 * reads, and measured with harfbuzz, so a name is wrapped to the width the rasteriser will draw it at.
 */

const require = createRequire(import.meta.url);

type SubsetFont = (font: Uint8Array, text: string, options: Record<string, unknown>) => Promise<Uint8Array>;

/** One weight's faces: each a @fontsource file cut to its share of the cards' characters. */
interface Face {
  /** The family it is renamed to, its own, so the card can ask for exactly this face. */
  family: string;
  bytes: Uint8Array;
  font: HbFont;
  upem: number;
  codePoints: Set<number>;
}

/** The cards' fonts: the bytes for the rasteriser and a measure of a line of text. */
export interface CardFonts {
  /** Every face, both weights, as TrueType files (the rasteriser reads fonts from files). */
  files: string[];
  /** A hash of the faces, for the cache of rendered cards. */
  hash: string;
  /** The family the rasteriser falls back to: the first regular face. */
  defaultFamily: string;
  /** The width of `text` at `size` px in a weight, by the glyph advances of the faces that draw it. */
  measure(text: string, size: number, bold: boolean): number;
  /** Characters of `text` no face has (drawn as boxes). */
  missing(text: string): string[];
  /** `text` cut into runs each drawn by one face of the weight, with that face's own family name. */
  runs(text: string, bold: boolean): { family: string; text: string }[];
}

/**
 * A TrueType font with its family renamed to `family` (name IDs 1, 4 and 6; 2 says Regular or Bold), the
 * copyright and licence entries kept. The @fontsource files of one weight all call themselves "Noto Sans",
 * and resvg, asked for a family, takes the first face of that name and, for a character it lacks, the first
 * face of any weight that has it: bold Cyrillic came out regular. With a family of its own per face the card
 * names the face for each run of text.
 */
export function renameFamily(font: Uint8Array, family: string, bold: boolean): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  const tables: { tag: string; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(rec, rec + 4));
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    tables.push({ tag, data: font.subarray(offset, offset + length) });
  }
  const name = tables.find((t) => t.tag === 'name');
  if (!name) throw new Error('A card font has no name table');
  // The entries kept: copyright (0), licence (13) and its URL (14), as Windows Unicode.
  const nv = new DataView(name.data.buffer, name.data.byteOffset, name.data.byteLength);
  const count = nv.getUint16(2);
  const storage = nv.getUint16(4);
  const records: { nameId: number; bytes: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const r = 6 + 12 * i;
    const [platform, encoding, language, nameId] = [0, 2, 4, 6].map((o) => nv.getUint16(r + o));
    if (platform !== 3 || encoding !== 1 || language !== 0x409 || ![0, 13, 14].includes(nameId)) continue;
    const length = nv.getUint16(r + 8);
    const offset = nv.getUint16(r + 10);
    records.push({ nameId, bytes: name.data.subarray(storage + offset, storage + offset + length) });
  }
  const utf16 = (text: string) => {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      out[2 * i] = text.charCodeAt(i) >> 8;
      out[2 * i + 1] = text.charCodeAt(i) & 0xff;
    }
    return out;
  };
  const style = bold ? 'Bold' : 'Regular';
  records.push(
    { nameId: 1, bytes: utf16(family) },
    { nameId: 2, bytes: utf16(style) },
    { nameId: 4, bytes: utf16(`${family} ${style}`) },
    { nameId: 6, bytes: utf16(`${family}-${style}`.replace(/[^A-Za-z0-9-]/g, '')) },
  );
  records.sort((a, b) => a.nameId - b.nameId);
  const head = 6 + 12 * records.length;
  const size = head + records.reduce((n, r) => n + r.bytes.length, 0);
  const table = new Uint8Array(size);
  const tv = new DataView(table.buffer);
  tv.setUint16(0, 0);
  tv.setUint16(2, records.length);
  tv.setUint16(4, head);
  let at = 0;
  records.forEach((r, i) => {
    const o = 6 + 12 * i;
    tv.setUint16(o, 3);
    tv.setUint16(o + 2, 1);
    tv.setUint16(o + 4, 0x409);
    tv.setUint16(o + 6, r.nameId);
    tv.setUint16(o + 8, r.bytes.length);
    tv.setUint16(o + 10, at);
    table.set(r.bytes, head + at);
    at += r.bytes.length;
  });
  name.data = table;
  // The font again: the same tables, each at a four-byte boundary, with its checksum.
  const dir = 12 + 16 * numTables;
  const total = tables.reduce((n, t) => n + Math.ceil(t.data.length / 4) * 4, dir);
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  out.set(font.subarray(0, 12));
  let offset = dir;
  tables.forEach((t, i) => {
    const rec = 12 + 16 * i;
    out.set(font.subarray(rec, rec + 4), rec);
    out.set(t.data, offset);
    let sum = 0;
    for (let j = 0; j < t.data.length; j += 4) sum = (sum + ov.getUint32(offset + j)) >>> 0;
    ov.setUint32(rec + 4, sum);
    ov.setUint32(rec + 8, offset);
    ov.setUint32(rec + 12, t.data.length);
    offset += Math.ceil(t.data.length / 4) * 4;
  });
  return out;
}

/** The faces of one weight for `text`, and the code points none has. */
async function weightFaces(weight: 400 | 700, text: string): Promise<{ faces: Face[]; missing: number[] }> {
  const subsetFont = require('subset-font') as SubsetFont;
  const planned = planFaces(notoSources(weight), codePointsOf(text), { stack: 'card', group: 'map' });
  const faces = await Promise.all(
    planned.files.map(async (f, i) => {
      const family = `Corridor Card ${weight} ${i}`;
      const cut = await subsetFont(readFileSync(f.source.path), String.fromCodePoint(...f.codePoints), {
        targetFormat: 'sfnt',
        // The licence's name entries stay in the file (OFL); so do the family names the rasteriser looks up.
        preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
        noLayoutClosure: true,
      });
      const bytes = renameFamily(cut, family, weight === 700);
      const face = new HbFace(new HbBlob(bytes), 0);
      return { family, bytes, font: new HbFont(face), upem: face.upem, codePoints: new Set(f.codePoints) };
    }),
  );
  return { faces, missing: planned.missing };
}

/** Cuts and reads the cards' faces for every character of `text`, in both weights; writes them under `dir`. */
export async function cardFonts(text: string, dir: string): Promise<CardFonts> {
  const [regular, bold] = await Promise.all([weightFaces(400, text), weightFaces(700, text)]);
  const missingSet = new Set([...regular.missing, ...bold.missing]);
  const hash = createHash('sha256');
  for (const f of [...regular.faces, ...bold.faces]) hash.update(f.bytes);
  const digest = hash.digest('hex').slice(0, 16);
  const folder = join(dir, `fonts-${digest}`);
  mkdirSync(folder, { recursive: true });
  const files = [...regular.faces, ...bold.faces].map((f, i) => {
    const path = join(folder, `${i}.ttf`);
    writeFileSync(path, f.bytes);
    return path;
  });
  return {
    files,
    hash: digest,
    defaultFamily: regular.faces[0]?.family ?? 'sans-serif',
    measure(line, size, isBold) {
      const faces = (isBold ? bold : regular).faces;
      let units = 0;
      for (const ch of line) {
        const cp = ch.codePointAt(0) as number;
        const face = faces.find((f) => f.codePoints.has(cp));
        if (!face) {
          units += 0.6; // a box, about this wide
          continue;
        }
        const glyph = face.font.nominalGlyph(cp);
        units += glyph === undefined ? 0.6 : face.font.glyphHAdvance(glyph) / face.upem;
      }
      return units * size;
    },
    runs(line, isBold) {
      const faces = (isBold ? bold : regular).faces;
      const out: { family: string; text: string }[] = [];
      for (const ch of line) {
        const cp = ch.codePointAt(0) as number;
        // A space or a character none has stays with the run it is in.
        const face = faces.find((f) => f.codePoints.has(cp));
        const family = face?.family ?? out.at(-1)?.family ?? faces[0]?.family ?? 'sans-serif';
        const last = out.at(-1);
        if (last && (last.family === family || !face)) last.text += ch;
        else out.push({ family, text: ch });
      }
      return out;
    },
    missing(line) {
      // Controls, format characters (bidi marks) and line separators draw nothing: no face needs them.
      const drawn = [...line].filter((ch) => !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch));
      return [...new Set(drawn.filter((ch) => missingSet.has(ch.codePointAt(0) as number)))];
    },
  };
}
