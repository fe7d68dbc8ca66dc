import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { derive } from '../src/data/derive.ts';
import type { CorridorData } from '../src/data/types.ts';
import { DATA_FILES, type DataError, formatError, OPTIONAL_FILES, validate } from '../src/data/validate.ts';

/** Thrown when `geo/` does not validate; its message lists every problem, one per line. */
export class DataValidationError extends Error {
  constructor(
    readonly errors: DataError[],
    dir: string,
  ) {
    super(
      `The data in ${dir}/ has ${errors.length} problem(s):\n${errors.map((e) => `  ${formatError(e, dir)}`).join('\n')}`,
    );
    this.name = 'DataValidationError';
  }
}

/** Reads the authored files of a data folder as text; a missing file is left out (the validator reports it). */
export function readGeoFiles(dir: string): Partial<Record<string, string>> {
  const files: Partial<Record<string, string>> = {};
  for (const name of [...Object.values(DATA_FILES), ...Object.values(OPTIONAL_FILES)]) {
    try {
      files[name] = readFileSync(join(dir, name), 'utf8');
    } catch {
      // Missing: the validator says so with the file's name.
    }
  }
  return files;
}

/** Reads, validates and derives a data folder; throws `DataValidationError` naming every problem. */
export function loadCorridorData(dir: string): CorridorData {
  const result = validate(readGeoFiles(dir));
  if (!result.ok) throw new DataValidationError(result.errors, dir);
  return derive(result.data);
}
