import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { TranslatedLang } from '../../src/data/types.ts';
import { DataValidationError, loadCorridorData, loadTranslationGaps } from '../../tools/data.ts';
import { translatableTexts } from '../../tools/translatable.ts';
import {
  checkCatalog,
  formatGap,
  numberDifferences,
  parseCatalog,
  TRANSLATED_LANGS,
} from '../../tools/translations.ts';
import { GEO_DIR, VALID_DIR } from '../data-files.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/translations/', import.meta.url));
const COMPLETE = join(FIXTURES, 'complete');
const INCOMPLETE = join(FIXTURES, 'incomplete');
const INVALID = join(FIXTURES, 'invalid');

describe('numbers: a translation has the English numbers, no more, no fewer', () => {
  const ok: [string, string, TranslatedLang][] = [
    ['Handled 1,500 TEU in 2025.', 'В 2025 году обработано 1 500 TEU.', 'ru'],
    ['Handled 1,500 TEU.', 'Обработано 1\u00a0500 TEU.', 'ru'],
    ['Handled 1,500,000 t.', 'Өңделді: 1\u202f500\u202f000 т.', 'kk'],
    ['A line of 2.5 km.', 'Линия длиной 2,5 км.', 'ru'],
    ['Opened on 30 September 2025.', '2025年9月30日启用。', 'zh'],
    ['Opened on 30 September 2025.', 'Открыт 30 сентября 2025 года.', 'ru'],
    ['Opened on 30 Sept 2025.', 'Открыт 30.09.2025.', 'ru'],
    ['Opened in 2025.', '２０２５年启用。', 'zh'],
    ['Handled 1,500 TEU.', '处理了1,500标准箱。', 'zh'],
    ['A US$1.2 billion investment.', '投资12亿美元。', 'zh'],
    ['A US$1.2 billion investment.', 'Инвестиции 1,2 млрд долларов.', 'ru'],
    ['Up to 150,000 tonnes.', '最多15万吨。', 'zh'],
    ['Two tracks.', '2 пути.', 'ru'],
    ['10 to 12 or 15 million tonnes a year.', '每年1000万至1200万吨或1500万吨。', 'zh'],
    ['From 28 to about 48 million tonnes.', '从2800万吨提高到约4800万吨。', 'zh'],
    ['From 28 to about 48 million tonnes.', 'С 28 до примерно 48 млн тонн.', 'ru'],
    ['No numbers here.', 'Здесь чисел нет.', 'ru'],
  ];
  it.each(ok)('%s = %s', (en, tr, lang) => {
    expect(numberDifferences(en, tr, lang)).toEqual([]);
  });

  it('names a number the translation drops or changes, and one it adds', () => {
    expect(numberDifferences('A line of 836 km.', 'Линия длиной 837 км.', 'ru')).toEqual([
      'the English has 836, the translation does not',
      'the translation has 837, which the English does not',
    ]);
    expect(numberDifferences('Opened in 2025.', '启用。', 'zh')).toEqual([
      'the English has 2025, the translation does not',
    ]);
  });

  it('carries a range’s scale to its first end only across a range, not to a lone number', () => {
    expect(numberDifferences('In 10 years, 12 million tonnes.', '10年内1200万吨。', 'zh')).toEqual([]);
    expect(numberDifferences('In 10 years, 12 million tonnes.', '1000万年内1200万吨。', 'zh')).toEqual([
      'the English has 10, the translation does not',
      'the translation has 1000, which the English does not',
    ]);
  });

  it('allows a month number only where the English names that month', () => {
    expect(numberDifferences('Opened in 2025.', '2025年9月启用。', 'zh')).toEqual([
      'the translation has 9, which the English does not',
    ]);
  });

  it('reads 1,500 in Russian as one and a half, as a Russian reader would', () => {
    expect(numberDifferences('Handled 1,500 TEU.', 'Обработано 1,500 TEU.', 'ru')).toEqual([
      'the English has 1,500, the translation does not',
      'the translation has 1,500, which the English does not',
    ]);
  });
});

/** The invalid catalogs: `<defect>.<lang>.json`, one defect each, against the valid fixture data. */
const invalid = readdirSync(INVALID).map((name) => {
  const [defect, lang] = name.split('.');
  return { name, defect, lang: lang as TranslatedLang, text: readFileSync(join(INVALID, name), 'utf8') };
});

/** What each defect is refused with: the key it names (if any) and a part of the message (of each message). */
const EXPECTED: Record<string, [key: string | undefined, message: string, ...more: string[]]> = {
  'broken-json': [undefined, 'is not valid JSON'],
  'duplicates-inline': ['hub:hub-east:name', 'the data already gives the ru text in geo/'],
  'keep-on-text': ['project:west-port:summary', '"keep" is for names'],
  markup: ['project:west-port:summary', 'contains < or >'],
  'missing-translation': ['project:west-port:summary', '"ru" is missing'],
  'number-added': ['project:west-port:timeline[0]', 'the translation has 3, which the English does not'],
  'number-changed': [
    'project:east-terminal:summary',
    'the English has 2025, the translation does not',
    'the translation has 2024, which the English does not',
  ],
  'number-dropped': ['project:east-terminal:summary', 'the English has 2025, the translation does not'],
  'stale-english': [
    'project:west-port:summary',
    'the English changed since this was translated: update the translation',
  ],
  'unknown-key': ['project:gone-terminal:summary', 'no text of the data has this key'],
  'wrong-language': [undefined, '"language" is "ru"; this file is the kk catalog'],
};

