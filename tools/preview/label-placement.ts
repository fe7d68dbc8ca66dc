import type { Feature, FeatureCollection } from 'geojson';
import type { Point } from '../../src/preview/preview-camera.ts';
import { BASE_RADIUS, type MapFeatures } from '../../src/style/features.ts';
import { BLOCK_SIZE } from '../../src/style/layers.ts';
import { SOURCES } from '../../src/style/style.ts';
import { MARKER } from '../../src/symbols/markers.ts';
import type { Canvas } from './canvas.ts';
import { type Label, LINE_HEIGHT, layout, Placement, textWidth, wrap } from './labels.ts';
import { intersects, lngLatOf } from './paths.ts';
import { PREVIEW_LIMITS, thin } from './thinning.ts';

/** A hub as the picture draws it: where, how big, its feature. */
export interface PlacedHub {
  at: Point;
  radius: number;
  feature: Feature;
}

/** What the labels' placement decides: which hubs and places are drawn, and the labels that found room. */
export interface Placed {
  hubs: { hubs: PlacedHub[]; labels: Label[] };
  places: { places: Point[]; labels: Label[] };
  /** The country labels, by text size. */
  countries: Map<number, Label[]>;
}

/** MapLibre's anchors: the side (or corner) of the text the point is on. */
type Anchor =
  | 'center'
  | 'left'
  | 'right'
  | 'top'
  | 'bottom'
  | 'top-left'
  | 'top-right'
  | 'bottom-left'
  | 'bottom-right';

/** A layer's text-variable-anchor-offset as [anchor, [x, y] in em] pairs (the evaluator gives `{ values }`). */
function anchorOffsets(
  canvas: Canvas,
  layer: string,
  props: Record<string, unknown>,
): [Anchor, [number, number]][] {
  const raw = canvas.style.value<unknown[] | { values: unknown[] }>(
    layer,
    'text-variable-anchor-offset',
    props,
  );
  const values = Array.isArray(raw) ? raw : raw.values;
  const pairs: [Anchor, [number, number]][] = [];
  for (let i = 0; i < values.length; i += 2)
    pairs.push([values[i] as Anchor, values[i + 1] as [number, number]]);
  return pairs;
}

/** The label of `lines` (`w` wide) set at `anchor` of the point [x, y] moved by `offset` em, as MapLibre sets it. */
function anchored(
  lines: string[],
  w: number,
  size: number,
  [x, y]: Point,
  anchor: Anchor,
  offset: [number, number],
): Label {
  const half = (lines.length * LINE_HEIGHT * size) / 2;
  const ax = x + offset[0] * size;
  const ay = y + offset[1] * size;
  const align = anchor.endsWith('left') ? 'start' : anchor.endsWith('right') ? 'end' : 'middle';
  const middle = anchor.startsWith('top') ? ay + half : anchor.startsWith('bottom') ? ay - half : ay;
  return layout(lines, w, size, ax, middle, align);
}

/** A label's lines and its width at a text size, wrapped at the layer's text-max-width (in em). */
function measured(
  canvas: Canvas,
  layer: string,
  name: string,
  size: number,
  props: Record<string, unknown>,
): { lines: string[]; w: number; bold: boolean; spacing: number } {
  const bold = canvas.style.value<string[]>(layer, 'text-font', props).some((f) => /Bold/.test(f));
  const spacing = canvas.style.value<number>(layer, 'text-letter-spacing', props);
  const max = canvas.style.value<number>(layer, 'text-max-width', props) * size;
  const lines = wrap(name, size, bold, max, spacing);
  return { lines, w: Math.max(...lines.map((l) => textWidth(l, size, bold, spacing))), bold, spacing };
}

/** A label's text, as the layer's text-field (and text-transform) make it. */
function labelText(canvas: Canvas, layer: string, props: Record<string, unknown>): string {
  const text = String(canvas.style.value(layer, 'text-field', props) ?? '');
  const transform = canvas.style.value<string>(layer, 'text-transform', props);
  if (transform === 'uppercase') return text.toLocaleUpperCase(canvas.lang);
  return transform === 'lowercase' ? text.toLocaleLowerCase(canvas.lang) : text;
}

/**
 * How far outside the frame (px) a marker or hub circle can still keep a label off its spot: labels are placed
 * for points at most 200 px outside it (below), and none reaches 200 px from its point. What lies further is
 * not looked at, which at a thousand times the data is most of it.
 */
const BLOCKS_NEAR = 450;

/**
 * Places the labels from the topmost layer down, as MapLibre does: first what is placed whatever it meets (the
 * project markers and the invisible boxes over the hub circles, which names go round), then hub labels (the
 * lowest symbol-sort-key first), place labels, country labels.
 */
