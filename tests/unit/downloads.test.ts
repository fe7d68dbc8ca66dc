import { fileURLToPath } from 'node:url';
import { check, getIssues } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { CorridorData } from '../../src/data/types.ts';
import { formatQuantity } from '../../src/i18n/units.ts';
import { loadCorridorData } from '../../tools/data.ts';
import {
  CSV_COLUMNS,
  citation,
  corridorGeoJson,
  DATA_LICENCE,
  DOWNLOADS,
  dataAsOf,
  downloadFiles,
  hubsCsv,
  projectsCsv,
  projectsGeoJson,
  routesCsv,
} from '../../tools/downloads.ts';
import { GEO_DIR, VALID_DIR } from '../data-files.ts';

/** The fixture catalogs that translate every text of the valid fixtures. */
const TRANSLATIONS = fileURLToPath(new URL('../fixtures/translations/complete', import.meta.url));
const LANGS = ['en', 'ru', 'kk', 'zh'] as const;

const SETS = [
  ['the real data', GEO_DIR, {}],
  ['the fixtures', VALID_DIR, {}],
  ['the translated fixtures', VALID_DIR, { translations: TRANSLATIONS }],
] as const;

/** The fixture data with the first project's texts replaced. */
function withTexts(
  name: string,
  summary: string,
  partner = 'Rail Co',
): { data: CorridorData; id: string; partner: string } {
  const data = structuredClone(loadCorridorData(VALID_DIR));
  const p = data.projects[0].properties;
  p.name = { ...p.name, en: name };
  p.summary = { en: summary };
  if (p.partners[0]) p.partners[0].name = { en: partner };
  return { data, id: p.id, partner };
}

/**
 * The CSV's records as objects by column name, read with csv-parse (header and row lengths checked:
 * csv-parse refuses a record with more or fewer fields than the header).
 */
function records(csv: string, columns: readonly string[] = CSV_COLUMNS.projects): Record<string, string>[] {
  const [header] = parse(csv, { bom: true, to_line: 1 }) as string[][];
  expect(header).toEqual([...columns]);
  return parse(csv, { bom: true, columns: true });
}

/** A feature of the downloads, as read back from JSON. */
// biome-ignore lint/suspicious/noExplicitAny: read back from JSON; the tests check the shape
type Feature = { id: string; geometry: any; properties: any };

/** Every position of a Point or LineString. */
function positions(g: { type: string; coordinates: number[] | number[][] }): number[][] {
  return g.type === 'Point' ? [g.coordinates as number[]] : (g.coordinates as number[][]);
}

describe('downloads of translated data', () => {
  const data = loadCorridorData(VALID_DIR, { translations: TRANSLATIONS });

  it('CSV: carries every text in all four languages, and keeps the English columns as they were', () => {
    const [row] = records(projectsCsv(data));
    expect(row.summary_en).toBe('A terminal for containers, opened in 2025.');
    expect(row.summary_ru).toBe('Контейнерный терминал, открыт в 2025 году.');
    expect(row.summary_zh).toBe('一座集装箱码头，2025年启用。');
    expect(row.hub_name_en).toBe('East Hub');
    expect(row.hub_name_kk).toBe('Шығыс хаб');
    expect(row.partners).toBe('Rail Co (KZ, operator)');
    // Chinese text takes full-width punctuation.
    expect(row.partners_zh).toBe('Rail Co（KZ，运营方）');
    // The English column keeps the data's codes; the others read in their language.
    expect(row.figures).toContain('240000 TEU/yr Design capacity');
    expect(row.figures_ru).toContain('Проектная мощность: 240\u00a0000 ДФЭ в год');
    expect(row.figures_ru).not.toMatch(/TEU|yr/);
    expect(row.location_note_kk).toBe('Терминалдың орнын ешбір дереккөз көрсетпейді.');
    const [route] = records(routesCsv(data), CSV_COLUMNS.routes);
    expect(route.line_note_zh).toBe('经过沿途城镇绘制。');
    expect(route.stop_names_ru.split('; ')[0]).toBe('Восточный хаб');
  });

  it('GeoJSON: every text an object of its four languages, saying which are our translation', () => {
    const fc = JSON.parse(corridorGeoJson(data));
    const project = fc.features.find((f: Feature) => f.id === 'east-terminal').properties;
    expect(project.summary).toMatchObject({
      en: expect.any(String),
      ru: expect.any(String),
      kk: expect.any(String),
    });
    expect(project.summary.translated).toEqual(['ru', 'kk', 'zh']);
    expect(project.partners[0].role).toMatchObject({ en: 'operator', ru: 'оператор', zh: '运营方' });
    expect(project.locationNote.zh).toBe('没有来源给出码头的位置。');
    const route = fc.features.find((f: Feature) => f.properties.feature_type === 'route').properties;
    expect(route.lineNote.kk).toBe('Өтетін қалалар арқылы жүргізілген.');
  });
});

