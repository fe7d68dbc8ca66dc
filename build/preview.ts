import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson';
import type { CorridorData, Lang, ProjectKind, Status } from '../src/data/types.ts';
import { BASE_RADIUS, mapFeatures } from '../src/map/features.ts';
import { MARKER_SIZE } from '../src/map/icons.ts';
import { LIGHT, type Theme } from '../src/map/theme.ts';
import { DEFAULT_BOUNDS, MAX_BOUNDS } from '../src/map/view.ts';
import { KIND_SHAPE, SOLID_STATUSES } from '../src/symbols/markers.ts';
import { type Shape, shapePath } from '../src/symbols/shapes.ts';
import { BASEMAP_ATTRIBUTION } from './basemap.ts';

/**
 * A static SVG picture of the map's default view, drawn at build time without a browser, so the page can show
 * it at once (and keep it where there is no WebGL or no JavaScript) until MapLibre has drawn the real map.
 *
 * It follows the map's style (src/map/layers.ts, src/map/style.ts) layer by layer, in the same order, and the
 * same camera (MapLibre's `bounds: DEFAULT_BOUNDS`, see `previewProjection`), so when the canvas replaces it
 * at the same size the land, routes and markers stay where they were. Labels are placed by a simpler
 * collision test than MapLibre's and measured with estimated glyph widths, so they can differ a little.
 */

/** Options of the picture. */
export interface PreviewOptions {
  /** Size in CSS pixels: the size of the map's container the picture stands in for. */
  width: number;
  height: number;
  /** Colours; LIGHT by default. */
  theme?: Theme;
  /** Language of the labels, falling back to English; `en` by default. */
  lang?: Lang;
  /** The picture's accessible name (`aria-label` and `<title>`); English by default. */
  title?: string;
}

type Point = [number, number];
type Rect = [number, number, number, number];

/** The picture's default accessible name. */
export const PREVIEW_TITLE = 'Map of logistics hubs and routes between Kazakhstan, China and Central Asia';

const FONT_FAMILY = "'Noto Sans', system-ui, sans-serif";

/** MapLibre's tile size: the world is 512 * 2^zoom pixels wide. */
const TILE_SIZE = 512;
/** MapLibre's default maxZoom, which fitBounds never exceeds. */
const MAX_ZOOM = 22;
/** The latitude where Web Mercator's square world ends. */
const MAX_LATITUDE = 85.051129;

/** The inset the marker icons are drawn with inside their MARKER_SIZE box (src/map/icons.ts). */
const MARKER_INSET = 2.5;

/** Pixels geometry is kept beyond the frame, so no stroke or clipped edge shows at the edges. */
const CLIP_MARGIN = 4;
/** Vertices closer than this (in px) to the previous one kept are dropped: invisible, and they cost bytes. */
const MIN_STEP = 0.45;

/** MapLibre's text-line-height (1.2 em) and the padding around each label's collision box (text-padding). */
const LINE_HEIGHT = 1.2;
const TEXT_PADDING = 2;
/** How far beyond the viewport MapLibre's collision grid reaches (CollisionIndex viewportPadding). */
const VIEWPORT_PADDING = 100;
/** MapLibre's assumed distance from a line's top edge to where glyphs "start" (7 of its 24-px em). */
const BASELINE_OFFSET = 7 / 24;
/** Where a line's baseline sits below its vertical middle, in em (Noto Sans). */
const BASELINE_BELOW_MIDDLE = 0.36;

/**
 * How much of each data layer the picture draws. The map draws every feature; past these counts in view (100
 * times the real data and more) the picture draws a thinned, evenly spread subset instead, so that its size
 * stays bounded at any scale (about 27 KB gzip at 100x and 1000x, against 14 KB at 1x): one hub, project or
 * place per cell of a grid sized so the layer fits its limit (the first in priority order wins its cell, drawn
 * at its true place in its true style; the biggest hubs first, and only hubs drawn are labelled), and, in data
 * order, the routes most of whose ground in the frame no route drawn before covers, up to a length of path
 * data. It stands in for the map for a moment: it shows where things are and how the map will look, less
 * crowded; every feature in it is a real one, where the map draws it. The real data is far below every limit,
 * and drawn whole.
 */
export const PREVIEW_LIMITS = {
  hubs: 300,
  projects: 500,
  places: 300,
  /** Characters of route path data (route paths compress about 6 to 1). */
  routeChars: 36_000,
};

