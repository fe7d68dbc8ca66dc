import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';

/**
 * A stand-in for MapLibre's `Map`, after googlemaps/extended-component-library's `fake_google_maps.ts`: it
 * draws nothing and records what it is asked (`calls`), keeps a Web Mercator camera so `project`, `easeTo`,
 * `jumpTo` and `fitBounds` move it as MapLibre would (512-pixel tiles, no `maxBounds` clamp), keeps feature
 * state, answers `queryRenderedFeatures` from the features a test puts in `rendered`, and fires `load`,
 * `idle`, `click` or a reader's move only when the test says. It works in Node (give it a container-like
 * object) and in the browser (a real element). `CorridorMap.createMap = fakeMapFactory()` puts it under the
 * map element.
 */

type LngLat = [number, number];
type Point = { x: number; y: number };
type Handler = (e: Record<string, unknown>) => void;

/** What the fake was asked, in order. */
export interface Call {
  method: string;
  args: unknown[];
}

/** A feature as `queryRenderedFeatures` gives it: its layer, source, properties and geometry. */
export interface RenderedFeature {
  layer: { id: string };
  source: string;
  properties: Record<string, unknown>;
  geometry: { type: 'Point'; coordinates: LngLat } | { type: 'LineString'; coordinates: LngLat[] };
}

/** What `getContainer` needs to answer: a real element, or a plain object in Node. */
export interface ContainerLike {
  clientWidth: number;
  clientHeight: number;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  append?: (el: Node) => void;
}

