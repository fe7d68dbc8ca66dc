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
  return c.getContext('2d') as CanvasRenderingContext2D;
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

/** Every marker image of a theme: one per shape and status, and the highlight ring. */
export function markerImages(theme: Theme): MarkerImage[] {
  const shapes = [...new Set(Object.values(KIND_SHAPE))];
  return [
    ...shapes.flatMap((shape) =>
      STATUSES.map((status) => ({
        name: `marker-${shape}-${status}`,
        image: marker(shape, status, theme),
        pixelRatio: RATIO,
      })),
    ),
    { name: 'marker-ring', image: ring(theme), pixelRatio: RATIO },
  ];
}