/** The grid cell of the route thinning, in px: a route is left out if most of its cells are already drawn. */
const ROUTE_CELL = 12;
/** The share of a route's cells that must be new for it to be drawn once the routes are thinned. */
const ROUTE_NOVELTY = 0.5;

function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

function mercatorY(lat: number): number {
  const l = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360;
}

/** A camera in MapLibre's world units (0..1 across the world): its centre and pixels per world unit. */
interface Camera {
  x: number;
  y: number;
  scale: number;
}

/**
 * The camera MapLibre settles on when created with `bounds: DEFAULT_BOUNDS` (that is `fitBounds` with no padding
 * and no bearing) and `maxBounds: MAX_BOUNDS` in a `width` x `height` container:
 * - cameraForBoxAndBearing: zoom = log2 of the smaller of the two scales that fit the box's projected width and
 *   height, capped at maxZoom; centre = middle of the box's projected diagonal (zoomSnap is 0: no rounding);
 * - the transform's constraint: where the view would show beyond MAX_BOUNDS it zooms in until it does not, and
 *   pans back inside. For ordinary aspect ratios DEFAULT_BOUNDS fits well inside MAX_BOUNDS and this is a no-op.
 */
function fitCamera(width: number, height: number): Camera {
  const [[west, south], [east, north]] = DEFAULT_BOUNDS;
  const [x0, x1, y0, y1] = [mercatorX(west), mercatorX(east), mercatorY(north), mercatorY(south)];
  const scale = Math.min(width / (x1 - x0), height / (y1 - y0), TILE_SIZE * 2 ** MAX_ZOOM);
  return constrain({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, scale }, width, height);
}

function constrain(camera: Camera, width: number, height: number): Camera {
  const [[west, south], [east, north]] = MAX_BOUNDS;
  const [x0, x1, y0, y1] = [mercatorX(west), mercatorX(east), mercatorY(north), mercatorY(south)];
  const zoomIn = Math.max(width / ((x1 - x0) * camera.scale), height / ((y1 - y0) * camera.scale));
  const scale = zoomIn > 1 ? camera.scale * zoomIn : camera.scale;
  const clamp = (c: number, lo: number, hi: number, half: number) =>
    hi - lo <= 2 * half ? (lo + hi) / 2 : Math.max(lo + half, Math.min(hi - half, c));
  return {
    x: clamp(camera.x, x0, x1, width / 2 / scale),
    y: clamp(camera.y, y0, y1, height / 2 / scale),
    scale,
  };
}

function projectionOf(camera: Camera, width: number, height: number): (lngLat: [number, number]) => Point {
  return ([lon, lat]) => [
    width / 2 + (mercatorX(lon) - camera.x) * camera.scale,
    height / 2 + (mercatorY(lat) - camera.y) * camera.scale,
  ];
}

/**
 * The projection used: lon/lat -> pixel in the picture, fitted as MapLibre's fitBounds(DEFAULT_BOUNDS) would fit
 * it in a width x height viewport (no padding).
 *
 * It is MapLibre's own Web Mercator with 512-px tiles: x = (lon + 180) / 360 * 512 * 2^z and
 * y = (180 - 180/pi * ln(tan(pi/4 + lat/2))) / 360 * 512 * 2^z, where z is the smaller of the zooms at which the
 * bounds' projected width fits `width` and their height fits `height`, and the view is centred on the bounds'
 * projected centre (then kept inside MAX_BOUNDS, as the map's camera is). So a point drawn here at (x, y) is
 * where the map's canvas of the same CSS size draws it, and the canvas can replace the picture without a jump.
 */
export function previewProjection(
  width: number,
  height: number,
): (lngLat: [number, number]) => [number, number] {
  return projectionOf(fitCamera(width, height), width, height);
}

/** Escapes text for SVG content and attribute values. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A number with at most one decimal and no leading zero: `0.5` is `.5`, `-0.5` is `-.5`. */
function num(value: number): string {
  return tenths(Math.round(value * 10));
}

function tenths(t: number): string {
  return String(t / 10).replace(/^(-?)0\./, '$1.');
}

/** Joins path numbers with as few separators as SVG's grammar allows. */
function joinNumbers(values: string[]): string {
  let out = '';
  let dotted = false;
  for (const v of values) {
    if (out && v[0] !== '-' && !(v[0] === '.' && dotted)) out += ' ';
    out += v;
    dotted = v.includes('.');
  }
  return out;
}

