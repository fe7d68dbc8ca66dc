// A Leaflet reference: the same hubs, projects and routes as GeoJSON on one canvas renderer
// (preferCanvas, circle markers), no tiles. Leaflet has no `idle`: the map counts as drawn once the layer
// is added and two animation frames have passed, and `performance.mark('corridor-map-idle')` says so.
import 'leaflet/dist/leaflet.css';
import '../reference.css';
import './page.css';
import L from 'leaflet';

const dataUrl = new URLSearchParams(location.search).get('data') ?? 'data/corridor.geojson';
const data = await (await fetch(dataUrl)).json();

const map = L.map('map', { preferCanvas: true, zoomSnap: 0.25 });
// Our default view (src/data/extent.ts DEFAULT_BOUNDS), as [lat, lng].
map.fitBounds([
  [37.5, 47],
  [55, 89],
]);

/** @param {any} f */
const styleOf = (f, on = false) =>
  f.properties.kind === 'route'
    ? { color: '#b3541e', weight: on ? 5 : 2.5, opacity: 0.85 }
    : f.properties.kind === 'hub'
      ? { radius: 7, color: '#1d3557', weight: on ? 3 : 1.5, fillColor: '#ffffff', fillOpacity: 1 }
      : { radius: on ? 7 : 4, color: '#ffffff', weight: 1, fillColor: '#2a9d8f', fillOpacity: 1 };

/** @type {Map<string, any>} */
const byId = new Map();
const layer = L.geoJSON(data, {
  pointToLayer: (f, latlng) => L.circleMarker(latlng, styleOf(f)),
  style: (f) => styleOf(f),
  onEachFeature: (f, l) => byId.set(f.properties.id, l),
}).addTo(map);

requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('corridor-map-idle')));

/** @type {string | null} */
let shown = null;
Object.assign(window, {
  __bench: {
    /** Highlights a feature and brings it into view, as our page does for a selection (reduced motion). */
    select(/** @type {string} */ id) {
      if (shown) byId.get(shown)?.setStyle(styleOf(byId.get(shown).feature));
      shown = id;
      const l = byId.get(id);
      if (!l) return;
      l.setStyle(styleOf(l.feature, true));
      if (l.getLatLng) {
        // Leaflet's zoom z shows what MapLibre's z - 1 does (256 px tiles, not 512).
        const latlng = l.getLatLng();
        if (!map.getBounds().contains(latlng) || map.getZoom() < 5) {
          map.setView(latlng, Math.max(map.getZoom(), 6), { animate: false });
        }
      }
    },
    /** No labels here: the floor of a restyle to the next frame (every hub's fill). */
    language(/** @type {string} */ lang) {
      layer.eachLayer((/** @type {any} */ l) => {
        if (l.feature.properties.kind === 'hub')
          l.setStyle({ fillColor: lang === 'en' ? '#ffffff' : '#fff3d6' });
      });
    },
    /** The floor of a filter: show only operating projects. */
    filter() {
      for (const l of [...byId.values()]) {
        const p = l.feature.properties;
        if (p.kind === 'project' && p.status !== 'operating') layer.removeLayer(l);
      }
    },
  },
});
