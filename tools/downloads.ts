/**
 * The downloadable copies of the data, made at build time, each with the licence and citation the data is
 * published under (CC BY 4.0, see `geo/README.md`):
 *
 * - `data/corridor.geojson`: every hub and project (Points) and route (LineStrings, as the map draws them);
 * - `data/projects.geojson`: the projects alone, at the address embeds and articles already link;
 * - `data/projects.csv`, `data/routes.csv`, `data/hubs.csv`: one table a kind, for spreadsheets.
 *
 * All are made from the data alone, never from the clock, so that two builds of the same `geo/` give
 * byte-identical files.
 */

import { dataAsOf } from '../src/data/as-of.ts';
import { DOWNLOADS } from '../src/data/download-files.ts';
import type {
  CorridorData,
  Figure,
  HubProperties,
  Lang,
  Localized,
  LocalizedText,
  Partner,
  PointFeature,
  ProjectProperties,
  Route,
  TimelineEvent,
} from '../src/data/types.ts';
import { figureDate, parens, punct } from '../src/i18n/strings.ts';
import { formatQuantity } from '../src/i18n/units.ts';
import { type Cell, csvField } from './csv-field.ts';

/** The licence the data set is published under. */
export const DATA_LICENCE = 'CC BY 4.0';

/**
 * How to cite the data set, with `{date}` standing for the date the data was last checked against its
 * sources; `citation(data)` fills it in.
 */
export const CITATION =
  'Corridor Map, logistics hubs and routes between Kazakhstan, China and Central Asia (data as of {date}), with the sources named for each project. Licence: CC BY 4.0.';

/** Where the coordinates come from, and the OpenStreetMap notice their station points need. */
export const ATTRIBUTION =
  'Data: Corridor Map (CC BY 4.0) and the sources listed for each hub, project and route (source_urls). Coordinates from the public references named in each locationNote (Wikipedia, GeoNames, OpenStreetMap); station points © OpenStreetMap contributors, ODbL.';

export { DOWNLOADS, dataAsOf };

/** The one-line citation of the data set, dated by `dataAsOf`. */
export function citation(data: CorridorData): string {
  return CITATION.replace('{date}', dataAsOf(data));
}

/** What the files are made from: the data, with its hubs, names and sources by id. */
interface Lookup {
  data: CorridorData;
  hubs: Map<string, HubProperties>;
  /** The names of hubs and places, the stops of routes. */
  names: Map<string, Localized>;
  urls: Map<string, string>;
  projectsAt: Map<string, string[]>;
  routesThrough: Map<string, string[]>;
}

/** Appends `value` to the list under `key`. */
function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lookup(data: CorridorData): Lookup {
  const projectsAt = new Map<string, string[]>();
  for (const p of data.projects) push(projectsAt, p.properties.hub, p.properties.id);
  const routesThrough = new Map<string, string[]>();
  // A route passing a stop twice (a loop) lists once.
  for (const r of data.routes) for (const stop of new Set(r.stops)) push(routesThrough, stop, r.id);
  return {
    data,
    hubs: new Map(data.hubs.map((h) => [h.properties.id, h.properties])),
    names: new Map([...data.hubs, ...data.places].map((f) => [f.properties.id, f.properties.name])),
    urls: new Map(data.sources.map((s) => [s.id, s.url])),
    projectsAt,
    routesThrough,
  };
}

/** The URLs of the sources cited, in the order cited. */
function sourceUrls(ids: string[], look: Lookup): string[] {
  return ids.flatMap((id) => look.urls.get(id) ?? []);
}

// GeoJSON (RFC 7946): [longitude, latitude], no `crs`; licence, citation and so on are foreign members.

/** A hub: every authored property, plus the ids of its projects and of the routes that stop there. */
function hubFeature(h: PointFeature<HubProperties>, look: Lookup) {
  const id = h.properties.id;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: h.geometry.coordinates },
    properties: {
      feature_type: 'hub',
      ...h.properties,
      project_ids: look.projectsAt.get(id) ?? [],
      route_ids: look.routesThrough.get(id) ?? [],
      source_urls: sourceUrls(h.properties.sources, look),
    },
  };
}

/** A project: every authored property, plus its hub's names. */
function projectFeature(f: PointFeature<ProjectProperties>, look: Lookup) {
  return {
    type: 'Feature',
    id: f.properties.id,
    geometry: { type: 'Point', coordinates: f.geometry.coordinates },
    properties: {
      feature_type: 'project',
      ...f.properties,
      figures: f.properties.figures.map(figureFeature),
      hub_name: look.hubs.get(f.properties.hub)?.name ?? null,
      source_urls: sourceUrls(f.properties.sources, look),
    },
  };
}

