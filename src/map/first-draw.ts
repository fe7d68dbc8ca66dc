import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long a view that never completes (a source that never loads) holds the drawing, in milliseconds. */
export const HOLD_LIMIT = 5000;

/**
 * Holds MapLibre's drawing until the first view is complete: the style and every source loaded, and every tile
 * the view needs in (or failed). Until then the stand-in picture of the same view shows, and one complete frame
 * replaces it. Left alone, MapLibre draws a frame each time a source's tiles arrive; where they arrive one
 * source at a time (zoomed in, on a feature's page) each such frame links the shader programs its new layers
 * need, and on a context drawn in software (headless browsers, and GPUs a browser will not use) each link waits
 * until the compositor has presented the frame before it: 1.2 s of main-thread time on a project's page.
 *
 * An error from the map, or `HOLD_LIMIT`, lets it draw what it has.
 */
export function holdFirstDraw(map: MapLibreMap): void {
  const painter = map.painter;
  const draw = painter.render;
  const complete = () => map.loaded() && map.areTilesLoaded();
  // Each source or tile that arrives asks for a frame, so the one that completes the view is drawn at once.
  const ask = () => map.triggerRepaint();
  const stop = () => {
    clearTimeout(limit);
    map.off('data', ask);
    map.off('error', release);
    map.off('remove', stop);
  };
  function release() {
    if (painter.render === draw) return;
    painter.render = draw;
    stop();
    map.triggerRepaint();
  }
  const limit = setTimeout(release, HOLD_LIMIT);
  map.on('data', ask);
  map.on('error', release);
  map.on('remove', stop);
  painter.render = function (this: typeof painter, ...args) {
    if (!complete()) return;
    release();
    draw.apply(this, args);
  };
}
