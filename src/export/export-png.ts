/**
 * A picture of the current map view for print and social posts: the map as drawn, with a header (title,
 * subtitle), a legend and a footer (date, attribution, sources) drawn around it, as one PNG.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LEGEND_LINE } from '../symbols/legend.ts';
import { drawMarker, MARKER, markerPaint } from '../symbols/markers.ts';
import type { Theme } from '../symbols/palette.ts';
import type { Shape } from '../symbols/shapes.ts';
import { ellipsize, wrap } from './wrap-text.ts';

/** One entry of the picture's legend: a marker (shape, colour, solid or open) or a line sample. */
export interface LegendItem {
  label: string;
  draw: 'marker' | 'line';
  /** The marker's shape; a circle if left out. */
  shape?: Shape;
  colour: string;
  /** A marker drawn solid (built or being built) or open (a thick outline); solid if left out. */
  solid?: boolean;
  /** A line drawn dashed (schematic) instead of solid. */
  dashed?: boolean;
}

/** What `exportPng` draws around the map. */
export interface ExportOptions {
  /** Device pixels per CSS pixel: 1 for the screen, 2 for print and sharp social posts. */
  pixelRatio: 1 | 2;
  title: string;
  subtitle?: string;
  /** The date the data is as of, already formatted for the language; shown as "As of <date>". */
  date: string;
  /** The words before the date; `As of` if left out (give the translation for other languages). */
  dateLabel?: string;
  /** The data and basemap attribution, plain text. */
  attribution: string;
  /** Where the data comes from, plain text. */
  sourceLine: string;
  legend: LegendItem[];
  theme: Theme;
}

/** The texts of `ExportOptions` that decide the layout. */
type LayoutOptions = Pick<
  ExportOptions,
  'title' | 'subtitle' | 'date' | 'dateLabel' | 'attribution' | 'sourceLine' | 'legend'
>;

/** A line of text placed in the picture, in CSS pixels (y is the baseline). */
interface PlacedText {
  text: string;
  x: number;
  y: number;
}

/** A legend entry placed in the picture, in CSS pixels (y is the middle of its row). */
interface PlacedItem {
  item: LegendItem;
  label: string;
  x: number;
  y: number;
}

/**
 * Where everything goes, in CSS pixels. The picture is `width` × (`header` + `map` + `legend` +
 * `footer`) CSS pixels, and that times the pixel ratio in device pixels.
 */
interface ExportLayout {
  width: number;
  /** Heights of the bands, top to bottom; `legend` is 0 when there is no legend. */
  header: number;
  map: number;
  legend: number;
  footer: number;
  /** The whole height: header + map + legend + footer. */
  height: number;
  title: PlacedText[];
  subtitle: PlacedText[];
  items: PlacedItem[];
  footerLines: PlacedText[];
}

/** The fonts of the picture: the site's own Chinese (its faces hold only Chinese characters), then the system's. */
const EXPORT_FONT_FAMILY = "'Corridor Noto Sans SC', 'Noto Sans', system-ui, sans-serif";

const PAD = 16;
const TITLE = { font: `bold 20px ${EXPORT_FONT_FAMILY}`, line: 26, ascent: 20 };
const SUBTITLE = { font: `14px ${EXPORT_FONT_FAMILY}`, line: 19, ascent: 14 };
const LEGEND = { font: `12px ${EXPORT_FONT_FAMILY}`, row: 20, ascent: 4 };
const FOOTER = { font: `11px ${EXPORT_FONT_FAMILY}`, line: 15, ascent: 11 };
const MARKER_ICON = 14;
const LINE_SAMPLE = 28;
const SWATCH_GAP = 6;
const ITEM_GAP = 16;
const BAND_PAD = 10;

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a 2D canvas.');
  return ctx;
}

/**
 * Lays out the picture of a `width` × `mapHeight` CSS-pixel map: wraps the title, subtitle and footer to
 * the width and flows the legend into rows. `exportPng` draws exactly this layout, so its picture is
 * `width × ratio` by `layout.height × ratio` device pixels (texts are measured with the fonts loaded now).
 */
