import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DOWNLOADS } from '../data/download-files.ts';
import { siteRoot } from '../data/site-root.ts';
import { LANGUAGES, type Lang } from '../data/vocabularies.ts';
import { embedCode, embedUrl } from '../embed/embed-code.ts';
import { LANGUAGE_NAMES, punct, t } from '../i18n/strings.ts';
import { PageElement } from '../state/context.ts';
import './embed-dialog.ts';
import { LanguageChangeEvent, SaveImageEvent } from '../state/events.ts';
import { featurePageUrl } from '../state/pages.ts';
import { serializeViewState } from '../state/url.ts';
import { DEFAULT_VIEW, type ViewState } from '../state/view.ts';

/**
 * The tools under the map: the language, the data downloads, "Save image" (1x, 2x), the embed code (in a
 * dialog of its own) and, in an embed, a link to the full map.
 *
 * @fires corridor-language-change - the reader picked a language
 * @fires corridor-save-image - the reader asked for a PNG of the view
 */
@customElement('map-toolbar')
export class MapToolbar extends PageElement(LitElement) {
  /** The view, for the embed code and the link to the full map. */
  @property({ attribute: false }) view: ViewState = DEFAULT_VIEW;
  /** Whether the map can be saved as an image now (it is drawn, and no save is under way). */
  @property({ type: Boolean }) canSave = false;

  @state() private embedOpen = false;

  // Light DOM: the page's stylesheet lays the toolbar out, and the dialog is found like the rest of the page.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    const lang = this.language;
    const semi = lang === 'zh' ? '；' : ';';
    return html`<div class="toolbar">
        <label class="language-switch"
          >${t(lang, 'languageLabel')}
          <select @change=${(e: Event) => this.dispatchEvent(new LanguageChangeEvent((e.target as HTMLSelectElement).value as Lang))}>
            ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${LANGUAGE_NAMES[l]}</option>`)}
          </select>
        </label>
        <span class="downloads"
          >${t(lang, 'downloadData')}${punct(lang).colon}${t(lang, 'downloadProjects')}
          <a href=${siteRoot() + DOWNLOADS.projectsCsv} download>CSV</a> ·
          <a href=${siteRoot() + DOWNLOADS.projectsGeoJson} download>GeoJSON</a>${semi} ${t(lang, 'downloadRoutes')}
          <a href=${siteRoot() + DOWNLOADS.routesCsv} download>CSV</a>${semi} ${t(lang, 'downloadHubs')}
          <a href=${siteRoot() + DOWNLOADS.hubsCsv} download>CSV</a>${semi} ${t(lang, 'downloadAll')}
          <a href=${siteRoot() + DOWNLOADS.corridorGeoJson} download>GeoJSON</a></span
        >
        <button type="button" class="export-png" ?disabled=${!this.canSave} @click=${() => this.dispatchEvent(new SaveImageEvent(1))}>
          ${t(lang, 'exportPng')}
        </button>
        <button type="button" class="export-png-2x" ?disabled=${!this.canSave} @click=${() => this.dispatchEvent(new SaveImageEvent(2))}>
          ${t(lang, 'exportPng2x')}
        </button>
        <button type="button" class="embed-button" @click=${() => (this.embedOpen = true)}>${t(lang, 'embedButton')}</button>
        ${
          this.view.embed
            ? html`<a class="open-full" href=${fullMapUrl(this.view)} target="_blank" rel="noopener">${t(lang, 'openFull')}</a>`
            : nothing
        }
      </div>
      ${
        this.embedOpen
          ? html`<embed-dialog
            .code=${embedCode(siteRoot(), this.view, t(lang, 'title'))}
            .url=${embedUrl(siteRoot(), this.view)}
            .pageUrl=${featurePageUrl(lang, this.view.selection)}
            @close=${() => (this.embedOpen = false)}
          ></embed-dialog>`
          : nothing
      }`;
  }
}

/** The address of the same view on the full page (not the embed). */
export function fullMapUrl(view: ViewState): string {
  // The search is set, not resolved against the embed's address: an empty one would resolve to that address.
  const url = new URL(location.href);
  url.search = serializeViewState({ ...view, embed: false }, '');
  url.hash = '';
  return url.href;
}

declare global {
  interface HTMLElementTagNameMap {
    'map-toolbar': MapToolbar;
  }
}
