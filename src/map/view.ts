/** A box as [[west, south], [east, north]]. */
export type Box = [[number, number], [number, number]];

/** The view a reader starts from: Kazakhstan and Xinjiang, from the Caspian to Urumqi. */
export const DEFAULT_BOUNDS: Box = [
  [47, 37.5],
  [89, 55],
];

/** The basemap's extent (`BASEMAP_CLIP_BOUNDS` of the build); the camera stays inside it. */
export const MAX_BOUNDS: Box = [
  [25, 20],
  [117, 67],
];

/**
 * How the map behaves, wherever it is made (the page, and the bench's same-style reference): kept inside the
 * basemap, no rotation or pitch, no fading, and a drawing buffer kept so the page prints with the map on it.
 */
export const MAP_BEHAVIOUR = {
  maxBounds: MAX_BOUNDS,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: true },
} as const;
