import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FontFaces } from '../data/load.ts';
import type { Lang } from '../data/types.ts';
import type { Theme } from '../symbols/palette.ts';
import type { MapFeatures } from './features.ts';
import {
  basemapLayers,
  hubBlockLayer,
  hubCountLayer,
  hubLayers,
  hubNameExpression,
  nameExpression,
  placeLayers,
  projectLayers,
  routeLayers,
} from './layers.ts';

/** Everything a style is made from. */
interface StyleInput {
  features: MapFeatures;
  basemap: GeoJSON.FeatureCollection;
  fontFaces: FontFaces;
  theme: Theme;
  lang: Lang;
  /** A narrow map (a phone): each hub gathers its projects into a count until the reader zooms in. */
  gathered?: boolean;
}

/** The source ids, which prefix every layer id. */
export const SOURCES = {
  basemap: 'basemap',
  places: 'places',
  routes: 'routes',
  hubs: 'hubs',
  projects: 'projects',
} as const;

/** The layers a reader can click or hover, in hit-test order (topmost first): a hub by its circle or its name. */
export const INTERACTIVE_LAYERS = {
  projects: [`${SOURCES.projects}-marker`],
  hubs: [`${SOURCES.hubs}-circle`],
  hubLabels: [`${SOURCES.hubs}-label`],
  routes: [`${SOURCES.routes}-line`],
} as const;

/**
 * Past this many features in a source, its markers (and place labels) show from `DETAIL_ZOOM` on: below
 * that they would merge into one mass, and laying out tens of thousands of them held up the first frame.
 * The hubs, which stand for their projects, show at every zoom.
 */
export const DENSE = 1000;
/** The zoom from which the markers of a dense source show. */
export const DETAIL_ZOOM = 5;

/** Which sources are dense (see `DENSE`). */
function denseSources(features: MapFeatures): { projects: boolean; places: boolean; hubs: boolean } {
  return {
    projects: features.projects.features.length > DENSE,
    places: features.places.features.length > DENSE,
    hubs: features.hubs.features.length > DENSE,
  };
}

/** On a narrow map, the zoom from which projects leave their hub and show one by one (see `gathered`). */
export const GATHER_ZOOM = 6;
/** Maps narrower than this (CSS pixels) gather projects into their hubs below `GATHER_ZOOM`. */

/** The zoom from which project markers show: 0 (always), unless dense data or a narrow map hold them back. */
export function projectMinZoom(features: MapFeatures, gathered: boolean): number {
  return Math.max(denseSources(features).projects ? DETAIL_ZOOM : 0, gathered ? GATHER_ZOOM : 0);
}

const fromDetailZoom = <T extends LayerSpecification>(layers: T[]): T[] =>
  layers.map((l) => ({ ...l, minzoom: DETAIL_ZOOM }));

/** A name's first word, in lower case: "Astana (national programmes)" and "Astana" share "astana". */
const firstWord = (name: unknown): string =>
  String(name ?? '')
    .toLowerCase()
    .split(/[\s(),-]+/)
    .filter(Boolean)[0] ?? '';

/** How near (degrees of latitude, about 55 km) a place must lie to a hub to be the place it is named after. */
const SAME_PLACE = 0.5;

/**
 * The places a hub is named after and stands at (the same first word of the English name, within
 * `SAME_PLACE`): the hub's name already says where it is, so theirs waits for a closer zoom.
 */
export function sameNamePlaces(features: MapFeatures): string[] {
  const at = (f: GeoJSON.Feature) => (f.geometry.type === 'Point' ? f.geometry.coordinates : null);
  // The hubs by the first word of their name and by a band of latitude SAME_PLACE high: each place is
  // compared with the namesakes in its band and the two beside it only (at a thousand times the data, with
  // few first words, comparing with every namesake took a minute).
  const band = (lat: number) => Math.floor(lat / SAME_PLACE);
  const hubsBy = new Map<string, GeoJSON.Position[]>();
  for (const hub of features.hubs.features) {
    const h = at(hub);
    const word = firstWord(hub.properties?.name_en);
    if (!h || !word) continue;
    const key = `${band(h[1])} ${word}`;
    const list = hubsBy.get(key);
    if (list) list.push(h);
    else hubsBy.set(key, [h]);
  }
  return features.places.features
    .filter((place) => {
      const p = at(place);
      if (!p) return false;
      const word = firstWord(place.properties?.name_en);
      return [-1, 0, 1].some((d) =>
        (hubsBy.get(`${band(p[1]) + d} ${word}`) ?? []).some(
          (h) => Math.hypot((h[0] - p[0]) * Math.cos((p[1] * Math.PI) / 180), h[1] - p[1]) < SAME_PLACE,
        ),
      );
    })
    .map((place) => String(place.properties?.id));
}

/** Builds the whole map style: self-hosted basemap, data layers and fonts; nothing from another host. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { features, theme, lang } = input;
  const dense = denseSources(features);
  const hubs = hubLayers(SOURCES.hubs, theme, lang);
  const places = placeLayers(SOURCES.places, theme, lang, sameNamePlaces(features));
  const minzoom = projectMinZoom(features, input.gathered ?? false);
  const projects = projectLayers(SOURCES.projects, theme).map((l) => (minzoom ? { ...l, minzoom } : l));
  return {
    version: 8,
    name: `corridor-map-${theme.name}`,
    'font-faces': input.fontFaces,
    sources: {
      // No `attribution` here: the map's attribution control carries it, in the reader's language, since a
      // source whose attribution changes is removed and added again, its data laid out anew (controls.ts).
      [SOURCES.basemap]: { type: 'geojson', data: input.basemap },
      [SOURCES.places]: { type: 'geojson', data: features.places, promoteId: 'id' },
      [SOURCES.routes]: { type: 'geojson', data: features.routes, promoteId: 'id' },
      [SOURCES.hubs]: { type: 'geojson', data: features.hubs, promoteId: 'id' },
      [SOURCES.projects]: { type: 'geojson', data: features.projects, promoteId: 'id' },
    },
    layers: [
      ...basemapLayers(SOURCES.basemap, theme, lang),
      ...routeLayers(SOURCES.routes, theme),
      ...(dense.places ? fromDetailZoom(places) : places),
      // Dense hubs keep their circles at every zoom; only their names wait for the detail zoom.
      ...(dense.hubs ? hubs.map((l) => (l.type === 'symbol' ? { ...l, minzoom: DETAIL_ZOOM } : l)) : hubs),
      ...(minzoom ? [hubCountLayer(SOURCES.hubs, theme, minzoom)] : []),
      ...projects,
      // Invisible, topmost: placed before every name, so names go round the hub circles.
      dense.hubs
        ? { ...hubBlockLayer(SOURCES.hubs, theme), minzoom: DETAIL_ZOOM }
        : hubBlockLayer(SOURCES.hubs, theme),
    ],
  } as StyleSpecification;
}

/**
 * All that the language changes in the style: the `text-field` of the layers that name things (countries,
 * places, hubs), by layer id. A language change sets these alone (`setLayoutProperty`) instead of diffing a
 * whole new style, which compares every source's data and costs several times more (tests/unit/style.test.ts
 * checks that these make `buildStyle` of one language into that of another).
 */
export function languageLayout(lang: Lang): Record<string, ExpressionSpecification> {
  return {
    [`${SOURCES.basemap}-country-label`]: nameExpression(lang),
    [`${SOURCES.places}-label`]: nameExpression(lang),
    [`${SOURCES.hubs}-label`]: hubNameExpression(lang),
  };
}
