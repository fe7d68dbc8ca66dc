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
