import type { FeatureCollection } from 'geojson';
import type { CorridorData, Lang } from '../../src/data/types.ts';
import { escapeHtml } from '../../src/html/escape-html.ts';
import { t } from '../../src/i18n/strings.ts';
import { fitCamera, projectionOf, TILE_SIZE, type WorldView } from '../../src/preview/preview-camera.ts';
import type { PreviewSpot } from '../../src/preview/preview-spots.ts';
import { type MapFeatures, mapFeatures } from '../../src/style/features.ts';
import { buildStyle, SOURCES } from '../../src/style/style.ts';
import { LIGHT, type Theme } from '../../src/symbols/palette.ts';
import { BASEMAP_ATTRIBUTION } from '../basemap.ts';
import type { Canvas } from './canvas.ts';
import { placeLabels } from './label-placement.ts';
import { basemapLayers, hubLayers, placeLayers, routeLayers } from './layers.ts';
import { markers } from './markers.ts';
import { CLIP_MARGIN, num } from './paths.ts';
import { StyleReader } from './style.ts';

/**
 * A static SVG picture of the map's default view, drawn at build time without a browser, so the page can show
 * it at once (and keep it where there is no WebGL or no JavaScript) until MapLibre has drawn the real map.
 *
 * It draws the map's style (`buildStyle`, src/style/layers.ts) layer by layer, in the same order, reading each
 * layer's colours, widths, sizes and dashes from the style itself (style.ts), and the same camera (MapLibre's
 * `bounds: DEFAULT_BOUNDS`, camera.ts), so when the canvas replaces it at the same size the land, routes and
 * markers stay where they were. Labels are placed by a simpler collision test than MapLibre's and measured
 * with estimated glyph widths (labels.ts), so they can differ a little; past the limits of thinning.ts it
 * draws an evenly spread subset of dense data.
 */

/** Options of the picture. */
export interface PreviewOptions {
  /** Size in CSS pixels: the size of the map's container the picture stands in for. */
  width: number;
  height: number;
  /** Colours; LIGHT by default. */
  theme?: Theme;
  /** Language of the labels, falling back to English; `en` by default. */
  lang?: Lang;
  /** The picture's accessible name (`aria-label` and `<title>`); the map's name in `lang` by default. */
  title?: string;
  /**
   * Another camera than the default view's: the box to fit (a feature's page centres its picture on the
   * feature) and the zoom it never goes past.
   */
  focus?: { bounds: [[number, number], [number, number]]; maxZoom: number };
  /**
   * A feature to mark over the map: a ring round a point (round a project's marker, where the map draws it: set
   * in a ring round its hub when it shares the hub's point), or a line drawn over a route.
   */
  mark?: { point?: [number, number]; project?: string; line?: [number, number][] };
  /** Where the picture looks, when set: it wins over `focus` and the default view. */
  camera?: WorldView;
}

const FONT_FAMILY = "'Noto Sans', system-ui, sans-serif";

/** Each basemap feature's [west, south, east, north], worked out once. */
const BOXES = new WeakMap<object, [number, number, number, number]>();

function boxOf(f: FeatureCollection['features'][number]): [number, number, number, number] {
  let box = BOXES.get(f);
  if (!box) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') {
        const [x, y] = c as number[];
        if (box) box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
      } else if (Array.isArray(c)) for (const x of c) walk(x);
    };
    walk(f.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : []);
    BOXES.set(f, box);
  }
  return box;
}

/**
 * The basemap's features that reach into `bounds` widened by half its size each way: a picture at another
 * camera than the default view's draws a small part of the map, and need not project the rest.
 */
function basemapNear(
  basemap: FeatureCollection,
  bounds: [[number, number], [number, number]],
): FeatureCollection {
  const [[w, s], [e, n]] = bounds;
  const [dx, dy] = [Math.max((e - w) / 2, 4), Math.max((n - s) / 2, 3)];
  const features = basemap.features.filter((f) => {
    const [fw, fs, fe, fn] = boxOf(f);
    return fe >= w - dx && fw <= e + dx && fn >= s - dy && fs <= n + dy;
  });
  return { ...basemap, features };
}

/**
 * The map's features for `data`, made once per data: the build draws hundreds of pictures of the same data
 * (at 100 times the data, making them again for each was a third of the build). Read, never changed.
 */
const featuresMade = new WeakMap<CorridorData, MapFeatures>();
function featuresOf(data: CorridorData): MapFeatures {
  const made = featuresMade.get(data) ?? mapFeatures(data);
  featuresMade.set(data, made);
  return made;
}

