import type { Position } from 'geojson';
import { basemapCountries } from './basemap.ts';
import { ALPHA2 } from './country-names.ts';

/**
 * The basemap's countries as the build's checks see them: which country a point lies in, how far a point
 * lies from a country, and which countries a drawn line passes through and for how many km.
 *
 * Everything is computed in Web Mercator, where the map draws: a leg between two points and a border edge
 * between two vertices are both straight lines there (MapLibre does not bend them), so intersecting them in
 * that plane gives exactly the crossings the reader sees, with no need to densify. A straight line in
 * Mercator is a rhumb line, so each piece between two crossings is measured as one.
 */

/** A country of the basemap: its ISO alpha-2 code (null for a disputed area) and its English name. */
export interface BorderCountry {
  code: string | null;
  name: string;
}

/** A stretch of a drawn line and the countries under it (none: water outside every country). */
export interface Stretch {
  from: Position;
  to: Position;
  km: number;
  /** Indexes into `Borders.countries`; empty at sea (the Caspian is no country's). */
  countries: number[];
}

const DEG = Math.PI / 180;
const EARTH_KM = 6371.0088;
/** Grid cell, in Mercator degrees: border edges are indexed by the cells they touch. */
const CELL = 0.25;

/** Mercator y in degrees-like units (equal to latitude at the equator), so cells are square-ish. */
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) / DEG;
const latOf = (y: number) => (2 * Math.atan(Math.exp(y * DEG)) - Math.PI / 2) / DEG;

/** Rhumb-line distance in km between two [lon, lat] points (a straight line in Mercator). */
export function rhumbKm(a: Position, b: Position): number {
  const f1 = a[1] * DEG;
  const f2 = b[1] * DEG;
  const df = f2 - f1;
  let dl = Math.abs(b[0] - a[0]) * DEG;
  if (dl > Math.PI) dl = 2 * Math.PI - dl;
  const dPsi = Math.log(Math.tan(Math.PI / 4 + f2 / 2) / Math.tan(Math.PI / 4 + f1 / 2));
  const q = Math.abs(dPsi) > 1e-12 ? df / dPsi : Math.cos(f1);
  return Math.sqrt(df * df + q * q * dl * dl) * EARTH_KM;
}

export class Borders {
  readonly countries: BorderCountry[] = [];
  /** Border edges as flat Mercator coordinates: x1, y1, x2, y2 each, and the country of each edge. */
  private readonly edges: number[] = [];
  private readonly edgeCountry: number[] = [];
  /** Edge indexes by grid cell (`cx,cy`). */
  private readonly grid = new Map<string, number[]>();
  /** Edge indexes by horizontal band (cy), for the ray cast that says which countries hold a point. */
  private readonly bands = new Map<number, number[]>();
  private readonly byCode = new Map<string, number>();

  constructor(countries: { code: string | null; name: string; polygons: Position[][][] }[]) {
    for (const c of countries) {
      const index = this.countries.length;
      this.countries.push({ code: c.code, name: c.name });
      if (c.code) this.byCode.set(c.code, index);
      for (const rings of c.polygons)
        for (const ring of rings)
          for (let i = 1; i < ring.length; i++) this.addEdge(ring[i - 1], ring[i], index);
    }
  }

  private addEdge(a: Position, b: Position, country: number): void {
    const e = this.edgeCountry.length;
    const [x1, y1, x2, y2] = [a[0], mercY(a[1]), b[0], mercY(b[1])];
    this.edges.push(x1, y1, x2, y2);
    this.edgeCountry.push(country);
    const [cx1, cx2] = [Math.floor(Math.min(x1, x2) / CELL), Math.floor(Math.max(x1, x2) / CELL)];
    const [cy1, cy2] = [Math.floor(Math.min(y1, y2) / CELL), Math.floor(Math.max(y1, y2) / CELL)];
    for (let cy = cy1; cy <= cy2; cy++) {
      push(this.bands, cy, e);
      for (let cx = cx1; cx <= cx2; cx++) push(this.grid, `${cx},${cy}`, e);
    }
  }

  /** The index of the country with this ISO alpha-2 code, if the basemap draws it. */
  indexOf(code: string): number | undefined {
    return this.byCode.get(code);
  }

  /** The countries whose land holds the point (one, or none at sea or off the map). */
  countriesAt([lon, lat]: Position): number[] {
    return this.countriesAtXY(lon, mercY(lat));
  }

