/**
 * Issue 20, "the words": every figure, length, filter option and legend line a reader of Russian, Kazakh or
 * Chinese sees is in that language: no English unit word, no qualifier's code, no partner or country left
 * in English where the data (or CLDR) has its name in the language. Derived from the real data in `geo/`,
 * through the same functions the panels, the filter panel, the legend and the downloads use.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { filterLabel } from '../../src/controls/filter-labels.ts';
import type { Figure, Lang, Localized } from '../../src/data/types.ts';
import { UNIT_IDS, UNITS } from '../../src/data/vocabularies.ts';
import {
  COUNTRY_NAMES,
  figureDate,
  formatDate,
  kindName,
  modeName,
  statusName,
  t,
} from '../../src/i18n/strings.ts';
import { formatKm, formatNumber, formatQuantity, kazakhAblative } from '../../src/i18n/units.ts';
import { indexData } from '../../src/state/data-index.ts';
import { FILTER_KEYS, facetCounts, NO_FILTERS } from '../../src/state/filters.ts';
import { legendModel } from '../../src/symbols/legend.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { corridorGeoJson, projectsCsv, routesCsv } from '../../tools/downloads.ts';
import { GEO_DIR } from '../data-files.ts';

const OTHER = ['ru', 'kk', 'zh'] as const;

/** English unit words and qualifier codes, as whole words (Cyrillic and Chinese letters are not \w). */
const ENGLISH_UNIT =
  /\b(km|TEU|trains?|pairs?|day|days|yr|year|ha|hectares?|t|tonnes?|Mt|vehicles?|trucks?|week|jobs?|items?|hubs?|stations?|bridges?|projects?|USD|KZT|up-to|about|over|more-than)\b/;

const data = loadCorridorData(GEO_DIR);
const figures: [string, Figure][] = [
  ...data.projects.flatMap((p) =>
    p.properties.figures.map((f, i) => [`${p.properties.id} figures[${i}]`, f] as [string, Figure]),
  ),
  ...data.routes.flatMap((r) => r.figures.map((f, i) => [`${r.id} figures[${i}]`, f] as [string, Figure])),
];

