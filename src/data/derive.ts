import { bbox, greatCircle, length, lineString, point } from '@turf/turf';
import type { CorridorData, LocalizedText, Route } from './types.ts';
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

/** A text authored in English alone, as a text in several languages (translations are merged later). */
const english = (en: string): LocalizedText => ({ en });

/**
 * Derives what the page needs from valid data: route lines and lengths, the bounds of it all, and every
 * text the panels show as a `LocalizedText` text (location notes, line notes and partner roles are authored as
 * plain English; `tools/translations.ts` adds their translations).
 */
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
      lineNote: english(r.lineNote),
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
  const hubs = data.hubs.map((f) => ({
    ...f,
    properties: { ...f.properties, locationNote: english(f.properties.locationNote) },
  }));
  const projects = data.projects.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      locationNote: english(f.properties.locationNote),
      partners: f.properties.partners.map((p) => ({ ...p, role: english(p.role) })),
    },
  }));
  return { ...data, hubs, projects, routes, bounds };
}
