import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/types.ts';
import type { MapFeatures } from './features.ts';
import { basemapLayers, hubLayers, placeLayers, projectLayers, routeLayers } from './layers.ts';
import type { Theme } from './theme.ts';

/** The style's `font-faces`: font stack name to files and the characters each covers. */
export type FontFaces = Record<string, { url: string; 'unicode-range': string[] }[]>;

/** Everything a style is made from. */
export interface StyleInput {
  features: MapFeatures;
  basemap: GeoJSON.FeatureCollection;
  fontFaces: FontFaces;
  theme: Theme;
  lang: Lang;
  /** Plain-text data attribution shown on the map. */
  attribution: string;
}

/** The source ids, which prefix every layer id. */
export const SOURCES = {
  basemap: 'basemap',
  places: 'places',
  routes: 'routes',
  hubs: 'hubs',
  projects: 'projects',
} as const;

/** The layers a reader can click or hover, in hit-test order (topmost first). */
export const INTERACTIVE_LAYERS = {
  projects: [`${SOURCES.projects}-marker`],
  hubs: [`${SOURCES.hubs}-circle`],
  routes: [`${SOURCES.routes}-traced`, `${SOURCES.routes}-schematic`],
} as const;

/** Builds the whole map style: self-hosted basemap, data layers and fonts; nothing from another host. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { features, theme, lang } = input;
  return {
    version: 8,
    name: `corridor-map-${theme.name}`,
    'font-faces': input.fontFaces,
    sources: {
      [SOURCES.basemap]: { type: 'geojson', data: input.basemap, attribution: input.attribution },
      [SOURCES.places]: { type: 'geojson', data: features.places, promoteId: 'id' },
      [SOURCES.routes]: { type: 'geojson', data: features.routes, promoteId: 'id' },
      [SOURCES.hubs]: { type: 'geojson', data: features.hubs, promoteId: 'id' },
      [SOURCES.projects]: { type: 'geojson', data: features.projects, promoteId: 'id' },
    },
    layers: [
      ...basemapLayers(SOURCES.basemap, theme, lang),
      ...routeLayers(SOURCES.routes, theme),
      ...placeLayers(SOURCES.places, theme, lang),
      ...hubLayers(SOURCES.hubs, theme, lang),
      ...projectLayers(SOURCES.projects),
    ],
  } as StyleSpecification;
}
