import { scaleSqrt } from 'd3-scale';
import type { FeatureCollection } from 'geojson';
import KDBush from 'kdbush';
import { DEFAULT_BOUNDS } from '../data/extent.ts';
import type { IndexProject, Localized, MapData } from '../data/types.ts';
import { LANGUAGES } from '../data/vocabularies.ts';
import { KIND_SHAPE, markerImageName } from '../symbols/markers.ts';

/** Hub radius in pixels where no source gives a container volume. */
export const BASE_RADIUS = 7;

/** The container measure hubs are sized by: the only volume the sources give for several hubs alike. */
const SIZE_UNITS = new Set(['TEU/yr', 'TEU']);

/** The largest container volume any source gives for any project at a hub, in TEU. */
export function hubVolume(projects: Pick<IndexProject, 'figures'>[]): number | undefined {
  const values = projects.flatMap((p) => p.figures.filter((f) => SIZE_UNITS.has(f.unit)).map((f) => f.value));
  return values.length ? Math.max(...values) : undefined;
}

/** A d3 square-root scale from TEU to radius, so a marker's area follows the volume. */
function radiusScale(maxVolume: number) {
  return scaleSqrt()
    .domain([0, Math.max(maxVolume, 1)])
    .range([BASE_RADIUS, 20])
    .clamp(true);
}

function names(n: Localized): Record<string, string> {
  return Object.fromEntries(Object.entries(n).map(([lang, v]) => [`name_${lang}`, v]));
}

/** Hubs nearer each other than this (km) are a pair (twin crossings either side of a border: Khorgos and Horgos). */
export const PAIR_KM = 20;

/** A name without its closing remark in brackets: "Horgos (China)" is "Horgos". */
const bare = (name: string): string => name.replace(/\s*[(（][^()（）]*[)）]\s*$/, '').trim();

/**
 * The one name of a pair of hubs (`first`'s then `second`'s, bare of remarks in brackets) in each language:
 * one name where one is the other's start ("霍尔果斯" and "霍尔果斯市", "Хоргос" twice), else both,
 * "Khorgos / Horgos". A hub without a name in a language lends its English one, as the map's labels do.
 */
export function pairName(first: Localized, second: Localized): Record<string, string> {
  return Object.fromEntries(
    LANGUAGES.flatMap((lang) => {
      const [a, b] = [first, second].map((n) => bare(n[lang] ?? n.en));
      if (!a || !b) return [];
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      const one = long.toLocaleLowerCase(lang).startsWith(short.toLocaleLowerCase(lang));
      return [[`pair_${lang}`, one ? short : `${a}${lang === 'zh' ? '／' : ' / '}${b}`]];
    }),
  );
}

/** The distance between two points in km (an equirectangular approximation: pairs are a few km apart). */
function km(a: GeoJSON.Position, b: GeoJSON.Position): number {
  const [x1 = 0, y1 = 0] = a;
  const [x2 = 0, y2 = 0] = b;
  const cos = Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
  return Math.hypot((x1 - x2) * 111.32 * cos, (y1 - y2) * 110.57);
}

/** A hub as the pair and count rules see it: where it stands, how big it is drawn, how many projects it has. */
type SizedHub = { id: string; at: GeoJSON.Position; radius: number; projects: number };

/**
 * For each hub (by index), the indices of the hubs after it in the list less than `within` km from it (`km`),
 * ascending. The hubs are indexed once (kdbush) and each is asked for a box of lon/lat that holds them all:
 * a test of every pair took seconds at a thousand times the data.
 */
function neighboursAfter(hubs: SizedHub[], within: number): number[][] {
  if (hubs.length === 0) return [];
  const index = new KDBush(hubs.length);
  for (const { at } of hubs) index.add(at[0] ?? 0, at[1] ?? 0);
  index.finish();
  // `km` scales longitude by the cosine of the pair's mean latitude, never below that of the farthest hub's;
  // the box is a little larger still, so that rounding never leaves out a hub `km` puts just inside.
  const cos = hubs.reduce((c, { at }) => Math.min(c, Math.cos(((at[1] ?? 0) * Math.PI) / 180)), 1);
  const [dLon, dLat] = [(1.01 * within) / (111.32 * Math.max(cos, 1e-6)), (1.01 * within) / 110.57];
  return hubs.map(({ at: [lon = 0, lat = 0] }, i) =>
    index
      .range(lon - dLon, lat - dLat, lon + dLon, lat + dLat)
      .filter((j) => j > i && km(hubs[i].at, hubs[j].at) < within)
      .sort((a, b) => a - b),
  );
}

