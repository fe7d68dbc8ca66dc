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
export function radiusScale(maxVolume: number) {
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
 * Turns the data into the features the map draws. Projects that no source locates stand at their hub's
 * point: they are set in a ring around the hub (by pixel offset) so they never look like exact pins.
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

  const ringed = new Map<string, string[]>();
  for (const p of data.projects) {
    if (p.properties.precision !== 'city') continue;
    ringed.set(p.properties.hub, [...(ringed.get(p.properties.hub) ?? []), p.properties.id]);
  }
  const offset = (p: IndexProject): [number, number] => {
    const ring = ringed.get(p.hub) ?? [];
    const i = ring.indexOf(p.id);
    if (i < 0) return [0, 0];
    const r = (radius.get(p.hub) ?? BASE_RADIUS) + 11;
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
          offset: offset(p.properties),
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
