import { bbox, greatCircle, length, lineString, point } from '@turf/turf';
import type { AuthoredRouteProperties, CorridorData, LocalizedText, Route } from './types.ts';
import type { ValidData } from './validate.ts';

/** A leg as drawn: great-circle arcs for air routes, straight lines (in the map's projection) otherwise. */
function legLine(mode: Route['mode'], points: [number, number][]): [number, number][] {
  if (mode !== 'air' && mode !== 'mail-air') return points;
  const out: [number, number][] = [];
  for (let i = 1; i < points.length; i++) {
    const arc = greatCircle(point(points[i - 1]), point(points[i]), { npoints: 32 });
    const coords = arc.geometry.coordinates as [number, number][];
    out.push(...(i === 1 ? coords : coords.slice(1)));
  }
  return out;
}

/**
 * A route's line leg by leg, as the map draws it: leg `i` runs from `stops[i]` through the waypoints that
 * follow that stop to `stops[i + 1]`. `where` gives each stop's [lon, lat]. Coordinates are rounded to 4
 * decimals (about 10 m), as the page receives them.
 */
export function routeLegs(
  r: Pick<AuthoredRouteProperties, 'mode' | 'stops' | 'waypoints'>,
  where: (id: string) => [number, number],
): [number, number][][] {
  const via = new Map((r.waypoints ?? []).map((w) => [w.after, w.coordinates]));
  return r.stops.slice(1).map((to, i) => {
    const from = r.stops[i];
    const points: [number, number][] = [where(from), ...(via.get(from) ?? []), where(to)];
    return legLine(r.mode, points).map(([x, y]) => [round(x, 4), round(y, 4)] as [number, number]);
  });
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

  // Waypoints only shape the line: the page gets the line, not them.
  const routes: Route[] = data.routes.map((authored) => {
    const { waypoints: _, ...r } = authored;
    const legs = routeLegs(authored, (id) => where.get(id) as [number, number]);
    const coordinates = legs.flatMap((leg, i) => (i === 0 ? leg : leg.slice(1)));
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
  // A border tolerance is for the build's checks only: the page does not need it.
  const hubs = data.hubs.map(({ properties: { borderToleranceKm: _, ...p }, ...f }) => ({
    ...f,
    properties: { ...p, locationNote: english(p.locationNote) },
  }));
  const places = data.places.map(({ properties: { borderToleranceKm: _, ...p }, ...f }) => ({
    ...f,
    properties: p,
  }));
  const projects = data.projects.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      locationNote: english(f.properties.locationNote),
      partners: f.properties.partners.map((p) => ({ ...p, role: english(p.role) })),
    },
  }));
  return { ...data, hubs, places, projects, routes, bounds };
}
