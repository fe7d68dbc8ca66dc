import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CorridorData, Lang, Localized, Source } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import type { FontFaces } from '../map/style.ts';
import '../map/corridor-map.ts';
import '../panels/hub-panel.ts';
import '../panels/map-legend.ts';
import '../panels/project-list.ts';
import '../panels/route-panel.ts';
import type { HubPanel } from '../panels/hub-panel.ts';
import type { RoutePanel } from '../panels/route-panel.ts';
import { MapReadyEvent, MapUnavailableEvent, SelectEvent, type Selection } from './events.ts';
import { parseViewState, serializeViewState } from './url-state.ts';

/**
 * The app shell and the one owner of state: what is selected and in which language. It reads and writes
 * the URL, passes state down to the map and panels as properties, and listens for their events.
 */
@customElement('corridor-app')
export class CorridorApp extends LitElement {
  /** The validated data; the app renders nothing until it arrives. */
  @property({ attribute: false }) data?: CorridorData;
  /** The basemap GeoJSON. */
  @property({ attribute: false }) basemap?: GeoJSON.FeatureCollection;
  /** The map's font-faces. */
  @property({ attribute: false }) fontFaces?: FontFaces;
  /** Notices about parts of the page that could not load. */
  @property({ attribute: false }) notices: string[] = [];

  @state() private selection: Selection | null = null;
  @state() private language: Lang = 'en';
  @state() private mapUnavailable: string | null = null;

  private sources: ReadonlyMap<string, Source> = new Map();
  private names: ReadonlyMap<string, Localized> = new Map();
  /** Where focus was before a panel opened, to return to when it closes. */
  private returnFocus: HTMLElement | null = null;

  // Light DOM: MapLibre's global stylesheet must reach the map canvas and controls.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(SelectEvent.type, this.onSelect);
    this.addEventListener(MapUnavailableEvent.type, this.onMapUnavailable);
    this.addEventListener(MapReadyEvent.type, this.onMapReady);
    window.addEventListener('popstate', this.onPopState);
    document.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('keydown', this.onKeyDown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) {
      const d = this.data;
      this.sources = new Map(d.sources.map((s) => [s.id, s]));
      this.names = new Map(
        [...d.hubs, ...d.places].map((f) => [f.properties.id, f.properties.name] as [string, Localized]),
      );
      this.readUrl();
    }
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
    this.selection = view.selection;
    if (view.lang) this.language = view.lang;
  }

  private writeUrl(): void {
    const search = serializeViewState({ selection: this.selection, lang: this.language }, location.search);
    if (search !== location.search)
      history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
  }

  private onPopState = () => this.readUrl();

  private onSelect = (e: SelectEvent) => {
    const fromMap = (e.target as HTMLElement).localName === 'corridor-map';
    if (e.selection && !this.selection && !fromMap) {
      this.returnFocus = (e.composedPath()[0] as HTMLElement) ?? null;
    }
    const closing = e.selection === null && this.selection !== null;
    this.selection = e.selection;
    this.writeUrl();
    void this.updateComplete.then(() => {
      if (closing) {
        this.returnFocus?.focus();
        this.returnFocus = null;
      } else if (e.selection && !fromMap) {
        this.panel()?.focusHeading();
      }
    });
  };

  /** `data-map` on the element tells embedders and tests how the map stands: `ready` or `unavailable`. */
  private onMapReady = () => {
    this.dataset.map = 'ready';
  };

  private onMapUnavailable = (e: MapUnavailableEvent) => {
    this.mapUnavailable = e.reason;
    this.dataset.map = 'unavailable';
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.selection) this.dispatchEvent(new SelectEvent(null));
  };

  private panel(): HubPanel | RoutePanel | null {
    return this.querySelector('hub-panel, route-panel');
  }

  override render() {
    const d = this.data;
    if (!d) return nothing;
    const lang = this.language;
    return html`
      <a class="skip-link" href="#projects">${t(lang, 'projectsHeading')}</a>
      <header class="masthead">
        <h1>${t(lang, 'title')}</h1>
        <p>${t(lang, 'intro')}</p>
      </header>
      ${this.notices.map((n) => html`<p class="notice" role="status">${n}</p>`)}
      ${
        this.mapUnavailable
          ? html`<p class="notice map-unavailable" role="alert">${t(lang, 'noWebgl')}</p>`
          : nothing
      }
      <div class="stage ${this.selection ? 'with-panel' : ''} ${this.mapUnavailable ? 'no-map' : ''}">
        ${
          this.mapUnavailable
            ? nothing
            : html`<corridor-map
              .data=${d}
              .basemap=${this.basemap}
              .fontFaces=${this.fontFaces}
              .attribution=${(this.basemap as { attribution?: string } | undefined)?.attribution ?? ''}
              .selection=${this.selection}
              .language=${lang}
              label=${t(lang, 'mapLabel')}
            ></corridor-map>`
        }
        ${this.renderPanel()}
      </div>
      <details class="legend" open>
        <summary>${t(lang, 'legend')}</summary>
        <map-legend .language=${lang} .kinds=${[...new Set(d.projects.map((p) => p.properties.kind))]}></map-legend>
      </details>
      <section id="projects" class="project-index" tabindex="-1" aria-labelledby="projects-title">
        <h2 id="projects-title">${t(lang, 'projectsHeading')}</h2>
        <p>${t(lang, 'projectsIntro')}</p>
        <project-list .data=${d} .sources=${this.sources} .selection=${this.selection} .language=${lang}></project-list>
      </section>
    `;
  }

  private renderPanel() {
    const s = this.selection;
    const d = this.data;
    if (!s || !d) return nothing;
    if (s.type === 'route') {
      const route = d.routes.find((r) => r.id === s.id);
      return html`<aside class="panel">
        <route-panel .route=${route} .names=${this.names} .sources=${this.sources} .language=${this.language}></route-panel>
      </aside>`;
    }
    const hubId = s.type === 'hub' ? s.id : d.projects.find((p) => p.properties.id === s.id)?.properties.hub;
    const hub = d.hubs.find((h) => h.properties.id === hubId)?.properties;
    const projects = d.projects.filter((p) => p.properties.hub === hubId).map((p) => p.properties);
    return html`<aside class="panel">
      <hub-panel
        .hub=${hub}
        .projects=${projects}
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
