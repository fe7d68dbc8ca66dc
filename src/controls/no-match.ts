import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/strings.ts';
import { buttonStyles, panelStyles } from '../panels/panel-styles.ts';
import { PageElement } from '../state/context.ts';
import { FilterToggleEvent } from '../state/events.ts';
import type { Visible } from '../state/filters.ts';

/**
 * Said on the map when the filters leave nothing on it, with a button that clears them: an empty map with
 * no word looks broken, and the filters that emptied it may be folded away or scrolled out of sight.
 *
 * @fires corridor-filter-toggle - the reader cleared every filter (`key` null)
 */
@customElement('no-match-notice')
export class NoMatchNotice extends PageElement(LitElement) {
  /** What the filters and the date leave (`null`: no filter, everything shows). */
  @property({ attribute: false }) visible: Visible | null = null;

  static override styles = [
    panelStyles,
    buttonStyles,
    css`
      :host {
        position: absolute;
        top: 50%;
        left: 50%;
        transform: translate(-50%, -50%);
        z-index: 2;
        max-width: calc(100% - 2rem);
        pointer-events: none;
      }
      .box {
        pointer-events: auto;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: center;
        gap: 0.4rem 0.8rem;
        padding: 0.7rem 1rem;
        background: var(--surface);
        border: 1px solid var(--rule);
        border-radius: 6px;
        box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
        text-align: center;
      }
      p {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  /** True when the filters leave no project, hub or route. */
  get empty(): boolean {
    const v = this.visible;
    return v !== null && v.projects.size === 0 && v.routes.size === 0 && v.hubs.size === 0;
  }

  override render() {
    const lang = this.language;
    // The live region stays in the page, empty, so a reader of a screen reader hears the words come.
    return html`<div role="status">
      ${
        this.empty
          ? html`<div class="box">
              <p>${t(lang, 'noMatch')}</p>
              <button type="button" class="plain clear" @click=${() => this.dispatchEvent(new FilterToggleEvent(null))}>
                ${t(lang, 'clearFilters')}
              </button>
            </div>`
          : ''
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'no-match-notice': NoMatchNotice;
  }
}
