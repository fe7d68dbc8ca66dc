import type { MapGeoJSONFeature, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { Selection } from '../state/view.ts';
import { HIDDEN_STATE } from '../style/layers.ts';
import { INTERACTIVE_LAYERS, SOURCES } from '../style/style.ts';
import { MARKER_SHAPE_SIZE } from '../symbols/markers.ts';

/**
 * What the reader can point at: the topmost feature as drawn, and what selecting it means. Projects (drawn
 * on top) win over hubs, a hub's circle over its name, and both over the routes under them.
 */

/** How far from a marker's drawn centre a pointer still hits it: half the shape, and a little slack. */
const MARKER_REACH = MARKER_SHAPE_SIZE / 2 + 2;
/** The farthest a marker is drawn from its point (its ring round the hub, see features.ts), with its reach. */
const MARKER_SEARCH = 48;

type Point = { x: number; y: number };

const around = ({ x, y }: Point, r: number): [PointLike, PointLike] => [
  [x - r, y - r],
  [x + r, y + r],
];

/**
 * The project whose marker is drawn under the point. MapLibre hit-tests a symbol at its anchor, not where a
 * data-driven `icon-offset` draws it, so the candidates it returns are measured here against the marker
 * as drawn: its point, moved by its offset.
 */
function markerAt(map: MapLibreMap, point: Point, layers: string[]): MapGeoJSONFeature | undefined {
  let best: { f: MapGeoJSONFeature; d: number } | undefined;
  for (const f of map.queryRenderedFeatures(around(point, MARKER_SEARCH), { layers })) {
    if (f.state?.[HIDDEN_STATE] || f.geometry.type !== 'Point') continue;
    const at = map.project(f.geometry.coordinates as [number, number]);
    const [dx, dy] = offsetOf(f);
    const d = Math.hypot(point.x - (at.x + dx), point.y - (at.y + dy));
    if (d <= MARKER_REACH && (!best || d < best.d)) best = { f, d };
  }
  return best?.f;
}

/** A marker's offset: an array in the source, a JSON string once MapLibre has tiled it. */
function offsetOf(f: MapGeoJSONFeature): [number, number] {
  const o: unknown = f.properties.offset;
  const value = typeof o === 'string' ? JSON.parse(o) : o;
  return Array.isArray(value) && value.length === 2 ? [Number(value[0]), Number(value[1])] : [0, 0];
}

/** The topmost visible feature of `layers` at the point, with `slack` pixels' room (thin lines). */
function topAt(
  map: MapLibreMap,
  point: Point,
  layers: string[],
  slack: number,
): MapGeoJSONFeature | undefined {
  const present = layers.filter((id) => map.getLayer(id));
  if (!present.length) return undefined;
  return map
    .queryRenderedFeatures(around(point, slack), { layers: present })
    .find((f) => !f.state?.[HIDDEN_STATE]);
}

/** The topmost selectable feature at a point, as drawn; hidden ones skipped. */
export function featureAt(map: MapLibreMap, point: Point): MapGeoJSONFeature | undefined {
  const markers = INTERACTIVE_LAYERS.projects.filter((id) => map.getLayer(id));
  return (
    (markers.length ? markerAt(map, point, markers) : undefined) ??
    topAt(map, point, [...INTERACTIVE_LAYERS.hubs], 1) ??
    topAt(map, point, [...INTERACTIVE_LAYERS.hubLabels], 1) ??
    topAt(map, point, [...INTERACTIVE_LAYERS.routes], 4)
  );
}

/** The selection a feature of the map stands for. */
export function selectionOf(f: MapGeoJSONFeature): Selection {
  const type = f.source === SOURCES.projects ? 'project' : f.source === SOURCES.hubs ? 'hub' : 'route';
  return { type, id: String(f.properties.id) };
}

/** The source a selection's feature is drawn from. */
export function sourceOf(s: Selection): string {
  return s.type === 'project' ? SOURCES.projects : s.type === 'hub' ? SOURCES.hubs : SOURCES.routes;
}
