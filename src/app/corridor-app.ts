import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DOWNLOADS } from '../data/download-files.ts';
import { loadDetails } from '../data/load.ts';
import {
  type HubDetails,
  LANGUAGES,
  type Lang,
  type Localized,
  type MapData,
  type ProjectKind,
  type RouteDetails,
  type Source,
} from '../data/types.ts';
import { embedCode, embedUrl } from '../embed/embed-code.ts';
import { parseCommand } from '../embed/messages.ts';
import { reportHeight } from '../embed/resize.ts';
import { downloadBlob, exportPng, legendItems } from '../export/export-png.ts';
import { formatDate, guessLanguage, LANGUAGE_NAMES, missingTranslations, pick, t } from '../i18n/strings.ts';
import { NO_INSETS } from '../map/corridor-map.ts';
import type { FontFaces } from '../map/style.ts';
import { THEMES } from '../map/theme.ts';
import '../panels/embed-dialog.ts';
import '../panels/filter-panel.ts';
import '../panels/search-box.ts';
import '../panels/story-player.ts';
import '../panels/time-control.ts';
import '../panels/hub-panel.ts';
import '../panels/map-legend.ts';
import '../panels/project-list.ts';
import '../panels/route-panel.ts';
import type { HubPanel } from '../panels/hub-panel.ts';
import type { RoutePanel } from '../panels/route-panel.ts';
import {
  CameraChangeEvent,
  DateChangeEvent,
  DetailsRetryEvent,
  FilterChangeEvent,
  MapInterruptedEvent,
  MapReadyEvent,
  MapUnavailableEvent,
  SelectEvent,
  StoryStepEvent,
} from '../state/events.ts';
import {
  applyFilters,
  type FacetCount,
  FILTER_KEYS,
  type FilterKey,
  type Filters,
  facetCounts,
  NO_FILTERS,
  partnerSlug,
  type Visible,
  yearRange,
} from '../state/filters.ts';
import { parseViewState, serializeViewState } from '../state/url.ts';
import { DEFAULT_VIEW, type Selection, type ThemeName, type ViewState } from '../state/view.ts';

/** The focused element, looking inside shadow roots (a list's button, not the list element). */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

