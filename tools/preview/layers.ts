import type { Feature, FeatureCollection } from 'geojson';
import type { Point } from '../../src/preview/preview-camera.ts';
import type { MapFeatures } from '../../src/style/features.ts';
import { SOURCES } from '../../src/style/style.ts';
import type { Canvas } from './canvas.ts';
import type { PlacedHub } from './label-placement.ts';
import type { Label } from './labels.ts';
import { labelGroup } from './labels.ts';
import { areaPath, attrs, linePath, linesOf, num, pathElement, projectAll } from './paths.ts';
import { PREVIEW_LIMITS, thinRoutes } from './thinning.ts';

/**
 * The picture's layers, each drawn as the style's layer of the same id draws it, its paint read from the
 * style: basemap, routes, places, hubs (the project markers are in markers.ts).
 */

type Attributes = Record<string, string | number | undefined>;
type Props = Record<string, unknown>;

/** A width as an attribute: to a hundredth of a pixel. */
const width = (w: number) => String(Math.round(w * 100) / 100);
/** An opacity as an attribute, left out where it is 1. */
const opacity = (o: number) => (o === 1 ? undefined : String(o));

/** A line layer's look as SVG stroke attributes; MapLibre's dashes are in line widths, SVG's in pixels. */
function lineAttributes(canvas: Canvas, id: string, props: Props = {}): Attributes {
  const v = <T>(property: string) => canvas.style.value<T>(id, property, props);
  const w = v<number>('line-width');
  const join = v<string>('line-join');
  const cap = v<string>('line-cap');
  const dashes = v<number[] | undefined>('line-dasharray');
  return {
    'data-layer': id,
    fill: 'none',
    stroke: v<string>('line-color'),
    'stroke-width': width(w),
    'stroke-opacity': opacity(v<number>('line-opacity')),
    'stroke-linejoin': join === 'miter' ? undefined : join,
    'stroke-linecap': cap === 'butt' ? undefined : cap,
    // A pattern with no gap is a solid line.
    'stroke-dasharray': dashes?.some((d, i) => i % 2 === 1 && d > 0)
      ? dashes.map((d) => num(d * w)).join(' ')
      : undefined,
  };
}

/** A fill layer's look: its colour, and a 1-px outline where the layer gives an outline colour. */
function fillAttributes(canvas: Canvas, id: string): Attributes {
  const outline = canvas.style.value<string | undefined>(id, 'fill-outline-color');
  return {
    'data-layer': id,
    fill: canvas.style.value<string>(id, 'fill-color'),
    'fill-opacity': opacity(canvas.style.value<number>(id, 'fill-opacity')),
    'fill-rule': 'evenodd',
    stroke: outline,
    'stroke-width': outline ? 1 : undefined,
  };
}

/**
 * A circle layer's circles, as one group. MapLibre strokes a circle outside circle-radius, SVG centres the
 * stroke on r: so r is the radius plus half the stroke.
 */
function circleGroup(canvas: Canvas, id: string, circles: { at: Point; props: Props }[]): string {
  if (circles.length === 0) return '';
  const v = <T>(property: string, props: Props = circles[0].props) =>
    canvas.style.value<T>(id, property, props);
  const stroke = v<number>('circle-stroke-width');
  const g = attrs({
    'data-layer': id,
    fill: v<string>('circle-color'),
    'fill-opacity': opacity(v<number>('circle-opacity')),
    stroke: stroke > 0 ? v<string>('circle-stroke-color') : undefined,
    'stroke-opacity': stroke > 0 ? opacity(v<number>('circle-stroke-opacity')) : undefined,
    'stroke-width': stroke > 0 ? stroke : undefined,
  });
  const body = circles
    .map(({ at, props }) => {
      const r = v<number>('circle-radius', props) + v<number>('circle-stroke-width', props) / 2;
      return `<circle${attrs({ cx: at[0], cy: at[1], r })}/>`;
    })
    .join('');
  return `<g${g}>${body}</g>`;
}

