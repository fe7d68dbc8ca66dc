import { bboxClip, lineString } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { escapeHtml } from '../../src/html/escape-html.ts';
import type { Point } from '../../src/preview/preview-camera.ts';

/** The picture's geometry as SVG: features projected, cut to the frame, and written as compact path data. */

/** A box in the picture: [left, top, right, bottom]. */
export type Rect = [number, number, number, number];

/** Pixels geometry is kept beyond the frame, so no stroke or clipped edge shows at the edges. */
export const CLIP_MARGIN = 4;
/** Vertices closer than this (in px) to the previous one kept are dropped: invisible, and they cost bytes. */
const MIN_STEP = 0.45;

/** A number with at most one decimal and no leading zero: `0.5` is `.5`, `-0.5` is `-.5`. */
export function num(value: number): string {
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
export function subpath(points: Point[], closed: boolean): string {
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

export function boundsOf(points: Point[]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

export function intersects(a: Rect, b: Rect): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function inside(a: Rect, b: Rect): boolean {
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
export function clipRing(ring: Point[], box: Rect): Point[] {
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

/**
 * The runs of a line inside the box, each segment cut at the box's edges (turf's `bboxClip`, as the basemap's
 * lines are cut): a line zoomed past the frame keeps no length outside it (a dashed stroke thousands of
 * pixels long costs Chromium's raster hundreds of milliseconds on a software GPU).
 */
export function clipLine(line: Point[], box: Rect): Point[][] {
  if (line.length < 2) return [];
  return linesOf(bboxClip(lineString(line), box).geometry)
    .filter((run) => run.length >= 2)
    .map((run) => run.map(([x, y]) => [x, y] as Point));
}

export function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  return geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
}

export function linesOf(geometry: Geometry | null): Position[][] {
  if (geometry?.type === 'LineString') return [geometry.coordinates];
  return geometry?.type === 'MultiLineString' ? geometry.coordinates : [];
}

export type Project = (lngLat: [number, number]) => Point;

/** A point feature's [lon, lat]; NaN (never visible) for any other geometry. */
export function lngLatOf(f: Feature): [number, number] {
  return f.geometry?.type === 'Point'
    ? [f.geometry.coordinates[0], f.geometry.coordinates[1]]
    : [Number.NaN, Number.NaN];
}

export function projectAll(line: Position[], project: Project): Point[] {
  return line.map((p) => project([p[0], p[1]]));
}

/** One `d` for all the polygons of some features, cut to the box; to be filled with fill-rule evenodd. */
export function areaPath(features: Feature[], project: Project, box: Rect): string {
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
export function linePath(lines: Position[][], project: Project, box: Rect): string {
  const parts: string[] = [];
  for (const line of lines) {
    const pts = projectAll(line, project);
    if (!intersects(boundsOf(pts), box)) continue;
    for (const run of clipLine(pts, box)) parts.push(subpath(run, false));
  }
  return parts.join('');
}

export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeHtml(v as string)}"`)
    .join('');
}

export function pathElement(d: string, values: Record<string, string | number | undefined>): string {
  return d ? `<path${attrs(values)} d="${d}"/>` : '';
}
