import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { CorridorData, Lang, Localized, RouteMode, Status } from '../../src/data/types.ts';
import { LANGUAGES } from '../../src/data/vocabularies.ts';
import { wrapBy } from '../../src/export/wrap-text.ts';
import { escapeHtml } from '../../src/html/escape-html.ts';
import { kindName, modeName, pick, statusName, t } from '../../src/i18n/strings.ts';
import { cameraAt, cameraFitting, projectionOf, type WorldView } from '../../src/preview/preview-camera.ts';
import { featurePagePath } from '../../src/state/pages.ts';
import type { Selection } from '../../src/state/view.ts';
import { isSolid, KIND_SHAPE, MARKER, markerPaint } from '../../src/symbols/markers.ts';
import { LIGHT } from '../../src/symbols/palette.ts';
import { shapePath } from '../../src/symbols/shapes.ts';
import { labelText } from '../fonts.ts';
import { linePath, num } from '../preview/paths.ts';
import { renderPreviewSvg } from '../preview/preview.ts';
import { type CardFonts, cardFonts } from './card-fonts.ts';

/**
 * The preview cards: a 1200 x 630 PNG per page (`card.png` in the page's folder), the image a link to the page
 * shows in a chat or a social network (`og:image`). On the left, in the page's language, the map's title, the
 * feature's name, its kind and status (the one vocabulary's names, with the map's own marker, circle or line)
 * and the map's source line; on the right the build-time picture of the map (tools/preview/), drawn from the
 * same style and symbols, around the feature, with the feature ringed as the map rings a selection. Drawn as
 * SVG and rasterised with resvg (`@resvg/resvg-js`), with the site's own Noto Sans and Noto Sans SC.
 */

export const CARD_SIZE = { width: 1200, height: 630 } as const;
/** The text panel's width; the map fills the rest. */
const PANEL = 500;
const PAD = 48;
const TEXT_WIDTH = PANEL - 2 * PAD;
const MAP = { width: CARD_SIZE.width - PANEL, height: CARD_SIZE.height };
/** The zoom a hub or project is shown at: its region, a few hundred kilometres round it. */
const POINT_ZOOM = 5.6;
const FAMILY = "'Noto Sans', 'Noto Sans SC', sans-serif";
const THEME = LIGHT;
/** The name's sizes, largest first, and the lines it may take at each. */
const NAME_FITS = [
  { size: 44, lines: 3 },
  { size: 38, lines: 4 },
  { size: 32, lines: 5 },
  { size: 27, lines: 6 },
] as const;
/** The kind's and the status's size, and the lines each may take. */
const TAG_FIT = { size: 23, lines: 2 } as const;
/** Room left of the kind for its symbol. */
const SYMBOL_ROOM = 38;
/** The home card's introduction: its size and lines. */
const INTRO_FIT = { size: 24, lines: 7 } as const;

/** One card: where it goes and what it shows. */
export interface CardSpec {
  /** Its path in the built site, without a leading slash: `ru/project/x/card.png`, `card.png`. */
  path: string;
  lang: Lang;
  selection: Pick<Selection, 'type' | 'id'> | null;
}

/** Every card: the four homes, then every hub, project and route in each language. */
export function cardSpecs(data: CorridorData): CardSpec[] {
  const selections: (Pick<Selection, 'type' | 'id'> | null)[] = [
    null,
    ...data.hubs.map((h) => ({ type: 'hub' as const, id: h.properties.id })),
    ...data.projects.map((p) => ({ type: 'project' as const, id: p.properties.id })),
    ...data.routes.map((r) => ({ type: 'route' as const, id: r.id })),
  ];
  return selections.flatMap((selection) =>
    LANGUAGES.map((lang) => ({
      path: `${featurePagePath(lang, selection).slice(1)}card.png`,
      lang,
      selection,
    })),
  );
}

