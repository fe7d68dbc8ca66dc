import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fullMapUrl } from '../controls/map-toolbar.ts';
import type { MapData } from '../data/types.ts';
import { EmbedController } from '../embed/embed-controller.ts';
import { guessLanguage, missingTranslations, pick, t } from '../i18n/strings.ts';
import { downloadBlob } from '../map/export-png.ts';
import '../map/corridor-map.ts';
import type { FontFaces } from '../map/style.ts';
import '../panels/filter-panel.ts';
import type { HubPanel } from '../panels/hub-panel.ts';
import '../panels/hub-panel.ts';
import '../panels/map-legend.ts';
import '../panels/project-list.ts';
import type { RoutePanel } from '../panels/route-panel.ts';
import '../panels/route-panel.ts';
import '../panels/search-box.ts';
import '../panels/story-player.ts';
import '../panels/time-control.ts';
import { type DataIndex, indexData } from '../state/data-index.ts';
import { DetailsController } from '../state/details-controller.ts';
import { INTENT_EVENTS } from '../state/event-intents.ts';
import { applyFilters, FILTER_KEYS, facetCounts, type Visible } from '../state/filters.ts';
import type { Intent } from '../state/intents.ts';
import { reduce } from '../state/reduce.ts';
import { UrlController } from '../state/url-controller.ts';
import { DEFAULT_VIEW, type ThemeName, type ViewState } from '../state/view.ts';
import { FocusController } from './focus-controller.ts';
import { imageOptions } from './image-options.ts';
import { mapUiStrings, renderPanel, renderStories, renderUpdates } from './parts.ts';

/**
 * The page's layout: the map, its panel, the controls, the list, the legend and the tools, laid out for
 * the full page or for an embed. The view lives here and changes only through `apply(intent)`; controllers
 * keep the address, the iframe host, the panel's details and focus in step with it.
 */
@customElement('corridor-app')
export class CorridorApp extends LitElement {
  /** The validated data; the app renders nothing until it arrives. */
  @property({ attribute: false }) data?: MapData;
  /** The basemap GeoJSON (with a plain-text `attribution`). */
  @property({ attribute: false }) basemap?: GeoJSON.FeatureCollection & { attribution?: string };
  /** The map's font-faces. */
  @property({ attribute: false }) fontFaces?: FontFaces;
  /** Notices about parts of the page that could not load. */
  @property({ attribute: false }) notices: string[] = [];

  /** The view: selection, language, theme, camera, filters, date, story. */
  @state() view: ViewState = DEFAULT_VIEW;
  @state() private mapUnavailable: string | null = null;
  @state() private interrupted = false;
  @state() private saving = false;
  /** In the embed: whether the list, filters, legend and tools are unfolded under the map. */
  @state() private moreOpen = false;
  /** Whether the filters are unfolded: facets are counted only then. */
  @state() private filtersOpen = false;

  private index?: DataIndex;
  /** What the filters and date leave; `null` when neither is in use. */
  private visible: Visible | null = null;
  private counts?: ReturnType<typeof facetCounts>;
  private readonly darkQuery = matchMedia('(prefers-color-scheme: dark)');
  private readonly url = new UrlController(this, () => this.index as DataIndex);
  private readonly details = new DetailsController(this);
  private readonly focusing = new FocusController(this, () =>
    this.querySelector<HubPanel | RoutePanel>('hub-panel, route-panel'),
  );

  constructor() {
    super();
    new EmbedController(this);
  }

  /** The language shown: the URL's, else the browser's first supported one. */
  get language() {
    return this.view.lang ?? guessLanguage(navigator.languages);
  }

  /** The theme shown: the URL's, else the reader's system preference. */
  get theme(): ThemeName {
    return this.view.theme ?? (this.darkQuery.matches ? 'dark' : 'light');
  }

  /** The one way the view changes: the intent through `reduce`, then the address follows. */
  apply(intent: Intent): void {
    if (!this.index) return;
    const next = reduce(this.view, intent, this.index);
    if (next === this.view) return;
    if (intent.type === 'select') void this.focusing.selecting(this.view.selection, next.selection, false);
    this.view = next;
    if (intent.type !== 'restore') this.url.write(intent);
  }