/**
 * One subpath: an absolute move, then relative steps in whole tenths of a pixel (so rounding never drifts),
 * without the vertices closer than MIN_STEP to the previous one. Empty if too little is left to draw.
 */
function subpath(points: Point[], closed: boolean): string {
  if (points.length < 2) return '';
  let [px, py] = [Math.round(points[0][0] * 10), Math.round(points[0][1] * 10)];
  const steps: string[] = [];
  let kept = 1;
  const min = (MIN_STEP * 10) ** 2;
  for (let i = 1; i < points.length; i++) {
    const [x, y] = [Math.round(points[i][0] * 10), Math.round(points[i][1] * 10)];
    const [dx, dy] = [x - px, y - py];
    const last = !closed && i === points.length - 1;
    if (dx === 0 && dy === 0) continue;
    if (dx * dx + dy * dy < min && !last) continue;
    steps.push(tenths(dx), tenths(dy));
    [px, py] = [x, y];
    kept++;
  }
  if (kept < (closed ? 3 : 2)) return '';
  return `M${joinNumbers([tenths(Math.round(points[0][0] * 10)), tenths(Math.round(points[0][1] * 10))])}l${joinNumbers(steps)}${closed ? 'z' : ''}`;
}

function boundsOf(points: Point[]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

function intersects(a: Rect, b: Rect): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function inside(a: Rect, b: Rect): boolean {
  return a[0] >= b[0] && a[2] <= b[2] && a[1] >= b[1] && a[3] <= b[3];
}

/** One Sutherland-Hodgman pass: keeps the part of a ring on one side of a vertical or horizontal line. */
function clipSide(ring: Point[], axis: 0 | 1, bound: number, keepAbove: boolean): Point[] {
  const out: Point[] = [];
  const keeps = (p: Point) => (keepAbove ? p[axis] >= bound : p[axis] <= bound);
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    if (keeps(cur) !== keeps(prev)) {
      const t = (bound - prev[axis]) / (cur[axis] - prev[axis]);
      out.push(
        axis === 0 ? [bound, prev[1] + t * (cur[1] - prev[1])] : [prev[0] + t * (cur[0] - prev[0]), bound],
      );
    }
    if (keeps(cur)) out.push(cur);
  }
  return out;
}

/** A ring cut to the box (the fill is right; the edges it gains along the box lie outside the frame). */
function clipRing(ring: Point[], box: Rect): Point[] {
  const repeatsFirst = ring.length > 1 && ring[0][0] === ring.at(-1)?.[0] && ring[0][1] === ring.at(-1)?.[1];
  let pts = repeatsFirst ? ring.slice(0, -1) : ring;
  const b = boundsOf(pts);
  if (!intersects(b, box)) return [];
  if (inside(b, box)) return pts;
  pts = clipSide(pts, 0, box[0], true);
  pts = clipSide(pts, 0, box[2], false);
  pts = clipSide(pts, 1, box[1], true);
  return clipSide(pts, 1, box[3], false);
}

/** The runs of a line whose segments come near the box. */
function clipLine(line: Point[], box: Rect): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const seg: Rect = [
      Math.min(a[0], b[0]),
      Math.min(a[1], b[1]),
      Math.max(a[0], b[0]),
      Math.max(a[1], b[1]),
    ];
    if (intersects(seg, box)) {
      if (run.length === 0) run.push(a);
      run.push(b);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  return geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
}

function linesOf(geometry: Geometry | null): Position[][] {
  if (geometry?.type === 'LineString') return [geometry.coordinates];
  return geometry?.type === 'MultiLineString' ? geometry.coordinates : [];
}

type Project = (lngLat: [number, number]) => Point;

/** A point feature's [lon, lat]; NaN (never visible) for any other geometry. */
function lngLatOf(f: Feature): [number, number] {
  return f.geometry?.type === 'Point'
    ? [f.geometry.coordinates[0], f.geometry.coordinates[1]]
    : [Number.NaN, Number.NaN];
}

function projectAll(line: Position[], project: Project): Point[] {
  return line.map((p) => project([p[0], p[1]]));
}

/** One `d` for all the polygons of some features, cut to the box; to be filled with fill-rule evenodd. */
function areaPath(features: Feature[], project: Project, box: Rect): string {
  const parts: string[] = [];
  for (const f of features) {
    for (const rings of polygonsOf(f.geometry)) {
      const outer = projectAll(rings[0] ?? [], project);
      if (!intersects(boundsOf(outer), box)) continue;
      for (const [i, ring] of rings.entries()) {
        parts.push(subpath(clipRing(i === 0 ? outer : projectAll(ring, project), box), true));
      }
    }
  }
  return parts.join('');
}

