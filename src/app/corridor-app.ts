import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import type { FontFaces } from '../data/load.ts';
import type { MapData } from '../data/types.ts';
import { EmbedController } from '../embed/embed-controller.ts';
import { guessLanguage, t } from '../i18n/strings.ts';
import type { HubPanel } from '../panels/hub-panel.ts';
import type { RoutePanel } from '../panels/route-panel.ts';
import type { PreviewSpot } from '../preview/preview-spots.ts';
import { dataIndexContext, languageContext } from '../state/context.ts';
import { type DataIndex, indexData } from '../state/data-index.ts';
import { DetailsController } from '../state/details-controller.ts';
import { INTENT_EVENTS } from '../state/event-intents.ts';
import { applyFilters, FILTER_KEYS, facetCounts, type Visible } from '../state/filters.ts';
import type { Intent } from '../state/intents.ts';
import { homePicture, pictureSrcset } from '../state/pages.ts';
import { reduce } from '../state/reduce.ts';
import { UrlController } from '../state/url-controller.ts';
import { DEFAULT_VIEW, type Selection, type ThemeName, type ViewState } from '../state/view.ts';
import { imageOptions, saveImage } from './image-options.ts';
import { PanelFocus } from './panel-focus.ts';
import {
  applyPageTheme,
  renderDescriptions,
  renderFiltersAndLegend,
  renderFoot,
  renderMap,
  renderNotices,
  renderPanel,
  renderProjectIndex,
  renderStories,
  renderUpdates,
} from './parts.ts';

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
  /** The hubs of the map's stand-in picture, which open their panels before the map is drawn. */
  @property({ attribute: false }) previewHubs: readonly PreviewSpot[] = [];
  /** The static page's picture, shown in the map's place until the map is drawn, in the reader's system theme. */
  @property({ attribute: false }) previewPicture: HTMLPictureElement | null = null;
  /** A selection made before the app ran (a hub in the static page's picture): opened once the data arrives. */
  @property({ attribute: false }) startWith: Selection | null = null;
  /** Notices about parts of the page that could not load. */
  @property({ attribute: false }) notices: string[] = [];

  /** The view: selection, language, theme, camera, filters, date, story. */
  @state() view: ViewState = DEFAULT_VIEW;
  /** How the map stands: drawing its first frame, `ready`, or `unavailable` (no WebGL2). */
  @state() private mapStatus: 'starting' | 'ready' | 'unavailable' = 'starting';
  @state() private interrupted = false;
  @state() private saving = false;
  /** In the embed: whether the list, filters, legend and tools are unfolded under the map. */
  @state() private moreOpen = false;
  /** The reader asked for the list (skip link, or the embed's fold-out) before the map was drawn. */
  @state() private listWanted = false;
  /** Whether the filters are unfolded: facets are counted only then. */
  @state() private filtersOpen = false;

  /** The open panel's `<aside>`, which lies over the map. */
  private readonly panel = createRef<HTMLElement>();
  /** Whether the map draws hubs' counts of projects (for the compact key). */
  @state() private mapCounts = false;
  /** The compact key, which lies over the map's corner. */
  private readonly key = createRef<HTMLElement>();
  /** The data index, made when the data arrives. */
  index?: DataIndex;
  /** What the filters and date leave; `null` when neither is in use. */
  private visible: Visible | null = null;
  private counts?: ReturnType<typeof facetCounts>;
  private readonly darkQuery = matchMedia('(prefers-color-scheme: dark)');
  /** A phone's width: the stories, search and time control go under the map, so the first screen is the map. */
  private readonly narrowQuery = matchMedia('(max-width: 760px)');
  private readonly indexProvider = new ContextProvider(this, { context: dataIndexContext });
  private readonly languageProvider = new ContextProvider(this, { context: languageContext });
  private readonly url = new UrlController(this);
  private readonly details = new DetailsController(this);
  private readonly focusing = new PanelFocus(this, () =>
    this.querySelector<HubPanel | RoutePanel>('hub-panel, route-panel'),
  );

  constructor() {
    super();
    new EmbedController(this);
    // The reader's system theme applies while the URL names none.
    this.darkQuery.addEventListener('change', () => this.requestUpdate());
    this.narrowQuery.addEventListener('change', () => this.requestUpdate());
    for (const [type, toIntent] of Object.entries(INTENT_EVENTS)) {
      this.addEventListener(type, (e) => this.apply(toIntent(e)));
    }
    this.addEventListener('corridor-map-ready', () => {
      this.mapStatus = 'ready';
      this.interrupted = false;
    });
    this.addEventListener('corridor-map-counts', (e) => (this.mapCounts = e.counts));
    this.addEventListener('corridor-map-unavailable', () => (this.mapStatus = 'unavailable'));
    this.addEventListener('corridor-map-interrupted', (e) => (this.interrupted = e.state === 'lost'));
    this.addEventListener('corridor-details-retry', () => this.details.retry());
    this.addEventListener('corridor-save-image', (e) => void this.saveImage(e.pixelRatio));
  }

  /** The language shown: the URL's, else the browser's first supported one. */
  get language() {
    return this.view.lang ?? guessLanguage(navigator.languages);
  }

  /** The theme shown: the URL's, else the reader's system preference. */
  get theme(): ThemeName {
    return this.view.theme ?? (this.darkQuery.matches ? 'dark' : 'light');
  }

  /** The one way the view changes: the intent through `reduce`, then focus and the address follow. */
  apply(intent: Intent): void {
    if (!this.index) return;
    const next = reduce(this.view, intent, this.index);
    if (next === this.view) return;
    const before = this.view.selection;
    this.view = next;
    if (intent.type === 'select') void this.focusing.selecting(before, next.selection, intent.via ?? 'link');
    if (intent.type !== 'restore') this.url.write(intent);
  }

  // Light DOM: MapLibre's global stylesheet must reach the map canvas and controls.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.languageProvider.setValue(this.language);
    if (changed.has('data') && this.data) {
      this.index = indexData(this.data);
      this.indexProvider.setValue(this.index);
      this.apply(this.url.read());
      // The address shows the view as understood: a story's step spelled out, junk values dropped.
      this.url.write({ type: 'restore', view: this.view });
      if (this.startWith) this.apply({ type: 'select', selection: this.startWith, via: 'link' });
      this.startWith = null;
    }
    const relevant = ['data', 'view', 'filtersOpen'].some((k) =>
      (changed as Map<PropertyKey, unknown>).has(k),
    );
    if (!this.data || !relevant) return;
    const { filters, date } = this.view;
    const active = date !== null || FILTER_KEYS.some((k) => filters[k].length > 0);
    this.visible = active ? applyFilters(this.data, filters, date) : null;
    // Counting facets walks every project and route: only while the filters are unfolded.
    if (this.filtersOpen) this.counts = facetCounts(this.data, filters, date);
  }

  protected override updated(): void {
    // What covers the map: the compact key and the open panel (the phone's sheet), handed to the map (a new
    // array only on a change).
    const map = this.querySelector('corridor-map');
    const panel = this.view.selection ? this.panel.value : undefined;
    const covers = [this.key.value, panel].filter((el): el is HTMLElement => el !== undefined);
    if (map && (map.covers.length !== covers.length || covers.some((el, i) => map.covers[i] !== el)))
      map.covers = covers;
    applyPageTheme(this.language, this.theme);
    this.classList.toggle('embed', this.view.embed);
    // `data-map` tells embedders and tests how the map stands: `ready` or `unavailable`.
    if (this.mapStatus !== 'starting') this.dataset.map = this.mapStatus;
  }

  private async saveImage(pixelRatio: 1 | 2): Promise<void> {
    const map = this.querySelector('corridor-map');
    if (!map || !this.data) return;
    this.saving = true;
    const { data, view, language, theme } = this;
    const options = imageOptions(data, view, language, theme, t(language, 'basemapCredit'), pixelRatio);
    await saveImage(map, data, options).finally(() => (this.saving = false));
  }

  private onKeyDown = (e: KeyboardEvent) => {
    // An open dialog closes itself on Escape; otherwise Escape closes the panel.
    if (e.key === 'Escape' && !this.querySelector('embed-dialog') && this.view.selection)
      this.apply({ type: 'select', selection: null, via: 'keyboard' });
  };

  private onMore = () => {
    this.moreOpen = !this.moreOpen;
    this.listWanted = true;
  };

  /** In the embed the list is folded away: the skip link unfolds it before jumping there. */
  private onSkipToList = (e: Event) => {
    this.listWanted = true;
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
    const story = renderStories(d, view, lang);
    // In an embed and on a phone the map comes first; an open story's card stays above it.
    const compact = view.embed || this.narrowQuery.matches;
    const controls = html`      <div class="controls">
        <search-box .data=${d}></search-box>
        <time-control .date=${view.date}></time-control>
      </div>`;
    const below = html`<map-toolbar .view=${view} ?canSave=${!this.saving && this.mapStatus === 'ready'}></map-toolbar>
      ${renderFiltersAndLegend(view, lang, this.counts, this.filtersOpen, (open) => (this.filtersOpen = open))}
      ${renderProjectIndex(view, this.visible, lang, this.mapStatus !== 'starting' || this.listWanted)}
      ${view.embed ? nothing : renderUpdates(d, lang)}`;
    return html`
      <header class=${view.embed ? 'embed-head' : 'masthead'}>
        <a class="skip-link" href="#projects" @click=${this.onSkipToList}>${t(lang, 'skipToList')}</a>
        <h1>${t(lang, 'title')}</h1>
        ${view.embed ? nothing : html`<p>${t(lang, 'intro')}</p>`}
      </header>
      <main>
        ${renderNotices(lang, this.notices, this.mapStatus === 'unavailable', this.interrupted, () => this.querySelector('corridor-map')?.redraw())}
        ${compact ? (view.story ? story : nothing) : html`${story}${controls}`}
        ${renderDescriptions(index, view, lang)}
        <div class="stage ${view.selection ? 'with-panel' : ''} ${this.mapStatus === 'unavailable' ? 'no-map' : ''}">
          ${
            this.mapStatus === 'unavailable'
              ? html`<img class="map-preview" src=${homePicture(lang, this.theme)} srcset=${pictureSrcset(homePicture(lang, this.theme))} alt=${t(lang, 'previewAlt')} />`
              : renderMap({
                  data: d,
                  basemap: this.basemap,
                  fontFaces: this.fontFaces,
                  visible: this.visible,
                  view,
                  theme: this.theme,
                  previewHubs: this.previewHubs,
                  previewPicture: this.previewPicture,
                  key: this.key,
                  counts: this.mapCounts,
                })
          }
          ${renderPanel(index, view, this.details, this.panel)}
        </div>
        ${
          view.embed
            ? html`<button type="button" class="more-button" aria-expanded=${this.moreOpen ? 'true' : 'false'} aria-controls="more" @click=${this.onMore}>
                  ${t(lang, 'moreButton')}
                </button>
                <div id="more" ?hidden=${!this.moreOpen}>${view.story ? nothing : story} ${controls} ${below}</div>`
            : compact
              ? html`${view.story ? nothing : story} ${controls} ${below}`
              : below
        }
      </main>
      ${view.embed ? renderFoot(view, lang) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'corridor-app': CorridorApp;
  }
}
