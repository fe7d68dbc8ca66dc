import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Localized } from '../data/types.ts';
import { fill, parens, type StringKey, t } from '../i18n/strings.ts';
import { buttonStyles, panelStyles } from '../panels/panel-styles.ts';
import { PageElement } from '../state/context.ts';
import { FilterToggleEvent } from '../state/events.ts';
import { type FacetCount, FILTER_KEYS, type FilterKey, type Filters } from '../state/filters.ts';
import { filterLabel } from './filter-labels.ts';

const HEADINGS: Record<FilterKey, StringKey> = {
  status: 'status',
  kind: 'kind',
  mode: 'mode',
  country: 'country',
  partner: 'partners',
};

/**
 * Filters by status, kind, mode, country and partner, each option with the number of projects and routes
 * it would show. Ticking changes nothing itself: it asks the app, which owns the filters.
 *
 * @fires corridor-filter-toggle - the reader ticked or cleared an option
 */
@customElement('filter-panel')
export class FilterPanel extends PageElement(LitElement) {
  /** The filters in force. */
  @property({ attribute: false }) filters?: Filters;
  /** Every option of every group, with its count. */
  @property({ attribute: false }) counts?: Record<FilterKey, FacetCount[]>;
  /** Partners' names in every language they have, by slug: set directly, else the data index's. */
  @property({ attribute: false }) partnerNames?: ReadonlyMap<string, Localized>;

  static override styles = [
    panelStyles,
    buttonStyles,
    css`
      :host {
        font-size: 14px;
      }
      .groups {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 0.2rem 1.2rem;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        font-size: 0.78rem;
        letter-spacing: 0.06em;
        text-transform: uppercase;
        color: var(--muted);
        padding: 0;
        margin: 0.5rem 0 0.2rem;
      }
      label {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        min-height: 24px;
        cursor: pointer;
      }
      .count {
        color: var(--muted);
        font-variant-numeric: tabular-nums;
      }
      button.clear {
        margin-top: 0.4rem;
      }
    `,
  ];

  /** A group with more options than this shows its most frequent ones, and the rest on request. */
  static readonly SHORT_LIST = 12;

  /** Groups the reader asked to see in full. */
  @state() private expanded = new Set<FilterKey>();

  /** The options a group shows: all of a short group; else the ticked and the most frequent ones. */
  private shown(key: FilterKey, options: FacetCount[]): FacetCount[] {
    if (options.length <= FilterPanel.SHORT_LIST || this.expanded.has(key)) return options;
    const ticked = new Set(this.filters?.[key] as string[]);
    const top = new Set(
      [...options]
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
        .slice(0, FilterPanel.SHORT_LIST)
        .map((o) => o.value),
    );
    return options.filter((o) => top.has(o.value) || ticked.has(o.value));
  }

  private label(key: FilterKey, value: string): string {
    return filterLabel(this.language, key, value, this.partnerNames ?? this.index?.partnerNames ?? new Map());
  }

  override render() {
    const filters = this.filters;
    const counts = this.counts;
    if (!filters || !counts) return html``;
    const lang = this.language;
    const any = FILTER_KEYS.some((k) => filters[k].length > 0);
    return html`<div class="groups">
        ${FILTER_KEYS.map(
          (key) => html`<fieldset>
            <legend>${t(lang, HEADINGS[key])}</legend>
            ${this.shown(key, counts[key]).map(
              (o) => html`<label>
                <input
                  type="checkbox"
                  name=${key}
                  value=${o.value}
                  .checked=${(filters[key] as string[]).includes(o.value)}
                  @change=${() => this.toggle(key, o.value)}
                />
                <span>${this.label(key, o.value)}</span><span class="count">${parens(lang, String(o.count))}</span>
              </label>`,
            )}
            ${
              this.shown(key, counts[key]).length < counts[key].length
                ? html`<button type="button" class="plain all" @click=${() => this.expand(key)}>
                  ${fill(lang, 'showAll', { n: counts[key].length })}
                </button>`
                : ''
            }
          </fieldset>`,
        )}
      </div>
      ${any ? html`<button type="button" class="plain clear" @click=${this.clear}>${t(lang, 'clearFilters')}</button>` : ''}`;
  }

  private expand(key: FilterKey) {
    this.expanded = new Set([...this.expanded, key]);
  }

  private toggle(key: FilterKey, value: string) {
    this.dispatchEvent(new FilterToggleEvent(key, value));
  }

  private clear() {
    this.dispatchEvent(new FilterToggleEvent(null));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'filter-panel': FilterPanel;
  }
}
