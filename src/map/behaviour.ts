import { MAX_BOUNDS, ZOOM_LIMITS } from '../data/extent.ts';

/**
 * How the map behaves, wherever it is made (the page, and the bench's same-style reference): kept inside the
 * basemap and its zoom limits, no rotation or pitch, no fading, and a drawing buffer kept so the page prints with the map on it.
 */
export const MAP_BEHAVIOUR = {
  maxBounds: MAX_BOUNDS,
  minZoom: ZOOM_LIMITS.min,
  maxZoom: ZOOM_LIMITS.max,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: true },
} as const;