  private countriesAtXY(x: number, y: number): number[] {
    const inside = new Map<number, boolean>();
    for (const e of this.bands.get(Math.floor(y / CELL)) ?? []) {
      const [x1, y1, x2, y2] = this.edge(e);
      if (y1 > y === y2 > y) continue;
      if (x1 + ((y - y1) / (y2 - y1)) * (x2 - x1) > x) {
        const c = this.edgeCountry[e];
        inside.set(c, !inside.get(c));
      }
    }
    return [...inside].filter(([, odd]) => odd).map(([c]) => c);
  }

  /** How far, in km, the point lies from the land of a country (0 inside it). */
  distanceKm(point: Position, country: number): number {
    if (this.countriesAt(point).includes(country)) return 0;
    const [px, py] = [point[0], mercY(point[1])];
    let best = Number.POSITIVE_INFINITY;
    for (let e = 0; e < this.edgeCountry.length; e++) {
      if (this.edgeCountry[e] !== country) continue;
      const [x1, y1, x2, y2] = this.edge(e);
      const [dx, dy] = [x2 - x1, y2 - y1];
      const t = dx === 0 && dy === 0 ? 0 : clamp(((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy));
      const km = rhumbKm(point, [x1 + t * dx, latOf(y1 + t * dy)]);
      if (km < best) best = km;
    }
    return best;
  }

  /**
   * A line as drawn (straight in Mercator between its vertices), cut where it crosses a border, each
   * stretch with its length and the countries under it; neighbouring stretches under the same countries
   * are joined.
   */
  stretches(line: Position[]): Stretch[] {
    const out: Stretch[] = [];
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1], line[i]];
      const [ax, ay, bx, by] = [a[0], mercY(a[1]), b[0], mercY(b[1])];
      const cuts = [0, 1, ...this.crossings(ax, ay, bx, by)].sort((p, q) => p - q);
      for (let k = 1; k < cuts.length; k++) {
        const [t0, t1] = [cuts[k - 1], cuts[k]];
        if (t1 - t0 < 1e-12) continue;
        const at = (t: number): Position => [ax + t * (bx - ax), latOf(ay + t * (by - ay))];
        const tm = (t0 + t1) / 2;
        const countries = this.countriesAtXY(ax + tm * (bx - ax), ay + tm * (by - ay)).sort();
        const [from, to] = [at(t0), at(t1)];
        const km = rhumbKm(from, to);
        const last = out[out.length - 1];
        if (last && same(last.countries, countries)) {
          last.to = to;
          last.km += km;
        } else out.push({ from, to, km, countries });
      }
    }
    return out;
  }

  /** Where (as fractions of the segment) the segment crosses a border edge. */
  private crossings(ax: number, ay: number, bx: number, by: number): number[] {
    const seen = new Set<number>();
    const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / CELL));
    for (let s = 0; s < steps; s++) {
      const [p, q] = [s / steps, (s + 1) / steps];
      const [x1, x2] = [ax + p * (bx - ax), ax + q * (bx - ax)];
      const [y1, y2] = [ay + p * (by - ay), ay + q * (by - ay)];
      for (let cx = Math.floor(Math.min(x1, x2) / CELL); cx <= Math.floor(Math.max(x1, x2) / CELL); cx++)
        for (let cy = Math.floor(Math.min(y1, y2) / CELL); cy <= Math.floor(Math.max(y1, y2) / CELL); cy++)
          for (const e of this.grid.get(`${cx},${cy}`) ?? []) seen.add(e);
    }
    const out: number[] = [];
    const [rx, ry] = [bx - ax, by - ay];
    for (const e of seen) {
      const [x1, y1, x2, y2] = this.edge(e);
      const [sx, sy] = [x2 - x1, y2 - y1];
      const denom = rx * sy - ry * sx;
      if (denom === 0) continue;
      const t = ((x1 - ax) * sy - (y1 - ay) * sx) / denom;
      const u = ((x1 - ax) * ry - (y1 - ay) * rx) / denom;
      if (t > 0 && t < 1 && u >= 0 && u <= 1) out.push(t);
    }
    return out;
  }

  private edge(e: number): [number, number, number, number] {
    const i = e * 4;
    return [this.edges[i], this.edges[i + 1], this.edges[i + 2], this.edges[i + 3]];
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const clamp = (t: number) => Math.max(0, Math.min(1, t));
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

let cached: Borders | undefined;

/**
 * The basemap's borders (`basemapCountries`: Natural Earth 50m through the basemap's own simplification and
 * rounding), indexed once per process.
 */
export function basemapBorders(): Borders {
  cached ??= new Borders(
    basemapCountries().map((c) => ({
      code: c.iso === null ? null : (ALPHA2[c.iso] ?? null),
      name: c.name,
      polygons: c.polygons,
    })),
  );
  return cached;
}
