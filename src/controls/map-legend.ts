import { consume } from '@lit/context';
import { css, html, LitElement, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type Lang, PROJECT_KINDS, type ProjectKind, type RouteMode } from '../data/types.ts';
import { kindName, modeName, statusName, t } from '../i18n/strings.ts';
import { panelStyles } from '../panels/panel-styles.ts';
import { fromDataIndex, languageContext } from '../state/context.ts';
import { FilterToggleEvent } from '../state/events.ts';
import type { Filters } from '../state/filters.ts';
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
 * Explains every symbol on the map in words (and toggles the filter of a kind, status or mode): project kinds (shapes), statuses (colour and fill), route
 * modes (colour), traced and schematic lines (solid and dashed), hub size, and unlocated sites.
 *
 * @fires corridor-filter-toggle - the reader toggled a kind, status or mode
 */
@customElement('map-legend')
export class MapLegend extends LitElement {
  /** The data index's parts this element shows, from the shell's context. */
  protected readonly fromIndex = fromDataIndex(this, (i) => (this.kinds = i.kinds));

  /** The interface language (from the page's context, or set directly). */
  @consume({ context: languageContext, subscribe: true })
  @property()
  language: Lang = 'en';
  /** The filters in force; kinds, statuses and modes in the legend toggle them. */
  @property({ attribute: false }) filters?: Filters;
  /** The kinds present in the data; the legend lists only these. */
  @property({ attribute: false }) kinds: readonly ProjectKind[] = PROJECT_KINDS;

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
      button.toggle {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font: inherit;
        color: inherit;
        background: none;
        border: 1px solid transparent;
        border-radius: 4px;
        padding: 0.1rem 0.3rem;
        min-height: 24px;
        cursor: pointer;
        text-align: left;
      }
      button.toggle[aria-pressed='true'] {
        border-color: var(--text);
        font-weight: 600;
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

  /** A legend entry that also toggles its filter: pressed when the map shows only what it names. */
  private toggle(key: 'kind' | 'status' | 'mode', value: string, content: unknown) {
    const current = (this.filters?.[key] ?? []) as string[];
    const pressed = current.includes(value);
    return html`<li>
      <button
        type="button"
        class="toggle"
        data-filter=${`${key}:${value}`}
        aria-pressed=${pressed ? 'true' : 'false'}
        title=${t(this.language, 'legendToggle')}
        @click=${() => this.dispatchEvent(new FilterToggleEvent(key, value))}
      >
        ${content}
      </button>
    </li>`;
  }

  override render() {
    const lang = this.language;
    const model = legendModel(this.kinds);
    return html`<section aria-labelledby="legend-title">
      <h3 class="label-heading" id="legend-title">${t(lang, model.headings.kinds)}</h3>
      <ul>
        ${model.kinds.map(({ kind, status }) =>
          this.toggle('kind', kind, html`${markerIcon(kind, status)}${kindName(lang, kind)}`),
        )}
      </ul>
      <h3 class="label-heading">${t(lang, model.headings.statuses)}</h3>
      <ul>
        ${model.statuses.map(({ status, kind }) =>
          this.toggle('status', status, html`${markerIcon(kind, status)}${statusName(lang, status)}`),
        )}
      </ul>
      <h3 class="label-heading">${t(lang, model.headings.routes)}</h3>
      <ul>
        ${model.modes.map((m) => this.toggle('mode', m, html`${lineSample(m, false)}${modeName(lang, m)}`))}
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
