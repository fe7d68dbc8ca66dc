import realHubs from '../../geo/hubs.geojson?raw';
import realPlaces from '../../geo/places.geojson?raw';
import realProjects from '../../geo/projects.geojson?raw';
import realRoutes from '../../geo/routes.json?raw';
import realSources from '../../geo/sources.json?raw';
import { derive } from '../../src/data/derive.ts';
import type { CorridorData } from '../../src/data/types.ts';
import { validate } from '../../src/data/validate.ts';
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

/** A fresh copy of the valid fixture data, validated and derived as the build does. */
export function createData(): CorridorData {
  return dataOf({
    'sources.json': sources,
    'hubs.geojson': hubs,
    'projects.geojson': projects,
    'places.geojson': places,
    'routes.json': routes,
  });
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

/** Mounts an element in the document and waits for its first render. */
export async function mount<T extends HTMLElement & { updateComplete: Promise<unknown> }>(el: T): Promise<T> {
  document.body.append(el);
  await el.updateComplete;
  return el;
}