/**
 * The pairs of hubs within PAIR_KM of each other, nearest first, each hub in one pair at most: the first of a
 * pair is the one that stands for both while their circles overlap (the bigger circle, else the one with
 * more projects, else the first in the data), the second gives way.
 */
export function hubPairs(hubs: SizedHub[]): [string, string][] {
  const near = neighboursAfter(hubs, PAIR_KM).flatMap((after, i) =>
    after.map((j) => [km(hubs[i].at, hubs[j].at), hubs[i], hubs[j]] as const),
  );
  const taken = new Set<string>();
  const pairs: [string, string][] = [];
  for (const [, a, b] of near.sort((x, y) => x[0] - y[0])) {
    if (taken.has(a.id) || taken.has(b.id)) continue;
    taken.add(a.id).add(b.id);
    const bFirst = b.radius > a.radius || (b.radius === a.radius && b.projects > a.projects);
    pairs.push(bFirst ? [b.id, a.id] : [a.id, b.id]);
  }
  return pairs;
}

/** A hub's count gives way, at low zoom, to a bigger hub's less than this far (km): their badges would touch. */
export const COUNT_NEAR_KM = 100;

/**
 * The hubs whose count gives way to a bigger hub's (bigger circle, else more projects) within COUNT_NEAR_KM,
 * other than their pair's (which counts both): Kuryk to Aktau, Kalzhat to Khorgos.
 */
export function countsGivingWay(hubs: SizedHub[], pairs: [string, string][]): Set<string> {
  const seconds = new Set(pairs.map(([, second]) => second));
  const pairOf = new Map(pairs.flatMap(([x, y]) => [[x, y] as const, [y, x] as const]));
  const bigger = (a: SizedHub, b: SizedHub) =>
    a.radius > b.radius || (a.radius === b.radius && a.projects > b.projects);
  const givingWay = new Set<string>();
  neighboursAfter(hubs, COUNT_NEAR_KM).forEach((after, i) => {
    for (const j of after) {
      const [a, b] = [hubs[i], hubs[j]];
      if (pairOf.get(a.id) === b.id) continue;
      if (bigger(b, a)) givingWay.add(a.id);
      if (bigger(a, b)) givingWay.add(b.id);
    }
  });
  for (const id of seconds) givingWay.delete(id);
  return givingWay;
}

/**
 * Which side of its circle a hub's name tries first (layers.ts, hubLabelOffsets): 'east' for a hub in the
 * eastern quarter of the opening view (DEFAULT_BOUNDS), whose name turns inward, to the left, rather than off
 * the map's edge; 'west' for the others, right first.
 */
export function labelSide([lon = 0]: GeoJSON.Position): 'east' | 'west' {
  const [[west], [east]] = DEFAULT_BOUNDS;
  return lon > east - (east - west) / 4 ? 'east' : 'west';
}

/** The marker icon for a project: its kind's shape in its status's colour. */
export function iconName(p: Pick<IndexProject, 'kind' | 'status'>): string {
  return markerImageName(KIND_SHAPE[p.kind], p.status);
}

/** The map's GeoJSON sources, made from the data once. */
export interface MapFeatures {
  hubs: FeatureCollection;
  projects: FeatureCollection;
  routes: FeatureCollection;
  places: FeatureCollection;
}

/**
 * Turns the data into the features the map draws. Markers that would share a point (projects that no source
 * locates stand at their hub's) are set in a ring round it, by pixel offset.
 */
