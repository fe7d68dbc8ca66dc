import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type IControl, Map as MapLibreMap, type MapOptions, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapData } from '../data/types.ts';
import { type ExportOptions, exportPng } from '../export/export-png.ts';
import { t } from '../i18n/strings.ts';
import { croppedCamera, PREVIEW_SIZE } from '../preview/preview-camera.ts';
import { type PreviewSpot, pictureCamera } from '../preview/preview-spots.ts';
import { PageElement } from '../state/context.ts';
import {
  CameraChangeEvent,
  MapCountsEvent,
  MapInterruptedEvent,
  MapReadyEvent,
  MapUnavailableEvent,
  SelectEvent,
} from '../state/events.ts';
import type { Visible } from '../state/filters.ts';
import type { Camera, Selection } from '../state/view.ts';
import { type MapFeatures, mapFeatures } from '../style/features.ts';
import { markerImage } from '../style/icons.ts';
import { bringIntoView } from './bring-into-view.ts';
import { addControls, mapUiStrings } from './controls.ts';
import { holdFirstDraw } from './first-draw.ts';
import { featureAt, selectionOf, sourceOf } from './picking.ts';
import { SelectionCamera } from './selection-camera.ts';
import '../preview/stand-in.ts';
import { DEFAULT_BOUNDS, NARROW_MAP, openingPadding } from '../data/extent.ts';
import type { FontFaces } from '../data/load.ts';
import { siteRoot } from '../data/site-root.ts';
import { buildStyle, languageLayout, projectMinZoom, SOURCES } from '../style/style.ts';
import { THEMES, type Theme } from '../symbols/palette.ts';
import { MAP_BEHAVIOUR } from './behaviour.ts';
import { FeatureVisibility } from './visibility.ts';

setWorkerUrl(workerUrl);

/**
 * The map: draws the basemap, routes, hubs and projects with MapLibre, and reports what the reader
 * selects. It owns MapLibre's lifecycle; it never changes the selection itself, it asks by event.
 *
 * @fires corridor-select - the reader clicked a feature (or empty map, to clear)
 * @fires corridor-map-ready - the first complete frame is drawn
 * @fires corridor-map-unavailable - the map cannot start here (no WebGL2)
 * @fires corridor-camera-change - the reader moved the map
 * @fires corridor-map-interrupted - the browser took the drawing context away, or gave it back
 */
@customElement('corridor-map')
export class CorridorMap extends PageElement(LitElement) {
  /** Makes the MapLibre map: component tests put a recording fake in its place (`tests/fake-maplibre.ts`). */
  static createMap = (options: MapOptions): MapLibreMap => new MapLibreMap(options);

  /** The validated data. */
  @property({ attribute: false }) data?: MapData;
  /** The basemap GeoJSON made at build time. */
  @property({ attribute: false }) basemap?: GeoJSON.FeatureCollection;
  /** The style's font-faces, with URLs relative to the site. */
  @property({ attribute: false }) fontFaces?: FontFaces;
  /** What is selected; drawn highlighted. */
  @property({ attribute: false }) selection: Selection | null = null;
  /** The colour theme. */
  @property() theme: keyof typeof THEMES = 'light';
  /** What the filters and the date leave on the map; `null` shows everything as it stands now. */
  @property({ attribute: false }) visible: Visible | null = null;
  /** A camera to show (from the URL); `null` shows the default view. */
  @property({ attribute: false }) camera: Camera | null = null;
  /** The hubs of the stand-in picture: links that select a hub before the map is drawn. */
  @property({ attribute: false }) previewHubs: readonly PreviewSpot[] = [];
  /**
   * The stand-in picture already on the page (the static page's), else the map draws its own `<img>`. Where it
   * was drawn at a camera of its own (a feature's page: `pictureCamera`), the map starts at what it shows.
   */
  @property({ attribute: false }) previewPicture: HTMLPictureElement | null = null;
  /** What the page lays over the map (the panel, the phone's sheet): a selection is brought clear of them. */
  @property({ attribute: false }) covers: readonly Element[] = [];
  /** Inside an article: one finger and the plain wheel scroll the page; two fingers or ctrl+wheel move the map. */
  @property({ type: Boolean }) cooperative = false;