/** One `d` for all the lines of some features, cut to the box. */
function linePath(lines: Position[][], project: Project, box: Rect): string {
  const parts: string[] = [];
  for (const line of lines) {
    const pts = projectAll(line, project);
    if (!intersects(boundsOf(pts), box)) continue;
    for (const run of clipLine(pts, box)) parts.push(subpath(run, false));
  }
  return parts.join('');
}

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v as string)}"`)
    .join('');
}

function pathElement(d: string, values: Record<string, string | number | undefined>): string {
  return d ? `<path${attrs(values)} d="${d}"/>` : '';
}

function text(props: GeoJsonProperties, key: string): string | undefined {
  const v = props?.[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A name in the chosen language, falling back to English (as layers.ts nameExpression). */
function nameOf(props: GeoJsonProperties, lang: Lang): string {
  return text(props, `name_${lang}`) ?? text(props, 'name_en') ?? '';
}

/**
 * Estimated advance of a text in px, from Noto Sans's average advances (measured in Chromium: Latin lower case
 * 0.53-0.55 em, upper case 0.63, Cyrillic lower case 0.6; bold about 6% wider); CJK is one em. Only the
 * collision boxes rely on it.
 */
function textWidth(line: string, size: number, bold: boolean, spacing = 0): number {
  let em = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80) em += 1;
    else if (ch === ' ') em += 0.26;
    else if (ch !== ch.toLowerCase()) em += 0.64;
    else if (code >= 0x400 && code <= 0x4ff) em += 0.6;
    else em += 0.54;
    em += spacing;
  }
  return em * size * (bold ? 1.06 : 1);
}