export function exportLayout(width: number, mapHeight: number, options: LayoutOptions): ExportLayout {
  const ctx = context2d(document.createElement('canvas'));
  const inner = Math.max(1, width - 2 * PAD);

  let y = PAD;
  ctx.font = TITLE.font;
  const title = wrap(ctx, options.title, inner).map((text, i) => ({
    text,
    x: PAD,
    y: y + TITLE.ascent + i * TITLE.line,
  }));
  y += title.length * TITLE.line;
  ctx.font = SUBTITLE.font;
  const subtitleLines = options.subtitle ? wrap(ctx, options.subtitle, inner) : [];
  if (subtitleLines.length > 0) y += 4;
  const subtitle = subtitleLines.map((text, i) => ({
    text,
    x: PAD,
    y: y + SUBTITLE.ascent + i * SUBTITLE.line,
  }));
  y += subtitleLines.length * SUBTITLE.line;
  const header = Math.ceil(y + PAD - 4);

  ctx.font = LEGEND.font;
  const items: PlacedItem[] = [];
  let x = PAD;
  let row = 0;
  for (const item of options.legend) {
    const swatch = item.draw === 'line' ? LINE_SAMPLE : MARKER_ICON;
    const label = ellipsize(ctx, item.label, inner - swatch - SWATCH_GAP);
    const w = swatch + SWATCH_GAP + ctx.measureText(label).width;
    if (x > PAD && x + w > PAD + inner) {
      row++;
      x = PAD;
    }
    items.push({ item, label, x, y: BAND_PAD + row * LEGEND.row + LEGEND.row / 2 });
    x += w + ITEM_GAP;
  }
  const legend = items.length > 0 ? 2 * BAND_PAD + (row + 1) * LEGEND.row : 0;

  ctx.font = FOOTER.font;
  const footerTexts = [
    `${options.dateLabel ?? 'As of'} ${options.date}`,
    ...wrap(ctx, options.attribution, inner),
    ...wrap(ctx, options.sourceLine, inner),
  ];
  const footerLines = footerTexts.map((text, i) => ({
    text,
    x: PAD,
    y: BAND_PAD + FOOTER.ascent + i * FOOTER.line,
  }));
  const footer = Math.ceil(2 * BAND_PAD + footerTexts.length * FOOTER.line);

  return {
    width,
    header,
    map: mapHeight,
    legend,
    footer,
    height: header + mapHeight + legend + footer,
    title,
    subtitle,
    items,
    footerLines,
  };
}

/** Waits for the map to settle (`idle`); past `ms` (a map that keeps animating), goes on anyway. */
function settled(map: MapLibreMap, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    map.once('idle', done);
  });
}

/**
 * Draws the map's current frame into `ctx` at (x, y, w, h) CSS pixels, rendered at `ratio` device pixels
 * per CSS pixel. The WebGL canvas keeps no frame once shown (no `preserveDrawingBuffer`), so it is read
 * inside a `render` event, right after MapLibre has drawn it. For another ratio than the map's, the map
 * is drawn at that ratio (its CSS size unchanged) until it settles, then put back.
 */
async function drawMap(
  map: MapLibreMap,
  ratio: number,
  ctx: CanvasRenderingContext2D,
  box: { x: number; y: number; w: number; h: number },
): Promise<void> {
  const before = map.getPixelRatio();
  const change = before !== ratio;
  try {
    if (change) {
      const idle = settled(map, 15_000);
      map.setPixelRatio(ratio);
      await idle;
    } else if (!map.loaded()) {
      await settled(map, 15_000);
    }
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        map.off('render', draw);
        reject(new Error('The map did not draw in 10 s.'));
      }, 10_000);
      function draw() {
        clearTimeout(timer);
        try {
          const canvas = map.getCanvas();
          // The canvas may be smaller than asked where MapLibre keeps it within its maximum size.
          ctx.drawImage(canvas, 0, 0, canvas.width, canvas.height, box.x, box.y, box.w, box.h);
          resolve();
        } catch (e) {
          reject(e);
        }
      }
      map.once('render', draw);
      map.triggerRepaint();
    });
  } finally {
    if (change) {
      // Back to following the screen's ratio (null, which MapLibre's types leave out) or to the override.
      map.setPixelRatio(before === devicePixelRatio ? (null as unknown as number) : before);
    }
  }
}

