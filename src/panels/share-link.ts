import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../i18n/strings.ts';
import { PageElement } from '../state/context.ts';
import { featurePageUrl } from '../state/pages.ts';
import type { Selection } from '../state/view.ts';
import { buttonStyles, panelStyles } from './panel-styles.ts';

/** How long "Link copied" stays on the button, in ms. */
const COPIED_FOR = 2500;

/**
 * "Copy link" for a hub, project or route: copies the absolute address of the feature's own page in the
 * reader's language (`featurePageUrl`) and says so for a moment, to the eye and to a screen reader; where
 * the platform has a share sheet (`navigator.share`), a "Share" button opens it with the same address.
 */
@customElement('share-link')
export class ShareLink extends PageElement(LitElement) {
  /** What the link is to. */
  @property({ attribute: false }) target: Pick<Selection, 'type' | 'id'> | null = null;
  /** The feature's name in the reader's language, the title the share sheet shows. */
  @property() name = '';

  @state() private copied = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  static override styles = [
    panelStyles,
    buttonStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin: 0.3rem 0 0.5rem;
      }
    `,
  ];

  /** The address the buttons give. */
  get url(): string {
    return featurePageUrl(this.language, this.target);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override render() {
    if (!this.target) return nothing;
    const lang = this.language;
    const canShare = typeof navigator.share === 'function';
    return html`<button type="button" class="plain copy-link" @click=${this.copy}>
        ${this.copied ? t(lang, 'linkCopied') : t(lang, 'copyLink')}
      </button>
      ${canShare ? html`<button type="button" class="plain share" @click=${this.share}>${t(lang, 'share')}</button>` : nothing}
      <span role="status" aria-live="polite" class="visually-hidden">${this.copied ? t(lang, 'linkCopied') : ''}</span>`;
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.url);
    } catch {
      // Refused (an iframe without the permission, an insecure page): the share sheet or the address bar remain.
      return;
    }
    this.copied = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.copied = false), COPIED_FOR);
  }

  private async share() {
    try {
      await navigator.share({ title: this.name, url: this.url });
    } catch {
      // The reader closed the sheet: nothing to do.
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'share-link': ShareLink;
  }
}
