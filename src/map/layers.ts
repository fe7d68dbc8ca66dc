import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../data/types.ts';
import type { Theme } from './theme.ts';

/** The font stacks the style declares in `font-faces`. */
export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

/** A name in the chosen language, falling back to English. */
export function nameExpression(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/**
 * The feature state that hides what the filters and the date leave out. Hiding by state repaints at once;
 * a layer filter would send every tile back to the worker to be laid out again (a tenth of a second here
 * for the bare library, seconds at 20,000 projects). A hidden hub's name still takes its place among the
 * labels: the one cost of this way.
 */
export const HIDDEN_STATE = 'hidden';
const hidden: ExpressionSpecification = ['boolean', ['feature-state', HIDDEN_STATE], false];
/** `value`, or 0 where the feature is hidden. */
const unlessHidden = (value: number | ExpressionSpecification): ExpressionSpecification =>
  ['case', hidden, 0, value] as ExpressionSpecification;

/** Land, lakes, rivers, borders and country names, from the one `basemap` GeoJSON source. */
export function basemapLayers(source: string, theme: Theme, lang: Lang): LayerSpecification[] {
  const layer = (tag: string): ExpressionSpecification => ['==', ['get', 'layer'], tag];
  return [
    { id: `${source}-background`, type: 'background', paint: { 'background-color': theme.water } },
    {
      id: `${source}-country`,
      type: 'fill',
      source,
      filter: layer('country'),
      paint: { 'fill-color': theme.land, 'fill-outline-color': theme.land },
    },
    {
      id: `${source}-lake`,
      type: 'fill',
      source,
      filter: layer('lake'),
      paint: { 'fill-color': theme.lake },
    },
    {
      id: `${source}-river`,
      type: 'line',
      source,
      filter: layer('river'),
      paint: {
        'line-color': theme.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.6],
      },
    },
    {
      id: `${source}-border`,
      type: 'line',
      source,
      filter: layer('border'),
      paint: { 'line-color': theme.border, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    {
      id: `${source}-country-label`,
      type: 'symbol',
      source,
      filter: layer('country-label'),
      layout: {
        'text-field': nameExpression(lang),
        'text-font': FONT_REGULAR,
        'text-size': ['match', ['get', 'rank'], 1, 15, 12],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
      },
      paint: { 'text-color': theme.countryLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 },
    },
  ];
}

/**
 * Reference places (capitals, crossings, stations) that carry a label; a stop of routes all hidden is
 * hidden with them (see `Visible.places`).
 */
export function placeLayers(source: string, theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: `${source}-dot`,
      type: 'circle',
      source,
      filter: ['==', ['get', 'label'], true],
      paint: { 'circle-radius': 2.5, 'circle-color': theme.placeLabel, 'circle-opacity': unlessHidden(1) },
    },
    {
      id: `${source}-label`,
      type: 'symbol',
      source,
      filter: ['==', ['get', 'label'], true],
      layout: {
        'text-field': nameExpression(lang),
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.4],
        'text-optional': true,
      },
      paint: {
        'text-color': theme.placeLabel,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.2,
        'text-opacity': unlessHidden(1),
      },
    },
  ];
}

/** Routes: colour by mode; traced lines solid, schematic ones dashed; wider when hovered or selected. */
export function routeLayers(source: string, theme: Theme): LayerSpecification[] {
  const color: ExpressionSpecification = [
    'match',
    ['get', 'mode'],
    ...Object.entries(theme.mode).flat(),
    theme.border,
  ] as unknown as ExpressionSpecification;
  const base = ['match', ['get', 'mode'], ['mail-surface', 'mail-air'], 1.6, 2.6] as ExpressionSpecification;
  const width: ExpressionSpecification = ['case', ['any', hovered, selected], ['+', base, 2.4], base];
  const traced: ExpressionSpecification = ['==', ['get', 'line'], 'traced'];
  return [
    {
      id: `${source}-casing`,
      type: 'line',
      source,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.highlight,
        'line-width': ['+', base, 6],
        'line-opacity': unlessHidden(['case', selected, 0.35, 0]),
      },
    },
    // Traced and schematic lines in one layer (one shader program): the dashes and caps follow the feature,
    // a gap of 0 is a solid line, and schematic lines sort above traced ones.
    {
      id: `${source}-line`,
      type: 'line',
      source,
      layout: {
        'line-cap': ['case', traced, 'round', 'butt'],
        'line-join': 'round',
        'line-sort-key': ['case', traced, 0, 1],
      },
      paint: {
        'line-color': color,
        'line-width': width,
        'line-opacity': unlessHidden(['case', ['any', hovered, selected], 1, 0.85]),
        'line-dasharray': ['case', traced, ['literal', [1, 0]], ['literal', [2, 1.5]]],
      },
    },
  ];
}

