import { STATUSES, type Status } from '../data/types.ts';
import { shapePath } from './shapes.ts';
import { KIND_SHAPE, type Shape, SOLID_STATUSES, type Theme } from './theme.ts';

/** Marker size in CSS pixels, and the pixel ratio icons are drawn at so they stay sharp. */
export const MARKER_SIZE = 22;
const RATIO = 2;

/** An image ready for `map.addImage`. */
export interface MarkerImage {
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

/** Draws one marker: solid for what is built or being built, open (a thick outline) for what is not. */
function marker(shape: Shape, status: Status, theme: Theme): ImageData {
  const px = MARKER_SIZE * RATIO;
  const ctx = canvas(px);
  const inset = 2.5 * RATIO;
  ctx.translate(inset, inset);
  const path = new Path2D(shapePath(shape, px - 2 * inset));
  const colour = theme.status[status];
  const solid = SOLID_STATUSES.includes(status);
  ctx.lineJoin = 'round';
  ctx.strokeStyle = theme.labelHalo;
  ctx.lineWidth = 4 * RATIO;
  ctx.stroke(path);
  ctx.fillStyle = solid ? colour : theme.labelHalo;
  ctx.fill(path);
  ctx.strokeStyle = colour;
  ctx.lineWidth = (solid ? 1 : 2.6) * RATIO;
  ctx.stroke(path);
  return ctx.getImageData(0, 0, px, px);
}

function ring(theme: Theme): ImageData {
  const px = (MARKER_SIZE + 10) * RATIO;
  const ctx = canvas(px);
  ctx.strokeStyle = theme.highlight;
  ctx.lineWidth = 2.5 * RATIO;
  ctx.beginPath();
  ctx.arc(px / 2, px / 2, px / 2 - 2 * RATIO, 0, 2 * Math.PI);
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

/**
 * The image the style names `name` (`marker-<shape>-<status>` or `marker-ring`) in a theme, or `null` for a
 * name that is none of ours. Drawn when the map first needs it: most of the shape and status pairs never
 * appear at once, and drawing all of them up front held up the first frame.
 */
export function markerImage(name: string, theme: Theme): MarkerImage | null {
  if (name === 'marker-ring') return { name, image: ring(theme), pixelRatio: RATIO };
  // Shapes and statuses both contain hyphens, so the name is matched against each pair, not split.
  for (const shape of new Set(Object.values(KIND_SHAPE))) {
    for (const status of STATUSES) {
      if (name === `marker-${shape}-${status}`) {
        return { name, image: marker(shape, status, theme), pixelRatio: RATIO };
      }
    }
  }
  return null;
}
