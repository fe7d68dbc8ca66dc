import { html, svg } from 'lit';
import { opensElsewhere, PREVIEW_HUBS_VIEWBOX, type PreviewSpot } from './preview-spots.ts';

/** The hub links over the map's stand-in picture (see preview-spots.ts); `pick` opens a hub's panel. */
export function renderPreviewHubs(
  spots: readonly PreviewSpot[],
  label: string,
  nameOf: (id: string) => string | undefined,
  pick: (id: string) => void,
) {
  const onClick = (id: string) => (e: MouseEvent) => {
    if (opensElsewhere(e)) return;
    e.preventDefault();
    pick(id);
  };
  return html`<svg class="preview-hubs" viewBox=${PREVIEW_HUBS_VIEWBOX} preserveAspectRatio="xMidYMid slice" role="group" aria-label=${label}>
    ${spots.map(
      (s) =>
        svg`<a href=${`?hub=${encodeURIComponent(s.id)}`} data-hub=${s.id} aria-label=${nameOf(s.id) ?? s.id} @click=${onClick(s.id)}><circle cx=${s.x} cy=${s.y} r=${s.r}></circle></a>`,
    )}
  </svg>`;
}