/**
 * The app shell and the one owner of state: the view (selection, language, theme, camera, embed), mirrored
 * in the URL. It passes state down to the map and panels as properties and listens for their events; in
 * an iframe it also reports its height to the parent page and obeys the parent's few commands.
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

  @state() private view: ViewState = DEFAULT_VIEW;
  @state() private mapUnavailable: string | null = null;
  @state() private showEmbed = false;
  @state() private exporting = false;
  @state() private interrupted = false;
  /** In the embed: whether the list, filters, legend and tools are unfolded under the map. */
  @state() private moreOpen = false;

  private sources: ReadonlyMap<string, Source> = new Map();
  private partnerNames: ReadonlyMap<string, string> = new Map();
  private years: [number, number] = [2020, 2026];
  /** What the filters and date leave; `null` when neither is in use. Derived in willUpdate. */
  private visible: Visible | null = null;
  private names: ReadonlyMap<string, Localized> = new Map();
  /** The kinds of project in the data, for the legend. */
  private kinds: ProjectKind[] = [];
  /** Whether the filters are unfolded (the `<details>` around them is open). */
  @state() private filtersOpen = false;
  /** The facet counts, and what they were counted for. */
  private counted: {
    data?: MapData;
    filters?: Filters;
    date?: string | null;
    counts?: Record<FilterKey, FacetCount[]>;
  } = {};
  /** Panels' texts by `hub:<id>` or `route:<id>`: loaded, or the reason they could not be. */
  @state() private details = new Map<string, HubDetails | RouteDetails | Error>();
  private loadingDetails = new Set<string>();
  /** Where focus was before a panel opened, to return to when it closes. */
  private returnFocus: HTMLElement | null = null;
  private stopReporting?: () => void;
  private readonly darkQuery = matchMedia('(prefers-color-scheme: dark)');

  /** The language shown: the URL's, else the browser's first supported one. */
  get language(): Lang {
    return this.view.lang ?? guessLanguage(navigator.languages);
  }

  /** The theme shown: the URL's, else the reader's system preference. */
  get theme(): ThemeName {
    return this.view.theme ?? (this.darkQuery.matches ? 'dark' : 'light');
  }

  // Light DOM: MapLibre's global stylesheet must reach the map canvas and controls.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(SelectEvent.type, this.onSelect);
    this.addEventListener(CameraChangeEvent.type, this.onCameraChange);
    this.addEventListener(FilterChangeEvent.type, this.onFilterChange);
    this.addEventListener(DateChangeEvent.type, this.onDateChange);
    this.addEventListener(StoryStepEvent.type, this.onStoryStep);
    this.addEventListener(MapUnavailableEvent.type, this.onMapUnavailable);
    this.addEventListener(MapReadyEvent.type, this.onMapReady);
    this.addEventListener(MapInterruptedEvent.type, this.onMapInterrupted);
    this.addEventListener(DetailsRetryEvent.type, this.onDetailsRetry);
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('message', this.onMessage);
    document.addEventListener('keydown', this.onKeyDown);
    this.darkQuery.addEventListener('change', this.onSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('message', this.onMessage);
    document.removeEventListener('keydown', this.onKeyDown);
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
    this.stopReporting?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) {
      const d = this.data;
      this.sources = new Map(d.sources.map((s) => [s.id, s]));
      this.names = new Map(
        [...d.hubs, ...d.places].map((f) => [f.properties.id, f.properties.name] as [string, Localized]),
      );
      this.partnerNames = new Map(
        d.projects.flatMap((p) =>
          p.properties.partners.map((x) => [partnerSlug(x.name.en), x.name.en] as [string, string]),
        ),
      );
      this.years = yearRange(d);
      this.kinds = [...new Set(d.projects.map((p) => p.properties.kind))];
      this.readUrl();
      // The address shows the view as understood: a story's step spelled out, junk values dropped.
      this.writeUrl(false);
    }
    if (this.data && (changed.has('data') || changed.has('view' as keyof CorridorApp))) {
      const active = this.view.date !== null || FILTER_KEYS.some((k) => this.view.filters[k].length > 0);
      this.visible = active ? applyFilters(this.data, this.view.filters, this.view.date) : null;
    }
    if (this.data && (changed.has('data') || changed.has('view' as keyof CorridorApp))) this.loadDetails();
    // Counting facets walks every project and route: only while the filters are open (a reader who never
    // opens them never pays), and again only when the data, the filters or the date change.
    const { filters, date } = this.view;
    if (
      this.data &&
      this.filtersOpen &&
      (this.counted.data !== this.data || this.counted.filters !== filters || this.counted.date !== date)
    ) {
      this.counted = { data: this.data, filters, date, counts: facetCounts(this.data, filters, date) };
    }
  }

  protected override updated(): void {
    this.measureCover();
    const root = document.documentElement;
    root.lang = this.language;
    root.dataset.theme = this.theme;
    this.classList.toggle('embed', this.view.embed);
    if (this.view.embed && window.parent !== window && !this.stopReporting) {
      const id = new URLSearchParams(location.search).get('childId') ?? 'corridor-map';
      this.stopReporting = reportHeight(id.slice(0, 80));
    }
  }

  /** Which details the selection's panel shows: its hub's (for a hub or a project) or its route's. */
  private detailsKey(): { type: 'hub' | 'route'; id: string } | null {
    const s = this.view.selection;
    if (!s || !this.data) return null;
    if (s.type !== 'project') return { type: s.type, id: s.id };
    const hub = this.data.projects.find((p) => p.properties.id === s.id)?.properties.hub;
    return hub ? { type: 'hub', id: hub } : null;
  }

  /** Starts loading the open panel's details, unless they are loaded, loading or failed. */
  private loadDetails(): void {
    const k = this.detailsKey();
    if (!k) return;
    const key = `${k.type}:${k.id}`;
    if (this.details.has(key) || this.loadingDetails.has(key)) return;
    this.loadingDetails.add(key);
    const loading =
      k.type === 'hub'
        ? loadDetails(document.baseURI, 'hub', k.id)
        : loadDetails(document.baseURI, 'route', k.id);
    loading
      .then(
        (d) => d,
        (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
      )
      .then((result) => {
        this.loadingDetails.delete(key);
        this.details = new Map(this.details).set(key, result);
      });
  }

  private onDetailsRetry = () => {
    const k = this.detailsKey();
    if (!k) return;
    const next = new Map(this.details);
    next.delete(`${k.type}:${k.id}`);
    this.details = next;
    this.loadDetails();
  };

  /** Tells the map how much of it the open panel covers (the panel lies over the map, see styles.css). */
  private measureCover(): void {
    const map = this.querySelector('corridor-map');
    if (!map) return;
    const panel = this.querySelector('.stage > .panel')?.getBoundingClientRect();
    const stage = map.getBoundingClientRect();
    // A panel as wide as the map is the phone's bottom sheet; otherwise it is a side panel on the right.
    const next = !panel
      ? NO_INSETS
      : panel.width >= stage.width - 2
        ? { ...NO_INSETS, bottom: Math.max(0, stage.bottom - panel.top) }
        : { ...NO_INSETS, right: Math.max(0, stage.right - panel.left) };
    const now = map.covered;
    if (next.top !== now.top || next.right !== now.right || next.bottom !== now.bottom) map.covered = next;
  }

  private known = (s: Selection): boolean => {
    const d = this.data;
    if (!d) return false;
    if (s.type === 'hub') return d.hubs.some((h) => h.properties.id === s.id);
    if (s.type === 'project') return d.projects.some((p) => p.properties.id === s.id);
    return d.routes.some((r) => r.id === s.id);
  };

  private readUrl(): void {
    const view = parseViewState(location.search, this.known);
    const story = view.story && this.data?.stories.find((s) => s.id === view.story?.id);
    this.view =
      story && view.story ? this.atStep(view, view.story.id, view.story.step) : { ...view, story: null };
  }

  /** The view a story step asks for: its selection, camera, date and filters (none: the defaults). */
  private atStep(view: ViewState, id: string, index: number): ViewState {
    const story = this.data?.stories.find((s) => s.id === id);
    const step = story?.steps[Math.min(index, (story?.steps.length ?? 1) - 1)];
    if (!story || !step) return { ...view, story: null };
    return {
      ...view,
      story: { id, step: story.steps.indexOf(step) },
      selection: step.select && this.known(step.select) ? step.select : null,
      camera: step.camera ?? null,
      date: step.date ?? null,
      filters: { ...NO_FILTERS, ...(step.filters as Partial<Filters>) },
    };
  }

  private onStoryStep = (e: StoryStepEvent) => {
    const story = this.view.story;
    if (!story) return;
    this.view = e.step === null ? { ...this.view, story: null } : this.atStep(this.view, story.id, e.step);
    this.writeUrl(true);
  };

  private openStory(id: string) {
    this.view = this.atStep(this.view, id, 0);
    this.writeUrl(true);
  }

  /** Mirrors the view in the URL: a new history entry for a new selection, a replaced one for the rest. */
  private writeUrl(push: boolean): void {
    const search = serializeViewState(this.view, location.search);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private onPopState = () => this.readUrl();

  private onSchemeChange = () => this.requestUpdate();

  private select(selection: Selection | null): void {
    this.view = { ...this.view, selection };
    this.writeUrl(true);
  }

  private onSelect = (e: SelectEvent) => {
    const fromMap = (e.target as HTMLElement).localName === 'corridor-map';
    if (e.selection && !this.view.selection && !fromMap) this.returnFocus = deepActiveElement();
    const closing = e.selection === null && this.view.selection !== null;
    this.select(e.selection);
    void this.updateComplete.then(() => {
      if (closing) {
        this.returnFocus?.focus();
        this.returnFocus = null;
      } else if (e.selection && !fromMap) {
        this.panel()?.focusHeading();
      }
    });
  };

  private onFilterChange = (e: FilterChangeEvent) => {
    this.view = { ...this.view, filters: e.filters };
    this.writeUrl(false);
  };

  private onDateChange = (e: DateChangeEvent) => {
    this.view = { ...this.view, date: e.date };
    this.writeUrl(false);
  };

  private onCameraChange = (e: CameraChangeEvent) => {
    this.view = { ...this.view, camera: { center: e.center, zoom: e.zoom } };
    this.writeUrl(false);
  };

  /** Commands from the parent page, when embedded; anything else is ignored. */
  private onMessage = (e: MessageEvent) => {
    if (e.source !== window.parent || window.parent === window) return;
    const command = parseCommand(e.data);
    if (!command) return;
    if (command.type === 'language') {
      this.view = { ...this.view, lang: command.lang };
      this.writeUrl(false);
    } else if (command.selection === null || this.known(command.selection)) {
      this.select(command.selection);
    }
  };

  /** Saves a PNG of the current view with title, legend, date, attribution and source line. */
  private async exportImage(pixelRatio: 1 | 2): Promise<void> {
    const map = this.querySelector('corridor-map')?.maplibre;
    const d = this.data;
    if (!map || !d) return;
    this.exporting = true;
    const lang = this.language;
    const asOf =
      [...d.projects.map((p) => p.properties.lastVerified), ...d.routes.map((r) => r.lastVerified)]
        .sort()
        .at(-1) ?? '';
    try {
      const blob = await exportPng(map, {
        pixelRatio,
        title: t(lang, 'title'),
        subtitle: t(lang, 'mapLabel'),
        date: `${this.view.date ? `${t(lang, 'timeLabel')} ${this.view.date}. ` : ''}${formatDate(lang, asOf)}`,
        dateLabel: t(lang, 'asOf'),
        attribution: this.basemap?.attribution ?? '',
        sourceLine: t(lang, 'sourceLine'),
        legend: legendItems(THEMES[this.theme], lang, this.kinds),
        theme: THEMES[this.theme],
      });
      downloadBlob(blob, `corridor-map-${asOf}${pixelRatio === 2 ? '@2x' : ''}.png`);
    } finally {
      this.exporting = false;
    }
  }

  /** `data-map` on the element tells embedders and tests how the map stands: `ready` or `unavailable`. */
  private onMapReady = () => {
    this.dataset.map = 'ready';
    this.interrupted = false;
    this.requestUpdate();
  };

  private onMapInterrupted = (e: MapInterruptedEvent) => {
    this.interrupted = e.state === 'lost';
  };

  private onMapUnavailable = (e: MapUnavailableEvent) => {
    this.mapUnavailable = e.reason;
    this.dataset.map = 'unavailable';
  };

  private onLanguageChange = (e: Event) => {
    this.view = { ...this.view, lang: (e.target as HTMLSelectElement).value as Lang };
    this.writeUrl(false);
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    if (this.showEmbed) this.showEmbed = false;
    else if (this.view.selection) this.dispatchEvent(new SelectEvent(null));
  };

  private panel(): HubPanel | RoutePanel | null {
    return this.querySelector('hub-panel, route-panel');
  }

  override render() {
    const d = this.data;
    if (!d) return nothing;
    const lang = this.language;
    const embed = this.view.embed;
    const fullMap = new URL(serializeViewState({ ...this.view, embed: false }, ''), location.href).href;
    // Full view: everything in the page. Embed: a one-line title, the map and a source line, with the
    // list, filters, legend and tools one button away, so the iframe stays compact in an article.
    const extras = html`${this.renderStory()}
      <div class="controls">
        <search-box .data=${d} .language=${lang}></search-box>
        <time-control .range=${this.years} .date=${this.view.date} .language=${lang}></time-control>
      </div>`;
    const below = html`${this.renderToolbar(fullMap)} ${this.renderFilters()}
      <details class="legend" ?open=${!embed}>
        <summary><h2>${t(lang, 'legend')}</h2></summary>
        <map-legend .language=${lang} .filters=${this.view.filters} .kinds=${this.kinds}></map-legend>
      </details>
      ${this.renderProjects()} ${embed ? nothing : this.renderUpdates()}`;
    return html`
      <header class=${embed ? 'embed-head' : 'masthead'}>
        <a class="skip-link" href="#projects" @click=${this.onSkipToList}>${t(lang, 'skipToList')}</a>
        <h1>${t(lang, 'title')}</h1>
        ${embed ? nothing : html`<p>${t(lang, 'intro')}</p>`}
      </header>
      <main>
        ${this.renderNotices()} ${embed ? nothing : extras}
        <p id="map-description" class="visually-hidden">
          ${t(lang, 'mapDescription')
            .replace('{hubs}', String(d.hubs.length))
            .replace('{projects}', String(d.projects.length))
            .replace('{routes}', String(d.routes.length))}
        </p>
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</p>
        ${this.renderStage()}
        ${
          embed
            ? html`<button
                  type="button"
                  class="more-button"
                  aria-expanded=${this.moreOpen ? 'true' : 'false'}
                  aria-controls="more"
                  @click=${() => (this.moreOpen = !this.moreOpen)}
                >
                  ${t(lang, 'moreButton')}
                </button>
                <div id="more" ?hidden=${!this.moreOpen}>${extras} ${below}</div>`
            : below
        }
      </main>
      ${
        this.showEmbed
          ? html`<embed-dialog
            .code=${embedCode(location.href, this.view, t(lang, 'title'))}
            .url=${embedUrl(location.href, this.view)}
            .language=${lang}
            @close=${() => (this.showEmbed = false)}
          ></embed-dialog>`
          : nothing
      }
      ${
        embed
          ? html`<footer class="foot">
            ${t(lang, 'sourceLine')} ·
            <a href=${fullMap} target="_blank" rel="noopener">${t(lang, 'openFull')}</a>
          </footer>`
          : nothing
      }
    `;
  }

  /** In the embed the list is folded away: the skip link unfolds it before jumping there. */
  private onSkipToList = (e: Event) => {
    if (!this.view.embed) return;
    e.preventDefault();
    this.moreOpen = true;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#projects')?.focus());
  };

  private renderNotices() {
    const lang = this.language;
    return html`${this.notices.map((n) => html`<p class="notice" role="status">${n}</p>`)}
      ${missingTranslations(lang).length ? html`<p class="notice untranslated-notice">${t(lang, 'untranslatedNotice')}</p>` : nothing}
      ${this.mapUnavailable ? html`<p class="notice map-unavailable" role="alert">${t(lang, 'noWebgl')}</p>` : nothing}
      ${
        this.interrupted
          ? html`<p class="notice map-interrupted" role="alert">
            ${t(lang, 'contextLost')}
            <button type="button" @click=${() => this.querySelector('corridor-map')?.redraw()}>${t(lang, 'redraw')}</button>
          </p>`
          : nothing
      }`;
  }

  private renderStage() {
    const d = this.data as MapData;
    const lang = this.language;
    return html`<div class="stage ${this.view.selection ? 'with-panel' : ''} ${this.mapUnavailable ? 'no-map' : ''}">
      ${
        this.mapUnavailable
          ? html`<img class="map-preview" src=${`preview-${this.theme}.svg`} alt=${t(lang, 'previewAlt')} />`
          : html`<corridor-map
            .data=${d}
            .basemap=${this.basemap}
            .fontFaces=${this.fontFaces}
            .attribution=${this.basemap?.attribution ?? ''}
            .selection=${this.view.selection}
            .visible=${this.visible}
            .camera=${this.view.camera}
            .language=${lang}
            .theme=${this.theme}
            .cooperative=${this.view.embed}
            .gestureHints=${{
              windows: t(lang, 'gestureWindows'),
              mac: t(lang, 'gestureMac'),
              mobile: t(lang, 'gestureMobile'),
            }}
            label=${t(lang, 'mapLabel')}
            zoomHint=${t(lang, 'zoomForProjects')}
          ></corridor-map>`
      }
      ${this.renderPanel()}
    </div>`;
  }

  private renderToolbar(fullMap: string) {
    const lang = this.language;
    const noMap = this.exporting || this.dataset.map !== 'ready';
    return html`<div class="toolbar">
      <label class="language-switch"
        >${t(lang, 'languageLabel')}
        <select @change=${this.onLanguageChange}>
          ${LANGUAGES.map(
            (l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${LANGUAGE_NAMES[l]}</option>`,
          )}
        </select>
      </label>
      <span class="downloads"
        >${t(lang, 'downloadData')}: ${t(lang, 'downloadProjects')}
        <a href=${DOWNLOADS.projectsCsv} download>CSV</a> ·
        <a href=${DOWNLOADS.projectsGeoJson} download>GeoJSON</a>; ${t(lang, 'downloadRoutes')}
        <a href=${DOWNLOADS.routesCsv} download>CSV</a>; ${t(lang, 'downloadHubs')}
        <a href=${DOWNLOADS.hubsCsv} download>CSV</a>; ${t(lang, 'downloadAll')}
        <a href=${DOWNLOADS.corridorGeoJson} download>GeoJSON</a></span
      >
      <button type="button" class="export-png" ?disabled=${noMap} @click=${() => this.exportImage(1)}>
        ${t(lang, 'exportPng')}
      </button>
      <button type="button" class="export-png-2x" ?disabled=${noMap} @click=${() => this.exportImage(2)}>
        ${t(lang, 'exportPng2x')}
      </button>
      <button type="button" class="embed-button" @click=${() => (this.showEmbed = true)}>
        ${t(lang, 'embedButton')}
      </button>
      ${
        this.view.embed
          ? html`<a class="open-full" href=${fullMap} target="_blank" rel="noopener">${t(lang, 'openFull')}</a>`
          : nothing
      }
    </div>`;
  }

  private renderFilters() {
    return html`<details
      class="filters"
      ?open=${FILTER_KEYS.some((k) => this.view.filters[k].length > 0)}
      @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary><h2>${t(this.language, 'filtersHeading')}</h2></summary>
      <filter-panel
        .filters=${this.view.filters}
        .counts=${this.counted.counts}
        .partnerNames=${this.partnerNames}
        .language=${this.language}
      ></filter-panel>
    </details>`;
  }

  private renderProjects() {
    const lang = this.language;
    return html`<section id="projects" class="project-index" tabindex="-1" aria-labelledby="projects-title">
      <h2 id="projects-title">${t(lang, 'projectsHeading')}</h2>
      <p>${t(lang, 'projectsIntro')}</p>
      <project-list
        .data=${this.data}
        .sources=${this.sources}
        .selection=${this.view.selection}
        .visible=${this.visible}
        .language=${lang}
      ></project-list>
    </section>`;
  }

  private renderUpdates() {
    const d = this.data as MapData;
    const lang = this.language;
    if (!d.updates.length) return nothing;
    return html`<section class="updates" aria-labelledby="updates-title">
      <h2 id="updates-title">${t(lang, 'updatesHeading')}</h2>
      <ul>
        ${[...d.updates]
          .sort((a, b) => b.date.localeCompare(a.date))
          .map(
            (u) =>
              html`<li><time datetime=${u.date}>${formatDate(lang, u.date)}</time>: ${pick(u.text, lang)}</li>`,
          )}
      </ul>
    </section>`;
  }

  private renderStory() {
    const d = this.data;
    const s = this.view.story;
    const story = s && d?.stories.find((x) => x.id === s.id);
    const lang = this.language;
    if (story && s) {
      return html`<story-player .story=${story} .step=${s.step} .language=${lang}></story-player>`;
    }
    if (!d?.stories.length) return nothing;
    return html`<p class="stories">
      ${t(lang, 'storiesLabel')}:
      ${d.stories.map(
        (
          x,
        ) => html`<button type="button" class="open-story" data-story=${x.id} @click=${() => this.openStory(x.id)}>
          ${pick(x.title, lang)}
        </button>`,
      )}
    </p>`;
  }

  /** What a screen reader hears when the selection changes. */
  private announcement(): string {
    const s = this.view.selection;
    const d = this.data;
    if (!s || !d) return '';
    const name =
      s.type === 'route'
        ? d.routes.find((r) => r.id === s.id)?.name
        : s.type === 'hub'
          ? d.hubs.find((h) => h.properties.id === s.id)?.properties.name
          : d.projects.find((p) => p.properties.id === s.id)?.properties.name;
    return name ? `${t(this.language, 'selected')}: ${pick(name, this.language)}` : '';
  }

  private renderPanel() {
    const s = this.view.selection;
    const d = this.data;
    if (!s || !d) return nothing;
    const k = this.detailsKey();
    const loaded = k ? this.details.get(`${k.type}:${k.id}`) : undefined;
    const details = loaded instanceof Error ? null : (loaded ?? null);
    const detailsError = loaded instanceof Error ? loaded.message : null;
    if (s.type === 'route') {
      const route = d.routes.find((r) => r.id === s.id);
      return html`<aside class="panel">
        <route-panel
          .route=${route}
          .details=${details}
          .detailsError=${detailsError}
          .names=${this.names}
          .sources=${this.sources}
          .language=${this.language}
        ></route-panel>
      </aside>`;
    }
    const hubId = s.type === 'hub' ? s.id : d.projects.find((p) => p.properties.id === s.id)?.properties.hub;
    const hub = d.hubs.find((h) => h.properties.id === hubId)?.properties;
    const projects = d.projects.filter((p) => p.properties.hub === hubId).map((p) => p.properties);
    return html`<aside class="panel">
      <hub-panel
        .hub=${hub}
        .projects=${projects}
        .details=${details}
        .detailsError=${detailsError}
        .sources=${this.sources}
        .focusProject=${s.type === 'project' ? s.id : null}
        .language=${this.language}
      ></hub-panel>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'corridor-app': CorridorApp;
  }
}
