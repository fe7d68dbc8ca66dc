import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox, greatCircle, length, lineString, point } from '@turf/turf';
import type { CorridorData, Route } from '../src/data/types.ts';
import { DATA_FILES, type DataError, formatError, type ValidData, validate } from '../src/data/validate.ts';

/** Thrown when `geo/` does not validate; its message lists every problem, one per line. */
export class DataValidationError extends Error {
  constructor(
    readonly errors: DataError[],
    dir: string,
  ) {
    super(`The data in ${dir}/ has ${errors.length} problem(s):\n${errors.map((e) => `  ${formatError(e, dir)}`).join('\n')}`);
    this.name = 'DataValidationError';
  }
}

/** Reads the authored files of a data folder as text; a missing file is left out (the validator reports it). */
export function readGeoFiles(dir: string): Partial<Record<string, string>> {
  const files: Partial<Record<string, string>> = {};
  for (const name of Object.values(DATA_FILES)) {
    try {
      files[name] = readFileSync(join(dir, name), 'utf8');
    } catch {
      // Missing: the validator says so with the file's name.
    }
  }
  return files;
}

/** Draws a route through its stops: great-circle arcs for air routes, straight legs otherwise. */
function routeLine(mode: Route['mode'], stops: [number, number][]): [number, number][] {
  if (mode !== 'air' && mode !== 'mail-air') return stops;
  const out: [number, number][] = [];
  for (let i = 1; i < stops.length; i++) {
    const arc = greatCircle(point(stops[i - 1]), point(stops[i]), { npoints: 32 });
    const coords = arc.geometry.coordinates as [number, number][];
    out.push(...(i === 1 ? coords : coords.slice(1)));
  }
  return out;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Derives what the page needs from valid data: route lines and lengths, and the bounds of it all. */
export function derive(data: ValidData): CorridorData {
  const where = new Map<string, [number, number]>();
  for (const f of [...data.hubs, ...data.places]) where.set(f.properties.id, f.geometry.coordinates);

  const routes: Route[] = data.routes.map((r) => {
    const stops = r.stops.map((id) => where.get(id) as [number, number]);
    const coordinates = routeLine(r.mode, stops).map(([x, y]) => [round(x, 4), round(y, 4)] as [number, number]);
    return { ...r, coordinates, lengthKm: Math.round(length(lineString(coordinates), { units: 'kilometers' })) };
  });

  const all = [
    ...data.hubs.map((h) => h.geometry.coordinates),
    ...data.projects.map((p) => p.geometry.coordinates),
    ...routes.flatMap((r) => r.coordinates),
  ];
  const bounds = bbox(lineString(all)) as [number, number, number, number];
  return { ...data, routes, bounds };
}

/** Reads, validates and derives a data folder; throws `DataValidationError` naming every problem. */
export function loadCorridorData(dir: string): CorridorData {
  const result = validate(readGeoFiles(dir));
  if (!result.ok) throw new DataValidationError(result.errors, dir);
  return derive(result.data);
}