/** Breaks a label at spaces into lines about as wide as each other, none wider than `maxWidth` if it can. */
function wrap(label: string, size: number, bold: boolean, maxWidth: number, spacing = 0): string[] {
  const total = textWidth(label, size, bold, spacing);
  const words = label.split(' ');
  if (total <= maxWidth || words.length < 2) return [label];
  const target = total / Math.ceil(total / maxWidth);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    const over = textWidth(next, size, bold, spacing) - target;
    if (line && over > 0 && over > target - textWidth(line, size, bold, spacing)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/** A label laid out: its lines, where they stand and the box they take. */
interface Label {
  lines: string[];
  /** x of the lines' start, middle or end, as `align` says. */
  x: number;
  /** y of the block's vertical middle. */
  y: number;
  align: 'start' | 'middle' | 'end';
  box: Rect;
}

function layout(
  lines: string[],
  width: number,
  size: number,
  x: number,
  y: number,
  align: Label['align'],
): Label {
  const half = (lines.length * LINE_HEIGHT * size) / 2;
  const x0 = align === 'start' ? x : align === 'end' ? x - width : x - width / 2;
  return { lines, x, y, align, box: [x0, y - half, x0 + width, y + half] };
}

/**
 * MapLibre-like placement: first come, first placed; a label whose box hits a placed one is left out, and so is
 * one reaching beyond MapLibre's collision grid (the viewport and VIEWPORT_PADDING around it). A label placed
 * off screen still blocks the others, as in MapLibre.
 */
class Placement {
  private readonly boxes: Rect[] = [];
  private readonly grid: Rect;
  constructor(frame: Rect) {
    this.grid = [
      frame[0] - VIEWPORT_PADDING,
      frame[1] - VIEWPORT_PADDING,
      frame[2] + VIEWPORT_PADDING,
      frame[3] + VIEWPORT_PADDING,
    ];
  }

  /** The first candidate that fits the grid and collides with nothing placed, now placed. */
  place(candidates: Label[]): Label | null {
    for (const c of candidates) {
      const padded: Rect = [
        c.box[0] - TEXT_PADDING,
        c.box[1] - TEXT_PADDING,
        c.box[2] + TEXT_PADDING,
        c.box[3] + TEXT_PADDING,
      ];
      if (!inside(padded, this.grid) || this.boxes.some((b) => intersects(b, padded))) continue;
      this.boxes.push(padded);
      return c;
    }
    return null;
  }
}

function textElements(labels: Label[], size: number): string {
  return labels
    .flatMap((l) =>
      l.lines.map((line, i) => {
        const baseline =
          l.y + (i - (l.lines.length - 1) / 2) * LINE_HEIGHT * size + BASELINE_BELOW_MIDDLE * size;
        const anchor = l.align === 'start' ? undefined : l.align;
        return `<text${attrs({ x: l.x, y: baseline, 'text-anchor': anchor })}>${escapeXml(line)}</text>`;
      }),
    )
    .join('');
}

function labelGroup(
  layer: string,
  labels: Label[],
  style: { size: number; bold?: boolean; color: string; halo: string; haloWidth: number; spacing?: string },
): string {
  if (labels.length === 0) return '';
  const g = attrs({
    'data-layer': layer,
    'font-size': style.size,
    'font-weight': style.bold ? 'bold' : undefined,
    'letter-spacing': style.spacing,
    fill: style.color,
    stroke: style.halo,
    // MapLibre's halo reaches text-halo-width beyond the glyph; an SVG stroke reaches half its width.
    'stroke-width': style.haloWidth * 2,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  });
  return `<g${g}>${textElements(labels, style.size)}</g>`;
}

/**
 * At most about `limit` of the items, spread evenly: one per cell of the smallest square grid (not finer than
 * `minCell` px) that leaves no more than `limit` cells occupied; the first item (in the order given) wins its
 * cell. The items are returned in the order given. Fewer than `limit` items are returned as they are.
 */
function thin<T>(items: T[], at: (item: T) => Point, limit: number, minCell: number, area: number): T[] {
  if (items.length <= limit) return items;
  let cell = Math.max(minCell, Math.sqrt(area / limit));
  for (;;) {
    const taken = new Set<string>();
    const kept: T[] = [];
    for (const item of items) {
      const [x, y] = at(item);
      const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
      if (taken.has(key)) continue;
      taken.add(key);
      kept.push(item);
    }
    if (kept.length <= limit) return kept;
    cell *= 1.15;
  }
}

/** The grid cells inside `box` that a projected line passes through (sampled every third of a cell). */
function cellsOf(points: Point[], cell: number, box: Rect): Set<string> {
  const cells = new Set<string>();
  const add = ([x, y]: Point) => {
    if (x >= box[0] && y >= box[1] && x <= box[2] && y <= box[3])
      cells.add(`${Math.floor(x / cell)},${Math.floor(y / cell)}`);
  };
  if (points.length > 0) add(points[0]);
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    const steps = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / (cell / 3));
    for (let k = 1; k <= steps; k++)
      add([a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps]);
  }
  return cells;
}

/**
 * The routes to draw: all of them if their path data fits `budget` characters; else, in the order given, each
 * route most of whose ground in the frame (grid cells) no route kept before covers, until the budget is spent.
 */
function thinRoutes<T extends { points: Point[]; d: string }>(routes: T[], budget: number, box: Rect): T[] {
  if (routes.reduce((n, r) => n + r.d.length, 0) <= budget) return routes;
  const covered = new Set<string>();
  const kept: T[] = [];
  let spent = 0;
  for (const r of routes) {
    if (!r.d || spent + r.d.length > budget) continue;
    const cells = cellsOf(r.points, ROUTE_CELL, box);
    let fresh = 0;
    for (const c of cells) if (!covered.has(c)) fresh++;
    if (cells.size === 0 || fresh < ROUTE_NOVELTY * cells.size) continue;
    for (const c of cells) covered.add(c);
    kept.push(r);
    spent += r.d.length;
  }
  return kept;
}