/**
 * A route as the map draws it (straight legs between stops, great-circle arcs by air): every authored
 * property, plus its stops' names and `length_km`, the length of that line, not of the track or road.
 */
function routeFeature(r: Route, look: Lookup) {
  const { coordinates, lengthKm, ...authored } = r;
  return {
    type: 'Feature',
    id: r.id,
    geometry: { type: 'LineString', coordinates },
    properties: {
      feature_type: 'route',
      ...authored,
      figures: r.figures.map(figureFeature),
      stop_names: r.stops.map((id) => look.names.get(id) ?? null),
      length_km: lengthKm,
      source_urls: sourceUrls(r.sources, look),
    },
  };
}

/** A FeatureCollection with the terms the data may be used under, as JSON. */
function collection(data: CorridorData, features: object[], extra: object = {}): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    ...extra,
    licence: DATA_LICENCE,
    citation: citation(data),
    attribution: ATTRIBUTION,
    // The date the data was last checked, not the build time, so builds are reproducible.
    generated: dataAsOf(data),
    features,
  });
}

/**
 * The projects as a GeoJSON FeatureCollection: every authored property (every text as an object of its
 * languages, `{"en": ..., "ru": ..., "kk": ..., "zh": ..., "translated": ["ru", ...]}`, `translated`
 * listing the languages that are our translation from the English), plus `feature_type` (`project`),
 * `hub_name` (the hub's names) and `source_urls` (the URLs of the sources the project cites, in order).
 * Foreign members say under what terms the file may be used: `licence`, `citation`, `attribution`, and
 * `generated` (the date the data was last checked).
 */
export function projectsGeoJson(data: CorridorData): string {
  const look = lookup(data);
  return collection(
    data,
    data.projects.map((f) => projectFeature(f, look)),
  );
}

/**
 * Everything the map shows as one GeoJSON FeatureCollection, hubs, then projects, then routes, told apart
 * by `feature_type` (`hub`, `project`, `route`), with `bbox` and the foreign members of `projectsGeoJson`.
 * Hubs and projects are Points, routes LineStrings with their stops' ids (`stops`) and names
 * (`stop_names`), `line` (`traced` or `schematic`) and `length_km`. Every feature has `source_urls`.
 */
export function corridorGeoJson(data: CorridorData): string {
  const look = lookup(data);
  const features = [
    ...data.hubs.map((h) => hubFeature(h, look)),
    ...data.projects.map((f) => projectFeature(f, look)),
    ...data.routes.map((r) => routeFeature(r, look)),
  ];
  return collection(data, features, { bbox: data.bounds });
}

// CSV (RFC 4180)

/** A CSV column: its header, and how to read its cell from a row. */
type Column<T> = readonly [header: string, cell: (row: T, look: Lookup) => Cell];

/**
 * A table as CSV: a header row and one row a record, CRLF line ends, after a UTF-8 byte-order mark so
 * Excel reads Cyrillic and Chinese names right.
 */
function csv<T>(columns: readonly Column<T>[], rows: readonly T[], look: Lookup): string {
  const lines = [
    columns.map(([header]) => header),
    ...rows.map((r) => columns.map(([, cell]) => cell(r, look))),
  ];
  return `\uFEFF${lines.map((line) => `${line.map(csvField).join(',')}\r\n`).join('')}`;
}

const LANGS = ['en', 'ru', 'kk', 'zh'] as const satisfies readonly Lang[];

/**
 * `<prefix>_en`, `<prefix>_ru`, `<prefix>_kk`, `<prefix>_zh`: a text in each language, empty where it has
 * none (`name_en`..., `summary_en`...).
 */
function langColumns<T>(prefix: string, text: (row: T, look: Lookup) => Localized | undefined): Column<T>[] {
  return LANGS.map((lang) => [`${prefix}_${lang}`, (row, look) => text(row, look)?.[lang] ?? '']);
}

/** A text in a language, or its English where it has none (inside a cell that joins several texts). */
const inLang = (text: Localized | LocalizedText, lang: Lang) => text[lang] ?? text.en;

/** A partner as `name (country, role)`, in `lang` where translated (names keep their Latin form unless verified). */
function partnerText(p: Partner, lang: Lang = 'en'): string {
  return `${inLang(p.name, lang)}${parens(lang, `${p.country}${punct(lang).comma}${inLang(p.role, lang)}`)}`;
}