describe.each(SETS)('downloads of %s', (_, dir, options) => {
  const data = loadCorridorData(dir, options);
  const urls = new Map(data.sources.map((s) => [s.id, s.url]));

  it('CSV: starts with a BOM, ends records with CRLF, and parses back to the same projects', () => {
    const csv = projectsCsv(data);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line break outside a quoted field is CRLF.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n|\r[^\n]/);
    const rows = records(csv);
    expect(rows.map((r) => r.id)).toEqual(data.projects.map((p) => p.properties.id));
    data.projects.forEach((f, i) => {
      const p = f.properties;
      const r = rows[i];
      for (const lang of ['en', 'ru', 'kk', 'zh'] as const)
        expect(r[`name_${lang}`]).toBe(p.name[lang] ?? '');
      expect([Number(r.longitude), Number(r.latitude)]).toEqual(f.geometry.coordinates);
      expect(r.source_urls.split(' ')).toEqual(p.sources.map((id) => urls.get(id)));
      expect(r.hub).toBe(p.hub);
      expect(r.kind).toBe(p.kind);
      expect(r.status).toBe(p.status);
      expect(r.last_verified).toBe(p.lastVerified);
      for (const lang of LANGS) {
        expect(r[`summary_${lang}`]).toBe(p.summary[lang] ?? '');
        expect(r[`hub_name_${lang}`]).toBe(
          data.hubs.find((h) => h.properties.id === p.hub)?.properties.name[lang] ?? '',
        );
        expect(r[`location_note_${lang}`]).toBe(p.locationNote[lang] ?? '');
        const partners = r[lang === 'en' ? 'partners' : `partners_${lang}`];
        const [open, comma, close] = lang === 'zh' ? ['（', '，', '）'] : [' (', ', ', ')'];
        for (const x of p.partners)
          expect(partners).toContain(
            `${x.name[lang] ?? x.name.en}${open}${x.country}${comma}${x.role[lang] ?? x.role.en}${close}`,
          );
        const figures = r[lang === 'en' ? 'figures' : `figures_${lang}`];
        for (const x of p.figures)
          expect(figures).toContain(
            lang === 'en'
              ? `${x.value} ${x.unit} ${x.label.en}`
              : `${x.label[lang] ?? x.label.en}${lang === 'zh' ? '：' : ': '}${formatQuantity(lang, x.value, x.unit, x.qualifier)}`,
          );
      }
      const dates = p.timeline.map((e) => e.date).sort();
      expect([r.first_event_date, r.last_event_date]).toEqual([dates[0] ?? '', dates.at(-1) ?? '']);
    });
  });

  it('GeoJSON: one feature per project, with hub names, source URLs, licence and citation', () => {
    const fc = JSON.parse(projectsGeoJson(data));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.licence).toBe(DATA_LICENCE);
    expect(fc.citation).toBe(citation(data));
    expect(fc.citation).toContain('Corridor Map');
    expect(fc.citation).toContain(dataAsOf(data));
    expect(fc.attribution).toContain('OpenStreetMap');
    expect(fc.generated).toBe(dataAsOf(data));
    expect(fc.generated).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(fc.features).toHaveLength(data.projects.length);
    const hubs = new Map(data.hubs.map((h) => [h.properties.id, h.properties.name]));
    fc.features.forEach((f: GeoJSON.Feature<GeoJSON.Point>, i: number) => {
      const p = data.projects[i];
      expect(f.geometry).toEqual(p.geometry);
      expect(f.properties).toMatchObject(p.properties as unknown as Record<string, unknown>);
      expect(f.properties?.hub_name).toEqual(hubs.get(p.properties.hub));
      expect(f.properties?.source_urls).toEqual(p.properties.sources.map((id) => urls.get(id)));
    });
  });

  describe('corridor.geojson', () => {
    const text = corridorGeoJson(data);
    const fc = JSON.parse(text);
    const ofType = (type: string) => fc.features.filter((f: Feature) => f.properties.feature_type === type);
    const names = new Map([...data.hubs, ...data.places].map((f) => [f.properties.id, f.properties.name]));

    it('is GeoJSON (RFC 7946) by an independent validator, with no crs', () => {
      expect(getIssues(text)).toEqual([]);
      expect(check(text).type).toBe('FeatureCollection');
      expect(fc).not.toHaveProperty('crs');
    });

    it('holds every hub, project and route of the data, hubs first, each once', () => {
      expect(ofType('hub').map((f: Feature) => f.id)).toEqual(data.hubs.map((h) => h.properties.id));
      expect(ofType('project').map((f: Feature) => f.id)).toEqual(data.projects.map((p) => p.properties.id));
      expect(ofType('route').map((f: Feature) => f.id)).toEqual(data.routes.map((r) => r.id));
      expect(fc.features).toHaveLength(data.hubs.length + data.projects.length + data.routes.length);
      expect(new Set(fc.features.map((f: Feature) => f.id)).size).toBe(fc.features.length);
    });

    it('carries the licence, citation and attribution, and a bbox around every position', () => {
      expect(fc.licence).toBe(DATA_LICENCE);
      expect(fc.citation).toBe(citation(data));
      expect(fc.attribution).toContain('OpenStreetMap');
      expect(fc.generated).toBe(dataAsOf(data));
      const [west, south, east, north] = fc.bbox;
      expect(fc.bbox).toEqual(data.bounds);
      for (const [lon, lat] of fc.features.flatMap((f: Feature) => positions(f.geometry))) {
        expect(lon).toBeGreaterThanOrEqual(west);
        expect(lon).toBeLessThanOrEqual(east);
        expect(lat).toBeGreaterThanOrEqual(south);
        expect(lat).toBeLessThanOrEqual(north);
      }
    });

    it('has hubs and projects as Points at their [longitude, latitude], with their sources', () => {
      for (const [type, features] of [
        ['hub', data.hubs],
        ['project', data.projects],
      ] as const) {
        ofType(type).forEach((f: Feature, i: number) => {
          const p = features[i].properties;
          expect(f.geometry).toEqual({ type: 'Point', coordinates: features[i].geometry.coordinates });
          expect(f.properties).toMatchObject(p as unknown as Record<string, unknown>);
          expect(f.properties.source_urls).toEqual(p.sources.map((id) => urls.get(id)));
        });
      }
      ofType('hub').forEach((f: Feature) => {
        const at = data.projects.filter((p) => p.properties.hub === f.id).map((p) => p.properties.id);
        expect(f.properties.project_ids).toEqual(at);
      });
    });

    it('has each route as the LineString the map draws, with mode, status, stops, length and sources', () => {
      ofType('route').forEach((f: Feature, i: number) => {
        const r = data.routes[i];
        expect(f.geometry).toEqual({ type: 'LineString', coordinates: r.coordinates });
        expect(f.geometry.coordinates.length).toBeGreaterThanOrEqual(r.stops.length);
        const stop = (id: string) =>
          [...data.hubs, ...data.places].find((x) => x.properties.id === id)?.geometry.coordinates;
        expect(f.geometry.coordinates[0]).toEqual(stop(r.stops[0])?.map((n) => Math.round(n * 1e4) / 1e4));
        expect(f.geometry.coordinates.at(-1)).toEqual(
          stop(r.stops.at(-1) as string)?.map((n) => Math.round(n * 1e4) / 1e4),
        );
        const p = f.properties;
        expect(p).toMatchObject({
          id: r.id,
          name: r.name,
          mode: r.mode,
          status: r.status,
          stops: r.stops,
          line: r.line,
          lastVerified: r.lastVerified,
          length_km: r.lengthKm,
        });
        expect(['traced', 'schematic']).toContain(p.line);
        expect(p.stop_names).toEqual(r.stops.map((id) => names.get(id)));
        expect(p.length_km).toBeGreaterThan(0);
        expect(p.source_urls).toEqual(r.sources.map((id) => urls.get(id)));
        expect(p.source_urls.length).toBeGreaterThan(0);
        // The line is in the geometry, not again in the properties.
        expect(p).not.toHaveProperty('coordinates');
      });
    });
  });

  it('routes CSV: parses back to every route, with its stops, length and sources', () => {
    const csv = routesCsv(data);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = records(csv, CSV_COLUMNS.routes);
    expect(rows.map((r) => r.id)).toEqual(data.routes.map((r) => r.id));
    const names = new Map([...data.hubs, ...data.places].map((f) => [f.properties.id, f.properties.name.en]));
    const localNames = new Map(
      [...data.hubs, ...data.places].map((f) => [f.properties.id, f.properties.name]),
    );
    data.routes.forEach((r, i) => {
      const row = rows[i];
      for (const lang of ['en', 'ru', 'kk', 'zh'] as const)
        expect(row[`name_${lang}`]).toBe(r.name[lang] ?? '');
      expect([row.mode, row.status, row.line, row.last_verified]).toEqual([
        r.mode,
        r.status,
        r.line,
        r.lastVerified,
      ]);
      expect(row.stops.split(' ')).toEqual(r.stops);
      expect(row.stop_names_en.split('; ')).toEqual(r.stops.map((id) => names.get(id)));
      expect(Number(row.length_km)).toBe(r.lengthKm);
      for (const lang of LANGS) {
        expect(row[`summary_${lang}`]).toBe(r.summary[lang] ?? '');
        expect(row[`line_note_${lang}`]).toBe(r.lineNote[lang] ?? '');
        expect(row[`stop_names_${lang}`].split('; ')).toEqual(
          r.stops.map((id) => localNames.get(id)?.[lang] ?? localNames.get(id)?.en),
        );
        const figures = row[lang === 'en' ? 'figures' : `figures_${lang}`];
        for (const x of r.figures) expect(figures).toContain(`${x.label[lang] ?? x.label.en}`);
      }
      expect(row.source_urls.split(' ')).toEqual(r.sources.map((id) => urls.get(id)));
      const dates = r.timeline.map((e) => e.date).sort();
      expect([row.first_event_date, row.last_event_date]).toEqual([dates[0] ?? '', dates.at(-1) ?? '']);
    });
  });

  it('hubs CSV: parses back to every hub, at its coordinates, with its projects and routes', () => {
    const rows = records(hubsCsv(data), CSV_COLUMNS.hubs);
    expect(rows.map((r) => r.id)).toEqual(data.hubs.map((h) => h.properties.id));
    data.hubs.forEach((h, i) => {
      const row = rows[i];
      for (const lang of LANGS)
        expect(row[`location_note_${lang}`]).toBe(h.properties.locationNote[lang] ?? '');
      const projects = data.projects.filter((p) => p.properties.hub === h.properties.id);
      expect([Number(row.longitude), Number(row.latitude)]).toEqual(h.geometry.coordinates);
      expect(row.name_en).toBe(h.properties.name.en);
      expect(Number(row.project_count)).toBe(projects.length);
      expect(row.project_ids).toBe(projects.map((p) => p.properties.id).join(' '));
      for (const id of row.route_ids.split(' ').filter(Boolean))
        expect(data.routes.find((r) => r.id === id)?.stops).toContain(h.properties.id);
      expect(row.source_urls).toBe(h.properties.sources.map((id) => urls.get(id)).join(' '));
    });
  });

  it('is deterministic: the same data, loaded again, gives the same bytes in every file', () => {
    const again = new Map(downloadFiles(loadCorridorData(dir, options)));
    for (const [path, make] of downloadFiles(data)) expect(again.get(path)?.()).toBe(make());
  });
});

