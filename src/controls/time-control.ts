import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/strings.ts';
import { buttonStyles, panelStyles } from '../panels/panel-styles.ts';
import { PageElement } from '../state/context.ts';
import { DateChangeEvent } from '../state/events.ts';

/** How long the play button shows each year. */
const STEP_MS = 1400;

/**
 * A year slider from the earliest dated event to the present (the latest dated event that has happened, see
 * `yearRange`): the map shows each project as it stood that year. "Now" shows things as they stand today. A
 * play button steps through the years, ending on the present.
 *
 * @fires corridor-date-change - the reader picked a year, or now (`null`)
 */
@customElement('time-control')
export class TimeControl extends PageElement(LitElement) {
  /** The first year of the data, and the present's: set directly, else the data index's. */
  @property({ attribute: false }) range?: [number, number];
  /** The date shown (`2023`), or `null` for now. */
  @property() date: string | null = null;

  private get years(): [number, number] {
    return this.range ?? this.index?.years ?? [2020, 2026];
  }

  private timer?: ReturnType<typeof setInterval>;

  static override styles = [
    panelStyles,
    buttonStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem;
        font-size: 14px;
      }
      input[type='range'] {
        flex: 1;
        min-width: 10rem;
      }
      output {
        font-weight: 700;
        min-width: 4.5rem;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('date') && this.date === null) this.stop();
  }

  override render() {
    const lang = this.language;
    const [from, to] = this.years;
    const year = this.date ? Number(this.date.slice(0, 4)) : to;
    return html`<label for="year">${t(lang, 'timeLabel')}</label>
      <input
        id="year"
        type="range"
        min=${from}
        max=${to}
        step="1"
        .value=${String(year)}
        aria-valuetext=${this.date ?? t(lang, 'now')}
        @input=${(e: Event) => this.pick((e.target as HTMLInputElement).value)}
      />
      <output for="year" aria-live="polite">${this.date ?? t(lang, 'now')}</output>
      <button type="button" class="plain play" aria-pressed=${this.timer ? 'true' : 'false'} @click=${this.togglePlay}>
        ${this.timer ? t(lang, 'pause') : t(lang, 'play')}
      </button>
      <button type="button" class="plain now" ?disabled=${this.date === null} @click=${() => this.pick(null)}>
        ${t(lang, 'now')}
      </button>`;
  }

  private pick(date: string | null) {
    this.dispatchEvent(new DateChangeEvent(date));
  }

  private togglePlay() {
    if (this.timer) {
      this.stop();
      return;
    }
    const [from, to] = this.years;
    let year = this.date && Number(this.date) < to ? Number(this.date) : from;
    this.pick(String(year));
    this.timer = setInterval(() => {
      year += 1;
      if (year > to) this.stop();
      else this.pick(String(year));
    }, STEP_MS);
    this.requestUpdate();
  }

  private stop() {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'time-control': TimeControl;
  }
}
