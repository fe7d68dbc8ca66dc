import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { derive } from '../src/data/derive.ts';
import type { CorridorData } from '../src/data/types.ts';
import {
  DATA_FILES,
  type DataError,
  formatError,
  OPTIONAL_FILES,
  type ValidationResult,
  validate,
} from '../src/data/validate.ts';
import { checkGeography } from './geography.ts';
import { translatableTexts } from './translatable.ts';
import {
  applyCatalogs,
  type Catalog,
  catalogFile,
  checkCatalog,
  type Gap,
  parseCatalog,
  TRANSLATED_LANGS,
  translationGaps,
} from './translations.ts';

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

/** Where the translation catalogs are: `<dir>/translations/` unless `translations` names another folder. */
export interface LoadOptions {
  translations?: string;
}

/**
 * Reads the catalogs `translations/<lang>.json` of a folder (a missing one is no catalog), each checked
 * for its shape; the errors name the file as `translations/<lang>.json`.
 */
export function readCatalogs(dir: string): { catalogs: Catalog[]; errors: DataError[] } {
  const catalogs: Catalog[] = [];
  const errors: DataError[] = [];
  for (const lang of TRANSLATED_LANGS) {
    let text: string;
    try {
      text = readFileSync(join(dir, `${lang}.json`), 'utf8');
    } catch {
      continue;
    }
    const read = parseCatalog(lang, text, catalogFile(lang));
    catalogs.push(read.catalog);
    errors.push(...read.errors);
  }
  return { catalogs, errors };
}

/**
 * Validates the authored files as the build does: the schema and the references (`validate`), then, once
 * those pass, the geography on the basemap's borders (`checkGeography`: points in their countries, lines on
 * their ground). Never throws.
 */
export function validateFiles(files: Partial<Record<string, string>>): ValidationResult {
  const result = validate(files);
  if (!result.ok) return result;
  const errors = checkGeography(result.data);
  return errors.length > 0 ? { ok: false, errors } : result;
}

/** The data of a folder as authored (validated and derived, no catalog merged), and its catalogs, checked. */
function loadParts(dir: string, options: LoadOptions) {
  const result = validateFiles(readGeoFiles(dir));
  if (!result.ok) throw new DataValidationError(result.errors, dir);
  const data = derive(result.data);
  const texts = translatableTexts(data);
  const { catalogs, errors } = readCatalogs(options.translations ?? join(dir, 'translations'));
  for (const c of catalogs) errors.push(...checkCatalog(c, texts));
  if (errors.length > 0) throw new DataValidationError(errors, dir);
  return { data, texts, catalogs };
}

/**
 * Reads, validates and derives a data folder and merges its translation catalogs
 * (`tools/translations.ts`); throws `DataValidationError` naming every problem.
 */
export function loadCorridorData(dir: string, options: LoadOptions = {}): CorridorData {
  const { data, catalogs } = loadParts(dir, options);
  applyCatalogs(data, catalogs);
  return data;
}

/** Every text of a data folder still lacking a language, with its catalogs (see `translationGaps`). */
export function loadTranslationGaps(dir: string, options: LoadOptions = {}): Gap[] {
  const { texts, catalogs } = loadParts(dir, options);
  return translationGaps(texts, catalogs);
}
