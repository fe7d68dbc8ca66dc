import type { Point } from '../../src/preview/preview-camera.ts';
import type { Rect } from './paths.ts';

/** Thinning: the evenly spread subset of each data layer the picture draws past its limits (dense data). */

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

/**
 * At most about `limit` of the items, spread evenly: one per cell of the smallest square grid (not finer than
 * `minCell` px) that leaves no more than `limit` cells occupied; the first item (in the order given) wins its
 * cell. The items are returned in the order given. Fewer than `limit` items are returned as they are.
 */
export function thin<T>(
  items: T[],
  at: (item: T) => Point,
  limit: number,
  minCell: number,
  area: number,
): T[] {
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
export function thinRoutes<T extends { points: Point[]; d: string }>(
  routes: T[],
  budget: number,
  box: Rect,
): T[] {
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
