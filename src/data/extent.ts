/** A box as [[west, south], [east, north]]. */
export type Box = [[number, number], [number, number]];

/** The view a reader starts from: Kazakhstan and Xinjiang, from the Caspian to Urumqi. */
export const DEFAULT_BOUNDS: Box = [
  [47, 37.5],
  [89, 55],
];

/** Maps narrower than this (CSS pixels) are a phone's: they leave `OPENING_MARGIN` round DEFAULT_BOUNDS, and gather projects (style.ts). */
export const NARROW_MAP = 560;
/**
 * The margin (CSS pixels, on every side) a narrow map leaves round DEFAULT_BOUNDS at the opening view: on a
 * phone the bounds' 42 degrees fill the map's width edge to edge, and the hubs near them (Oral, Aktau and
 * Kuryk on the Caspian, Urumqi) had their circles, grey halos and names cut by the edges.
 */
export const OPENING_MARGIN = 30;

/** The padding the opening view (fitBounds of DEFAULT_BOUNDS) leaves on each side of a `width`-wide map. */
export function openingPadding(width: number): number {
  return width < NARROW_MAP ? OPENING_MARGIN : 0;
}

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