export function placeLabels(canvas: Canvas, features: MapFeatures, basemap: FeatureCollection): Placed {
  const { project, visible, frame, width, height, style } = canvas;
  const placement = new Placement(frame);

  // A layer with a minzoom above the picture's (dense data) places nothing.
  const shown = (id: string) => (style.layer(id).minzoom ?? 0) <= style.zoom;
  const markerLayer = `${SOURCES.projects}-marker`;
  if (shown(markerLayer) && !style.value<boolean>(markerLayer, 'icon-ignore-placement')) {
    const padding = style.value<number>(markerLayer, 'icon-padding');
    const half = MARKER.size / 2;
    for (const f of features.projects.features) {
      const [x, y] = project(lngLatOf(f as Feature));
      if (!visible([x, y], BLOCKS_NEAR)) continue;
      const [ox, oy] = style.value<[number, number]>(markerLayer, 'icon-offset', f.properties ?? {});
      placement.block([x + ox - half, y + oy - half, x + ox + half, y + oy + half], padding);
    }
  }

  const hubLayer = `${SOURCES.hubs}-label`;
  const allHubs = features.hubs.features.map((f) => ({
    at: project(lngLatOf(f)),
    radius: Number(f.properties?.radius ?? BASE_RADIUS),
    feature: f as Feature,
  }));
  // Past the limit, the biggest hubs first: one per cell, and only those drawn are labelled.
  const hubsInView = allHubs.filter((h) => visible(h.at, h.radius + 20));
  const keptHubs = new Set(
    thin(
      [...hubsInView].sort((a, b) => b.radius - a.radius),
      (h) => h.at,
      PREVIEW_LIMITS.hubs,
      2 * BASE_RADIUS,
      width * height,
    ),
  );
  const hubs = (
    hubsInView.length > PREVIEW_LIMITS.hubs ? allHubs.filter((h) => keptHubs.has(h)) : allHubs
  ).filter((h) => visible(h.at, BLOCKS_NEAR));
  const blockLayer = `${SOURCES.hubs}-block`;
  for (const h of shown(blockLayer) ? hubs : []) {
    const props = h.feature.properties ?? {};
    const half = (style.value<number>(blockLayer, 'icon-size', props) * BLOCK_SIZE) / 2;
    const [x, y] = h.at;
    placement.block(
      [x - half, y - half, x + half, y + half],
      style.value<number>(blockLayer, 'icon-padding', props),
    );
  }
  const sortKey = new Map(
    hubs.map((h) => [h, style.value<number>(hubLayer, 'symbol-sort-key', h.feature.properties ?? {}) ?? 0]),
  );
  const hubLabels: Label[] = [];
  for (const h of [...hubs].sort((a, b) => (sortKey.get(a) ?? 0) - (sortKey.get(b) ?? 0))) {
    const props = h.feature.properties ?? {};
    const name = labelText(canvas, hubLayer, props);
    if (!name || !visible(h.at, 200)) continue;
    const size = style.value<number>(hubLayer, 'text-size', props);
    const { lines, w } = measured(canvas, hubLayer, name, size, props);
    const candidates = anchorOffsets(canvas, hubLayer, props).map(([anchor, offset]) =>
      anchored(lines, w, size, h.at, anchor, offset),
    );
    const placed = placement.place(candidates);
    if (placed && intersects(placed.box, frame)) hubLabels.push(placed);
  }

  const placeLayer = `${SOURCES.places}-label`;
  const places = thin(
    style
      .filter(`${SOURCES.places}-dot`, features.places.features as Feature[])
      .map((f) => ({ at: project(lngLatOf(f)), props: f.properties ?? {}, f }))
      .filter((p) => visible(p.at, 10)),
    (p) => p.at,
    PREVIEW_LIMITS.places,
    5,
    width * height,
  );
  const named = new Set(
    style.filter(
      placeLayer,
      places.map((p) => p.f),
    ),
  );
  const placeLabels: Label[] = [];
  for (const p of places) {
    const name = named.has(p.f) ? labelText(canvas, placeLayer, p.props) : '';
    if (!name) continue;
    const size = style.value<number>(placeLayer, 'text-size', p.props);
    const { lines, w } = measured(canvas, placeLayer, name, size, p.props);
    const placed = placement.place(
      anchorOffsets(canvas, placeLayer, p.props).map(([anchor, offset]) =>
        anchored(lines, w, size, p.at, anchor, offset),
      ),
    );
    if (placed && intersects(placed.box, frame)) placeLabels.push(placed);
  }

  const countryLayer = `${SOURCES.basemap}-country-label`;
  const countries = new Map<number, Label[]>();
  for (const f of style.filter(countryLayer, basemap.features)) {
    if (f.geometry?.type !== 'Point') continue;
    const props = f.properties ?? {};
    const at = project(f.geometry.coordinates as [number, number]);
    const name = labelText(canvas, countryLayer, props);
    if (!name || !visible(at, 100)) continue;
    const size = style.value<number>(countryLayer, 'text-size', props);
    const { lines, w } = measured(canvas, countryLayer, name, size, props);
    const placed = placement.place([layout(lines, w, size, at[0], at[1], 'middle')]);
    if (!placed || !intersects(placed.box, frame)) continue;
    const group = countries.get(size);
    if (group) group.push(placed);
    else countries.set(size, [placed]);
  }

  return {
    hubs: { hubs, labels: hubLabels },
    places: { places: places.map((p) => p.at), labels: placeLabels },
    countries,
  };
}
