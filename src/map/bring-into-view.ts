import type { Map as MapLibreMap } from 'maplibre-gl';
import { CONTEXT_ZOOM } from '../data/extent.ts';
import type { DataIndex } from '../state/data-index.ts';
import type { Selection } from '../state/view.ts';
import type { Insets } from './insets.ts';

/** The closest a route is fitted: a short line still shows the towns around it. */
const ROUTE_ZOOM = 7;

/** Room kept between a feature and the edge of the free part of the map, in CSS pixels. */
const MARGIN = 30;
/** A cover that leaves less than this much map free is ignored in that direction: the whole map counts. */
const LEAST_FREE = 120;

/** The part of the map a feature should be shown in, in the map's own pixels. */
interface FreeArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The part of the map that is neither covered (`c`: the panel, the bottom sheet, the hint) nor off screen
 * (`visible`: the part of the map inside the window), less a margin.
 */
function freeArea(width: number, height: number, c: Insets, visible: FreeArea): FreeArea {
  const left = Math.max(c.left, visible.left);
  const right = Math.min(width - c.right, visible.right);
  const top = Math.max(c.top, visible.top);
  const bottom = Math.min(height - c.bottom, visible.bottom);
  const wide = right - left > LEAST_FREE;
  const tall = bottom - top > LEAST_FREE;
  return {
    left: (wide ? left : Math.max(0, visible.left)) + MARGIN,
    right: (wide ? right : Math.min(width, visible.right)) - MARGIN,
    top: (tall ? top : Math.max(0, visible.top)) + MARGIN,
    bottom: (tall ? bottom : Math.min(height, visible.bottom)) - MARGIN,
  };
}

/** The points a selection is drawn through: a hub's or project's point, a route's line. */
function pointsOf(index: DataIndex, s: Selection): [number, number][] {
  if (s.type === 'route') return index.byId.route.get(s.id)?.coordinates ?? [];
  const f = index.byId[s.type].get(s.id);
  return f ? [f.geometry.coordinates as [number, number]] : [];
}

/**
 * Shows the selection in the free part of the map (see `freeArea`), at a zoom that shows it in context: a
 * point at `CONTEXT_ZOOM` or closer (a project where its marker shows), a route fitted whole (a short one
 * fitted even when in view, up to `ROUTE_ZOOM`). A feature already in view at such a zoom stays where the
 * reader put it. Jumps where the reader asked for reduced motion.
 */
export function bringIntoView(
  map: MapLibreMap,
  index: DataIndex,
  s: Selection,
  covers: Insets,
  projectsFrom: number,
): void {
  const points = pointsOf(index, s);
  if (!points.length) return;
  const container = map.getContainer();
  const { clientWidth: width, clientHeight: height } = container;
  const box = container.getBoundingClientRect();
  const visible = {
    left: -box.left,
    right: window.innerWidth - box.left,
    top: -box.top,
    bottom: window.innerHeight - box.top,
  };
  const free = freeArea(width, height, covers, visible);
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const px = points.map((p) => map.project(p));
  const inside = px.every(
    (p) => p.x >= free.left && p.x <= free.right && p.y >= free.top && p.y <= free.bottom,
  );
  if (s.type === 'route') {
    // A short line drawn a few pixels long is no better than one off screen: it is fitted too.
    const small =
      Math.max(...px.map((p) => p.x)) - Math.min(...px.map((p) => p.x)) < (free.right - free.left) / 4 &&
      Math.max(...px.map((p) => p.y)) - Math.min(...px.map((p) => p.y)) < (free.bottom - free.top) / 4 &&
      map.getZoom() < ROUTE_ZOOM;
    if (inside && !small) return;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    map.fitBounds(
      [
        [Math.min(...xs), Math.min(...ys)],
        [Math.max(...xs), Math.max(...ys)],
      ],
      {
        padding: { left: free.left, right: width - free.right, top: free.top, bottom: height - free.bottom },
        maxZoom: ROUTE_ZOOM,
        animate,
      },
    );
    return;
  }
  const least = s.type === 'hub' ? CONTEXT_ZOOM.hub : Math.max(CONTEXT_ZOOM.project, projectsFrom);
  const zoom = map.getZoom();
  if (inside && zoom >= least) return;
  map.easeTo({
    center: points[0],
    zoom: Math.max(zoom, least),
    // From the map's middle to the free area's.
    offset: [(free.left + free.right - width) / 2, (free.top + free.bottom - height) / 2],
    animate,
  });
}