export function mapFeatures(data: MapData): MapFeatures {
  const byHub = new Map<string, IndexProject[]>();
  for (const p of data.projects) {
    const list = byHub.get(p.properties.hub);
    if (list) list.push(p.properties);
    else byHub.set(p.properties.hub, [p.properties]);
  }
  const volumes = new Map([...byHub].map(([hub, ps]) => [hub, hubVolume(ps)]));
  const scale = radiusScale(Math.max(0, ...[...volumes.values()].map((v) => v ?? 0)));
  const radius = new Map(
    data.hubs.map((h) => {
      const v = volumes.get(h.properties.id);
      return [h.properties.id, v === undefined ? BASE_RADIUS : scale(v)];
    }),
  );

  // Markers that would stand on one point (projects that no source locates stand at their hub's point; a
  // located one may share a point with its hub or with another) are set in a ring round it, so each can be
  // seen and clicked, and none looks like an exact pin on the hub.
  const key = (c: GeoJSON.Position) => `${c[0]},${c[1]}`;
  const hubAt = new Map(data.hubs.map((h) => [key(h.geometry.coordinates), h.properties.id]));
  const atPoint = new Map<string, string[]>();
  for (const p of data.projects) {
    const k = key(p.geometry.coordinates);
    const ids = atPoint.get(k);
    if (ids) ids.push(p.properties.id);
    else atPoint.set(k, [p.properties.id]);
  }
  const offset = (p: IndexProject, at: GeoJSON.Position): [number, number] => {
    const k = key(at);
    const ring = atPoint.get(k) ?? [];
    const hub = hubAt.get(k);
    if (hub === undefined && ring.length < 2) return [0, 0];
    const i = ring.indexOf(p.id);
    const r = (hub === undefined ? BASE_RADIUS : (radius.get(hub) ?? BASE_RADIUS)) + 11;
    const a =
      -Math.PI / 2 + (i * 2 * Math.PI) / Math.max(ring.length, 1) + (ring.length === 1 ? Math.PI / 4 : 0);
    return [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))];
  };

  // A pair's first hub carries the pair's name and count (`pair_<lang>`, `pairProjects`), its second `paired`:
  // while the two circles overlap, one name and one count stand for both (layers.ts, PAIR_ZOOM).
  const count = (id: string) => byHub.get(id)?.length ?? 0;
  const sized = data.hubs.map((h) => ({
    id: h.properties.id,
    at: h.geometry.coordinates,
    radius: radius.get(h.properties.id) ?? BASE_RADIUS,
    projects: count(h.properties.id),
  }));
  const pairs = hubPairs(sized);
  const givingWay = countsGivingWay(sized, pairs);
  const hubName = new Map(data.hubs.map((h) => [h.properties.id, h.properties.name]));
  const pairOf = new Map<string, Record<string, unknown>>();
  for (const [first, second] of pairs) {
    pairOf.set(first, {
      ...pairName(hubName.get(first) as Localized, hubName.get(second) as Localized),
      pairProjects: count(first) + count(second),
    });
    pairOf.set(second, { paired: true });
  }

  return {
    hubs: {
      type: 'FeatureCollection',
      features: data.hubs.map((h) => ({
        type: 'Feature',
        geometry: h.geometry,
        properties: {
          id: h.properties.id,
          precision: h.properties.precision,
          radius: radius.get(h.properties.id),
          projects: count(h.properties.id),
          labelSide: labelSide(h.geometry.coordinates),
          ...(givingWay.has(h.properties.id) ? { countGivesWay: true } : {}),
          ...names(h.properties.name),
          ...pairOf.get(h.properties.id),
        },
      })),
    },
    projects: {
      type: 'FeatureCollection',
      features: data.projects.map((p) => ({
        type: 'Feature',
        geometry: p.geometry,
        properties: {
          id: p.properties.id,
          hub: p.properties.hub,
          kind: p.properties.kind,
          status: p.properties.status,
          icon: iconName(p.properties),
          offset: offset(p.properties, p.geometry.coordinates),
          ...names(p.properties.name),
        },
      })),
    },
    routes: {
      type: 'FeatureCollection',
      features: data.routes.map((r) => ({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: r.coordinates },
        properties: { id: r.id, mode: r.mode, status: r.status, line: r.line, ...names(r.name) },
      })),
    },
    places: {
      type: 'FeatureCollection',
      features: data.places.map((p) => ({
        type: 'Feature',
        geometry: p.geometry,
        properties: { id: p.properties.id, label: p.properties.label, ...names(p.properties.name) },
      })),
    },
  };
}