/**
 * A figure as text. The English column keeps its form, `[qualifier] value unit label [(date)]` (`up-to
 * 240000 TEU/yr Design capacity (2025)`), the data's own codes, as spreadsheets built on it read it. The
 * other languages read `label: value (date)` with the number, unit and qualifier in their words
 * (`formatQuantity`) and the date as the panel gives it: `Проектная мощность: до 240 000 ДФЭ в год (2025)`.
 */
function figureText(f: Figure, lang: Lang = 'en'): string {
  if (lang === 'en') {
    const text = [f.qualifier, String(f.value), f.unit, f.label.en].filter(Boolean).join(' ');
    return f.date ? `${text} (${f.date})` : text;
  }
  return `${inLang(f.label, lang)}${punct(lang).colon}${formatQuantity(lang, f.value, f.unit, f.qualifier)}${figureDate(f, lang)}`;
}

/**
 * A figure as the GeoJSON carries it: as authored (`unit` the vocabulary's id), plus `value_text`, the
 * value with its unit and qualifier in words of each language (`{"en": "up to 1,500 km/day", "ru": ...}`).
 */
function figureFeature(f: Figure) {
  return {
    ...f,
    value_text: Object.fromEntries(
      LANGS.map((lang) => [lang, formatQuantity(lang, f.value, f.unit, f.qualifier)]),
    ),
  };
}

/**
 * A joined text column and its translations: `<header>` (English, as it always was), then `<header>_ru`,
 * `<header>_kk`, `<header>_zh`, each text in that language where translated, else in English.
 */
function joinedColumns<T>(header: string, cell: (row: T, lang: Lang, look: Lookup) => string): Column<T>[] {
  return [
    [header, (row, look) => cell(row, 'en', look)],
    ...LANGS.slice(1).map((lang): Column<T> => [`${header}_${lang}`, (row, look) => cell(row, lang, look)]),
  ];
}

/** `first_event_date`, `last_event_date`: the earliest and latest dates of a timeline, empty if none. */
function timelineColumns<T>(timeline: (row: T) => TimelineEvent[]): Column<T>[] {
  // Partial ISO dates of the same precision sort as text in date order.
  const sorted = (row: T) =>
    timeline(row)
      .map((e) => e.date)
      .sort();
  return [
    ['first_event_date', (row) => sorted(row)[0] ?? ''],
    ['last_event_date', (row) => sorted(row).at(-1) ?? ''],
  ];
}

type ProjectRow = PointFeature<ProjectProperties>;
type HubRow = PointFeature<HubProperties>;

const PROJECT_COLUMNS: readonly Column<ProjectRow>[] = [
  ['id', (f) => f.properties.id],
  ...langColumns<ProjectRow>('name', (f) => f.properties.name),
  ['hub', (f) => f.properties.hub],
  ...langColumns<ProjectRow>('hub_name', (f, look) => look.hubs.get(f.properties.hub)?.name),
  ['country', (f, look) => look.hubs.get(f.properties.hub)?.country ?? ''],
  ['kind', (f) => f.properties.kind],
  ['status', (f) => f.properties.status],
  ['precision', (f) => f.properties.precision],
  ['longitude', (f) => f.geometry.coordinates[0]],
  ['latitude', (f) => f.geometry.coordinates[1]],
  ...joinedColumns<ProjectRow>('partners', (f, lang) =>
    f.properties.partners.map((p) => partnerText(p, lang)).join('; '),
  ),
  ...joinedColumns<ProjectRow>('figures', (f, lang) =>
    f.properties.figures.map((x) => figureText(x, lang)).join('; '),
  ),
  ...timelineColumns<ProjectRow>((f) => f.properties.timeline),
  ['last_verified', (f) => f.properties.lastVerified],
  ...langColumns<ProjectRow>('summary', (f) => f.properties.summary),
  ...langColumns<ProjectRow>('location_note', (f) => f.properties.locationNote),
  ['source_urls', (f, look) => sourceUrls(f.properties.sources, look).join(' ')],
];

