import type { Feature, FeatureCollection } from 'geojson';
import { BASE_RADIUS, type MapFeatures } from '../../src/map/features.ts';
import type { Point } from '../../src/map/preview-camera.ts';
import { SOURCES } from '../../src/map/style.ts';
import { BASELINE_OFFSET, type Label, LINE_HEIGHT, layout, Placement, textWidth, wrap } from './labels.ts';
import { intersects, lngLatOf } from './paths.ts';
import type { Canvas } from './preview.ts';
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

/** Where a label stands for each of MapLibre's anchors: the side of the point its text is on. */
type Anchor = 'left' | 'right' | 'top' | 'bottom';

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
 * Places the labels from the topmost layer down, as MapLibre does: hub labels, place labels, country labels.
 * Project markers ignore placement (icon-ignore-placement), so they block nothing.
 */
export function placeLabels(canvas: Canvas, features: MapFeatures, basemap: FeatureCollection): Placed {
  const { project, visible, frame, width, height, style } = canvas;
  const placement = new Placement(frame);

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
  const hubs = hubsInView.length > PREVIEW_LIMITS.hubs ? allHubs.filter((h) => keptHubs.has(h)) : allHubs;
  const hubLabels: Label[] = [];
  for (const h of hubs) {
    const props = h.feature.properties ?? {};
    const name = labelText(canvas, hubLayer, props);
    if (!name || !visible(h.at, 200)) continue;
    const size = style.value<number>(hubLayer, 'text-size', props);
    const { lines, w } = measured(canvas, hubLayer, name, size, props);
    const half = (lines.length * LINE_HEIGHT * size) / 2;
    // 'top' and 'bottom' are measured from the baseline (MapLibre).
    const off = style.value<number>(hubLayer, 'text-radial-offset', props) * size;
    const vertical = off - BASELINE_OFFSET * size;
    const [x, y] = h.at;
    const at: Record<Anchor, Label> = {
      left: layout(lines, w, size, x + off, y, 'start'),
      right: layout(lines, w, size, x - off, y, 'end'),
      top: layout(lines, w, size, x, y + vertical + half, 'middle'),
      bottom: layout(lines, w, size, x, y - vertical - half, 'middle'),
    };
    const anchors = style.value<Anchor[]>(hubLayer, 'text-variable-anchor', props);
    const placed = placement.place(anchors.map((a) => at[a]));
    if (placed && intersects(placed.box, frame)) hubLabels.push(placed);
  }

  const placeLayer = `${SOURCES.places}-label`;
  const places = thin(
    style
      .filter(placeLayer, features.places.features as Feature[])
      .map((f) => ({ at: project(lngLatOf(f)), props: f.properties ?? {} }))
      .filter((p) => visible(p.at, 10)),
    (p) => p.at,
    PREVIEW_LIMITS.places,
    5,
    width * height,
  );
  const placeLabels: Label[] = [];
  for (const p of places) {
    const name = labelText(canvas, placeLayer, p.props);
    if (!name) continue;
    const size = style.value<number>(placeLayer, 'text-size', p.props);
    const { lines, w } = measured(canvas, placeLayer, name, size, p.props);
    // text-anchor 'top', moved down by text-offset (em).
    const top = p.at[1] + style.value<[number, number]>(placeLayer, 'text-offset', p.props)[1] * size;
    const placed = placement.place([
      layout(lines, w, size, p.at[0], top + (lines.length * LINE_HEIGHT * size) / 2, 'middle'),
    ]);
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
