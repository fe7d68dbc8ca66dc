/** A box as [[west, south], [east, north]]. */
export type Box = [[number, number], [number, number]];

/**
 * The view a reader starts from: Kazakhstan and Xinjiang, from the Caspian to Urumqi, centred on the hubs with
 * their grey halos (Aktau's west edge, 47.2 E, to Urumqi's east edge, 90.3 E at a phone's zoom).
 */
export const DEFAULT_BOUNDS: Box = [
  [47.5, 37.5],
  [90, 55],
];

/** Maps narrower than this (CSS pixels) are a phone's: they gather projects into hubs (style.ts). */
export const NARROW_MAP = 560;
/**
 * The margin (CSS pixels) the opening view leaves round DEFAULT_BOUNDS: its 42 degrees filled a phone's or an
 * embed's map edge to edge, and the hubs near them (Oral, Aktau and Kuryk on the Caspian, Urumqi) had their
 * circles, grey halos and names cut by the edges.
 */
export const OPENING_MARGIN = 36;

/** Maps at least this wide (CSS pixels) open with the compact key unfolded in their top left corner. */
export const WIDE_MAP = 900;
/** The unfolded compact key's width (CSS pixels), and its distance from the map's edges (src/controls/map-key.ts). */
export const KEY_WIDTH = 236;
export const KEY_MARGIN = 8;

/** Padding in CSS pixels, as MapLibre's fitBounds takes it. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The padding the opening view (fitBounds of DEFAULT_BOUNDS) leaves in a `width`-wide map: OPENING_MARGIN on
 * every side, and on a wide map, where the compact key starts unfolded, the key's column on the left instead,
 * so the key covers no hub (every hub lies inside DEFAULT_BOUNDS).
 */
export function openingPadding(width: number): Padding {
  const m = OPENING_MARGIN;
  return { top: m, right: m, bottom: m, left: width >= WIDE_MAP ? KEY_WIDTH + 2 * KEY_MARGIN : m };
}

/**
 * How far out and in the map goes, and the zooms a link may ask for: the same limits. Closer than 12 the
 * basemap (10 km generalised) shows nothing more; the view of the whole region needs no less than 1.
 */
export const ZOOM_LIMITS = { min: 1, max: 12 } as const;

/**
 * The least zoom at which a selected hub is shown among its neighbours, and a project beside its hub: the
 * map brings a selection in at this zoom or closer (src/map/bring-into-view.ts).
 */
export const CONTEXT_ZOOM = { hub: 4, project: 5 } as const;

/** The basemap's extent (`BASEMAP_CLIP_BOUNDS` of the build); the camera stays inside it. */
export const MAX_BOUNDS: Box = [
  [25, 20],
  [117, 67],
];
