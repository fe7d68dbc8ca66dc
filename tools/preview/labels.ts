import { latest } from '@maplibre/maplibre-gl-style-spec';
import { escapeHtml } from '../../src/html/escape-html.ts';
import { attrs, inside, intersects, type Rect } from './paths.ts';

/**
 * The picture's labels: measured with estimated glyph widths, wrapped, and placed first come, first placed, as
 * MapLibre places them (a simpler collision test than its own, so they can differ a little).
 */

/**
 * MapLibre's text-line-height (in em) and the padding around each label's collision box (text-padding, px):
 * the style's symbol layers leave both at the style spec's defaults (1.2 and 2).
 */
export const LINE_HEIGHT = latest.layout_symbol['text-line-height'].default as number;
const TEXT_PADDING = latest.layout_symbol['text-padding'].default as number;
/** How far beyond the viewport MapLibre's collision grid reaches (CollisionIndex viewportPadding). */
const VIEWPORT_PADDING = 100;
/** MapLibre's assumed distance from a line's top edge to where glyphs "start" (7 of its 24-px em). */
export const BASELINE_OFFSET = 7 / 24;
/** Where a line's baseline sits below its vertical middle, in em (Noto Sans). */
const BASELINE_BELOW_MIDDLE = 0.36;

/**
 * Estimated advance of a text in px, from Noto Sans's average advances (measured in Chromium: Latin lower case
 * 0.53-0.55 em, upper case 0.63, Cyrillic lower case 0.6; bold about 6% wider); CJK is one em. Only the
 * collision boxes rely on it.
 */
export function textWidth(line: string, size: number, bold: boolean, spacing = 0): number {
  let em = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80) em += 1;
    else if (ch === ' ') em += 0.26;
    else if (ch !== ch.toLowerCase()) em += 0.64;
    else if (code >= 0x400 && code <= 0x4ff) em += 0.6;
    else em += 0.54;
    em += spacing;
  }
  return em * size * (bold ? 1.06 : 1);
}

/** Breaks a label at spaces into lines about as wide as each other, none wider than `maxWidth` if it can. */
export function wrap(label: string, size: number, bold: boolean, maxWidth: number, spacing = 0): string[] {
  const total = textWidth(label, size, bold, spacing);
  const words = label.split(' ');
  if (total <= maxWidth || words.length < 2) return [label];
  const target = total / Math.ceil(total / maxWidth);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    const over = textWidth(next, size, bold, spacing) - target;
    if (line && over > 0 && over > target - textWidth(line, size, bold, spacing)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/** A label laid out: its lines, where they stand and the box they take. */
export interface Label {
  lines: string[];
  /** x of the lines' start, middle or end, as `align` says. */
  x: number;
  /** y of the block's vertical middle. */
  y: number;
  align: 'start' | 'middle' | 'end';
  box: Rect;
}

export function layout(
  lines: string[],
  width: number,
  size: number,
  x: number,
  y: number,
  align: Label['align'],
): Label {
  const half = (lines.length * LINE_HEIGHT * size) / 2;
  const x0 = align === 'start' ? x : align === 'end' ? x - width : x - width / 2;
  return { lines, x, y, align, box: [x0, y - half, x0 + width, y + half] };
}

/**
 * MapLibre-like placement: first come, first placed; a label whose box hits a placed one is left out, and so is
 * one reaching beyond MapLibre's collision grid (the viewport and VIEWPORT_PADDING around it). A label placed
 * off screen still blocks the others, as in MapLibre.
 */
export class Placement {
  private readonly boxes: Rect[] = [];
  private readonly grid: Rect;
  constructor(frame: Rect) {
    this.grid = [
      frame[0] - VIEWPORT_PADDING,
      frame[1] - VIEWPORT_PADDING,
      frame[2] + VIEWPORT_PADDING,
      frame[3] + VIEWPORT_PADDING,
    ];
  }

  /** A box placed whatever it meets (an icon that allows overlap but not ignores placement), `padding` round it. */
  block(box: Rect, padding: number): void {
    this.boxes.push([box[0] - padding, box[1] - padding, box[2] + padding, box[3] + padding]);
  }

  /** The first candidate that fits the grid and collides with nothing placed, now placed. */
  place(candidates: Label[]): Label | null {
    for (const c of candidates) {
      const padded: Rect = [
        c.box[0] - TEXT_PADDING,
        c.box[1] - TEXT_PADDING,
        c.box[2] + TEXT_PADDING,
        c.box[3] + TEXT_PADDING,
      ];
      if (!inside(padded, this.grid) || this.boxes.some((b) => intersects(b, padded))) continue;
      this.boxes.push(padded);
      return c;
    }
    return null;
  }
}

export function textElements(labels: Label[], size: number): string {
  return labels
    .flatMap((l) =>
      l.lines.map((line, i) => {
        const baseline =
          l.y + (i - (l.lines.length - 1) / 2) * LINE_HEIGHT * size + BASELINE_BELOW_MIDDLE * size;
        const anchor = l.align === 'start' ? undefined : l.align;
        return `<text${attrs({ x: l.x, y: baseline, 'text-anchor': anchor })}>${escapeHtml(line)}</text>`;
      }),
    )
    .join('');
}

export function labelGroup(
  layer: string,
  labels: Label[],
  style: { size: number; bold?: boolean; color: string; halo: string; haloWidth: number; spacing?: string },
): string {
  if (labels.length === 0) return '';
  const g = attrs({
    'data-layer': layer,
    'font-size': style.size,
    'font-weight': style.bold ? 'bold' : undefined,
    'letter-spacing': style.spacing,
    fill: style.color,
    stroke: style.halo,
    // MapLibre's halo reaches text-halo-width beyond the glyph; an SVG stroke reaches half its width.
    'stroke-width': style.haloWidth * 2,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  });
  return `<g${g}>${textElements(labels, style.size)}</g>`;
}
