import { bbox, greatCircle, length, lineString, point } from '@turf/turf';
import type { CorridorData, Route } from './types.ts';
import type { ValidData } from './validate.ts';

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
    const coordinates = routeLine(r.mode, stops).map(
      ([x, y]) => [round(x, 4), round(y, 4)] as [number, number],
    );
    return {
      ...r,
      coordinates,
      lengthKm: Math.round(length(lineString(coordinates), { units: 'kilometers' })),
    };
  });

  const all = [
    ...data.hubs.map((h) => h.geometry.coordinates),
    ...data.projects.map((p) => p.geometry.coordinates),
    ...routes.flatMap((r) => r.coordinates),
  ];
  const bounds = bbox(lineString(all)) as [number, number, number, number];
  return { ...data, routes, bounds };
}
