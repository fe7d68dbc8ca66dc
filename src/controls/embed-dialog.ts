import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { punct, t } from '../i18n/strings.ts';
import { panelStyles } from '../panels/panel-styles.ts';
import { PageElement } from '../state/context.ts';

/**
 * Shows the code that embeds the current view in a news page, with a button that copies it.
 *
 * @fires close - the reader closed the dialog
 */
@customElement('embed-dialog')
export class EmbedDialog extends PageElement(LitElement) {
  /** The code to paste. */
  @property() code = '';
  /** The embed view's address, to preview or share. */
  @property() url = '';
  /** The address of the page of what the view shows (a feature's own page, or the home page), to link to. */
  @property() pageUrl = '';

  @state() private copied = false;

  static override styles = [
    panelStyles,
    css`
      dialog {
        max-width: min(42rem, 94vw);
        border: 1px solid var(--rule);
        background: var(--surface);
        color: var(--text);
        padding: 1.2rem;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.35);
      }
      textarea {
        width: 100%;
        min-height: 9rem;
        font: 13px/1.4 "Corridor Noto Sans SC", ui-monospace, monospace;
        color: var(--text);
        background: var(--page);
        border: 1px solid var(--rule);
      }
      .actions {
        display: flex;
        gap: 0.6rem;
        margin-top: 0.6rem;
      }
      .page-link a {
        overflow-wrap: anywhere;
      }
      .actions button {
        font: inherit;
        padding: 0.35rem 0.9rem;
        cursor: pointer;
      }
    `,
  ];

  override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  override render() {
    const lang = this.language;
    return html`<dialog aria-labelledby="embed-title" @close=${this.onClose}>
      <h2 id="embed-title">${t(lang, 'embedTitle')}</h2>
      <p>${t(lang, 'embedHelp')}</p>
      <textarea readonly aria-labelledby="embed-title" .value=${this.code} @focus=${this.selectAll}></textarea>
      <div class="actions">
        <button type="button" class="copy" @click=${this.copy}>${this.copied ? t(lang, 'copied') : t(lang, 'copy')}</button>
        <button type="button" class="close-dialog" @click=${this.close}>${t(lang, 'close')}</button>
        <a href=${this.url} target="_blank" rel="noopener">${t(lang, 'embedPreview')}</a>
      </div>
      ${this.pageUrl ? html`<p class="page-link">${t(lang, 'pageLink')}${punct(lang).colon}<a href=${this.pageUrl}>${this.pageUrl}</a></p>` : nothing}
      <p role="status" class="visually-hidden">${this.copied ? t(lang, 'copied') : ''}</p>
    </dialog>`;
  }

  private selectAll(e: Event) {
    (e.target as HTMLTextAreaElement).select();
  }

  private async copy() {
    const area = this.renderRoot.querySelector('textarea') as HTMLTextAreaElement;
    try {
      await navigator.clipboard.writeText(this.code);
    } catch {
      // Clipboard access can be refused (an iframe without the permission): leave the code selected.
      area.select();
      return;
    }
    this.copied = true;
  }

  private close() {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onClose() {
    this.dispatchEvent(new Event('close'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-dialog': EmbedDialog;
  }
}
