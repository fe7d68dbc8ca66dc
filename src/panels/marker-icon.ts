import { svg, type TemplateResult } from 'lit';
import type { ProjectKind, Status } from '../data/types.ts';
import { shapePath } from '../map/shapes.ts';
import { KIND_SHAPE, SOLID_STATUSES } from '../map/theme.ts';

/**
 * A project's marker as inline SVG, drawn like the map draws it (shape = kind, colour and fill = status),
 * so the legend, lists and panels match the map. Colours come from `--status-*` custom properties.
 */
export function markerIcon(kind: ProjectKind, status: Status): TemplateResult {
  const colour = `var(--status-${status})`;
  const solid = SOLID_STATUSES.includes(status);
  return svg`<svg class="marker" viewBox="-2 -2 24 24" aria-hidden="true"><path
    d=${shapePath(KIND_SHAPE[kind], 20)} fill=${solid ? colour : 'var(--surface)'} stroke=${colour}
    stroke-width=${solid ? 1 : 2.6} stroke-linejoin="round"/></svg>`;
}