/** Hubs: a circle sized by what the hub handles, with its name; a soft ring where no site is located. */
export function hubLayers(source: string, theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: `${source}-area`,
      type: 'circle',
      source,
      filter: ['==', ['get', 'precision'], 'city'],
      paint: {
        'circle-radius': ['+', ['get', 'radius'], 14],
        'circle-color': theme.hubStroke,
        'circle-opacity': unlessHidden(0.08),
        // Lit up with the hub; the same data-driven properties as the circle's, so both share one shader program.
        'circle-stroke-color': ['case', ['any', hovered, selected], theme.highlight, theme.hubStroke],
        'circle-stroke-width': ['case', ['any', hovered, selected], 1.5, 1],
        'circle-stroke-opacity': unlessHidden(0.35),
      },
    },
    {
      id: `${source}-circle`,
      type: 'circle',
      source,
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': theme.hubFill,
        'circle-stroke-color': ['case', ['any', hovered, selected], theme.highlight, theme.hubStroke],
        'circle-stroke-width': ['case', ['any', hovered, selected], 3, 1.5],
        'circle-opacity': unlessHidden(1),
        'circle-stroke-opacity': unlessHidden(1),
      },
    },
    {
      id: `${source}-label`,
      type: 'symbol',
      source,
      layout: {
        'text-field': nameExpression(lang),
        'text-font': FONT_BOLD,
        'text-size': 13,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['+', ['/', ['get', 'radius'], 13], 1.6],
        'text-justify': 'auto',
      },
      paint: {
        'text-color': theme.hubLabel,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.6,
        'text-opacity': unlessHidden(1),
      },
    },
  ];
}

/**
 * The number of projects a hub stands for, in its circle, while their own markers wait for `maxzoom`
 * (a phone's narrow map, or dense data): the markers would otherwise pile over each other and the names.
 */
export function hubCountLayer(source: string, theme: Theme, maxzoom: number): SymbolLayerSpecification {
  return {
    id: `${source}-count`,
    type: 'symbol',
    source,
    maxzoom,
    filter: ['>', ['get', 'projects'], 0],
    layout: {
      'text-field': ['to-string', ['get', 'projects']],
      'text-font': FONT_BOLD,
      'text-size': 11,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': theme.hubStroke, 'text-opacity': unlessHidden(1) },
  };
}

/** Projects: a marker whose shape tells the kind and whose colour and fill tell the status. */
export function projectLayers(source: string, theme: Theme): SymbolLayerSpecification[] {
  // Images are named by theme, so a theme change (a style diff) asks for the new colours.
  const image = (name: ExpressionSpecification | string): ExpressionSpecification => [
    'concat',
    name,
    `/${theme.name}`,
  ];
  const layout: SymbolLayerSpecification['layout'] = {
    'icon-offset': ['get', 'offset'],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  };
  return [
    {
      id: `${source}-marker`,
      type: 'symbol',
      source,
      layout: { ...layout, 'icon-image': image(['get', 'icon']) },
      paint: { 'icon-opacity': unlessHidden(1) },
    },
    {
      id: `${source}-highlight`,
      type: 'symbol',
      source,
      layout: { ...layout, 'icon-image': image('marker-ring') },
      paint: { 'icon-opacity': unlessHidden(['case', ['any', hovered, selected], 1, 0]) },
    },
  ];
}
