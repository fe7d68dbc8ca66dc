// The floor for our cartography: MapLibre alone drawing our exact style, made by our own style function
// (src/style/style.ts `buildStyle` on `mapFeatures` of the built data/corridor.json, the built basemap and
// font-faces), with our marker images drawn on demand as corridor-map.ts does, our camera and our worker
// set-up; no Lit, no panels, no app. Sets `performance.mark('corridor-map-idle')` at the first `idle`.
import 'maplibre-gl/dist/maplibre-gl.css';
import '../reference.css';
import './page.css';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { CONTEXT_ZOOM, DEFAULT_BOUNDS, NARROW_MAP } from '../../../src/data/extent.ts';
import type { FontFaces } from '../../../src/data/load.ts';
import type { Lang, MapData } from '../../../src/data/types.ts';
import { EN } from '../../../src/i18n/strings.ts';
import { MAP_BEHAVIOUR } from '../../../src/map/behaviour.ts';
import { mapFeatures } from '../../../src/style/features.ts';
import { markerImage } from '../../../src/style/icons.ts';
import { HIDDEN_STATE } from '../../../src/style/layers.ts';
import { buildStyle, SOURCES } from '../../../src/style/style.ts';
import { THEMES } from '../../../src/symbols/palette.ts';

// As src/map/corridor-map.ts and src/main.ts: the worker's own script, loaded while the data loads.
setWorkerUrl(workerUrl);
prewarm();

const json = async <T>(path: string): Promise<T> =>
  (await fetch(new URL(path, document.baseURI))).json() as Promise<T>;
const [data, basemap, rawFaces] = await Promise.all([
  json<MapData>('data/corridor.json'),
  json<GeoJSON.FeatureCollection>('data/basemap.json'),
  json<FontFaces>('data/font-faces.json'),
]);
// Font URLs relative to the site, made absolute as corridor-map.ts does.
const fontFaces: FontFaces = Object.fromEntries(
  Object.entries(rawFaces).map(([stack, files]) => [
    stack,
    files.map((f) => ({ ...f, url: new URL(f.url, document.baseURI).href })),
  ]),
);
const features = mapFeatures(data);
const container = document.getElementById('map') as HTMLElement;
const gathered = container.clientWidth < NARROW_MAP;
let theme: keyof typeof THEMES = 'light';
let lang: Lang = 'en';
const style = () =>
  buildStyle({
    features,
    basemap,
    fontFaces,
    theme: THEMES[theme],
    lang,
    gathered,
  });

const map = new MapLibreMap({
  container,
  style: style(),
  bounds: DEFAULT_BOUNDS,
  ...MAP_BEHAVIOUR,
});
map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
map.addControl(
  new AttributionControl({ compact: false, customAttribution: EN.basemapCredit }),
  'bottom-right',
);
map.setMissingStyleImageResolver((id) => {
  // Marker images are named `<marker>/<theme>`, as in corridor-map.ts.
  const [name, themeName] = id.split('/');
  const img = map.hasImage(id)
    ? null
    : markerImage(name ?? '', THEMES[themeName as keyof typeof THEMES] ?? THEMES[theme]);
  if (img) map.addImage(id, img.image, { pixelRatio: img.pixelRatio });
});
map.once('idle', () => performance.mark('corridor-map-idle'));

let shown: string | null = null;
// What the bench drives: the same interactions as our page, done the least costly way MapLibre allows.
Object.assign(window, {
  __benchMap: map,
  __bench: {
    /**
     * Highlights a project and brings it into view as our page does (reduced motion: a jump): at the zoom our
     * map shows a project at (`CONTEXT_ZOOM`), so both pages draw the same new view and the figure is a floor.
     */
    select(id: string) {
      if (shown) map.setFeatureState({ source: SOURCES.projects, id: shown }, { selected: false });
      shown = id;
      map.setFeatureState({ source: SOURCES.projects, id }, { selected: true });
      const f = features.projects.features.find((x) => x.properties?.id === id);
      if (f?.geometry.type !== 'Point') return;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      if (!map.getBounds().contains([lng, lat]) || map.getZoom() < CONTEXT_ZOOM.project)
        map.jumpTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), CONTEXT_ZOOM.project) });
    },
    /** Our style in another language, applied as a diff (as corridor-map.ts does). */
    language(next: Lang) {
      lang = next;
      map.setStyle(style(), { diff: true });
    },
    /** Our style in another theme, applied as a diff. */
    theme(next: keyof typeof THEMES) {
      theme = next;
      map.setStyle(style(), { diff: true });
    },
    /** Show only operating projects, by feature state as src/map/visibility.ts does. */
    filter() {
      for (const f of features.projects.features)
        map.setFeatureState(
          { source: SOURCES.projects, id: String(f.properties?.id) },
          { [HIDDEN_STATE]: f.properties?.status !== 'operating' },
        );
    },
  },
});
