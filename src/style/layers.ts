import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../data/types.ts';
import type { Theme } from '../symbols/palette.ts';

/** The font stacks the style declares in `font-faces`. */
const FONT_REGULAR = ['Noto Sans Regular'];
const FONT_BOLD = ['Noto Sans Bold'];

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

/** The zoom from which a place's name shows beside a hub of the same name (see `placeLayers`). */
export const SAME_NAME_ZOOM = 7;

/**
 * Reference places (capitals, crossings, stations) that carry a label; a stop of routes all hidden is
 * hidden with them (see `Visible.places`). The names of `sameAsHub` (places a hub is named after, where the
 * hub's name already says it) wait for `SAME_NAME_ZOOM`: below it they would sit in the hub's circle.
 */
export function placeLayers(
  source: string,
  theme: Theme,
  lang: Lang,
  sameAsHub: readonly string[] = [],
): LayerSpecification[] {
  const labelled: ExpressionSpecification = ['==', ['get', 'label'], true];
  return [
    {
      id: `${source}-dot`,
      type: 'circle',
      source,
      filter: labelled,
      paint: { 'circle-radius': 2.5, 'circle-color': theme.placeLabel, 'circle-opacity': unlessHidden(1) },
    },
    {
      id: `${source}-label`,
      type: 'symbol',
      source,
      filter: sameAsHub.length
        ? [
            'all',
            labelled,
            ['any', ['>=', ['zoom'], SAME_NAME_ZOOM], ['!', ['in', ['get', 'id'], ['literal', sameAsHub]]]],
          ]
        : labelled,
      layout: {
        'text-field': nameExpression(lang),
        'text-font': FONT_REGULAR,
        'text-size': 11,
        // Below the dot, else above it or beside it, wherever no marker, hub or name is.
        'text-variable-anchor-offset': [
          'literal',
          ['top', [0, 0.4], 'bottom', [0, -0.4], 'left', [0.5, 0], 'right', [-0.5, 0]],
        ],
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

/**
 * Below this zoom a pair of hubs (twin crossings a few km apart, see `hubPairs` in features.ts), whose circles
 * overlap there, has one name and one count: "Khorgos / Horgos" at the first hub, nothing at the second. From
 * it on, 20 km is some 90 px and each has its own.
 */
export const PAIR_ZOOM = 8;

/** A hub's name: below PAIR_ZOOM, a pair's one name at its first hub and none at its second. */
export function hubNameExpression(lang: Lang): ExpressionSpecification {
  return [
    'step',
    ['zoom'],
    ['case', ['has', 'paired'], '', ['coalesce', ['get', `pair_${lang}`], nameExpression(lang)]],
    PAIR_ZOOM,
    nameExpression(lang),
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
        'circle-stroke-width': ['case', ['any', hovered, selected], 3, HUB_OUTLINE],
        'circle-opacity': unlessHidden(1),
        'circle-stroke-opacity': unlessHidden(1),
      },
    },
    {
      id: `${source}-label`,
      type: 'symbol',
      source,
      layout: {
        'text-field': hubNameExpression(lang),
        'text-font': FONT_BOLD,
        'text-size': HUB_LABEL_SIZE,
        // Beside the circle where nothing is there, else beyond the ring of markers round it (see
        // hubLabelOffsets); the bigger hubs choose first.
        'text-variable-anchor-offset': hubLabelOffsets(),
        'text-justify': 'auto',
        'symbol-sort-key': ['*', -1, ['get', 'radius']],
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

/** The hub names' text size (px). */
export const HUB_LABEL_SIZE = 13;
/** A hub circle's outline at rest (px), drawn outside its radius. */
export const HUB_OUTLINE = 1.5;
/**
 * How far a hub's name stands from its circle's edge (px): `near` where nothing lies beside the circle, `far`
 * beyond the ring of project markers set round it (features.ts sets them 11 px out from the circle, each
 * MARKER.size wide): MapLibre pads every box it places by 2 px (text-padding, icon-padding).
 */
export const HUB_LABEL_GAP = { near: 6, far: 26, diagonalFar: 20 } as const;

/**
 * The candidate places of a hub's name, tried in order (text-variable-anchor-offset, in em): right, below,
 * above and the right-hand corners just outside the circle, then the same beyond its ring of markers, and
 * last the left side and corners, near then far. A hub in the east of the opening view (`labelSide` 'east',
 * see features.ts) has left and right the other way round: names near the map's edges turn inward rather
 * than off the map.
 * Offsets grow with the hub's radius; MapLibre interpolates them.
 */
function hubLabelOffsets(): ExpressionSpecification {
  const at = (radius: number, inwardLeft: boolean): unknown[] => {
    const em = (px: number) => Math.round((px / HUB_LABEL_SIZE) * 1000) / 1000;
    const near = em(radius + HUB_LABEL_GAP.near);
    const far = em(radius + HUB_LABEL_GAP.far);
    const diagonal = em(radius + HUB_LABEL_GAP.diagonalFar);
    // An anchor names the side of the text the point is on: 'left' sets the text to the right. The side
    // toward the map's edge comes last, near and far: a name there is cut off by the edge more than anywhere.
    // `x` is +1 toward the inward side: 'left' anchors (text to the right) are inward for a western hub.
    const x = inwardLeft ? -1 : 1;
    const [inward, outward] = inwardLeft ? ['right', 'left'] : ['left', 'right'];
    const corners = (side: string, d: number, sx: number) => [
      `top-${side}`,
      [sx * d, d],
      `bottom-${side}`,
      [sx * d, -d],
    ];
    return [
      ...[inward, [x * near, 0], 'top', [0, near], 'bottom', [0, -near]],
      ...corners(inward, near, x),
      ...[inward, [x * far, 0], 'top', [0, far], 'bottom', [0, -far]],
      ...corners(inward, diagonal, x),
      ...[outward, [-x * near, 0]],
      ...corners(outward, near, -x),
      ...[outward, [-x * far, 0]],
      ...corners(outward, diagonal, -x),
    ];
  };
  // Linear in the radius, so two stops give every radius exactly.
  const byRadius = (inwardLeft: boolean) => [
    'interpolate',
    ['linear'],
    ['get', 'radius'],
    0,
    ['literal', at(0, inwardLeft)],
    100,
    ['literal', at(100, inwardLeft)],
  ];
  return [
    'case',
    ['==', ['get', 'labelSide'], 'east'],
    byRadius(true),
    byRadius(false),
  ] as unknown as ExpressionSpecification;
}

/** The image of an invisible box (see `hubBlockLayer`), `BLOCK_SIZE` CSS pixels wide. */
export const BLOCK_IMAGE = 'marker-block';
export const BLOCK_SIZE = 20;

/**
 * An invisible box over each hub circle that takes part in label placement: MapLibre's circles do not, so
 * without it names were set across the circles. It lies above every name layer, so it is placed first and
 * the names (hubs', places', countries') go round it. The circle and its outline fit in the box.
 */
export function hubBlockLayer(source: string, theme: Theme): SymbolLayerSpecification {
  return {
    id: `${source}-block`,
    type: 'symbol',
    source,
    layout: {
      'icon-image': `${BLOCK_IMAGE}/${theme.name}`,
      'icon-size': ['/', ['*', 2, ['+', ['get', 'radius'], HUB_OUTLINE]], BLOCK_SIZE],
      'icon-allow-overlap': true,
      'icon-padding': 0,
    },
    paint: { 'icon-opacity': 0 },
  };
}

/** From this zoom, 100 km is some 45 px: counts that gave way to a bigger hub's nearby show again. */
export const COUNT_CLEAR_ZOOM = 4.5;

/**
 * The number of projects a hub stands for, in its circle, while their own markers wait for `maxzoom`
 * (a phone's narrow map, or dense data): the markers would otherwise pile over each other and the names.
 * A pair of hubs (maxzoom is below PAIR_ZOOM) has one count, both hubs', in its first hub's circle: two
 * counts in overlapping circles were drawn over each other.
 */
export function hubCountLayer(source: string, theme: Theme, maxzoom: number): SymbolLayerSpecification {
  return {
    id: `${source}-count`,
    type: 'symbol',
    source,
    maxzoom,
    filter: [
      'all',
      ['!', ['has', 'paired']],
      ['>', ['coalesce', ['get', 'pairProjects'], ['get', 'projects']], 0],
    ],
    layout: {
      'text-field': ['to-string', ['coalesce', ['get', 'pairProjects'], ['get', 'projects']]],
      'text-font': FONT_BOLD,
      'text-size': 11,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: {
      'text-color': theme.hubStroke,
      // A count that gives way to a bigger hub's nearby (features.ts) shows only from COUNT_CLEAR_ZOOM.
      'text-opacity': [
        'step',
        ['zoom'],
        ['case', ['has', 'countGivesWay'], 0, unlessHidden(1)],
        COUNT_CLEAR_ZOOM,
        unlessHidden(1),
      ],
    },
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
      // Always drawn, and placed before every name (the topmost layer), so names go round the markers.
      layout: { ...layout, 'icon-image': image(['get', 'icon']), 'icon-ignore-placement': false },
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
