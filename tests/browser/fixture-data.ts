import realHubs from '../../geo/hubs.geojson?raw';
import realPlaces from '../../geo/places.geojson?raw';
import realProjects from '../../geo/projects.geojson?raw';
import realRoutes from '../../geo/routes.json?raw';
import realSources from '../../geo/sources.json?raw';
import kkCatalog from '../../geo/translations/kk.json?raw';
import ruCatalog from '../../geo/translations/ru.json?raw';
import zhCatalog from '../../geo/translations/zh.json?raw';
import { derive } from '../../src/data/derive.ts';
import type { CorridorData } from '../../src/data/types.ts';
import { validate } from '../../src/data/validate.ts';
import { applyCatalogs, parseCatalog } from '../../tools/translations.ts';
import hubs from '../fixtures/valid/hubs.geojson?raw';
import places from '../fixtures/valid/places.geojson?raw';
import projects from '../fixtures/valid/projects.geojson?raw';
import routes from '../fixtures/valid/routes.json?raw';
import sources from '../fixtures/valid/sources.json?raw';

/** The data files, validated and derived as the build does. */
function dataOf(files: Record<string, string>): CorridorData {
  const result = validate(files);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return derive(result.data);
}

/** The valid fixture's data files (tests/fixtures/valid/), by file name. */
export const VALID_FILES: Readonly<Record<string, string>> = {
  'sources.json': sources,
  'hubs.geojson': hubs,
  'projects.geojson': projects,
  'places.geojson': places,
  'routes.json': routes,
};

/** A fresh copy of the valid fixture data, validated and derived as the build does. */
export function createData(): CorridorData {
  return dataOf(VALID_FILES);
}

/** The real data (geo/, in English: no translation catalogs), validated and derived as the build does. */
export function createRealData(): CorridorData {
  return dataOf({
    'sources.json': realSources,
    'hubs.geojson': realHubs,
    'projects.geojson': realProjects,
    'places.geojson': realPlaces,
    'routes.json': realRoutes,
  });
}

/** `data` with translation catalogs (each a catalog file's text, by language) merged, as the build merges them. */
export function withCatalogs(
  data: CorridorData,
  texts: { ru: string; kk: string; zh: string },
): CorridorData {
  const catalogs = (['ru', 'kk', 'zh'] as const).map((lang) => parseCatalog(lang, texts[lang]).catalog);
  applyCatalogs(data, catalogs);
  return data;
}

/** The real data with our translations (geo/translations/) merged, as the build merges them. */
export function createTranslatedData(): CorridorData {
  return withCatalogs(createRealData(), { ru: ruCatalog, kk: kkCatalog, zh: zhCatalog });
}

/** Mounts an element in the document and waits for its first render. */
export async function mount<T extends HTMLElement & { updateComplete: Promise<unknown> }>(el: T): Promise<T> {
  document.body.append(el);
  await el.updateComplete;
  return el;
}