  private map?: MapLibreMap;
  private features?: MapFeatures;
  private hovered: { source: string; id: string } | null = null;
  private shown: Selection | null = null;
  private readonly visibility = new FeatureVisibility();
  /** Brings the selection clear of the covers (and the zoom hint), after the frame that first shows it. */
  private framing?: SelectionCamera;
  /** Set while the map waits a frame to be made. */
  private creating = false;
  /** Set once the style's sources exist, so feature state can be set (before their data is tiled). */
  private styleReady = false;
  /** The camera the map last reported (the reader's move): when it comes back as `camera`, the map is there. */
  private reported: Camera | null = null;

  /** The MapLibre map, once created (for tests and export). */
  get maplibre(): MapLibreMap | undefined {
    return this.map;
  }

  /** Until the first frame is drawn, the picture of the default view made at build time stands in. */
  @state() private drawn = false;
  /** True while the map is zoomed out past where each project's marker shows. */
  @state() private belowDetail = false;
  /** A narrow map gathers projects into their hubs until the reader zooms in (see `GATHER_ZOOM` in style.ts). */
  private gathered = false;
  /** The zoom from which project markers show (dense data and narrow maps hold them back). */
  private projectsFrom = 0;

  override render() {
    return html`${
      this.drawn
        ? nothing
        : html`<map-stand-in
            .picture=${this.previewPicture}
            theme=${this.theme}
            .spots=${this.previewHubs}
          ></map-stand-in>`
    }${
      // Not while a panel is open: the reader is reading it, and the hint would take the map's top from the feature.
      this.belowDetail && !this.selection
        ? html`<p class="zoom-hint" role="status">${t(this.language, 'zoomForProjects')}</p>`
        : nothing
    }<div class="map-canvas" role="region" aria-label=${t(this.language, 'mapLabel')} aria-describedby="map-description"></div>`;
  }

  // MapLibre's stylesheet is global, so the map lives in light DOM where it applies.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A panel that grows once its texts arrive (a phone's sheet), or a hint that comes: the selection moves clear.
    const covers = () => [...this.covers, ...this.querySelectorAll(':scope > .zoom-hint')];
    this.framing = new SelectionCamera(this, covers, (insets) => {
      if (this.map && this.index && this.selection && this.drawn)
        bringIntoView(this.map, this.index, this.selection, insets, this.projectsFrom);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.framing?.disconnect();
    this.map?.remove();
    this.map = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.map) {
      if (this.data && this.basemap && this.fontFaces && !this.creating) {
        // One frame first: the page's own first paint is not held back by the map's construction.
        this.creating = true;
        requestAnimationFrame(() => {
          this.creating = false;
          if (!this.map && this.isConnected) this.create();
        });
      }
      return;
    }
    // A diff keeps the sources (and their feature state) in the worker; markers are named by theme, so
    // a new theme asks for its own images. A new language alone changes only the names' text fields: set
    // them, instead of a diff that compares every source's data (several times the cost, growing with it).
    if (changed.has('theme') || (changed.has('language') && !this.styleReady))
      this.map.setStyle(this.mapStyle(), { diff: true });
    else if (changed.has('language')) this.relabel();
    // In the next frame, once the whole page shows the new language: the controls measure the map as they are
    // added, and measuring now would lay the page out once here and again for the elements still updating.
    if (changed.has('language')) {
      const map = this.map;
      requestAnimationFrame(() => {
        if (this.map === map) this.localizeControls();
      });
    }
    if (changed.has('visible')) this.showVisible();
    // The camera first: a story step names both, and the selection is then brought into view from there.
    if (changed.has('camera')) this.moveToCamera();
    // The zoom hint came or went: it covers the map's top, so the selection is measured against it again.
    if ((changed as Map<PropertyKey, unknown>).has('belowDetail')) {
      // Hubs draw their counts exactly while the map is below the detail zoom: the compact key says so.
      this.toggleAttribute('data-counts', this.belowDetail);
      this.dispatchEvent(new MapCountsEvent(this.belowDetail));
    }
    if ((changed as Map<PropertyKey, unknown>).has('belowDetail') || changed.has('covers'))
      this.framing?.rescan();
    // While the stand-in picture shows, the camera stays where the picture is, so the map takes over without a
    // jump; it shows the selection once it has drawn.
    if (changed.has('selection')) this.showSelection(this.drawn);
  }

