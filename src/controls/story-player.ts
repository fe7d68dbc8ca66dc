import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Story } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import { Originals } from '../panels/claims.ts';
import { buttonStyles, panelStyles } from '../panels/panel-styles.ts';
import { PageElement } from '../state/context.ts';
import { StoryStepEvent } from '../state/events.ts';

declare global {
  interface HTMLElementTagNameMap {
    'story-player': StoryPlayer;
  }
}

/**
 * Steps through a guided story: the caption of the current step, with previous and next buttons; the
 * arrow keys and a scroll of the wheel over the caption step too. The app applies each step to the map.
 *
 * @fires corridor-story-step - the reader moved to a step, or closed the story (`null`)
 */
@customElement('story-player')
export class StoryPlayer extends PageElement(LitElement) {
  /** The story read. */
  @property({ attribute: false }) story?: Story;
  /** The current step, from 0. */
  @property({ type: Number }) step = 0;

  private lastWheel = 0;

  static override styles = [
    panelStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        border: 1px solid var(--rule);
        border-left: 4px solid var(--link);
        background: var(--surface);
        padding: 0.6rem 0.9rem;
        margin: 0 0 0.5rem;
        position: relative;
      }
      .caption {
        font-size: 1.05rem;
        margin: 0.5rem 0 0.2rem;
      }
      .nav {
        display: flex;
        gap: 0.6rem;
        align-items: center;
      }
      .count {
        color: var(--muted);
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  override render() {
    const s = this.story;
    if (!s) return html``;
    const lang = this.language;
    const step = s.steps[this.step];
    const last = s.steps.length - 1;
    // One marker for the title and the current caption.
    const tr = new Originals(lang);
    const title = tr.text(s.title);
    const caption = tr.text(step.caption);
    // The buttons above the caption, whose length changes from step to step: Next stays under the finger.
    return html`<section
      aria-roledescription=${t(lang, 'story')}
      aria-labelledby="story-title"
      tabindex="0"
      @keydown=${this.onKey}
      @wheel=${this.onWheel}
    >
      <button class="close" type="button" aria-label=${t(lang, 'closeStory')} @click=${() => this.go(null)}>×</button>
      <h2 id="story-title">${title}</h2>
      <div class="nav">
        <button type="button" class="plain prev" ?disabled=${this.step === 0} @click=${() => this.go(this.step - 1)}>
          ${t(lang, 'previous')}
        </button>
        <span class="count">${this.step + 1} / ${s.steps.length}</span>
        <button type="button" class="plain next" ?disabled=${this.step === last} @click=${() => this.go(this.step + 1)}>
          ${t(lang, 'next')}
        </button>
      </div>
      <p class="caption" aria-live="polite">${caption}</p>
      ${tr.marker()}
    </section>`;
  }

  private go(step: number | null) {
    const count = this.story?.steps.length ?? 0;
    if (step !== null && (step < 0 || step >= count)) return;
    this.dispatchEvent(new StoryStepEvent(step));
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === 'ArrowRight' || e.key === 'PageDown') this.go(this.step + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') this.go(this.step - 1);
    else return;
    e.preventDefault();
  }

  /** One step per deliberate scroll over the caption: a burst of wheel events counts once. */
  private onWheel(e: WheelEvent) {
    if (Math.abs(e.deltaY) < 4 || e.timeStamp - this.lastWheel < 700) return;
    this.lastWheel = e.timeStamp;
    this.go(this.step + (e.deltaY > 0 ? 1 : -1));
  }
}
