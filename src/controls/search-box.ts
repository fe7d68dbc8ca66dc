import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MapData } from '../data/types.ts';
import { pick, t } from '../i18n/strings.ts';
import { panelStyles } from '../panels/panel-styles.ts';
import { PageElement } from '../state/context.ts';
import { SelectEvent } from '../state/events.ts';
import { type SearchEntry, search, searchIndex } from '../state/search.ts';

/**
 * Finds hubs, projects and routes by name in any of the four languages (Latin, Cyrillic or Chinese
 * input; Kazakh letters match their Russian look-alikes). A combobox: arrows move through the results,
 * Enter selects, Escape clears.
 *
 * @fires corridor-select - the reader picked a result
 */
@customElement('search-box')
export class SearchBox extends PageElement(LitElement) {
  /** The data whose hubs, projects and routes can be found. */
  @property({ attribute: false }) data?: MapData;

  @state() private query = '';
  @state() private active = 0;

  static override styles = [
    panelStyles,
    css`
      :host {
        position: relative;
        display: block;
        font-size: 14px;
      }
      input {
        font: inherit;
        width: 100%;
        padding: 0.35rem 0.6rem;
        border: 1px solid var(--rule);
        border-radius: 4px;
        background: var(--surface);
        color: var(--text);
      }
      ul {
        position: absolute;
        z-index: 5;
        left: 0;
        right: 0;
        margin: 2px 0 0;
        padding: 0.2rem 0;
        list-style: none;
        background: var(--surface);
        border: 1px solid var(--rule);
        border-radius: 4px;
        box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
      }
      li {
        padding: 0.3rem 0.6rem;
        cursor: pointer;
        margin: 0;
      }
      li[aria-selected='true'] {
        background: var(--rule);
      }
      .type {
        color: var(--muted);
        font-size: 0.85em;
      }
    `,
  ];

  /** The names to search, folded, made at the first query: most readers never search. */
  private searchable?: { data: MapData; entries: SearchEntry[] };

  private get results(): SearchEntry[] {
    if (!this.query || !this.data) return [];
    if (this.searchable?.data !== this.data)
      this.searchable = { data: this.data, entries: searchIndex(this.data) };
    return search(this.searchable.entries, this.query);
  }

  override render() {
    const lang = this.language;
    const results = this.results;
    const open = results.length > 0;
    return html`<label class="visually-hidden" for="q">${t(lang, 'searchLabel')}</label>
      <input
        id="q"
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="results"
        aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${open ? `r-${this.active}` : ''}
        placeholder=${t(lang, 'searchPlaceholder')}
        .value=${this.query}
        @input=${(e: Event) => {
          this.query = (e.target as HTMLInputElement).value;
          this.active = 0;
        }}
        @keydown=${this.onKey}
      />
      ${
        open
          ? html`<ul id="results" role="listbox" aria-label=${t(lang, 'searchLabel')}>
            ${results.map(
              (r, i) => html`<li
                id="r-${i}"
                role="option"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.choose(r)}
              >
                ${pick(r.name, lang)} <span class="type">${t(lang, r.selection.type)}</span>
              </li>`,
            )}
          </ul>`
          : ''
      }`;
  }

  private onKey(e: KeyboardEvent) {
    const results = this.results;
    if (e.key === 'ArrowDown' && results.length) {
      this.active = (this.active + 1) % results.length;
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && results.length) {
      this.active = (this.active - 1 + results.length) % results.length;
      e.preventDefault();
    } else if (e.key === 'Enter' && results[this.active]) {
      this.choose(results[this.active]);
      e.preventDefault();
    } else if (e.key === 'Escape' && this.query) {
      this.query = '';
      e.stopPropagation();
    }
  }

  private choose(r: SearchEntry) {
    this.query = '';
    this.dispatchEvent(new SelectEvent(r.selection));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'search-box': SearchBox;
  }
}
