import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import type { Selection } from '../state/view.ts';
import { HIDDEN_STATE } from './layers.ts';
import { INTERACTIVE_LAYERS, SOURCES } from './style.ts';

/** What the reader can point at: the topmost feature, and what selecting it means. */

/** The topmost selectable feature at a point, with a few pixels' slack for thin lines; hidden ones skipped. */
export function featureAt(
  map: MapLibreMap,
  { x, y }: { x: number; y: number },
): MapGeoJSONFeature | undefined {
  const box: [[number, number], [number, number]] = [
    [x - 4, y - 4],
    [x + 4, y + 4],
  ];
  const layers = [
    ...INTERACTIVE_LAYERS.projects,
    ...INTERACTIVE_LAYERS.hubs,
    ...INTERACTIVE_LAYERS.routes,
  ].filter((id) => map.getLayer(id));
  const hits = map.queryRenderedFeatures(box, { layers }).filter((f) => !f.state?.[HIDDEN_STATE]);
  const rank = (f: MapGeoJSONFeature) =>
    f.source === SOURCES.projects ? 0 : f.source === SOURCES.hubs ? 1 : 2;
  return hits.sort((a, b) => rank(a) - rank(b))[0];
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
