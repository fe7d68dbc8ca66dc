import { scaleSqrt } from 'd3-scale';
import type { FeatureCollection } from 'geojson';
import type { IndexProject, Localized, MapData } from '../data/types.ts';
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
  for (const p of data.projects)
    byHub.set(p.properties.hub, [...(byHub.get(p.properties.hub) ?? []), p.properties]);
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
    atPoint.set(k, [...(atPoint.get(k) ?? []), p.properties.id]);
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
          projects: byHub.get(h.properties.id)?.length ?? 0,
          ...names(h.properties.name),
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