/** A symbol layer's labels, in its text size, colours and halo. */
function labels(canvas: Canvas, id: string, placed: Label[], size?: number): string {
  const v = <T>(property: string) => canvas.style.value<T>(id, property);
  const px = size ?? v<number>('text-size');
  const spacing = v<number>('text-letter-spacing');
  return labelGroup(id, placed, {
    size: px,
    bold: v<string[]>('text-font').some((f) => /Bold/.test(f)),
    color: v<string>('text-color'),
    halo: v<string>('text-halo-color'),
    haloWidth: v<number>('text-halo-width'),
    spacing: spacing ? width(spacing * px) : undefined,
  });
}

/** The basemap: water, land, lakes, rivers, borders, country names. */
export function basemapLayers(
  canvas: Canvas,
  basemap: FeatureCollection,
  countries: Map<number, Label[]>,
): string[] {
  const { style, project, box } = canvas;
  const id = (layer: string) => `${SOURCES.basemap}-${layer}`;
  const lines = (layer: string) =>
    linePath(
      style.filter(id(layer), basemap.features).flatMap((f) => linesOf(f.geometry)),
      project,
      box,
    );
  const area = (layer: string) =>
    pathElement(
      areaPath(style.filter(id(layer), basemap.features), project, box),
      fillAttributes(canvas, id(layer)),
    );
  return [
    `<rect width="${canvas.width}" height="${canvas.height}" fill="${style.value<string>(id('background'), 'background-color')}"/>`,
    area('country'),
    area('lake'),
    pathElement(lines('river'), lineAttributes(canvas, id('river'))),
    pathElement(lines('border'), lineAttributes(canvas, id('border'))),
    ...[...countries.keys()]
      .sort((a, b) => b - a)
      .map((size) => labels(canvas, id('country-label'), countries.get(size) ?? [], size)),
  ];
}

/** Routes: traced lines under schematic ones, one path per mode, in the order the modes first appear. */
export function routeLayers(canvas: Canvas, routes: MapFeatures['routes']): string[] {
  const { project, box, frame, style } = canvas;
  const drawn = thinRoutes(
    routes.features.flatMap((f) => {
      if (f.geometry.type !== 'LineString') return [];
      const points = projectAll(f.geometry.coordinates, project);
      return [{ f: f as Feature, points, d: linePath([f.geometry.coordinates], project, box) }];
    }),
    PREVIEW_LIMITS.routeChars,
    frame,
  );
  // As the map sorts them: traced lines under schematic ones; one path per mode and kind of line.
  const id = `${SOURCES.routes}-line`;
  const kept = new Set(
    style.filter(
      id,
      drawn.map((r) => r.f),
    ),
  );
  const groups = new Map<string, { props: Props; paths: string[] }>();
  for (const line of ['traced', 'schematic']) {
    for (const { f, d } of drawn) {
      const props = f.properties ?? {};
      if (!kept.has(f) || props.line !== line) continue;
      const key = `${line} ${String(props.mode)}`;
      const group = groups.get(key);
      if (group) group.paths.push(d);
      else groups.set(key, { props, paths: [d] });
    }
  }
  return [...groups.values()].map(({ props, paths }) =>
    pathElement(paths.join(''), lineAttributes(canvas, id, props)),
  );
}

/** Reference places: a dot and a small label. */
export function placeLayers(canvas: Canvas, placed: { places: Point[]; labels: Label[] }): string[] {
  return [
    circleGroup(
      canvas,
      `${SOURCES.places}-dot`,
      placed.places.map((at) => ({ at, props: {} })),
    ),
    labels(canvas, `${SOURCES.places}-label`, placed.labels),
  ];
}

/** Hubs: the soft ring of a site not located, the circle, the name. */
export function hubLayers(canvas: Canvas, placed: { hubs: PlacedHub[]; labels: Label[] }): string[] {
  const shown = placed.hubs
    .filter((h) => canvas.visible(h.at, h.radius + 20))
    .map((h) => ({ at: h.at, props: h.feature.properties ?? {}, feature: h.feature }));
  const areaId = `${SOURCES.hubs}-area`;
  const inArea = new Set(
    canvas.style.filter(
      areaId,
      shown.map((h) => h.feature),
    ),
  );
  return [
    circleGroup(
      canvas,
      areaId,
      shown.filter((h) => inArea.has(h.feature)),
    ),
    circleGroup(canvas, `${SOURCES.hubs}-circle`, shown),
    labels(canvas, `${SOURCES.hubs}-label`, placed.labels),
  ];
}
