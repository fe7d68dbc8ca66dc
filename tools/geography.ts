import type { Position } from 'geojson';
import { routeLegs } from '../src/data/derive.ts';
import type { DataError, ValidData } from '../src/data/validate.ts';
import { type Borders, basemapBorders, type Stretch } from './borders.ts';

/**
 * The checks that need the map's borders, run by the build after the schema and the references pass: every
 * hub, place and project in its country, every line on its ground. All are measured on the borders the
 * basemap draws (`tools/borders.ts`), so what passes here is what the reader sees.
 *
 * - A hub or place lies in the country its `country` names; a project in the country of its hub. A point
 *   meant to sit on a border or a coast may lie up to its `borderToleranceKm` outside (its projects too).
 * - A rail, road or surface-mail route whose stops all lie in one country stays in that country; a traced
 *   one stays in the countries of its stops.
 * - A sea route stays at sea between its ports.
 * Air routes fly over whatever lies below, so only their stops are checked (as hubs and places).
 */

/** Km a ground line may run outside its countries, per leg: the border's rounding and the stops' own. */
export const LINE_TOLERANCE_KM = 1;

/** Km of land a sea leg may cross at each end, from a port's point to the water. */
export const PORT_REACH_KM = 10;

const GROUND_MODES = new Set(['rail', 'road', 'mail-surface']);

const km = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const coords = ([lon, lat]: Position) => `[${lon}, ${lat}]`;

interface Stop {
  at: [number, number];
  country: string;
  tolerance: number;
}

export function checkGeography(data: ValidData, borders: Borders = basemapBorders()): DataError[] {
  const errors: DataError[] = [];
  const label = (i: number) => {
    const c = borders.countries[i];
    return c.code ? `${c.name} (${c.code})` : c.name;
  };
  const named = (code: string) => {
    const i = borders.indexOf(code);
    return i === undefined ? code : label(i);
  };
  /** What lies at a point, in words: "China (CN)", or "the sea" where no country's land is. */
  const whatIsAt = (p: Position) => {
    const here = borders.countriesAt(p);
    return here.length > 0 ? here.map(label).join(' and ') : 'the sea (no country’s land)';
  };

  /** How far outside its country a point lies, beyond its tolerance; undefined when it is fine. */
  const outside = (p: Position, code: string, tolerance: number): number | 'no-border' | undefined => {
    const index = borders.indexOf(code);
    if (index === undefined) return 'no-border';
    const d = borders.distanceKm(p, index);
    return d > tolerance ? d : undefined;
  };

  const stops = new Map<string, Stop>();
  for (const [file, features] of [
    ['hubs.geojson', data.hubs],
    ['places.geojson', data.places],
  ] as const) {
    for (const f of features) {
      const p = f.properties;
      const tolerance = p.borderToleranceKm ?? 0;
      stops.set(p.id, { at: f.geometry.coordinates, country: p.country, tolerance });
      const d = outside(f.geometry.coordinates, p.country, tolerance);
      if (d === undefined) continue;
      const field = d === 'no-border' ? 'properties.country' : 'geometry.coordinates';
      const message =
        d === 'no-border'
          ? `${p.country} has no border on the map, so the point cannot be checked; use the code of the country it lies in`
          : `${coords(f.geometry.coordinates)} lies ${km(d)} km outside ${named(p.country)}, the country properties.country names, in ${whatIsAt(f.geometry.coordinates)} on the map's borders; move the point into ${p.country} and say in properties.locationNote where the new point comes from, or correct properties.country${tolerance > 0 ? `; properties.borderToleranceKm allows only ${tolerance} km` : '. Only a point meant to sit on a border or a coast (a crossing, a port) may set properties.borderToleranceKm instead'}`;
      errors.push({ file, id: p.id, field, message });
    }
  }

  for (const f of data.projects) {
    const p = f.properties;
    const hub = stops.get(p.hub);
    if (!hub) continue;
    const d = outside(f.geometry.coordinates, hub.country, hub.tolerance);
    if (d === undefined || d === 'no-border') continue;
    const message = `${coords(f.geometry.coordinates)} lies ${km(d)} km outside ${named(hub.country)}, the country of its hub "${p.hub}", in ${whatIsAt(f.geometry.coordinates)} on the map's borders; move the point into ${hub.country} (its hub's point, if the site is not located) and say so in properties.locationNote`;
    errors.push({ file: 'projects.geojson', id: p.id, field: 'geometry.coordinates', message });
  }

  for (const r of data.routes) {
    if (!r.stops.every((s) => stops.has(s))) continue;
    const ground = GROUND_MODES.has(r.mode);
    const sea = r.mode === 'sea';
    const countries = [...new Set(r.stops.map((s) => (stops.get(s) as Stop).country))];
    const oneCountry = countries.length === 1;
    if (!sea && !(ground && (oneCountry || r.line === 'traced'))) continue;
    const allowed = new Set(countries.map((c) => borders.indexOf(c)));
    const legs = routeLegs(r, (id) => (stops.get(id) as Stop).at);
    legs.forEach((leg, i) => {
      const [from, to] = [r.stops[i], r.stops[i + 1]];
      const stretches = borders.stretches(leg);
      const hint = `("waypoints": [{"after": "${from}", "coordinates": [[lon, lat], ...]}])`;
      if (sea) {
        const land = landKm(stretches);
        if (land.km <= LINE_TOLERANCE_KM) return;
        const message = `the sea line from "${from}" to "${to}" crosses ${km(land.km)} km of land (${land.countries.map(label).join(', ')}) between the ports; add waypoints at sea that take it round ${hint}, and say in lineNote where it is drawn`;
        errors.push({ file: 'routes.json', id: r.id, field: 'waypoints', message });
        return;
      }
      const tolerance =
        LINE_TOLERANCE_KM + (stops.get(from) as Stop).tolerance + (stops.get(to) as Stop).tolerance;
      const off = stretches.filter((s) => !s.countries.some((c) => allowed.has(c)));
      const offKm = off.reduce((sum, s) => sum + s.km, 0);
      if (offKm <= tolerance) return;
      const through = [...new Set(off.flatMap((s) => s.countries))];
      const where = through.length > 0 ? through.map(label).join(', ') : 'the sea';
      const message = oneCountry
        ? `the line from "${from}" to "${to}" runs ${km(offKm)} km outside ${named(countries[0])}, the one country of its stops, through ${where}; add waypoints on the ${countries[0]} side ${hint} and say in lineNote where they come from`
        : `the traced line from "${from}" to "${to}" runs ${km(offKm)} km outside the countries of its stops (${countries.join(', ')}), through ${where}; add waypoints that keep it in them ${hint}, add the crossing as a stop, or draw it schematic, and say so in lineNote`;
      errors.push({ file: 'routes.json', id: r.id, field: 'waypoints', message });
    });
  }
  return errors;
}

/** The land a sea leg crosses, leaving out the stretch at each end between a port and the water. */
function landKm(stretches: Stretch[]): { km: number; countries: number[] } {
  let [first, last] = [0, stretches.length - 1];
  if (stretches[first]?.countries.length && stretches[first].km <= PORT_REACH_KM) first++;
  if (last >= first && stretches[last].countries.length && stretches[last].km <= PORT_REACH_KM) last--;
  const land = stretches.slice(first, last + 1).filter((s) => s.countries.length > 0);
  return {
    km: land.reduce((sum, s) => sum + s.km, 0),
    countries: [...new Set(land.flatMap((s) => s.countries))],
  };
}
