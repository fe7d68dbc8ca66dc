import { DEFAULT_BOUNDS, MAX_BOUNDS, openingPadding, type Padding, ZOOM_LIMITS } from '../data/extent.ts';
import type { Camera } from '../state/view.ts';

/**
 * The picture's camera: MapLibre's Web Mercator and the view it fits to DEFAULT_BOUNDS, so a point drawn in
 * the picture is where the map's canvas of the same size draws it.
 */

/** A point in the picture, in CSS pixels from its top left corner. */
export type Point = [number, number];

/** MapLibre's tile size: the world is 512 * 2^zoom pixels wide. */
export const TILE_SIZE = 512;
/** The latitude where Web Mercator's square world ends. */
const MAX_LATITUDE = 85.051129;

function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

function mercatorY(lat: number): number {
  const l = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360;
}

/** Where the picture looks, in MapLibre's world units (0..1 across the world): its centre and pixels per world unit. */
export interface WorldView {
  x: number;
  y: number;
  scale: number;
}

/**
 * The camera MapLibre settles on when created with `bounds: DEFAULT_BOUNDS` and `fitBoundsOptions: { padding }`
 * (`openingPadding(width)`, no bearing) and `maxBounds: MAX_BOUNDS` in a `width` x `height`
 * container:
 * - cameraForBoxAndBearing: zoom = log2 of the smaller of the two scales that fit the box's projected width and
 *   height into the container less the padding, capped at maxZoom; centre = middle of the box's projected
 *   diagonal, moved by half the difference of the padding's opposite sides (zoomSnap is 0: no rounding);
 * - `bounds` and `maxZoom` fit another box (a feature's picture on its page: tools/pages.ts), DEFAULT_BOUNDS by default;
 * - the transform's constraint: where the view would show beyond MAX_BOUNDS it zooms in until it does not, and
 *   pans back inside. For ordinary aspect ratios DEFAULT_BOUNDS fits well inside MAX_BOUNDS and this is a no-op.
 */
export function fitCamera(
  width: number,
  height: number,
  bounds: [[number, number], [number, number]] = DEFAULT_BOUNDS,
  maxZoom: number = ZOOM_LIMITS.max,
): WorldView {
  return cameraFitting(bounds, width, height, { padding: openingPadding(width), maxZoom });
}

/** A camera centred on `center` ([lon, lat]) at `zoom`, kept inside MAX_BOUNDS as the map's camera is. */
export function cameraAt(center: [number, number], zoom: number, width: number, height: number): WorldView {
  return constrain(
    { x: mercatorX(center[0]), y: mercatorY(center[1]), scale: TILE_SIZE * 2 ** zoom },
    width,
    height,
  );
}

/**
 * The camera that fits `bounds` ([[west, south], [east, north]]) in a `width` x `height` picture with `padding`
 * pixels on every side (or on each side as given), as fitBounds with padding would, at a zoom from `minZoom` to `maxZoom`.
 */
export function cameraFitting(
  [[west, south], [east, north]]: [[number, number], [number, number]],
  width: number,
  height: number,
  {
    padding = 0,
    minZoom = 0,
    maxZoom = ZOOM_LIMITS.max,
  }: { padding?: number | Padding; minZoom?: number; maxZoom?: number } = {},
): WorldView {
  const [x0, x1, y0, y1] = [mercatorX(west), mercatorX(east), mercatorY(north), mercatorY(south)];
  const pad =
    typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const fit = Math.min(
    (width - pad.left - pad.right) / Math.max(x1 - x0, 1e-9),
    (height - pad.top - pad.bottom) / Math.max(y1 - y0, 1e-9),
  );
  const scale = Math.max(TILE_SIZE * 2 ** minZoom, Math.min(fit, TILE_SIZE * 2 ** maxZoom));
  // The box's centre lands in the middle of what the padding leaves: the camera's centre moves the other way.
  const x = (x0 + x1) / 2 - (pad.left - pad.right) / 2 / scale;
  const y = (y0 + y1) / 2 - (pad.top - pad.bottom) / 2 / scale;
  return constrain({ x, y, scale }, width, height);
}

function constrain(camera: WorldView, width: number, height: number): WorldView {
  const [[west, south], [east, north]] = MAX_BOUNDS;
  const [x0, x1, y0, y1] = [mercatorX(west), mercatorX(east), mercatorY(north), mercatorY(south)];
  const zoomIn = Math.max(width / ((x1 - x0) * camera.scale), height / ((y1 - y0) * camera.scale));
  const scale = zoomIn > 1 ? camera.scale * zoomIn : camera.scale;
  const clamp = (c: number, lo: number, hi: number, half: number) =>
    hi - lo <= 2 * half ? (lo + hi) / 2 : Math.max(lo + half, Math.min(hi - half, c));
  return {
    x: clamp(camera.x, x0, x1, width / 2 / scale),
    y: clamp(camera.y, y0, y1, height / 2 / scale),
    scale,
  };
}

/** A world view as MapLibre's camera names it: its centre's longitude and latitude, and its zoom. */
export function cameraOf(view: WorldView): Camera {
  const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - view.y * 360) * Math.PI) / 180)) - 90;
  return { center: [view.x * 360 - 180, lat], zoom: Math.log2(view.scale / TILE_SIZE) };
}

/**
 * What a picture drawn at `camera` in a `drawn` box shows once cropped into a `width` x `height` box as
 * `object-fit: cover` crops it (centred, scaled to cover): the same centre, zoomed by the crop's scale. A map
 * of that size started at this camera draws every point where the cropped picture showed it.
 */
export function croppedCamera(
  camera: Camera,
  drawn: { width: number; height: number },
  width: number,
  height: number,
): Camera {
  const scale = Math.max(width / drawn.width, height / drawn.height);
  return { center: camera.center, zoom: camera.zoom + (scale > 0 ? Math.log2(scale) : 0) };
}

export function projectionOf(
  camera: WorldView,
  width: number,
  height: number,
): (lngLat: [number, number]) => Point {
  return ([lon, lat]) => [
    width / 2 + (mercatorX(lon) - camera.x) * camera.scale,
    height / 2 + (mercatorY(lat) - camera.y) * camera.scale,
  ];
}

/**
 * The projection used: lon/lat -> pixel in the picture, fitted as MapLibre's fitBounds(DEFAULT_BOUNDS) would fit
 * it in a width x height viewport (with the opening view's padding, `openingPadding`).
 *
 * It is MapLibre's own Web Mercator with 512-px tiles: x = (lon + 180) / 360 * 512 * 2^z and
 * y = (180 - 180/pi * ln(tan(pi/4 + lat/2))) / 360 * 512 * 2^z, where z is the smaller of the zooms at which the
 * bounds' projected width fits `width` and their height fits `height`, and the view is centred on the bounds'
 * projected centre (then kept inside MAX_BOUNDS, as the map's camera is). So a point drawn here at (x, y) is
 * where the map's canvas of the same CSS size draws it, and the canvas can replace the picture without a jump.
 */
export function previewProjection(
  width: number,
  height: number,
): (lngLat: [number, number]) => [number, number] {
  return projectionOf(fitCamera(width, height), width, height);
}

/** The size the build draws the first-paint picture at (the desktop map's), in CSS pixels. */
export const PREVIEW_SIZE = { width: 1280, height: 720 };
