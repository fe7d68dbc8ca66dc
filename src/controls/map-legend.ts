import { css, html, LitElement, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PROJECT_KINDS, type ProjectKind, ROUTE_MODES, type RouteMode } from '../data/types.ts';
import { kindName, modeName, statusName, t } from '../i18n/strings.ts';
import { panelStyles } from '../panels/panel-styles.ts';
import { PageElement } from '../state/context.ts';
import { LEGEND_LINE, legendModel } from '../symbols/legend.ts';
import { markerIcon } from '../symbols/marker-icon.ts';

function lineSample(mode: RouteMode | null, dashed: boolean) {
  const colour = mode ? `var(--mode-${mode})` : 'var(--text)';
  return svg`<svg class="line" viewBox="0 0 36 10" aria-hidden="true"><line x1="2" y1="5" x2="34" y2="5"
    stroke=${colour} stroke-width=${LEGEND_LINE.width} stroke-dasharray=${dashed ? LEGEND_LINE.dash.join(' ') : 'none'}/></svg>`;
}

/** The sample of each hub note: the hub's circle, the ring of a site not located, a gathered hub's count. */
const HUB_SAMPLES = {
  hub: html`<span class="hub"></span>`,
  area: html`<span class="area"></span>`,
  count: html`<span class="hub count" aria-hidden="true">3</span>`,
};

/**
 * Explains every symbol on the map in words: project kinds (shapes), statuses (colour and fill), route modes
 * (colour), traced and schematic lines (solid and dashed), hub size, and unlocated sites. A key, not a
 * control: its entries do nothing when pressed. Filtering is the filter panel's, which says so, counts
 * what each option leaves and sits with the map's other controls; a legend entry that filtered would change,
 * on a phone, a map scrolled out of sight above it.
 */
@customElement('map-legend')
export class MapLegend extends PageElement(LitElement) {
  /** The kinds the legend lists: set directly, else those in the data index, else all. */
  @property({ attribute: false }) kinds?: readonly ProjectKind[];
  /** The route modes the legend lists: set directly, else those in the data index, else all. */
  @property({ attribute: false }) modes?: readonly RouteMode[];

  static override styles = [
    panelStyles,
    css`
      :host {
        font-size: 13px;
      }
      ul {
        list-style: none;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
        gap: 0.1rem 0.8rem;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        margin: 0.1rem 0;
      }
      svg.line {
        width: 2.2rem;
        height: 0.7rem;
        flex: none;
      }
      .hub {
        width: 1.1rem;
        height: 1.1rem;
        border-radius: 50%;
        border: 1.5px solid var(--text);
        background: var(--surface);
        flex: none;
      }
      .hub.count {
        display: grid;
        place-items: center;
        font-size: 10px;
        font-weight: 700;
        line-height: 1;
      }
      .area {
        width: 1.1rem;
        height: 1.1rem;
        border-radius: 50%;
        border: 1px solid var(--muted);
        background: color-mix(in srgb, var(--text) 10%, transparent);
        flex: none;
      }
    `,
  ];

  override render() {
    const lang = this.language;
    const model = legendModel(
      this.kinds ?? this.index?.kinds ?? PROJECT_KINDS,
      this.modes ?? this.index?.modes ?? ROUTE_MODES,
    );
    return html`<section aria-labelledby="legend-title">
      <h3 class="label-heading" id="legend-title">${t(lang, model.headings.kinds)}</h3>
      <ul>
        ${model.kinds.map(({ kind, status }) => html`<li>${markerIcon(kind, status)}${kindName(lang, kind)}</li>`)}
      </ul>
      <h3 class="label-heading">${t(lang, model.headings.statuses)}</h3>
      <ul>
        ${model.statuses.map(({ status, kind }) => html`<li>${markerIcon(kind, status)}${statusName(lang, status)}</li>`)}
      </ul>
      <h3 class="label-heading">${t(lang, model.headings.routes)}</h3>
      <ul>
        ${model.modes.map((m) => html`<li data-mode=${m}>${lineSample(m, false)}${modeName(lang, m)}</li>`)}
        ${model.lines.map(({ key, dashed }) => html`<li>${lineSample(null, dashed)}${t(lang, key)}</li>`)}
      </ul>
      <ul>
        ${model.hubs.map(({ symbol, key }) => html`<li>${HUB_SAMPLES[symbol]}${t(lang, key)}</li>`)}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'map-legend': MapLegend;
  }
}