/** The picture's canvas for `options`, and what its labels' placement decided. */
function draft(data: CorridorData, fullBasemap: FeatureCollection, options: PreviewOptions) {
  const basemap = options.focus ? basemapNear(fullBasemap, options.focus.bounds) : fullBasemap;
  const { width, height } = options;
  const theme = options.theme ?? LIGHT;
  const lang = options.lang ?? 'en';
  const camera =
    options.camera ??
    (options.focus
      ? fitCamera(width, height, options.focus.bounds, options.focus.maxZoom)
      : fitCamera(width, height));
  const features = featuresOf(data);
  const style = buildStyle({
    features,
    basemap,
    fontFaces: {},
    theme,
    lang,
  });
  const canvas: Canvas = {
    width,
    height,
    project: projectionOf(camera, width, height),
    frame: [0, 0, width, height],
    box: [-CLIP_MARGIN, -CLIP_MARGIN, width + CLIP_MARGIN, height + CLIP_MARGIN],
    visible: ([x, y], margin) => x >= -margin && y >= -margin && x <= width + margin && y <= height + margin,
    style: new StyleReader(style, Math.log2(camera.scale / TILE_SIZE)),
    theme,
    lang,
  };
  return { canvas, features, basemap, labels: placeLabels(canvas, features, basemap) };
}

/** The hubs the picture draws inside its frame, where and how big: the links laid over it (PreviewSpot). */
export function previewHubSpots(
  data: CorridorData,
  basemap: FeatureCollection,
  options: PreviewOptions,
): PreviewSpot[] {
  const { canvas, labels } = draft(data, basemap, options);
  return labels.hubs.hubs
    .filter((h) => canvas.visible(h.at, 0))
    .map((h) => ({
      id: String(h.feature.properties?.id),
      x: Math.round(h.at[0]),
      y: Math.round(h.at[1]),
      // A target a finger can find, however small the circle.
      r: Math.max(Math.round(h.radius) + 4, 18),
    }));
}

/** Draws the default view as an SVG document string. */
export function renderPreviewSvg(
  data: CorridorData,
  basemap: FeatureCollection,
  options: PreviewOptions,
): string {
  const { width, height } = options;
  const title = escapeHtml(options.title ?? t(options.lang ?? 'en', 'mapLabel'));
  const { canvas, features, labels, basemap: drawn } = draft(data, basemap, options);
  const { theme } = canvas;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}" font-family="${FONT_FAMILY}">`,
    `<title>${title}</title>`,
    ...basemapLayers(canvas, drawn, labels.countries),
    ...routeLayers(canvas, features.routes),
    ...placeLayers(canvas, labels.places),
    ...hubLayers(canvas, labels.hubs),
    markers(features.projects.features, canvas.project, canvas.visible, canvas.style, theme, [width, height]),
  );
  if (options.mark) out.push(markSvg(canvas, options.mark, features));
  // The basemap's licences (OpenStreetMap's ODbL among them) ask for credit wherever it is shown.
  out.push(
    `<text x="${num(width - 6)}" y="${num(height - 6)}" text-anchor="end" font-size="11" fill="${theme.countryLabel}" font-family="${FONT_FAMILY}">${escapeHtml(BASEMAP_ATTRIBUTION)}</text>`,
  );
  out.push('</svg>');
  return out.join('');
}

/** The mark of a feature's picture: a ring round its point, or its line drawn again over the routes. */
function markSvg(canvas: Canvas, mark: NonNullable<PreviewOptions['mark']>, features: MapFeatures): string {
  const colour = canvas.theme.highlight;
  if (mark.line && mark.line.length > 1) {
    const d = mark.line
      .map((c, i) => {
        const [x, y] = canvas.project(c);
        return `${i ? 'L' : 'M'}${num(x)} ${num(y)}`;
      })
      .join('');
    return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="6" stroke-opacity="0.45" stroke-linecap="round" stroke-linejoin="round" />`;
  }
  if (!mark.point) return '';
  const marker = mark.project
    ? features.projects.features.find((f) => f.properties?.id === mark.project)
    : undefined;
  // Where the map's marker layer draws it (icon-offset), as markers.ts does.
  const [dx, dy] = marker
    ? canvas.style.value<[number, number]>(
        `${SOURCES.projects}-marker`,
        'icon-offset',
        marker.properties ?? {},
      )
    : [0, 0];
  const [px, py] = canvas.project(mark.point);
  const [x, y] = [px + dx, py + dy];
  return `<circle cx="${num(x)}" cy="${num(y)}" r="22" fill="none" stroke="${colour}" stroke-width="3" /><circle cx="${num(x)}" cy="${num(y)}" r="26" fill="none" stroke="${canvas.theme.labelHalo}" stroke-width="2" />`;
}
