import type { ProjectKind, Status } from '../data/types.ts';
import type { Theme } from './palette.ts';
import { type Shape, shapePath } from './shapes.ts';

/**
 * The one description of a project's marker, which the map's icons (src/style/icons.ts), the build-time picture
 * (tools/preview/), the PNG export's legend and the inline icons of the panels and the legend all draw: the
 * kind gives the shape, the status the colour and the fill (solid or open).
 */

/** The marker shape of each project kind: the reader tells kinds apart by shape, statuses by colour and fill. */
export const KIND_SHAPE: Record<ProjectKind, Shape> = {
  'sorting-hub': 'square',
  'logistics-hub': 'circle',
  'container-terminal': 'diamond',
  'dry-port': 'hexagon',
  'sea-port': 'triangle-down',
  'cargo-airport': 'triangle',
  'border-trade-zone': 'pentagon',
  'economic-zone': 'saltire',
  'office-of-exchange': 'star',
  warehouse: 'cross',
  'border-crossing': 'bowtie',
  carrier: 'hull',
};

/** Statuses drawn with a solid marker; the others (still on paper, or stopped) are drawn open. */
const SOLID_STATUSES: readonly Status[] = ['operating', 'under-construction'];

/** The measures of a marker, in CSS pixels. */
export const MARKER = {
  /** The side of the icon's box on the map. */
  size: 22,
  /** The margin between the box and the shape on the map: room for the halo. */
  inset: 2.5,
  /** The width of the halo in the background colour drawn under the shape on the map. */
  halo: 4,
  /** The outline: a hairline round a solid marker, a thick one, which carries the colour, round an open one. */
  stroke: { solid: 1, open: 2.6 },
  /**
   * The box the inline icons draw the shape in (with the outline widths above, so an icon drawn `n` pixels
   * wide scales them by n / iconBox), and the margin round it in their view box.
   */
  iconBox: 20,
  iconMargin: 2,
  /** The highlight ring round a hovered or selected marker: its box is `size + ring.margin`, its line `ring.width`. */
  ring: { margin: 10, width: 2.5 },
} as const;

/** The side of the shape itself on the map: the box less its inset on each side. */
export const MARKER_SHAPE_SIZE = MARKER.size - 2 * MARKER.inset;

/** How a marker is painted: fill, outline colour and outline width (in CSS pixels on the map). */
interface MarkerPaint {
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** Whether a status is drawn with a solid marker (see `SOLID_STATUSES`). */
export function isSolid(status: Status): boolean {
  return SOLID_STATUSES.includes(status);
}

/**
 * The paint of a marker of `colour`: solid (filled with the colour, a hairline round it) or open (filled with
 * the `background`, a thick outline in the colour).
 */
export function markerPaint(colour: string, solid: boolean, background: string): MarkerPaint {
  return {
    fill: solid ? colour : background,
    stroke: colour,
    strokeWidth: solid ? MARKER.stroke.solid : MARKER.stroke.open,
  };
}

/** The paint of a project's marker in a theme: the status's colour, open markers filled with the label halo. */
export function statusPaint(status: Status, theme: Pick<Theme, 'status' | 'labelHalo'>): MarkerPaint {
  return markerPaint(theme.status[status], isSolid(status), theme.labelHalo);
}

/** The name of the map image of a shape in a status's look (`marker-<shape>-<status>`). */
export function markerImageName(shape: Shape, status: Status): string {
  return `marker-${shape}-${status}`;
}

/**
 * Draws a marker's shape `size` pixels wide at the context's origin: first a halo in `halo` (if given), then
 * the shape filled and outlined as `paint` says. Line widths are multiplied by `lineScale` (the device pixel
 * ratio on the map; size / iconBox for an inline icon).
 */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  shape: Shape,
  size: number,
  paint: MarkerPaint,
  options: { lineScale: number; halo?: string },
): void {
  const path = new Path2D(shapePath(shape, size));
  ctx.lineJoin = 'round';
  if (options.halo) {
    ctx.strokeStyle = options.halo;
    ctx.lineWidth = MARKER.halo * options.lineScale;
    ctx.stroke(path);
  }
  ctx.fillStyle = paint.fill;
  ctx.fill(path);
  ctx.strokeStyle = paint.stroke;
  ctx.lineWidth = paint.strokeWidth * options.lineScale;
  ctx.stroke(path);
}
