// The floor for a MapLibre map of our data: maplibre-gl and its CSS, one GeoJSON source with the same hubs,
// projects and routes drawn as circles and lines; no basemap, no fonts, no labels, no Lit.
// Sets `performance.mark('corridor-map-idle')` at the first `idle`, as our page does.
import 'maplibre-gl/dist/maplibre-gl.css';
import '../reference.css';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

/** Our default view (src/data/extent.ts DEFAULT_BOUNDS). */
const BOUNDS = /** @type {[[number, number], [number, number]]} */ ([
  [47, 37.5],
  [89, 55],
]);
const selected = ['boolean', ['feature-state', 'selected'], false];

const dataUrl = new URLSearchParams(location.search).get('data') ?? 'data/corridor.geojson';
const data = await (await fetch(dataUrl)).json();

const map = new MapLibreMap({
  container: 'map',
  bounds: BOUNDS,
  fadeDuration: 0,
  dragRotate: false,
  style: {
    version: 8,
    // No paint transitions: a restyle is measured as work, not as a 300 ms animation.
    transition: { duration: 0, delay: 0 },
    sources: { corridor: { type: 'geojson', data, promoteId: 'id' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#cfe3ee' } },
      {
        id: 'routes',
        type: 'line',
        source: 'corridor',
        filter: ['==', ['get', 'kind'], 'route'],
        paint: { 'line-color': '#b3541e', 'line-width': ['case', selected, 5, 2.5] },
      },
      {
        id: 'hubs',
        type: 'circle',
        source: 'corridor',
        filter: ['==', ['get', 'kind'], 'hub'],
        paint: {
          'circle-radius': 7,
          'circle-color': '#ffffff',
          'circle-stroke-color': '#1d3557',
          'circle-stroke-width': ['case', selected, 3, 1.5],
        },
      },
      {
        id: 'projects',
        type: 'circle',
        source: 'corridor',
        filter: ['==', ['get', 'kind'], 'project'],
        paint: {
          'circle-radius': ['case', selected, 7, 4],
          'circle-color': '#2a9d8f',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1,
        },
      },
    ],
  },
});
map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
map.once('idle', () => performance.mark('corridor-map-idle'));

/** @type {string | null} */
let shown = null;
// What the bench drives: the same interactions as our page, done the least costly way MapLibre allows.
Object.assign(window, {
  __benchMap: map,
  __bench: {
    /** Highlights a feature and brings it into view, as our page does for a selection (reduced motion). */
    select(/** @type {string} */ id) {
      if (shown) map.setFeatureState({ source: 'corridor', id: shown }, { selected: false });
      shown = id;
      map.setFeatureState({ source: 'corridor', id }, { selected: true });
      const f = data.features.find((/** @type {any} */ x) => x.properties.id === id);
      if (f?.geometry.type !== 'Point') return;
      const [lng, lat] = f.geometry.coordinates;
      if (!map.getBounds().contains([lng, lat]) || map.getZoom() < 4) {
        map.jumpTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), 5) });
      }
    },
    /** No labels here: the floor of a restyle to the next complete frame (one paint property). */
    language(/** @type {string} */ lang) {
      map.setPaintProperty('hubs', 'circle-color', lang === 'en' ? '#ffffff' : '#fff3d6');
    },
    /** The floor of a filter: show only operating projects (one layer filter). */
    filter() {
      map.setFilter('projects', [
        'all',
        ['==', ['get', 'kind'], 'project'],
        ['==', ['get', 'status'], 'operating'],
      ]);
    },
  },
});