describe('units in the reader’s language', () => {
  it('every unit of the data is in the vocabulary', () => {
    for (const [where, f] of figures) expect(UNIT_IDS, where).toContain(f.unit);
  });

  it.each(OTHER)('%s: no figure value, date or route length carries an English unit word or code', (lang) => {
    const texts = [
      ...figures.map(([where, f]) => [
        where,
        `${formatQuantity(lang, f.value, f.unit, f.qualifier)}${figureDate(f, lang)}`,
      ]),
      ...data.routes.map((r) => [
        `${r.id} length`,
        `${t(lang, 'drawnLength')}: ${formatKm(lang, r.lengthKm)}`,
      ]),
    ];
    for (const [where, text] of texts) expect(text, where).not.toMatch(ENGLISH_UNIT);
  });

  it.each(OTHER)('%s: every unit of the vocabulary, with every qualifier, reads in the language', (lang) => {
    for (const unit of UNIT_IDS)
      for (const q of [undefined, 'about', 'over', 'up-to'] as const)
        for (const n of [1, 3, 12, 1500, 1765, 9.8])
          expect(formatQuantity(lang, n, unit, q), `${unit} ${q} ${n}`).not.toMatch(ENGLISH_UNIT);
  });

  it('the reported figures read as a reader of each language writes them', () => {
    const nb = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(formatQuantity('en', 1500, 'km/day', 'up-to')).toBe('up to 1,500 km/day');
    expect(nb(formatQuantity('ru', 1500, 'km/day', 'up-to'))).toBe('до 1 500 км в сутки');
    expect(nb(formatQuantity('ru', 12, 'train pairs/day'))).toBe('12 пар поездов в сутки');
    expect(nb(formatQuantity('ru', 1765, 'trains'))).toBe('1 765 поездов');
    expect(nb(formatQuantity('ru', 451, 'trains'))).toBe('451 поезд');
    expect(nb(formatQuantity('ru', 240000, 'TEU/yr'))).toBe('240 000 ДФЭ в год');
    expect(nb(formatQuantity('kk', 1500, 'km/day', 'up-to'))).toBe('тәулігіне ең көбі 1 500 км');
    expect(nb(formatQuantity('kk', 500, 'jobs', 'over'))).toBe('500-ден астам жұмыс орны');
    expect(nb(formatQuantity('kk', 1000000, 't/yr', 'over'))).toBe('жылына 1 000 000-нан астам т');
    expect(formatQuantity('zh', 240000, 'TEU/yr')).toBe('每年240,000标准箱');
    expect(formatQuantity('zh', 12, 'train pairs/day')).toBe('每日12对列车');
    expect(nb(formatKm('ru', 776))).toBe('776 км');
    expect(formatKm('zh', 776)).toBe('776公里');
  });

  it('the units Intl knows are written as CLDR writes them (Node carries all of ICU)', () => {
    for (const [id, unit] of Object.entries(UNITS)) {
      if (!('intl' in unit)) continue;
      for (const lang of ['en', 'ru', 'kk', 'zh'] as const)
        for (const n of [1, 4.5, 1500, 129.8]) {
          const intl = new Intl.NumberFormat(lang, { style: 'unit', unit: unit.intl }).format(n);
          expect(formatQuantity(lang, n, id), `${id} ${lang} ${n}`).toBe(intl);
        }
    }
  });

  it('Kazakh numbers are written as CLDR writes them (as Russian ones)', () => {
    for (const n of [12, 1500, 240000, 9.8, 1234567.25])
      expect(formatNumber('kk', n)).toBe(new Intl.NumberFormat('kk').format(n));
  });

  it('Kazakh dates are written as CLDR writes them (Chromium has no Kazakh dates)', () => {
    for (let m = 1; m <= 12; m++) {
      const at = new Date(Date.UTC(2025, m - 1, 9));
      const intl = (o: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat('kk', { year: 'numeric', month: 'long', timeZone: 'UTC', ...o }).format(at);
      const mm = String(m).padStart(2, '0');
      expect(formatDate('kk', `2025-${mm}-09`)).toBe(intl({ day: 'numeric' }));
      expect(formatDate('kk', `2025-${mm}`)).toBe(intl({}));
    }
  });

  it('the Kazakh ablative after a number follows its last word', () => {
    expect(kazakhAblative(500)).toBe('ден'); // бес жүз
    expect(kazakhAblative(1000000)).toBe('нан'); // миллион
    expect(kazakhAblative(40)).toBe('тан'); // қырық
    expect(kazakhAblative(6)).toBe('дан'); // алты
    expect(kazakhAblative(1000)).toBe('нан'); // мың
    expect(kazakhAblative(3)).toBe('тен'); // үш
  });

  it.each(OTHER)('%s: the CSV and GeoJSON downloads give figures in the language', (lang) => {
    const rows = [projectsCsv(data), routesCsv(data)].flatMap(
      (csv) => parse(csv.slice(1), { columns: true }) as Record<string, string>[],
    );
    for (const row of rows) {
      // The labels are our translations; only what follows each label's colon is the value.
      for (const figure of row[`figures_${lang}`].split('; ').filter(Boolean)) {
        const value = figure.slice(figure.lastIndexOf(lang === 'zh' ? '：' : ': ') + 1);
        expect(value, `${row.id} ${figure}`).not.toMatch(ENGLISH_UNIT);
      }
    }
    const fc = JSON.parse(corridorGeoJson(data));
    for (const f of fc.features)
      for (const x of f.properties.figures ?? []) expect(x.value_text[lang], f.id).not.toMatch(ENGLISH_UNIT);
  });
});

describe('container units in the translated prose', () => {
  /** Every string a reader of `lang` sees in the data (summaries, timelines, labels, notes, stories, updates). */
  const shown = (value: unknown, lang: string, path = ''): [string, string][] => {
    if (Array.isArray(value)) return value.flatMap((v, i) => shown(v, lang, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([k, v]) =>
      k === lang && typeof v === 'string' ? [[path, v] as [string, string]] : shown(v, lang, `${path}.${k}`),
    );
  };
  /** The unit word the figures use (`UNITS` in src/data/vocabularies.ts), and the words it replaces. */
  const WORDS = { ru: ['ДФЭ', /\bTEU/], kk: ['ЖФЭ', /\bTEU/], zh: ['标准箱', /TEU|(?<!准)标箱/] } as const;

  it.each(OTHER)('%s: the summaries and notes say TEU as the figures do', (lang) => {
    const [word, not] = WORDS[lang];
    const texts = shown(data, lang);
    expect(texts.filter(([, s]) => not.test(s)).map(([at, s]) => `${at}: ${s}`)).toEqual([]);
    expect(formatQuantity(lang, 1, 'TEU')).toContain(word);
    expect(texts.filter(([, s]) => s.includes(word)).length).toBeGreaterThan(5);
  });
});

describe('filters and legend in the reader’s language', () => {
  const index = indexData(data);
  const counts = facetCounts(data, NO_FILTERS, null);
  /** Partners' names, by slug, as the filter gets them. */
  const partners = index.partnerNames;

  it.each(OTHER)('%s: no filter option is a partner or country left in English', (lang) => {
    for (const key of FILTER_KEYS)
      for (const { value } of counts[key]) {
        const label = filterLabel(lang, key, value, partners);
        if (key === 'partner') {
          const name = partners.get(value) as Localized;
          if (name[lang] !== undefined) expect(label, value).toBe(name[lang]);
        }
        if (key === 'country') {
          const names = COUNTRY_NAMES[value as keyof typeof COUNTRY_NAMES];
          expect(names, value).toBeDefined();
          expect(label, value).toBe(names[lang]);
          expect(label, value).not.toBe(names.en);
        }
        if (key === 'status') expect(label).toBe(statusName(lang, value as never));
        if (key === 'kind') expect(label).toBe(kindName(lang, value as never));
        if (key === 'mode') expect(label).toBe(modeName(lang, value as never));
        expect(label, `${key} ${value}`).not.toMatch(ENGLISH_UNIT);
      }
  });

  it('a partner with a translated name is offered in it', () => {
    const translated = [...partners.values()].filter((n) => n.ru !== undefined && n.ru !== n.en);
    expect(translated.length).toBeGreaterThan(0);
  });

  it('the country names are CLDR’s', () => {
    for (const [code, names] of Object.entries(COUNTRY_NAMES))
      for (const lang of ['en', 'ru', 'kk', 'zh'] as Lang[])
        expect(names[lang], `${code} ${lang}`).toBe(
          new Intl.DisplayNames([lang], { type: 'region' }).of(code),
        );
  });

  it.each(OTHER)('%s: the legend has no English unit word', (lang) => {
    const m = legendModel();
    const keys = [...m.lines.map((l) => l.key), ...m.hubs.map((h) => h.key), ...Object.values(m.headings)];
    for (const key of keys) expect(t(lang, key), key).not.toMatch(ENGLISH_UNIT);
    expect(t(lang, 'hubSize')).not.toMatch(/TEU/);
  });
});

describe('labels in one script', () => {
  /** A name in Latin letters beside Cyrillic or Chinese ones ("Alat (Баку порты)", "Karasu-Ak-Tilek边境区"). */
  const mixed = (name: string) => {
    const letters = name.replace(/\b[IVX]+\b/g, ''); // Roman numerals (Балхаш II) are no script
    return /[A-Za-z]/.test(letters) && /[\u0400-\u04ff\u4e00-\u9fff]/.test(letters);
  };

  it.each(OTHER)('%s: no hub, place or route name mixes Latin with another script', (lang) => {
    const names: [string, Localized][] = [
      ...data.hubs.map((h) => [h.properties.id, h.properties.name] as [string, Localized]),
      ...data.places.map((p) => [p.properties.id, p.properties.name] as [string, Localized]),
      ...data.routes.map((r) => [r.id, r.name] as [string, Localized]),
    ];
    const found = names
      .map(([id, name]) => [id, name[lang] ?? name.en])
      .filter(([, shown]) => mixed(shown))
      .map(([id, shown]) => `${id}: ${shown}`);
    expect(found).toEqual([]);
  });
});

describe('location notes for readers', () => {
  /** Notes to ourselves: where a point came from, said as an editor says it. */
  const EDITORIAL =
    /^Not located|[Tt]he point is|City point|Wikipedia|GeoNames|OpenStreetMap|infobox|confidence|\bNOT\b|encyclopedia entry|public (?:app|datasets?)|index1520/;

  it('the notes a panel shows say where the point is shown and what is known, not where an editor took it from', () => {
    const notes = [
      ...data.hubs.map((h) => [h.properties.id, h.properties.locationNote.en]),
      ...data.projects.map((p) => [p.properties.id, p.properties.locationNote.en]),
    ];
    const editorial = notes.filter(([, note]) => EDITORIAL.test(note)).map(([id, note]) => `${id}: ${note}`);
    expect(editorial).toEqual([]);
  });

  it('where a point came from stays in the data for editors (locationSource), which the panel does not show', () => {
    const urumqi = data.hubs.find((h) => h.properties.id === 'urumqi')?.properties;
    expect(urumqi?.locationSource).toMatch(/Wikipedia/);
    expect(urumqi?.locationNote.en).toMatch(/^Shown at Urumqi/);
  });
});