describe('CSV escaping', () => {
  it('round-trips commas, quotes, line breaks and non-Latin text', () => {
    const name = 'Khorgos "East Gate", phase 1\r\nand 2\nХоргос 霍尔果斯';
    const summary = 'A, B; "C"\rD';
    const { data, id } = withTexts(name, summary, 'Co, "Ltd"');
    const csv = projectsCsv(data);
    const row = records(csv).find((r) => r.id === id);
    expect(row?.name_en).toBe(name);
    expect(row?.summary_en).toBe(summary);
    expect(row?.partners.startsWith('Co, "Ltd" (')).toBe(true);
    expect(csv).toContain('"Khorgos ""East Gate"", phase 1\r\nand 2\nХоргос 霍尔果斯"');
  });

  it('neutralises fields that a spreadsheet would run as a formula', () => {
    const { data, id } = withTexts('=HYPERLINK("http://example.com","x")', '+1', '@SUM(A1)');
    const row = records(projectsCsv(data)).find((r) => r.id === id);
    expect(row?.name_en).toBe(`'=HYPERLINK("http://example.com","x")`);
    expect(row?.summary_en).toBe(`'+1`);
    expect(row?.partners.startsWith(`'@SUM(A1)`)).toBe(true);
    for (const start of ['-', '\t', '\r']) {
      const { data: d, id: i } = withTexts(`${start}2+3`, 'ok');
      const r = records(projectsCsv(d)).find((x) => x.id === i);
      expect(r?.name_en).toBe(`'${start}2+3`);
    }
    // Ordinary text is left alone.
    const plain = records(projectsCsv(withTexts('East 2-3', 'ok').data))[0];
    expect(plain.name_en).toBe('East 2-3');
  });
});