/** Draws the default view as an SVG document string. */
export function renderPreviewSvg(
  data: CorridorData,
  basemap: FeatureCollection,
  options: PreviewOptions,
): string {
  const { width, height } = options;
  const theme = options.theme ?? LIGHT;
  const lang = options.lang ?? 'en';
  const title = escapeXml(options.title ?? PREVIEW_TITLE);
  const camera = fitCamera(width, height);
  const project = projectionOf(camera, width, height);
  const zoom = Math.log2(camera.scale / TILE_SIZE);
  const frame: Rect = [0, 0, width, height];
  const box: Rect = [-CLIP_MARGIN, -CLIP_MARGIN, width + CLIP_MARGIN, height + CLIP_MARGIN];
  const features = mapFeatures(data);
  const placement = new Placement(frame);
  const byLayer = (tag: string) => basemap.features.filter((f) => f.properties?.layer === tag);
  const visible = ([x, y]: Point, margin: number) =>
    x >= -margin && y >= -margin && x <= width + margin && y <= height + margin;

  // Symbols are placed from the topmost layer down, as MapLibre does: hub labels, place labels, country labels.
  // Project markers ignore placement (icon-ignore-placement), so they block nothing.
  const allHubs = features.hubs.features.map((f) => {
    const at = project(lngLatOf(f));
    const radius = Number(f.properties?.radius ?? BASE_RADIUS);
    return { at, radius, precision: f.properties?.precision as string, name: nameOf(f.properties, lang) };
  });
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
    if (!h.name || !visible(h.at, 200)) continue;
    const size = 13;
    const lines = wrap(h.name, size, true, 10 * size);
    const w = Math.max(...lines.map((l) => textWidth(l, size, true)));
    const half = (lines.length * LINE_HEIGHT * size) / 2;
    // text-radial-offset: radius/13 + 1.6 em; 'top' and 'bottom' are measured from the baseline (MapLibre).
    const off = (h.radius / 13 + 1.6) * size;
    const vertical = off - BASELINE_OFFSET * size;
    const [x, y] = h.at;
    const placed = placement.place([
      layout(lines, w, size, x + off, y, 'start'),
      layout(lines, w, size, x - off, y, 'end'),
      layout(lines, w, size, x, y + vertical + half, 'middle'),
      layout(lines, w, size, x, y - vertical - half, 'middle'),
    ]);
    if (placed && intersects(placed.box, frame)) hubLabels.push(placed);
  }

  const places = thin(
    features.places.features
      .filter((f) => f.properties?.label === true)
      .map((f) => ({
        at: project(lngLatOf(f)),
        name: nameOf(f.properties, lang),
      }))
      .filter((p) => visible(p.at, 10)),
    (p) => p.at,
    PREVIEW_LIMITS.places,
    5,
    width * height,
  );
  const placeLabels: Label[] = [];
  for (const p of places) {
    if (!p.name) continue;
    const size = 11;
    const lines = wrap(p.name, size, false, 10 * size);
    const w = Math.max(...lines.map((l) => textWidth(l, size, false)));
    const top = p.at[1] + 0.4 * size;
    const placed = placement.place([
      layout(lines, w, size, p.at[0], top + (lines.length * LINE_HEIGHT * size) / 2, 'middle'),
    ]);
    if (placed && intersects(placed.box, frame)) placeLabels.push(placed);
  }

  const countryLabels: Record<number, Label[]> = { 15: [], 12: [] };
  for (const f of byLayer('country-label')) {
    if (f.geometry?.type !== 'Point') continue;
    const at = project(f.geometry.coordinates as [number, number]);
    const name = nameOf(f.properties, lang).toLocaleUpperCase(lang);
    if (!name || !visible(at, 100)) continue;
    const size = f.properties?.rank === 1 ? 15 : 12;
    const lines = wrap(name, size, false, 8 * size, 0.12);
    const w = Math.max(...lines.map((l) => textWidth(l, size, false, 0.12)));
    const placed = placement.place([layout(lines, w, size, at[0], at[1], 'middle')]);
    if (placed && intersects(placed.box, frame)) countryLabels[size].push(placed);
  }

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}" font-family="${FONT_FAMILY}">`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${height}" fill="${theme.water}"/>`,
  );

  // Basemap, as basemapLayers: land (with its 1-px outline in the same colour), lakes, rivers, dashed borders.
  out.push(
    pathElement(areaPath(byLayer('country'), project, box), {
      'data-layer': 'basemap-country',
      fill: theme.land,
      'fill-rule': 'evenodd',
      stroke: theme.land,
      'stroke-width': 1,
    }),
    pathElement(areaPath(byLayer('lake'), project, box), {
      'data-layer': 'basemap-lake',
      fill: theme.lake,
      'fill-rule': 'evenodd',
    }),
  );
  const riverWidth = 0.6 + (Math.max(3, Math.min(7, zoom)) - 3) * 0.25;
  out.push(
    pathElement(
      linePath(
        byLayer('river').flatMap((f) => linesOf(f.geometry)),
        project,
        box,
      ),
      {
        'data-layer': 'basemap-river',
        fill: 'none',
        stroke: theme.river,
        'stroke-width': String(Math.round(riverWidth * 100) / 100),
      },
    ),
    pathElement(
      linePath(
        byLayer('border').flatMap((f) => linesOf(f.geometry)),
        project,
        box,
      ),
      {
        'data-layer': 'basemap-border',
        fill: 'none',
        stroke: theme.border,
        'stroke-width': 1,
        'stroke-dasharray': '3 2',
      },
    ),
  );
  for (const size of [15, 12]) {
    out.push(
      labelGroup('basemap-country-label', countryLabels[size], {
        size,
        color: theme.countryLabel,
        halo: theme.labelHalo,
        haloWidth: 1.2,
        spacing: String(Math.round(0.12 * size * 100) / 100),
      }),
    );
  }

  // Routes, as routeLayers: traced lines (solid, round caps) under schematic ones (dashed, in line widths).
  const routes = thinRoutes(
    features.routes.features.flatMap((f) => {
      if (f.geometry.type !== 'LineString') return [];
      const points = projectAll(f.geometry.coordinates, project);
      return [{ f, points, d: linePath([f.geometry.coordinates], project, box) }];
    }),
    PREVIEW_LIMITS.routeChars,
    frame,
  );
  for (const kind of ['traced', 'schematic'] as const) {
    const groups = new Map<string, string[]>();
    for (const { f, d } of routes) {
      if (f.properties?.line !== kind) continue;
      const mode = String(f.properties.mode);
      const group = groups.get(mode);
      if (group) group.push(d);
      else groups.set(mode, [d]);
    }
    for (const [mode, paths] of groups) {
      const w = mode === 'mail-surface' || mode === 'mail-air' ? 1.6 : 2.6;
      out.push(
        pathElement(paths.join(''), {
          'data-layer': `routes-${kind}`,
          fill: 'none',
          stroke: theme.mode[mode as keyof Theme['mode']] ?? theme.border,
          'stroke-width': w,
          'stroke-opacity': '0.85',
          'stroke-linejoin': 'round',
          'stroke-linecap': kind === 'traced' ? 'round' : undefined,
          'stroke-dasharray': kind === 'schematic' ? `${num(2 * w)} ${num(1.5 * w)}` : undefined,
        }),
      );
    }
  }

  // Reference places, as placeLayers: a dot and a small label.
  if (places.length) {
    const dots = places.map((p) => `<circle${attrs({ cx: p.at[0], cy: p.at[1], r: 2.5 })}/>`).join('');
    out.push(`<g${attrs({ 'data-layer': 'places-dot', fill: theme.placeLabel })}>${dots}</g>`);
  }
  out.push(
    labelGroup('places-label', placeLabels, {
      size: 11,
      color: theme.placeLabel,
      halo: theme.labelHalo,
      haloWidth: 1.2,
    }),
  );

  // Hubs, as hubLayers. MapLibre strokes circles outside circle-radius; SVG centres the stroke on r.
  const shown = hubs.filter((h) => visible(h.at, h.radius + 20));
  const areas = shown
    .filter((h) => h.precision === 'city')
    .map((h) => `<circle${attrs({ cx: h.at[0], cy: h.at[1], r: h.radius + 14.5 })}/>`)
    .join('');
  if (areas) {
    const g = attrs({
      'data-layer': 'hubs-area',
      fill: theme.hubStroke,
      'fill-opacity': '0.08',
      stroke: theme.hubStroke,
      'stroke-opacity': '0.35',
      'stroke-width': 1,
    });
    out.push(`<g${g}>${areas}</g>`);
  }
  if (shown.length) {
    const circles = shown
      .map((h) => `<circle${attrs({ cx: h.at[0], cy: h.at[1], r: h.radius + 0.75 })}/>`)
      .join('');
    const g = attrs({
      'data-layer': 'hubs-circle',
      fill: theme.hubFill,
      stroke: theme.hubStroke,
      'stroke-width': 1.5,
    });
    out.push(`<g${g}>${circles}</g>`);
  }
  out.push(
    labelGroup('hubs-label', hubLabels, {
      size: 13,
      bold: true,
      color: theme.hubLabel,
      halo: theme.labelHalo,
      haloWidth: 1.6,
    }),
  );

  out.push(markers(features.projects.features, project, visible, theme, [width, height]));
  // The basemap's licences (OpenStreetMap's ODbL among them) ask for credit wherever it is shown.
  out.push(
    `<text x="${num(width - 6)}" y="${num(height - 6)}" text-anchor="end" font-size="11" fill="${theme.countryLabel}" font-family="${FONT_FAMILY}">${escapeXml(BASEMAP_ATTRIBUTION)}</text>`,
  );
  out.push('</svg>');
  return out.join('');
}

/**
 * Project markers, as projectLayers and the icons of src/map/icons.ts: the kind's shape in a MARKER_SIZE box
 * inset by 2.5 px, a 4-px halo, then solid (fill and 1-px outline in the status colour) or open (halo-coloured
 * fill, 2.6-px outline). Each shape is written once in <defs> and <use>d at the point plus the ring offset.
 * With icon-allow-overlap MapLibre draws such symbols sorted by their anchor's y (symbol-z-order: auto).
 */
function markers(
  projects: Feature[],
  project: Project,
  visible: (p: Point, margin: number) => boolean,
  theme: Theme,
  [width, height]: [number, number],
): string {
  const inner = MARKER_SIZE - 2 * MARKER_INSET;
  const all = projects
    .map((f, i) => {
      const p = f.properties ?? {};
      const at = project(lngLatOf(f));
      const [ox, oy] = (p.offset as [number, number] | undefined) ?? [0, 0];
      return { i, at, x: at[0] + ox, y: at[1] + oy, kind: p.kind as ProjectKind, status: p.status as Status };
    })
    .filter((m) => KIND_SHAPE[m.kind] && visible([m.x, m.y], MARKER_SIZE));
  if (all.length === 0) return '';
  // Past the limit, one marker per cell (in data order), at least a marker apart, so they hardly overlap.
  const dense = all.length > PREVIEW_LIMITS.projects;
  const items = (
    dense ? thin(all, (m) => [m.x, m.y], PREVIEW_LIMITS.projects, MARKER_SIZE, width * height) : all
  ).sort((a, b) => a.at[1] - b.at[1] || a.i - b.i);
  const shapes = [...new Set(items.map((m) => KIND_SHAPE[m.kind]))];
  const id = (s: Shape) => `corridor-preview-${s}`;
  const defs = shapes
    .map(
      (s) =>
        `<path id="${id(s)}" transform="translate(${-inner / 2} ${-inner / 2})" d="${shapePath(s, inner)}"/>`,
    )
    .join('');
  const look = (m: (typeof items)[number]) => {
    const colour = theme.status[m.status] ?? theme.border;
    const solid = SOLID_STATUSES.includes(m.status);
    return { colour, fill: solid ? colour : theme.labelHalo, strokeWidth: solid ? 1 : 2.6 };
  };
  if (dense) {
    // The same halo and body, written once per shape and status as a symbol <use>d at each (whole) pixel.
    const symbols = new Map<string, string>();
    for (const m of items) {
      const key = `${KIND_SHAPE[m.kind]}-${m.status}`;
      if (symbols.has(key)) continue;
      const { colour, fill, strokeWidth } = look(m);
      const href = `#${id(KIND_SHAPE[m.kind])}`;
      symbols.set(
        key,
        `<g id="corridor-preview-m${symbols.size}"><use${attrs({ href, fill: 'none', stroke: theme.labelHalo, 'stroke-width': 4 })}/><use${attrs({ href, fill, stroke: colour, 'stroke-width': strokeWidth })}/></g>`,
      );
    }
    const ids = new Map([...symbols.keys()].map((k, i) => [k, `#corridor-preview-m${i}`]));
    const uses = items
      .map(
        (m) =>
          `<use href="${ids.get(`${KIND_SHAPE[m.kind]}-${m.status}`)}" x="${Math.round(m.x)}" y="${Math.round(m.y)}"/>`,
      )
      .join('');
    return `<defs>${defs}${[...symbols.values()].join('')}</defs><g${attrs({ 'data-layer': 'projects-marker', 'stroke-linejoin': 'round' })}>${uses}</g>`;
  }
  const uses = items
    .map((m) => {
      const { colour, fill, strokeWidth } = look(m);
      const at = { href: `#${id(KIND_SHAPE[m.kind])}`, x: m.x, y: m.y };
      const halo = `<use${attrs({ ...at, fill: 'none', stroke: theme.labelHalo, 'stroke-width': 4 })}/>`;
      const body = `<use${attrs({ ...at, fill, stroke: colour, 'stroke-width': strokeWidth })}/>`;
      return halo + body;
    })
    .join('');
  return `<defs>${defs}</defs><g${attrs({ 'data-layer': 'projects-marker', 'stroke-linejoin': 'round' })}>${uses}</g>`;
}