const ROUTE_COLUMNS: readonly Column<Route>[] = [
  ['id', (r) => r.id],
  ...langColumns<Route>('name', (r) => r.name),
  ['mode', (r) => r.mode],
  ['status', (r) => r.status],
  ['line', (r) => r.line],
  ['stops', (r) => r.stops.join(' ')],
  ...LANGS.map(
    (lang): Column<Route> => [
      `stop_names_${lang}`,
      (r, look) =>
        r.stops
          .map((id) => {
            const name = look.names.get(id);
            return name ? inLang(name, lang) : id;
          })
          .join('; '),
    ],
  ),
  ['length_km', (r) => r.lengthKm],
  ...joinedColumns<Route>('figures', (r, lang) => r.figures.map((x) => figureText(x, lang)).join('; ')),
  ...timelineColumns<Route>((r) => r.timeline),
  ['last_verified', (r) => r.lastVerified],
  ...langColumns<Route>('summary', (r) => r.summary),
  ...langColumns<Route>('line_note', (r) => r.lineNote),
  ['source_urls', (r, look) => sourceUrls(r.sources, look).join(' ')],
];

const HUB_COLUMNS: readonly Column<HubRow>[] = [
  ['id', (h) => h.properties.id],
  ...langColumns<HubRow>('name', (h) => h.properties.name),
  ['country', (h) => h.properties.country],
  ['precision', (h) => h.properties.precision],
  ['longitude', (h) => h.geometry.coordinates[0]],
  ['latitude', (h) => h.geometry.coordinates[1]],
  ['project_count', (h, look) => look.projectsAt.get(h.properties.id)?.length ?? 0],
  ['project_ids', (h, look) => (look.projectsAt.get(h.properties.id) ?? []).join(' ')],
  ['route_ids', (h, look) => (look.routesThrough.get(h.properties.id) ?? []).join(' ')],
  ...langColumns<HubRow>('location_note', (h) => h.properties.locationNote),
  ['source_urls', (h, look) => sourceUrls(h.properties.sources, look).join(' ')],
];

/** The header of each CSV download, in order. */
export const CSV_COLUMNS = {
  projects: PROJECT_COLUMNS.map(([header]) => header),
  routes: ROUTE_COLUMNS.map(([header]) => header),
  hubs: HUB_COLUMNS.map(([header]) => header),
} as const;

/**
 * The projects as CSV (RFC 4180): a header row (`CSV_COLUMNS.projects`) and one row per project, CRLF
 * line ends, fields quoted where they hold a comma, quote, CR or LF, inner quotes doubled. Text cells
 * starting with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` against formula injection
 * (`neutraliseFormula`). The file starts with a UTF-8 byte-order mark. `partners` is
 * `name (country, role)` joined by `; `, `figures` `value unit label` joined by `; ` (with the source's
 * qualifier and date where given), `source_urls` the URLs joined by a space. Every text comes in the four
 * languages: `name_en`...`name_zh`, `hub_name_*`, `summary_*` and `location_note_*` (empty where the
 * language has none), and `partners_ru`, `partners_kk`, `partners_zh`, `figures_ru`... beside the English
 * `partners` and `figures` (each text in that language where translated, else in English).
 */
export function projectsCsv(data: CorridorData): string {
  return csv(PROJECT_COLUMNS, data.projects, lookup(data));
}

/**
 * The routes as CSV, written as `projectsCsv` is (`CSV_COLUMNS.routes`): `stops` the ids of the stops
 * first to last joined by a space, `stop_names_en` their English names joined by `; ` (and `stop_names_ru`,
 * `_kk`, `_zh`: each name in that language where it has one, else in English), `length_km` the length of
 * the line the map draws, `line` whether it is `traced` through stations or `schematic`; its texts in the
 * four languages as in `projectsCsv` (`summary_*`, `line_note_*`, `figures_*`).
 */
export function routesCsv(data: CorridorData): string {
  return csv(ROUTE_COLUMNS, data.routes, lookup(data));
}

/**
 * The hubs as CSV, written as `projectsCsv` is (`CSV_COLUMNS.hubs`), with the ids of each hub's projects
 * and of the routes that stop there, joined by a space, and its location note in the four languages.
 */
export function hubsCsv(data: CorridorData): string {
  return csv(HUB_COLUMNS, data.hubs, lookup(data));
}

/** Every download: its path in the site, and how to make it from the data. */
export function downloadFiles(data: CorridorData): [path: string, make: () => string][] {
  return [
    [DOWNLOADS.corridorGeoJson, () => corridorGeoJson(data)],
    [DOWNLOADS.projectsGeoJson, () => projectsGeoJson(data)],
    [DOWNLOADS.projectsCsv, () => projectsCsv(data)],
    [DOWNLOADS.routesCsv, () => routesCsv(data)],
    [DOWNLOADS.hubsCsv, () => hubsCsv(data)],
  ];
}
