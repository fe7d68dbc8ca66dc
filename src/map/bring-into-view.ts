import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapData } from '../data/types.ts';
import type { Selection } from '../state/view.ts';
import type { Insets } from './insets.ts';

/**
 * Moves the map only when the selection is out of sight (off the map, or under a panel): a hub already
 * in view stays where the reader put it. A point is panned to the middle of the free area; a route is
 * fitted into it.
 */
export function bringIntoView(
  map: MapLibreMap,
  data: MapData,
  s: Selection,
  c: Insets,
  projectsFrom: number,
): void {
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const points: [number, number][] | undefined =
    s.type === 'route'
      ? data.routes.find((x) => x.id === s.id)?.coordinates
      : [
          (s.type === 'hub'
            ? data.hubs.find((h) => h.properties.id === s.id)
            : data.projects.find((p) => p.properties.id === s.id)
          )?.geometry.coordinates,
        ].filter((c): c is [number, number] => Boolean(c));
  if (!points?.length) return;
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  // Where a panel leaves too little map, the whole map counts as free.
  const wide = width - c.left - c.right > 120;
  const tall = height - c.top - c.bottom > 120;
  const margin = 30;
  const free = {
    left: (wide ? c.left : 0) + margin,
    right: width - (wide ? c.right : 0) - margin,
    top: (tall ? c.top : 0) + margin,
    bottom: height - (tall ? c.bottom : 0) - margin,
  };
  const px = points.map((p) => map.project(p));
  if (s.type === 'project' && map.getZoom() < projectsFrom) {
    // The project has no marker of its own yet at this zoom: go in to where it shows.
    map.easeTo({
      center: points[0],
      zoom: projectsFrom,
      offset: [
        ((wide ? c.left : 0) - (wide ? c.right : 0)) / 2,
        ((tall ? c.top : 0) - (tall ? c.bottom : 0)) / 2,
      ],
      animate,
    });
    return;
  }
  if (px.every((p) => p.x >= free.left && p.x <= free.right && p.y >= free.top && p.y <= free.bottom)) return;
  if (s.type === 'route') {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    map.fitBounds(
      [
        [Math.min(...xs), Math.min(...ys)],
        [Math.max(...xs), Math.max(...ys)],
      ],
      {
        padding: {
          left: free.left + margin,
          right: width - free.right + margin,
          top: free.top + margin,
          bottom: height - free.bottom + margin,
        },
        maxZoom: 7,
        animate,
      },
    );
    return;
  }
  map.panBy([px[0].x - (free.left + free.right) / 2, px[0].y - (free.top + free.bottom) / 2], { animate });
}
