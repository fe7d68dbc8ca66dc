import { svg, type TemplateResult } from 'lit';
import type { ProjectKind, Status } from '../data/types.ts';
import { isSolid, KIND_SHAPE, MARKER, markerPaint } from './markers.ts';
import { shapePath } from './shapes.ts';

const VIEW = MARKER.iconBox + 2 * MARKER.iconMargin;

/**
 * A project's marker as inline SVG, drawn like the map draws it (shape = kind, colour and fill = status),
 * so the legend, lists and panels match the map. Colours come from `--status-*` custom properties.
 */
export function markerIcon(kind: ProjectKind, status: Status): TemplateResult {
  const paint = markerPaint(`var(--status-${status})`, isSolid(status), 'var(--surface)');
  return svg`<svg class="marker" viewBox=${`${-MARKER.iconMargin} ${-MARKER.iconMargin} ${VIEW} ${VIEW}`} aria-hidden="true"><path
    d=${shapePath(KIND_SHAPE[kind], MARKER.iconBox)} fill=${paint.fill} stroke=${paint.stroke}
    stroke-width=${paint.strokeWidth} stroke-linejoin="round"/></svg>`;
}
