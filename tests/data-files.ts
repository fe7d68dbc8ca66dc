import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateData } from '../bench/synthetic.js';
import { derive } from '../src/data/derive.ts';
import type { CorridorData } from '../src/data/types.ts';
import { formatError } from '../src/data/validate.ts';
import { readGeoFiles, validateFiles } from '../tools/data.ts';

/** The folder of the valid fixture set, and of the invalid fixtures (one defect a file). */
export const VALID_DIR = fileURLToPath(new URL('./fixtures/valid', import.meta.url));
export const INVALID_DIR = fileURLToPath(new URL('./fixtures/invalid', import.meta.url));
/** The real data. */
export const GEO_DIR = fileURLToPath(new URL('../geo', import.meta.url));

/** A fresh copy of the valid fixture files, by file name. */
export function createValidFiles(): Partial<Record<string, string>> {
  return readGeoFiles(VALID_DIR);
}

/**
 * The invalid fixtures: `<defect>.<data file>` holds a data file with one defect; the rest of the set is
 * the valid one.
 */
export function invalidFixtures(): {
  defect: string;
  file: string;
  files: Partial<Record<string, string>>;
}[] {
  return readdirSync(INVALID_DIR).map((name) => {
    const dot = name.indexOf('.');
    const defect = name.slice(0, dot);
    const file = name.slice(dot + 1);
    return {
      defect,
      file,
      files: { ...createValidFiles(), [file]: readFileSync(`${INVALID_DIR}/${name}`, 'utf8') },
    };
  });
}

/**
 * Synthetic data `scale` times the real counts, validated (geography included) and derived as the build
 * would (bench/synthetic.js).
 */
export function syntheticData(scale: number, seed = 7): CorridorData {
  const result = validateFiles(generateData({ scale, seed }));
  if (!result.ok)
    throw new Error(
      result.errors
        .slice(0, 5)
        .map((e) => formatError(e))
        .join('\n'),
    );
  return derive(result.data);
}