const TILE = 512;
const toWorld = ([lng, lat]: LngLat, zoom: number): Point => {
  const size = TILE * 2 ** zoom;
  const s = Math.sin((lat * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * size, y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size };
};
const fromWorld = ({ x, y }: Point, zoom: number): LngLat => {
  const size = TILE * 2 ** zoom;
  const n = Math.PI - (2 * Math.PI * y) / size;
  return [(x / size) * 360 - 180, (180 / Math.PI) * Math.atan(Math.sinh(n))];
};
const lngLatOf = (c: unknown): LngLat =>
  Array.isArray(c) ? [Number(c[0]), Number(c[1])] : [(c as { lng: number }).lng, (c as { lat: number }).lat];

type Padding = { top: number; right: number; bottom: number; left: number };
const paddingOf = (p: unknown): Padding =>
  typeof p === 'number'
    ? { top: p, right: p, bottom: p, left: p }
    : { top: 0, right: 0, bottom: 0, left: 0, ...(p as Partial<Padding> | undefined) };

export class FakeMap {
  /** Every fake made, the newest last. */
  static made: FakeMap[] = [];

  readonly calls: Call[] = [];
  /** What `queryRenderedFeatures` can answer with: the features "drawn", set by the test. */
  rendered: RenderedFeature[] = [];
  /** Feature state, by `source/id`. */
  readonly featureState = new Map<string, Record<string, unknown>>();
  readonly options: MapOptions;
  style: { layers?: { id: string; minzoom?: number }[]; sources?: Record<string, unknown> };
  center: LngLat = [0, 0];
  zoom = 0;
  removed = false;
  /** What MapLibre keeps of its interface strings. */
  _locale: Record<string, string> = {};
  /** MapLibre's painter, whose drawing `holdFirstDraw` holds: the fake draws nothing. */
  readonly painter = { render: (): void => undefined };
  readonly touchZoomRotate = { disableRotation: () => this.record('touchZoomRotate.disableRotation') };
  readonly cooperativeGestures = {
    enable: () => this.record('cooperativeGestures.enable'),
    disable: () => this.record('cooperativeGestures.disable'),
  };
  private readonly handlers = new Map<string, { fn: Handler; once: boolean }[]>();
  private readonly container: ContainerLike;
  private canvas?: HTMLCanvasElement;
  private readonly images = new Set<string>();

  constructor(options: MapOptions) {
    this.options = options;
    this.container = options.container as unknown as ContainerLike;
    this.style = (options.style ?? {}) as FakeMap['style'];
    if (options.center && options.zoom !== undefined) {
      this.center = lngLatOf(options.center);
      this.zoom = options.zoom;
    } else if (options.bounds) {
      const b = options.bounds as [LngLat, LngLat];
      this.camera(this.cameraForBounds(b) ?? { center: [0, 0], zoom: 0 });
    }
    FakeMap.made.push(this);
  }

  /** The newest fake. */
  static get last(): FakeMap {
    const m = FakeMap.made.at(-1);
    if (!m) throw new Error('no map was made');
    return m;
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  /** The calls of one method, in order. */
  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** Forgets the calls so far. */
  clearCalls(): void {
    this.calls.length = 0;
  }

  // Events.

  on(type: string, fn: Handler): this {
    this.record('on', type);
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), { fn, once: false }]);
    return this;
  }

  once(type: string, fn?: Handler): this | Promise<unknown> {
    this.record('once', type);
    if (!fn) return new Promise((done) => this.once(type, done));
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), { fn, once: true }]);
    return this;
  }

  off(type: string, fn: Handler): this {
    this.record('off', type);
    this.handlers.set(
      type,
      (this.handlers.get(type) ?? []).filter((h) => h.fn !== fn),
    );
    return this;
  }

  /** Fires `type` to its listeners now, as MapLibre would. */
  fire(type: string, data: Record<string, unknown> = {}): void {
    const hs = this.handlers.get(type) ?? [];
    this.handlers.set(
      type,
      hs.filter((h) => !h.once),
    );
    for (const h of hs) h.fn({ type, target: this, ...data });
  }

  /** The style is loaded (its sources exist), then the map has loaded. */
  load(): void {
    this.fire('style.load');
    this.fire('load');
  }

  /** The first (or next) complete frame is drawn. */
  idle(): void {
    this.fire('idle');
  }

  /** A click at a point of the map, as the reader makes it. */
  click(point: Point): void {
    this.fire('click', { point, lngLat: this.unproject(point), originalEvent: new Event('click') });
  }

  /** The reader drags or zooms the map to `camera` (its move has an `originalEvent`). */
  readerMove(camera: { center: LngLat; zoom: number }): void {
    const originalEvent = new Event('mousedown');
    this.fire('movestart', { originalEvent });
    this.camera(camera);
    this.fire('move', { originalEvent });
    this.fire('moveend', { originalEvent });
    this.fire('zoomend', { originalEvent });
  }

  // The camera.

  private camera({ center, zoom }: { center: LngLat; zoom: number }): void {
    this.center = center;
    this.zoom = zoom;
  }

  /** The page's own move: the same events as MapLibre's, without an `originalEvent`. */
  private moved(): void {
    this.fire('movestart');
    this.fire('move');
    this.fire('moveend');
    this.fire('zoomend');
  }

  getCenter() {
    const [lng, lat] = this.center;
    return { lng, lat, toArray: () => [lng, lat] };
  }

  getZoom(): number {
    return this.zoom;
  }

  getContainer(): ContainerLike {
    return this.container;
  }

  getCanvas(): HTMLCanvasElement {
    if (!this.canvas) {
      this.canvas = document.createElement('canvas');
      this.container.append?.(this.canvas);
    }
    return this.canvas;
  }

  project(c: unknown): Point {
    const p = toWorld(lngLatOf(c), this.zoom);
    const o = toWorld(this.center, this.zoom);
    return { x: p.x - o.x + this.container.clientWidth / 2, y: p.y - o.y + this.container.clientHeight / 2 };
  }

  unproject(p: unknown): { lng: number; lat: number } {
    const { x, y } = Array.isArray(p) ? { x: p[0], y: p[1] } : (p as Point);
    const o = toWorld(this.center, this.zoom);
    const [lng, lat] = fromWorld(
      { x: x - this.container.clientWidth / 2 + o.x, y: y - this.container.clientHeight / 2 + o.y },
      this.zoom,
    );
    return { lng, lat };
  }

  jumpTo(options: { center?: unknown; zoom?: number }): this {
    this.record('jumpTo', options);
    this.camera({
      center: options.center ? lngLatOf(options.center) : this.center,
      zoom: options.zoom ?? this.zoom,
    });
    this.moved();
    return this;
  }

  /** Ends where MapLibre would: `center` drawn at the map's middle moved by `offset`. */
  easeTo(options: { center?: unknown; zoom?: number; offset?: [number, number] }): this {
    this.record('easeTo', options);
    const zoom = options.zoom ?? this.zoom;
    const target = toWorld(options.center ? lngLatOf(options.center) : this.center, zoom);
    const [dx, dy] = options.offset ?? [0, 0];
    this.camera({ center: fromWorld({ x: target.x - dx, y: target.y - dy }, zoom), zoom });
    this.moved();
    return this;
  }

  flyTo(options: { center?: unknown; zoom?: number; offset?: [number, number] }): this {
    return this.easeTo(options);
  }

  /** The camera that fits `bounds` inside the padding, no closer than `maxZoom` (as MapLibre's). */
  cameraForBounds(
    bounds: unknown,
    options: { padding?: unknown; maxZoom?: number } = {},
  ): { center: LngLat; zoom: number } | undefined {
    const [sw, ne] = bounds as [LngLat, LngLat];
    const pad = paddingOf(options.padding);
    const a = toWorld(lngLatOf(sw), 0);
    const b = toWorld(lngLatOf(ne), 0);
    const w = Math.abs(b.x - a.x);
    const h = Math.abs(b.y - a.y);
    const freeW = this.container.clientWidth - pad.left - pad.right;
    const freeH = this.container.clientHeight - pad.top - pad.bottom;
    if (freeW <= 0 || freeH <= 0) return undefined;
    const fit = Math.log2(Math.min(w ? freeW / w : Infinity, h ? freeH / h : Infinity));
    const zoom = Math.min(options.maxZoom ?? 22, Number.isFinite(fit) ? fit : 22);
    const middle = toWorld([(lngLatOf(sw)[0] + lngLatOf(ne)[0]) / 2, 0], zoom).x;
    const ys = [toWorld(lngLatOf(sw), zoom).y, toWorld(lngLatOf(ne), zoom).y];
    const my = (ys[0] + ys[1]) / 2;
    // The bounds' middle goes to the padded area's middle.
    const dx = (pad.left - pad.right) / 2;
    const dy = (pad.top - pad.bottom) / 2;
    return { center: fromWorld({ x: middle - dx, y: my - dy }, zoom), zoom };
  }

  fitBounds(bounds: unknown, options: { padding?: unknown; maxZoom?: number } = {}): this {
    this.record('fitBounds', bounds, options);
    const camera = this.cameraForBounds(bounds, options);
    if (camera) this.camera(camera);
    this.moved();
    return this;
  }

  isMoving(): boolean {
    return false;
  }

  areTilesLoaded(): boolean {
    return this.loaded();
  }

  triggerRepaint(): void {
    this.record('triggerRepaint');
  }

  loaded(): boolean {
    return true;
  }

  resize(): this {
    this.record('resize');
    this.fire('resize');
    return this;
  }

  // The style.

  setStyle(style: unknown, options?: unknown): this {
    this.record('setStyle', style, options);
    this.style = style as FakeMap['style'];
    return this;
  }

  getStyle() {
    return this.style;
  }

  getLayer(id: string) {
    return this.style.layers?.find((l) => l.id === id);
  }

  getSource(id: string) {
    if (!this.style.sources?.[id]) return undefined;
    return { setData: (data: unknown) => this.record('setData', id, data) };
  }

  setLayoutProperty(...args: unknown[]): this {
    this.record('setLayoutProperty', ...args);
    return this;
  }

  setPaintProperty(...args: unknown[]): this {
    this.record('setPaintProperty', ...args);
    return this;
  }

  setFilter(...args: unknown[]): this {
    this.record('setFilter', ...args);
    return this;
  }

  setMissingStyleImageResolver(fn: unknown): void {
    this.record('setMissingStyleImageResolver', fn);
  }

  hasImage(id: string): boolean {
    return this.images.has(id);
  }

  addImage(id: string): void {
    this.record('addImage', id);
    this.images.add(id);
  }

  addControl(control: unknown, where?: string): this {
    this.record('addControl', control, where);
    return this;
  }

  removeControl(control: unknown): this {
    this.record('removeControl', control);
    return this;
  }

  remove(): void {
    this.record('remove');
    this.removed = true;
  }

  // Feature state.

  setFeatureState(f: { source: string; id: string | number }, state: Record<string, unknown>): void {
    this.record('setFeatureState', f, state);
    const key = `${f.source}/${f.id}`;
    this.featureState.set(key, { ...this.featureState.get(key), ...state });
  }

  removeFeatureState(f: { source: string; id?: string | number }, key?: string): void {
    this.record('removeFeatureState', f, key);
    for (const k of [...this.featureState.keys()]) {
      if (!k.startsWith(`${f.source}/`) || (f.id !== undefined && k !== `${f.source}/${f.id}`)) continue;
      if (key === undefined) this.featureState.delete(k);
      else {
        const { [key]: _, ...rest } = this.featureState.get(k) ?? {};
        this.featureState.set(k, rest);
      }
    }
  }

  getFeatureState(f: { source: string; id: string | number }): Record<string, unknown> {
    return this.featureState.get(`${f.source}/${f.id}`) ?? {};
  }

  /** The features of `rendered` in `layers` drawn within the box (a point: its anchor; a line: any part). */
  queryRenderedFeatures(box: unknown, options: { layers?: string[] } = {}) {
    this.record('queryRenderedFeatures', box, options);
    const [p0, p1] = (Array.isArray(box) && Array.isArray(box[0]) ? box : [box, box]) as [unknown, unknown];
    const xy = (p: unknown) => (Array.isArray(p) ? { x: p[0], y: p[1] } : (p as Point));
    const a = xy(p0);
    const b = xy(p1);
    const within = (p: Point) =>
      p.x >= Math.min(a.x, b.x) &&
      p.x <= Math.max(a.x, b.x) &&
      p.y >= Math.min(a.y, b.y) &&
      p.y <= Math.max(a.y, b.y);
    const hit = (f: RenderedFeature) => {
      if (f.geometry.type === 'Point') return within(this.project(f.geometry.coordinates));
      const line = f.geometry.coordinates.map((c) => this.project(c));
      return line.some((p, i) => {
        const q = line[i + 1] ?? p;
        return Array.from({ length: 50 }, (_, k) => ({
          x: p.x + ((q.x - p.x) * k) / 50,
          y: p.y + ((q.y - p.y) * k) / 50,
        })).some(within);
      });
    };
    return this.rendered
      .filter((f) => (!options.layers || options.layers.includes(f.layer.id)) && hit(f))
      .map((f) => ({ ...f, state: this.getFeatureState({ source: f.source, id: String(f.properties.id) }) }));
  }
}

/** A factory for `CorridorMap.createMap`: each map it makes is a `FakeMap`. */
export function fakeMapFactory(): (options: MapOptions) => MapLibreMap {
  return (options) => new FakeMap(options) as unknown as MapLibreMap;
}
