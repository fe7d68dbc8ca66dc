/** A box as [[west, south], [east, north]]. */
export type Box = [[number, number], [number, number]];

/** The view a reader starts from: Kazakhstan and Xinjiang, from the Caspian to Urumqi. */
export const DEFAULT_BOUNDS: Box = [
  [47, 37.5],
  [89, 55],
];

/**
 * How far out and in the map goes, and the zooms a link may ask for: the same limits. Closer than 12 the
 * basemap (10 km generalised) shows nothing more; the view of the whole region needs no less than 1.
 */
export const ZOOM_LIMITS = { min: 1, max: 12 } as const;

/** The basemap's extent (`BASEMAP_CLIP_BOUNDS` of the build); the camera stays inside it. */
export const MAX_BOUNDS: Box = [
  [25, 20],
  [117, 67],
];
