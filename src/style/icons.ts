import { STATUSES } from '../data/types.ts';
import {
  drawMarker,
  KIND_SHAPE,
  MARKER,
  MARKER_SHAPE_SIZE,
  markerImageName,
  statusPaint,
} from '../symbols/markers.ts';
import type { Theme } from '../symbols/palette.ts';
import { BLOCK_IMAGE, BLOCK_SIZE } from './layers.ts';

/** Marker size in CSS pixels, and the pixel ratio icons are drawn at so they stay sharp. */
export const MARKER_SIZE = MARKER.size;
const RATIO = 2;

/** An image ready for `map.addImage`. */
interface MarkerImage {
  name: string;
  image: ImageData;
  pixelRatio: number;
}

function canvas(size: number): CanvasRenderingContext2D {
  const c = document.createElement('canvas');
  c.width = size;
  c.height = size;
  // Read back at once with getImageData: a canvas kept in main memory, not on the GPU, makes that cheap.
  return c.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
}

function ring(theme: Theme): ImageData {
  const px = (MARKER.size + MARKER.ring.margin) * RATIO;
  const ctx = canvas(px);
  ctx.strokeStyle = theme.highlight;
  ctx.lineWidth = MARKER.ring.width * RATIO;
  ctx.beginPath();
  ctx.arc(px / 2, px / 2, px / 2 - 2 * RATIO, 0, 2 * Math.PI);
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

/**
 * The image the style names `name` (`marker-<shape>-<status>`, `marker-ring` or `marker-block`) in a theme, or `null` for a
 * name that is none of ours. Drawn when the map first needs it: most of the shape and status pairs never
 * appear at once, and drawing all of them up front held up the first frame.
 */
export function markerImage(name: string, theme: Theme): MarkerImage | null {
  if (name === 'marker-ring') return { name, image: ring(theme), pixelRatio: RATIO };
  // The invisible box over a hub circle that keeps names off it (see hubBlockLayer).
  if (name === BLOCK_IMAGE) return { name, image: new ImageData(BLOCK_SIZE, BLOCK_SIZE), pixelRatio: 1 };
  // Shapes and statuses both contain hyphens, so the name is matched against each pair, not split.
  for (const shape of new Set(Object.values(KIND_SHAPE))) {
    for (const status of STATUSES) {
      if (name !== markerImageName(shape, status)) continue;
      const px = MARKER.size * RATIO;
      const ctx = canvas(px);
      ctx.translate(MARKER.inset * RATIO, MARKER.inset * RATIO);
      // A halo in the label halo's colour keeps the marker clear of the lines and markers under it.
      drawMarker(ctx, shape, MARKER_SHAPE_SIZE * RATIO, statusPaint(status, theme), {
        lineScale: RATIO,
        halo: theme.labelHalo,
      });
      return { name, image: ctx.getImageData(0, 0, px, px), pixelRatio: RATIO };
    }
  }
  return null;
}