function drawLegendItem(ctx: CanvasRenderingContext2D, p: PlacedItem, theme: Theme): void {
  const { item } = p;
  ctx.save();
  if (item.draw === 'line') {
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = LEGEND_LINE.width;
    ctx.setLineDash(item.dashed ? [...LEGEND_LINE.dash] : []);
    ctx.beginPath();
    ctx.moveTo(p.x + 1, p.y);
    ctx.lineTo(p.x + LINE_SAMPLE - 1, p.y);
    ctx.stroke();
  } else {
    ctx.translate(p.x, p.y - MARKER_ICON / 2);
    // As the map's markers, without their halo, the outline scaled as the page's inline icons scale it.
    const paint = markerPaint(item.colour, item.solid !== false, theme.labelHalo);
    drawMarker(ctx, item.shape ?? 'circle', MARKER_ICON, paint, { lineScale: MARKER_ICON / MARKER.iconBox });
  }
  ctx.restore();
  ctx.fillStyle = theme.placeLabel;
  ctx.fillText(
    p.label,
    p.x + (item.draw === 'line' ? LINE_SAMPLE : MARKER_ICON) + SWATCH_GAP,
    p.y + LEGEND.ascent,
  );
}

/** Loads the picture's fonts where the page declares them, so texts are measured and drawn in them. */
async function loadFonts(options: LayoutOptions): Promise<void> {
  const fonts = document.fonts;
  if (!fonts) return;
  // Every text of the picture: a face of the page's Chinese family is drawn only once it is loaded.
  const text = [
    options.title,
    options.subtitle ?? '',
    options.dateLabel ?? '',
    options.date,
    options.attribution,
    options.sourceLine,
    ...options.legend.map((l) => l.label),
  ].join('');
  try {
    await Promise.all(
      [TITLE.font, SUBTITLE.font, LEGEND.font, FOOTER.font].map((font) => fonts.load(font, text || 'A')),
    );
  } catch {
    // A font that cannot load leaves the system's in its place.
  }
}

/** Turns a canvas into PNG bytes. */
function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded as PNG.'))),
      'image/png',
    ),
  );
}

/**
 * Renders the current view of `map` as a PNG for print and social posts: a header band (title in bold,
 * subtitle), the map as drawn (without its HTML controls), a legend band and a footer band (the date,
 * attribution and source line), in the theme's colours. The picture is as wide as the map's container
 * and `exportLayout(...).height` tall in CSS pixels, times `pixelRatio` in device pixels. At a ratio other
 * than the map's own, the map is briefly redrawn at that ratio and put back.
 */
export async function exportPng(map: MapLibreMap, options: ExportOptions): Promise<Blob> {
  const container = map.getContainer();
  const width = container.clientWidth;
  const mapHeight = container.clientHeight;
  if (width === 0 || mapHeight === 0) throw new Error('The map has no size on the page.');
  await loadFonts(options);
  const layout = exportLayout(width, mapHeight, options);
  const ratio = options.pixelRatio;
  const { theme } = options;

  const canvas = document.createElement('canvas');
  canvas.width = width * ratio;
  canvas.height = layout.height * ratio;
  const ctx = context2d(canvas);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = theme.land;
  ctx.fillRect(0, 0, width, layout.height);
  ctx.textBaseline = 'alphabetic';

  // Header.
  ctx.fillStyle = theme.hubLabel;
  ctx.font = TITLE.font;
  for (const l of layout.title) ctx.fillText(l.text, l.x, l.y);
  ctx.fillStyle = theme.countryLabel;
  ctx.font = SUBTITLE.font;
  for (const l of layout.subtitle) ctx.fillText(l.text, l.x, l.y);

  // Map.
  await drawMap(map, ratio, ctx, { x: 0, y: layout.header, w: width, h: mapHeight });

  // Hairlines between the map and the bands.
  ctx.fillStyle = theme.border;
  ctx.fillRect(0, layout.header - 1, width, 1);
  ctx.fillRect(0, layout.header + mapHeight, width, 1);

  // Legend.
  const legendTop = layout.header + mapHeight;
  ctx.save();
  ctx.translate(0, legendTop);
  ctx.font = LEGEND.font;
  for (const p of layout.items) drawLegendItem(ctx, p, theme);
  ctx.restore();

  // Footer.
  const footerTop = legendTop + layout.legend;
  if (layout.legend > 0) {
    ctx.fillStyle = theme.border;
    ctx.fillRect(PAD, footerTop, width - 2 * PAD, 1);
  }
  ctx.fillStyle = theme.countryLabel;
  ctx.font = FOOTER.font;
  for (const l of layout.footerLines) ctx.fillText(l.text, l.x, footerTop + l.y);

  return toPng(canvas);
}

/**
 * Saves a blob as a file: a temporary `<a download>` on an object URL, clicked and removed. The URL is
 * revoked a little later, as some browsers read it after the click returns.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