describe('the GeoJSON validator', () => {
  const fc = JSON.parse(corridorGeoJson(loadCorridorData(VALID_DIR)));
  /** The combined file with one thing broken in its first feature of `type`. */
  function broken(type: string, breakIt: (f: Feature) => void): string {
    const copy = structuredClone(fc);
    breakIt(copy.features.find((f: Feature) => f.properties.feature_type === type));
    return JSON.stringify(copy);
  }

  it.each([
    [
      'a feature without its type',
      'hub',
      (f: Feature) => delete (f as Partial<Feature> & { type?: string }).type,
    ],
    [
      'a position with one number',
      'project',
      (f: Feature) => (f.geometry.coordinates = [f.geometry.coordinates[0]]),
    ],
    [
      'a position as text',
      'hub',
      (f: Feature) => (f.geometry.coordinates = f.geometry.coordinates.map(String)),
    ],
    [
      'a line of one position',
      'route',
      (f: Feature) => (f.geometry.coordinates = [f.geometry.coordinates[0]]),
    ],
    ['a route without geometry type', 'route', (f: Feature) => delete f.geometry.type],
  ])('bites: rejects %s', (_, type, breakIt) => {
    const text = broken(type, breakIt);
    expect(getIssues(text).length).toBeGreaterThan(0);
    expect(() => check(text)).toThrow();
  });

  it('also passes the projects file', () => {
    expect(getIssues(projectsGeoJson(loadCorridorData(GEO_DIR)))).toEqual([]);
  });
});

describe('the download files', () => {
  it('are the GeoJSON and CSV files the page and README link, each made once', () => {
    const paths = downloadFiles(loadCorridorData(VALID_DIR)).map(([path]) => path);
    expect(paths).toEqual(Object.values(DOWNLOADS));
    expect(paths).toContain('data/projects.csv');
    expect(paths).toContain('data/projects.geojson');
  });
});
