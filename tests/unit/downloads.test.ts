import { describe, expect, it } from 'vitest';
import { loadCorridorData } from '../../build/data.ts';
import {
  CSV_COLUMNS,
  citation,
  DATA_LICENCE,
  dataAsOf,
  parseCsv,
  projectsCsv,
  projectsGeoJson,
} from '../../build/downloads.ts';
import type { CorridorData } from '../../src/data/types.ts';
import { GEO_DIR, VALID_DIR } from '../data-files.ts';

const SETS = [
  ['the real data', GEO_DIR],
  ['the fixtures', VALID_DIR],
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

/** The CSV's records as objects by column name (header checked). */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...CSV_COLUMNS]);
  for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

describe.each(SETS)('downloads of %s', (_, dir) => {
  const data = loadCorridorData(dir);
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
      expect(r.summary_en).toBe(p.summary.en);
      for (const x of p.partners) expect(r.partners).toContain(`${x.name.en} (${x.country}, ${x.role})`);
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

  it('is deterministic', () => {
    expect(projectsCsv(data)).toBe(projectsCsv(data));
    expect(projectsGeoJson(data)).toBe(projectsGeoJson(data));
    // The same data loaded again gives the same bytes.
    const again = loadCorridorData(dir);
    expect(projectsCsv(again)).toBe(projectsCsv(data));
    expect(projectsGeoJson(again)).toBe(projectsGeoJson(data));
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

describe('parseCsv', () => {
  it('reads RFC 4180: BOM, quotes, doubled quotes, CRLF and LF, breaks inside quotes', () => {
    expect(parseCsv('\uFEFFa,b\r\n"c,d","e""f"\n"g\r\nh",\r\n')).toEqual([
      ['a', 'b'],
      ['c,d', 'e"f'],
      ['g\r\nh', ''],
    ]);
    expect(parseCsv('x,y')).toEqual([['x', 'y']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('"",""\r\n')).toEqual([['', '']]);
  });

  it('refuses a quote left open', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/never closed/);
  });
});