  // Light DOM: MapLibre's global stylesheet must reach the map canvas and controls.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const [type, toIntent] of Object.entries(INTENT_EVENTS)) {
      this.addEventListener(type, (e) => {
        const fromMap = (e.target as HTMLElement).localName === 'corridor-map';
        const intent = toIntent(e);
        if (intent.type === 'select' && fromMap) {
          void this.focusing.selecting(this.view.selection, intent.selection, true);
          if (this.index) this.view = reduce(this.view, intent, this.index);
          this.url.write(intent);
        } else this.apply(intent);
      });
    }
    this.addEventListener('corridor-map-ready', () => this.mapState('ready'));
    this.addEventListener('corridor-map-unavailable', (e) => {
      this.mapUnavailable = e.reason;
      this.mapState('unavailable');
    });
    this.addEventListener('corridor-map-interrupted', (e) => (this.interrupted = e.state === 'lost'));
    this.addEventListener('corridor-details-retry', () => this.details.retry());
    this.addEventListener('corridor-save-image', (e) => void this.saveImage(e.pixelRatio));
    document.addEventListener('keydown', this.onKeyDown);
    this.darkQuery.addEventListener('change', this.onSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) {
      this.index = indexData(this.data);
      this.apply(this.url.read());
      // The address shows the view as understood: a story's step spelled out, junk values dropped.
      this.url.write({ type: 'restore', view: this.view });
    }
    if (
      !this.data ||
      !(
        changed.has('data') ||
        changed.has('view') ||
        (changed as Map<PropertyKey, unknown>).has('filtersOpen')
      )
    )
      return;
    const { filters, date } = this.view;
    const active = date !== null || FILTER_KEYS.some((k) => filters[k].length > 0);
    this.visible = active ? applyFilters(this.data, filters, date) : null;
    // Counting facets walks every project and route: only while the filters are unfolded.
    if (this.filtersOpen) this.counts = facetCounts(this.data, filters, date);
  }

  protected override updated(): void {
    document.documentElement.lang = this.language;
    document.documentElement.dataset.theme = this.theme;
    this.classList.toggle('embed', this.view.embed);
  }

  /** `data-map` tells embedders and tests how the map stands: `ready` or `unavailable`. */
  private mapState(state: 'ready' | 'unavailable'): void {
    this.dataset.map = state;
    if (state === 'ready') this.interrupted = false;
    this.requestUpdate();
  }

  private async saveImage(pixelRatio: 1 | 2): Promise<void> {
    const map = this.querySelector('corridor-map');
    if (!map || !this.data) return;
    this.saving = true;
    try {
      const options = imageOptions(
        this.data,
        this.view,
        this.language,
        this.theme,
        this.basemap?.attribution ?? '',
        pixelRatio,
      );
      const blob = await map.toPng(options);
      if (blob)
        downloadBlob(blob, `corridor-map-${options.date.slice(-10)}${pixelRatio === 2 ? '@2x' : ''}.png`);
    } finally {
      this.saving = false;
    }
  }

  private onKeyDown = (e: KeyboardEvent) => {
    // An open dialog closes itself on Escape; otherwise Escape closes the panel.
    if (e.key === 'Escape' && !this.querySelector('embed-dialog') && this.view.selection)
      this.apply({ type: 'select', selection: null });
  };

  private onSchemeChange = () => this.requestUpdate();

  /** In the embed the list is folded away: the skip link unfolds it before jumping there. */
  private onSkipToList = (e: Event) => {
    if (!this.view.embed) return;
    e.preventDefault();
    this.moreOpen = true;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#projects')?.focus());
  };

  override render() {
    const d = this.data;
    const index = this.index;
    if (!d || !index) return nothing;
    const lang = this.language;
    const { view } = this;
    const controls = html`${renderStories(d, view, lang)}
      <div class="controls">
        <search-box .data=${d} .language=${lang}></search-box>
        <time-control .range=${index.years} .date=${view.date} .language=${lang}></time-control>
      </div>`;
    const below = html`<map-toolbar .view=${view} .language=${lang} ?canSave=${!this.saving && this.dataset.map === 'ready'}></map-toolbar>
      <details class="filters" ?open=${FILTER_KEYS.some((k) => view.filters[k].length > 0)} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
        <summary><h2>${t(lang, 'filtersHeading')}</h2></summary>
        <filter-panel .filters=${view.filters} .counts=${this.counts} .partnerNames=${index.partnerNames} .language=${lang}></filter-panel>
      </details>
      <details class="legend" ?open=${!view.embed}>
        <summary><h2>${t(lang, 'legend')}</h2></summary>
        <map-legend .language=${lang} .filters=${view.filters} .kinds=${index.kinds}></map-legend>
      </details>
      <section id="projects" class="project-index" tabindex="-1" aria-labelledby="projects-title">
        <h2 id="projects-title">${t(lang, 'projectsHeading')}</h2>
        <p>${t(lang, 'projectsIntro')}</p>
        <project-list .data=${d} .sources=${index.sources} .selection=${view.selection} .visible=${this.visible} .language=${lang}></project-list>
      </section>
      ${view.embed ? nothing : renderUpdates(d, lang)}`;
    return html`
      <header class=${view.embed ? 'embed-head' : 'masthead'}>
        <a class="skip-link" href="#projects" @click=${this.onSkipToList}>${t(lang, 'skipToList')}</a>
        <h1>${t(lang, 'title')}</h1>
        ${view.embed ? nothing : html`<p>${t(lang, 'intro')}</p>`}
      </header>
      <main>
        ${this.notices.map((n) => html`<p class="notice" role="status">${n}</p>`)}
        ${missingTranslations(lang).length ? html`<p class="notice untranslated-notice">${t(lang, 'untranslatedNotice')}</p>` : nothing}
        ${this.mapUnavailable ? html`<p class="notice map-unavailable" role="alert">${t(lang, 'noWebgl')}</p>` : nothing}
        ${
          this.interrupted
            ? html`<p class="notice map-interrupted" role="alert">
              ${t(lang, 'contextLost')}
              <button type="button" @click=${() => this.querySelector('corridor-map')?.redraw()}>${t(lang, 'redraw')}</button>
            </p>`
            : nothing
        }
        ${view.embed ? nothing : controls}
        <p id="map-description" class="visually-hidden">
          ${t(lang, 'mapDescription').replace('{hubs}', String(d.hubs.length)).replace('{projects}', String(d.projects.length)).replace('{routes}', String(d.routes.length))}
        </p>
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</p>
        <div class="stage ${view.selection ? 'with-panel' : ''} ${this.mapUnavailable ? 'no-map' : ''}">
          ${
            this.mapUnavailable
              ? html`<img class="map-preview" src=${`preview-${this.theme}.svg`} alt=${t(lang, 'previewAlt')} />`
              : html`<corridor-map
                .data=${d}
                .basemap=${this.basemap}
                .fontFaces=${this.fontFaces}
                .attribution=${this.basemap?.attribution ?? ''}
                .selection=${view.selection}
                .visible=${this.visible}
                .camera=${view.camera}
                .language=${lang}
                .theme=${this.theme}
                .cooperative=${view.embed}
                .uiStrings=${mapUiStrings(lang)}
                label=${t(lang, 'mapLabel')}
                zoomHint=${t(lang, 'zoomForProjects')}
              ></corridor-map>`
          }
          ${renderPanel(d, index, view, lang, this.details)}
        </div>
        ${
          view.embed
            ? html`<button type="button" class="more-button" aria-expanded=${this.moreOpen ? 'true' : 'false'} aria-controls="more" @click=${() => (this.moreOpen = !this.moreOpen)}>
                  ${t(lang, 'moreButton')}
                </button>
                <div id="more" ?hidden=${!this.moreOpen}>${controls} ${below}</div>`
            : below
        }
      </main>
      ${
        view.embed
          ? html`<footer class="foot">
            ${t(lang, 'sourceLine')} ·
            <a href=${fullMapUrl(view)} target="_blank" rel="noopener">${t(lang, 'openFull')}</a>
          </footer>`
          : nothing
      }
    `;
  }

  /** What a screen reader hears when the selection changes. */
  private announcement(): string {
    const s = this.view.selection;
    const d = this.data;
    if (!s || !d) return '';
    const name =
      s.type === 'route'
        ? d.routes.find((r) => r.id === s.id)?.name
        : (s.type === 'hub' ? d.hubs : d.projects).find((f) => f.properties.id === s.id)?.properties.name;
    return name ? `${t(this.language, 'selected')}: ${pick(name, this.language)}` : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'corridor-app': CorridorApp;
  }
}