describe('the build refuses a bad catalog', () => {
  const texts = translatableTexts(loadCorridorData(VALID_DIR));
  const tmp = mkdtempSync(join(tmpdir(), 'corridor-translations-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('has an expectation for every invalid fixture, and a fixture for every expectation', () => {
    expect(invalid.map((f) => f.defect).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(invalid)('$name', ({ defect, lang, text }) => {
    const { catalog, errors } = parseCatalog(lang, text);
    const all = [...errors, ...checkCatalog(catalog, texts)];
    const [key, ...messages] = EXPECTED[defect];
    // One defect, one error (a changed number: what went, what came), naming the file, the key, what differs.
    expect(all).toHaveLength(messages.length);
    all.forEach((e, i) => {
      expect(e.file).toBe(`translations/${lang}.json`);
      expect(e.id).toBe(key);
      expect(e.message).toContain(messages[i]);
    });
  });

  it.each(invalid)('$name stops loading the data, with the file named', ({ name, defect, lang }) => {
    const dir = join(tmp, defect);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(INVALID, name), join(dir, `${lang}.json`));
    let error: unknown;
    try {
      loadCorridorData(VALID_DIR, { translations: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    expect((error as Error).message).toContain(`/translations/${lang}.json: `);
    expect((error as Error).message).toContain(EXPECTED[defect][1]);
  });

  it('accepts the complete fixture catalogs', () => {
    for (const lang of TRANSLATED_LANGS) {
      const { catalog, errors } = parseCatalog(lang, readFileSync(join(COMPLETE, `${lang}.json`), 'utf8'));
      expect([...errors, ...checkCatalog(catalog, texts)]).toEqual([]);
    }
  });
});

describe('the catalogs merged into the data', () => {
  const data = loadCorridorData(VALID_DIR, { translations: COMPLETE });
  const east = data.projects.find((p) => p.properties.id === 'east-terminal')?.properties;
  const hub = data.hubs.find((h) => h.properties.id === 'hub-east')?.properties;

  it('give every text its translations, marked as ours', () => {
    expect(east?.summary).toEqual({
      en: 'A terminal for containers, opened in 2025.',
      ru: 'Контейнерный терминал, открыт в 2025 году.',
      kk: 'Контейнерлік терминал, 2025 жылы ашылған.',
      zh: '一座集装箱码头，2025年启用。',
      translated: ['ru', 'kk', 'zh'],
    });
    expect(east?.locationNote.translated).toEqual(['ru', 'kk', 'zh']);
    expect(east?.partners[0].role).toMatchObject({ en: 'operator', zh: '运营方' });
    expect(east?.figures[0].label.translated).toEqual(['ru', 'kk', 'zh']);
    expect(data.routes[0].lineNote.ru).toBe('Проведена через города на пути.');
  });

  it('give names their verified forms, never marked as our translation; a kept name stays English', () => {
    expect(hub?.name).toEqual({ en: 'East Hub', ru: 'Восточный хаб', kk: 'Шығыс хаб', zh: '东部枢纽' });
    expect(east?.partners[0].name).toEqual({ en: 'Rail Co' });
  });

  it('leave the data as authored where there is no catalog: English only, nothing marked', () => {
    const plain = loadCorridorData(VALID_DIR);
    expect(plain.projects[0].properties.summary).toEqual({
      en: 'A terminal for containers, opened in 2025.',
    });
    expect(plain.hubs[0].properties.locationNote).toEqual({ en: 'Town centre; the site is not located.' });
  });

  it('mark the inline translations of our own story titles, captions and update texts as ours', () => {
    const real = loadCorridorData(GEO_DIR);
    const story = real.stories.find((s) => s.title.ru !== undefined);
    expect(story?.title.translated).toContain('ru');
    for (const u of real.updates.filter((x) => x.text.ru !== undefined))
      expect(u.text.translated).toContain('ru');
    for (const h of real.hubs) expect(h.properties.name).not.toHaveProperty('translated');
  });
});

describe('the completeness check, on fixture folders', () => {
  it('finds nothing undecided where every text is translated and every name translated or kept', () => {
    expect(loadTranslationGaps(VALID_DIR, { translations: COMPLETE })).toEqual([]);
  });

  it('names each text and name a language lacks', () => {
    const gaps = loadTranslationGaps(VALID_DIR, { translations: INCOMPLETE });
    const ru = gaps.filter((g) => g.lang === 'ru').map(formatGap);
    expect(ru).toEqual([
      'geo/translations/ru.json: "project:west-port:summary": no ru version; translate it',
      'geo/translations/ru.json: "route:east-west-rail:name": no ru version; translate the name (a verified form) or decide it keeps its English form ("keep": true, with a "basis")',
    ]);
    // No kk or zh catalog: every kk and zh text is undecided, but for the verified forms given inline.
    expect(gaps.filter((g) => g.lang === 'kk')).toHaveLength(22);
  });
});
