/**
 * The downloadable copies of the data, made at build time: the projects as GeoJSON and as CSV, each with
 * the licence and citation the data is published under (CC BY 4.0, see `geo/README.md`).
 *
 * Both are made from the data alone, never from the clock, so that two builds of the same `geo/` give
 * byte-identical files.
 */
import type { CorridorData, Figure, Partner, ProjectProperties, Source } from '../src/data/types.ts';

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
  'Data: Corridor Map (CC BY 4.0) and the sources listed for each project (source_urls). Coordinates from the public references named in each locationNote (Wikipedia, GeoNames, OpenStreetMap); station points © OpenStreetMap contributors, ODbL.';

/**
 * The date the data was last checked: the latest `lastVerified` of any project or route (partial ISO, as
 * authored). Partial ISO dates of the same year sort correctly as text (`2025` < `2025-06` < `2025-06-17`).
 */
export function dataAsOf(data: CorridorData): string {
  const dates = [
    ...data.projects.map((p) => p.properties.lastVerified),
    ...data.routes.map((r) => r.lastVerified),
  ];
  return dates.reduce((a, b) => (b > a ? b : a), '');
}

/** The one-line citation of the data set, dated by `dataAsOf`. */
export function citation(data: CorridorData): string {
  return CITATION.replace('{date}', dataAsOf(data));
}

/** The URLs of a project's sources, in the order it cites them. */
function sourceUrls(p: ProjectProperties, sources: Map<string, Source>): string[] {
  return p.sources.flatMap((id) => {
    const s = sources.get(id);
    return s ? [s.url] : [];
  });
}

/**
 * The projects as a GeoJSON FeatureCollection: every authored property, plus `hub_name` (the hub's
 * names) and `source_urls` (the URLs of the sources the project cites, in order). Foreign members say
 * under what terms the file may be used: `licence`, `citation`, `attribution`, and `generated` (the date
 * the data was last checked, not the build time, so builds are reproducible).
 */
export function projectsGeoJson(data: CorridorData): string {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const hubs = new Map(data.hubs.map((h) => [h.properties.id, h.properties]));
  const collection = {
    type: 'FeatureCollection',
    licence: DATA_LICENCE,
    citation: citation(data),
    attribution: ATTRIBUTION,
    generated: dataAsOf(data),
    features: data.projects.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: { type: 'Point', coordinates: f.geometry.coordinates },
      properties: {
        ...f.properties,
        hub_name: hubs.get(f.properties.hub)?.name ?? null,
        source_urls: sourceUrls(f.properties, sources),
      },
    })),
  };
  return JSON.stringify(collection);
}

/** The columns of `projectsCsv`, in order. */
export const CSV_COLUMNS = [
  'id',
  'name_en',
  'name_ru',
  'name_kk',
  'name_zh',
  'hub',
  'hub_name_en',
  'country',
  'kind',
  'status',
  'precision',
  'longitude',
  'latitude',
  'partners',
  'figures',
  'first_event_date',
  'last_event_date',
  'last_verified',
  'summary_en',
  'source_urls',
] as const;

/** First characters that make a spreadsheet read a cell as a formula (or hide what follows). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe from CSV formula injection: a text starting with `=`, `+`, `-`, `@`, tab or CR
 * gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text instead of running it.
 * Numbers are written as numbers and never prefixed.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, with inner quotes doubled. */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function partnerText(p: Partner): string {
  return `${p.name.en} (${p.country}, ${p.role})`;
}

/** A figure as `[qualifier] value unit label [(date)]`, e.g. `up-to 240000 TEU/yr Design capacity (2025)`. */
function figureText(f: Figure): string {
  const text = [f.qualifier, String(f.value), f.unit, f.label.en].filter(Boolean).join(' ');
  return f.date ? `${text} (${f.date})` : text;
}

/** The earliest and latest of partial ISO dates (same-precision text order is date order). */
function dateRange(dates: string[]): [string, string] {
  if (dates.length === 0) return ['', ''];
  const sorted = [...dates].sort();
  return [sorted[0], sorted[sorted.length - 1]];
}

/**
 * The projects as CSV (RFC 4180): a header row (`CSV_COLUMNS`) and one row per project, CRLF line ends,
 * fields quoted where they hold a comma, quote, CR or LF, inner quotes doubled. Text cells starting with
 * `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` against formula injection (`neutraliseFormula`).
 * The file starts with a UTF-8 byte-order mark so Excel reads Cyrillic and Chinese names right.
 * `partners` is `name (country, role)` joined by `; `, `figures` `value unit label` joined by `; `
 * (with the source's qualifier and date where given), `source_urls` the URLs joined by a space.
 */
export function projectsCsv(data: CorridorData): string {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const hubs = new Map(data.hubs.map((h) => [h.properties.id, h.properties]));
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const f of data.projects) {
    const p = f.properties;
    const hub = hubs.get(p.hub);
    const [first, last] = dateRange(p.timeline.map((e) => e.date));
    const [longitude, latitude] = f.geometry.coordinates;
    rows.push([
      p.id,
      p.name.en,
      p.name.ru ?? '',
      p.name.kk ?? '',
      p.name.zh ?? '',
      p.hub,
      hub?.name.en ?? '',
      hub?.country ?? '',
      p.kind,
      p.status,
      p.precision,
      longitude,
      latitude,
      p.partners.map(partnerText).join('; '),
      p.figures.map(figureText).join('; '),
      first,
      last,
      p.lastVerified,
      p.summary.en,
      sourceUrls(p, sources).join(' '),
    ]);
  }
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

/**
 * Parses CSV (RFC 4180) into rows of fields: skips a leading byte-order mark, reads quoted fields with
 * doubled quotes and line breaks inside, and ends records at CRLF, LF or a lone CR. A final line break
 * does not make an empty record. Throws on a quote left open. It does not undo `neutraliseFormula`.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Whether anything of the current record has been read, so a trailing line break adds no record.
  let started = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    started = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '') {
      // A quoted field: read to the closing quote, turning "" into ".
      const start = i;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`CSV: the quote opened at character ${start} is never closed`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      started = true;
    } else if (c === ',') {
      endField();
      started = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      started = true;
      i++;
    }
  }
  if (started) endRow();
  return rows;
}