  /** Jumps to the camera asked for (a link, a story step, Back), not to the one the map reported itself. */
  private moveToCamera(): void {
    if (!this.camera || this.camera === this.reported) return;
    this.map?.jumpTo({ center: this.camera.center, zoom: this.camera.zoom });
  }

  private get themeColours(): Theme {
    return THEMES[this.theme] ?? THEMES.light;
  }

  private mapStyle() {
    const faces = Object.fromEntries(
      Object.entries(this.fontFaces ?? {}).map(([stack, files]) => [
        stack,
        files.map((f) => ({ ...f, url: new URL(f.url, siteRoot()).href })),
      ]),
    );
    return buildStyle({
      features: this.features as MapFeatures,
      basemap: this.basemap as GeoJSON.FeatureCollection,
      fontFaces: faces,
      theme: this.themeColours,
      lang: this.language,
      gathered: this.gathered,
    });
  }

  private create(): void {
    this.features = mapFeatures(this.data as MapData);
    const container = this.querySelector('.map-canvas') as HTMLElement;
    const { clientWidth: width, clientHeight: height } = container;
    this.gathered = width < NARROW_MAP;
    this.projectsFrom = projectMinZoom(this.features, this.gathered);
    // The camera asked for, else the picture's own as cropped to the map (so it hands over without a jump),
    // else the default view, which the default picture shows.
    const pictured = pictureCamera(this.previewPicture);
    const start = this.camera ?? (pictured && croppedCamera(pictured, PREVIEW_SIZE, width, height));
    try {
      this.map = CorridorMap.createMap({
        container,
        style: this.mapStyle(),
        ...(start
          ? { center: start.center, zoom: start.zoom }
          : { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: openingPadding(width) } }),
        cooperativeGestures: this.cooperative,
        locale: mapUiStrings(this.language),
        ...MAP_BEHAVIOUR,
      });
    } catch (e) {
      this.dispatchEvent(new MapUnavailableEvent((e as Error).message || String(e)));
      return;
    }
    const map = this.map;
    // At the default view every source's tiles arrive together; zoomed in (a feature's page, a shared camera)
    // they arrive one source at a time, and each would be drawn alone (see holdFirstDraw).
    if (start) holdFirstDraw(map);
    map.touchZoomRotate.disableRotation();
    map._locale = { ...map._locale, ...mapUiStrings(this.language) };
    this.addControls();
    map.setMissingStyleImageResolver((id) => {
      // Marker images are named `<marker>/<theme>` (see projectLayers), so each theme draws its own.
      const [name, theme] = id.split('/');
      const img = map.hasImage(id)
        ? null
        : markerImage(name ?? '', THEMES[theme as keyof typeof THEMES] ?? this.themeColours);
      if (img) map.addImage(id, img.image, { pixelRatio: img.pixelRatio });
    });
    map.on('style.load', () => {
      this.styleReady = true;
      // Start from no feature state at all, whether the new style kept the sources (a diff) or not.
      for (const source of Object.values(SOURCES))
        if (map.getSource(source)) map.removeFeatureState({ source });
      this.shown = null;
      this.hovered = null;
      this.visibility.reset();
      this.showVisible();
      this.showSelection(false);
    });
    map.once('idle', () => {
      // A User Timing mark, so anyone can measure time to the first complete frame (scripts/measure.js does).
      performance.mark('corridor-map-idle');
      this.drawn = true;
      this.dispatchEvent(new MapReadyEvent());
      // A link that named a feature: now the map can move to it.
      if (this.selection) this.showSelection(true);
    });
    map.on('webglcontextlost', () => {
      this.drawn = false;
      this.dispatchEvent(new MapInterruptedEvent('lost'));
    });
    map.on('webglcontextrestored', () => {
      this.drawn = true;
      this.dispatchEvent(new MapInterruptedEvent('restored'));
    });
    map.on('click', (e) => {
      const f = featureAt(map, e.point);
      this.dispatchEvent(new SelectEvent(f ? selectionOf(f) : null, 'pointer'));
    });
    // Only the reader's own moves (and the glide after them) go to the URL; the page's own flights do not.
    let readerMoving = false;
    map.on('movestart', (e) => {
      readerMoving = Boolean((e as { originalEvent?: Event }).originalEvent);
      if (readerMoving) this.framing?.moved();
    });
    map.on('moveend', () => {
      if (!readerMoving) return;
      readerMoving = false;
      const c = map.getCenter();
      this.reported = { center: [c.lng, c.lat], zoom: map.getZoom() };
      this.dispatchEvent(new CameraChangeEvent(this.reported));
    });
    const zoomed = () => {
      this.belowDetail = map.getZoom() < this.projectsFrom;
    };
    zoomed();
    map.on('zoomend', zoomed);
    map.on('resize', () => {
      this.regather(map.getContainer().clientWidth < NARROW_MAP);
      zoomed();
    });
    map.on('mousemove', (e) => this.hover(e.point));
    map.on('mouseout', () => this.setHover(null));
  }

  /** Names things in the current language (see `languageLayout`). */
  private relabel(): void {
    const map = this.map as MapLibreMap;
    for (const [layer, field] of Object.entries(languageLayout(this.language)))
      if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', field);
  }

  /** Gathers projects into their hubs, or lets them out, when the map crosses the narrow width. */
  private regather(gathered: boolean): void {
    if (gathered === this.gathered || !this.features) return;
    this.gathered = gathered;
    this.projectsFrom = projectMinZoom(this.features, gathered);
    if (this.styleReady) this.map?.setStyle(this.mapStyle(), { diff: true });
  }

  private hover(point: { x: number; y: number }): void {
    const f = this.map && featureAt(this.map, point);
    this.setHover(f ? { source: f.source, id: String(f.properties.id) } : null);
  }

  private setHover(next: { source: string; id: string } | null): void {
    const map = this.map;
    if (!map) return;
    if (this.hovered?.id === next?.id && this.hovered?.source === next?.source) return;
    if (this.hovered) map.removeFeatureState(this.hovered, 'hover');
    this.hovered = next;
    if (next) map.setFeatureState(next, { hover: true });
    map.getCanvas().style.cursor = next ? 'pointer' : '';
  }

  /** Shows only what the filters and the date leave (see `FeatureVisibility`). */
  private showVisible(): void {
    if (this.map && this.styleReady && this.features && this.data)
      this.visibility.show(this.map, this.features, this.data, this.visible);
  }

  /** Highlights the selection now and, with `move`, brings it into view after the frame that shows it. */
  private showSelection(move = true): void {
    const map = this.map;
    if (!map || !this.styleReady) return;
    if (this.shown) map.removeFeatureState({ source: sourceOf(this.shown), id: this.shown.id }, 'selected');
    this.shown = this.selection;
    if (!this.selection) return;
    const source = sourceOf(this.selection);
    map.setFeatureState({ source, id: this.selection.id }, { selected: true });
    if (move) this.framing?.select();
  }

  /** The map's own controls, in the page's language: MapLibre reads its strings when a control is added. */
  private localizeControls(): void {
    const map = this.map as MapLibreMap;
    map._locale = { ...map._locale, ...mapUiStrings(this.language) };
    for (const control of this.controls) map.removeControl(control);
    this.addControls();
    if (this.cooperative) {
      map.cooperativeGestures.disable();
      map.cooperativeGestures.enable();
    }
  }

  private controls: IControl[] = [];

  private addControls(): void {
    this.controls = addControls(this.map as MapLibreMap, () => this.resetView(), this.language);
  }

  /**
   * A PNG of the view as the reader sees it, with the title, legend, date and sources drawn around it
   * (see `exportPng`). Resolves to `null` while there is no map.
   */
  async toPng(options: ExportOptions): Promise<Blob | null> {
    return this.map ? exportPng(this.map, options) : null;
  }

  /** Starts the map afresh (after the browser took its drawing context away). */
  redraw(): void {
    this.map?.remove();
    this.map = undefined;
    this.styleReady = false;
    this.drawn = false;
    this.requestUpdate();
    void this.updateComplete.then(() => this.create());
  }

  /** Returns to the starting view. */
  resetView(): void {
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const width = this.map?.getContainer().clientWidth ?? 0;
    this.map?.fitBounds(DEFAULT_BOUNDS, { animate: !reduce, padding: openingPadding(width) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'corridor-map': CorridorMap;
  }
}