/** What a card says and where its map looks, before any drawing. */
interface CardContent {
  spec: CardSpec;
  /** The file and field the name comes from, for the build's refusal. */
  where: { file: string; id: string; field: string };
  name: string;
  /** Kind (or mode, or "hub"), and status where the feature has one. */
  kind: string;
  status?: { status: Status; text: string };
  /** The symbol drawn beside the kind: a project's marker, a route's line, a hub's circle. */
  symbol:
    | { type: 'marker'; shape: string; status: Status }
    | { type: 'line'; mode: RouteMode }
    | { type: 'hub' }
    | null;
  intro?: string;
  camera: WorldView;
  mark: (project: (p: [number, number]) => [number, number]) => string;
}

/** The first letter upper-case, as a label starts ("hub" -> "Hub"); Chinese has none. */
function capital(lang: Lang, text: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The ring the map draws round a selected marker, larger on a card, with a halo so it shows on any ground. */
function ring(at: [number, number], radius: number): string {
  const [x, y] = at.map(num);
  return (
    `<circle cx="${x}" cy="${y}" r="${num(radius)}" fill="none" stroke="${THEME.labelHalo}" stroke-width="${num(MARKER.ring.width * 2 + 4)}"/>` +
    `<circle cx="${x}" cy="${y}" r="${num(radius)}" fill="none" stroke="${THEME.highlight}" stroke-width="${num(MARKER.ring.width * 1.6)}"/>`
  );
}

function contentOf(data: CorridorData, spec: CardSpec): CardContent {
  const { lang, selection } = spec;
  const nameField = (name: Localized) => `name.${name[lang] ? lang : 'en'}`;
  const ringRadius = (MARKER.size + MARKER.ring.margin) / 2 + 6;
  if (!selection) {
    return {
      spec,
      where: { file: `src/i18n/${lang}.ts`, id: 'title', field: 'title' },
      name: t(lang, 'title'),
      kind: '',
      symbol: null,
      intro: t(lang, 'intro'),
      camera: cameraFitting(
        [
          [data.bounds[0], data.bounds[1]],
          [data.bounds[2], data.bounds[3]],
        ],
        MAP.width,
        MAP.height,
        { padding: 30 },
      ),
      mark: () => '',
    };
  }
  if (selection.type === 'hub') {
    const hub = data.hubs.find((h) => h.properties.id === selection.id);
    if (!hub) throw new Error(`No hub "${selection.id}" for its card`);
    const at = hub.geometry.coordinates;
    return {
      spec,
      where: {
        file: 'hubs.geojson',
        id: selection.id,
        field: `properties.${nameField(hub.properties.name)}`,
      },
      name: pick(hub.properties.name, lang),
      kind: capital(lang, t(lang, 'hub')),
      symbol: { type: 'hub' },
      camera: cameraAt(at, POINT_ZOOM, MAP.width, MAP.height),
      mark: (project) => ring(project(at), ringRadius + 4),
    };
  }
  if (selection.type === 'project') {
    const p = data.projects.find((f) => f.properties.id === selection.id);
    if (!p) throw new Error(`No project "${selection.id}" for its card`);
    const at = p.geometry.coordinates;
    const { kind, status } = p.properties;
    return {
      spec,
      where: {
        file: 'projects.geojson',
        id: selection.id,
        field: `properties.${nameField(p.properties.name)}`,
      },
      name: pick(p.properties.name, lang),
      kind: kindName(lang, kind),
      status: { status, text: statusName(lang, status) },
      symbol: { type: 'marker', shape: KIND_SHAPE[kind], status },
      camera: cameraAt(at, POINT_ZOOM, MAP.width, MAP.height),
      mark: (project) => ring(project(at), ringRadius),
    };
  }
  const r = data.routes.find((x) => x.id === selection.id);
  if (!r) throw new Error(`No route "${selection.id}" for its card`);
  const lons = r.coordinates.map((c) => c[0]);
  const lats = r.coordinates.map((c) => c[1]);
  const bounds: [[number, number], [number, number]] = [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
  return {
    spec,
    where: { file: 'routes.json', id: selection.id, field: nameField(r.name) },
    name: pick(r.name, lang),
    kind: modeName(lang, r.mode),
    status: { status: r.status, text: statusName(lang, r.status) },
    symbol: { type: 'line', mode: r.mode },
    camera: cameraFitting(bounds, MAP.width, MAP.height, { padding: 80, minZoom: 2.5, maxZoom: 6.2 }),
    mark: (project) => {
      const d = linePath([r.coordinates], project, [-20, -20, MAP.width + 20, MAP.height + 20]);
      return (
        `<path d="${d}" fill="none" stroke="${THEME.labelHalo}" stroke-width="11" stroke-linejoin="round" stroke-linecap="round"/>` +
        `<path d="${d}" fill="none" stroke="${THEME.highlight}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>` +
        `<path d="${d}" fill="none" stroke="${THEME.mode[r.mode]}" stroke-width="3.5" stroke-linejoin="round" stroke-linecap="round"/>`
      );
    },
  };
}

/** Breaks `text` into lines no wider than `max` at `size`, as the card's fonts measure it. */
function wrapText(fonts: CardFonts, text: string, size: number, bold: boolean, max: number): string[] {
  return wrapBy((s) => fonts.measure(s, size, bold), text, max);
}

/** A card's texts laid out: the name's size and lines, the introduction's lines. */
interface Layout {
  content: CardContent;
  name: { size: number; lines: string[] };
  kind: string[];
  status: string[];
  intro: string[];
  credit: string[];
}

/** Thrown when a card's text cannot fit; names the file, feature, field and what to do. */
export class CardTextError extends Error {
  constructor(messages: string[]) {
    super(`Preview cards cannot be drawn:\n${messages.map((m) => `  ${m}`).join('\n')}`);
    this.name = 'CardTextError';
  }
}

function layOut(fonts: CardFonts, content: CardContent): Layout | string {
  const { where, spec } = content;
  const missing = fonts.missing(content.name + content.kind + (content.intro ?? ''));
  if (missing.length > 0)
    return `${where.file}: ${where.id}: ${where.field}: no font of the site has ${missing.join(' ')} (card ${spec.path})`;
  const fit = NAME_FITS.map((f) => ({
    size: f.size,
    max: f.lines,
    lines: wrapText(fonts, content.name, f.size, true, TEXT_WIDTH),
  })).find((f) => f.lines.length <= f.max);
  if (!fit) {
    const last = NAME_FITS[NAME_FITS.length - 1];
    return `${where.file}: ${where.id}: ${where.field}: the name is too long for the preview card ${spec.path} (more than ${last.lines} lines at ${last.size} px in ${TEXT_WIDTH} px); shorten it`;
  }
  const intro = content.intro ? wrapText(fonts, content.intro, INTRO_FIT.size, false, TEXT_WIDTH) : [];
  if (intro.length > INTRO_FIT.lines)
    return `src/i18n/${spec.lang}.ts: intro: the introduction is too long for the home card ${spec.path} (${intro.length} lines, at most ${INTRO_FIT.lines}); shorten it`;
  const credit = wrapText(fonts, t(spec.lang, 'sourceLine'), 15, false, TEXT_WIDTH);
  const tag = (text: string, bold: boolean) =>
    wrapText(fonts, text, TAG_FIT.size, bold, TEXT_WIDTH - SYMBOL_ROOM);
  const kind = content.kind ? tag(content.kind, false) : [];
  const status = content.status ? tag(content.status.text, true) : [];
  if (kind.length > TAG_FIT.lines || status.length > TAG_FIT.lines)
    return `src/i18n/${spec.lang}.ts: ${spec.path}: the kind or status "${content.kind} / ${content.status?.text ?? ''}" is too long for the preview card (more than ${TAG_FIT.lines} lines); shorten it`;
  return { content, name: { size: fit.size, lines: fit.lines }, kind, status, intro, credit };
}

/** The symbol beside the kind, in a `size` box at (x, y) (its top left). */
function symbolSvg(symbol: CardContent['symbol'], x: number, y: number, size: number): string {
  if (!symbol) return '';
  if (symbol.type === 'marker') {
    const colour = THEME.status[symbol.status];
    const paint = markerPaint(colour, isSolid(symbol.status), THEME.labelHalo);
    const scale = size / MARKER.iconBox;
    return `<g transform="translate(${num(x)} ${num(y)}) scale(${num(scale)})"><path d="${shapePath(symbol.shape as never, MARKER.iconBox)}" fill="${paint.fill}" stroke="${paint.stroke}" stroke-width="${paint.strokeWidth}" stroke-linejoin="round"/></g>`;
  }
  if (symbol.type === 'line')
    return `<line x1="${num(x)}" y1="${num(y + size / 2)}" x2="${num(x + size)}" y2="${num(y + size / 2)}" stroke="${THEME.mode[symbol.mode]}" stroke-width="4" stroke-linecap="round"/>`;
  const r = size / 2 - 2;
  return `<circle cx="${num(x + size / 2)}" cy="${num(y + size / 2)}" r="${num(r)}" fill="${THEME.hubFill}" stroke="${THEME.hubStroke}" stroke-width="2"/>`;
}

/** The card as an SVG document. */
function cardSvg(data: CorridorData, basemap: FeatureCollection, layout: Layout): string {
  const { content, name, kind, status, intro, credit } = layout;
  const { lang } = content.spec;
  const text = (x: number, y: number, size: number, fill: string, body: string, bold = false) =>
    `<text x="${num(x)}" y="${num(y)}" font-size="${size}" fill="${fill}"${bold ? ' font-weight="700"' : ''}>${escapeHtml(body)}</text>`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" viewBox="0 0 ${CARD_SIZE.width} ${CARD_SIZE.height}" font-family="${FAMILY}">`,
    `<rect width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" fill="${THEME.hubFill}"/>`,
  ];
  // The map, to the right, with the feature marked.
  const map = renderPreviewSvg(data, basemap, { ...MAP, lang, camera: content.camera });
  const project = projectionOf(content.camera, MAP.width, MAP.height);
  out.push(
    map.replace(/^<svg /, `<svg x="${PANEL}" y="0" `).replace(/<\/svg>$/, `${content.mark(project)}</svg>`),
  );
  out.push(`<rect x="${PANEL - 1}" y="0" width="2" height="${CARD_SIZE.height}" fill="${THEME.border}"/>`);
  // The text, to the left.
  let y = PAD + 22;
  if (content.spec.selection) {
    out.push(text(PAD, y, 24, THEME.placeLabel, t(lang, 'title'), true));
    y += 34;
  }
  y += name.size * 0.95;
  for (const line of name.lines) {
    out.push(text(PAD, y, name.size, THEME.hubLabel, line, true));
    y += name.size * 1.2;
  }
  y += 10;
  if (kind.length > 0) {
    out.push(symbolSvg(content.symbol, PAD, y, 26));
    for (const line of kind) {
      out.push(text(PAD + SYMBOL_ROOM, y + 20, TAG_FIT.size, THEME.placeLabel, line));
      y += TAG_FIT.size * 1.35;
    }
    y += 4;
  }
  if (content.status) {
    for (const line of status) {
      out.push(
        text(PAD + SYMBOL_ROOM, y + 20, TAG_FIT.size, THEME.status[content.status.status], line, true),
      );
      y += TAG_FIT.size * 1.35;
    }
  }
  for (const line of intro) {
    out.push(text(PAD, y + 6, INTRO_FIT.size, THEME.placeLabel, line));
    y += INTRO_FIT.size * 1.4;
  }
  const creditTop = CARD_SIZE.height - PAD - (credit.length - 1) * 20;
  credit.forEach((line, i) => {
    out.push(text(PAD, creditTop + i * 20, 15, THEME.countryLabel, line));
  });
  out.push('</svg>');
  return out.join('');
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * Names the face of every run of text in an SVG (see `renameFamily`): each `<text>` of plain text gets a
 * `<tspan>` per run, in the family of the face of its weight that draws it. Texts in a bold group (the map's
 * hub labels) or with `font-weight="700"` are bold.
 */
export function assignFaces(svg: string, fonts: CardFonts): string {
  const spans = (content: string, bold: boolean) =>
    fonts
      .runs(
        content.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e),
        bold,
      )
      .map((r) => `<tspan font-family="${r.family}">${escapeHtml(r.text)}</tspan>`)
      .join('');
  const texts = (part: string, bold: boolean) =>
    part.replace(
      /<text([^>]*)>([^<]*)<\/text>/g,
      (_, attributes: string, content: string) =>
        `<text${attributes}>${spans(content, bold || /font-weight="(700|bold)"/.test(attributes))}</text>`,
    );
  const boldGroups = svg.replace(/<g[^>]*font-weight="bold"[^>]*>[\s\S]*?<\/g>/g, (group) =>
    texts(group, true),
  );
  return texts(boldGroups, false);
}

/** Every character the cards may draw, in every language: names, vocabularies, the map's labels, the interface's lines. */
export function cardCharacters(data: CorridorData, basemap: FeatureCollection): string {
  const names = [...data.hubs, ...data.projects].flatMap((f) => Object.values(f.properties.name));
  const routes = data.routes.flatMap((r) => Object.values(r.name));
  const words = LANGUAGES.flatMap((lang) => [
    t(lang, 'title'),
    t(lang, 'intro'),
    t(lang, 'sourceLine'),
    capital(lang, t(lang, 'hub')),
    ...data.projects.map((p) => kindName(lang, p.properties.kind) + statusName(lang, p.properties.status)),
    ...data.routes.map((r) => modeName(lang, r.mode) + statusName(lang, r.status)),
  ]);
  return [
    ...names,
    ...routes,
    ...words,
    labelText(data, basemap),
    'Natural Earth; lakes © OpenStreetMap contributors (ODbL)',
  ].join('');
}

type Resvg = new (
  svg: string,
  options: { font: { loadSystemFonts: boolean; fontFiles: string[]; defaultFontFamily: string } },
) => { render(): { asPng(): Uint8Array } };

/**
 * Plans every card: cuts the fonts, lays out each card's text and refuses the build, naming every card that
 * cannot fit, before anything is drawn. Returns the cards as files of the site: each drawn when the build
 * asks for it, or read from `.cache/cards/` where a card with the same SVG and fonts was drawn before.
 */
export async function planCards(
  data: CorridorData,
  basemap: FeatureCollection,
  cacheDir: string,
  /** The fonts cut for `cardCharacters(data, basemap)`, where the caller has them already. */
  cut?: CardFonts,
): Promise<[string, () => Promise<Uint8Array>][]> {
  const fonts = cut ?? (await cardFonts(cardCharacters(data, basemap), cacheDir));
  const layouts: Layout[] = [];
  const problems: string[] = [];
  for (const spec of cardSpecs(data)) {
    const laid = layOut(fonts, contentOf(data, spec));
    if (typeof laid === 'string') problems.push(laid);
    else layouts.push(laid);
  }
  if (problems.length > 0) throw new CardTextError(problems);
  const pngDir = join(cacheDir, 'png');
  mkdirSync(pngDir, { recursive: true });
  const { Resvg } = (await import('@resvg/resvg-js')) as unknown as { Resvg: Resvg };
  return layouts.map((layout) => [
    layout.content.spec.path,
    async () => {
      const svg = assignFaces(cardSvg(data, basemap, layout), fonts);
      const key = createHash('sha256').update(fonts.hash).update(svg).digest('hex').slice(0, 24);
      const cached = join(pngDir, `${key}.png`);
      if (existsSync(cached)) return readFileSync(cached);
      const png = new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.defaultFamily },
      })
        .render()
        .asPng();
      writeFileSync(cached, png);
      return png;
    },
  ]);
}
