import type { Country, Figure, Lang, ProjectKind, RouteMode, Status } from '../data/types.ts';
import { EN, KIND_NAMES, MODE_NAMES, STATUS_NAMES, type StringKey, type Translation } from './en.ts';
import { KK } from './kk.ts';
import { RU } from './ru.ts';
import { ZH } from './zh.ts';

/**
 * The countries' names in every language, as Unicode CLDR gives them (`Intl.DisplayNames`, type `region`;
 * a unit test compares them with Node's full ICU). Written out because the browser's own data may lack a
 * language: Chromium has no Kazakh region names and answered in English.
 */
export const COUNTRY_NAMES: Record<Country, Record<Lang, string>> = {
  KZ: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан', zh: '哈萨克斯坦' },
  CN: { en: 'China', ru: 'Китай', kk: 'Қытай', zh: '中国' },
  UZ: { en: 'Uzbekistan', ru: 'Узбекистан', kk: 'Өзбекстан', zh: '乌兹别克斯坦' },
  KG: { en: 'Kyrgyzstan', ru: 'Киргизия', kk: 'Қырғызстан', zh: '吉尔吉斯斯坦' },
  TJ: { en: 'Tajikistan', ru: 'Таджикистан', kk: 'Тәжікстан', zh: '塔吉克斯坦' },
  TM: { en: 'Turkmenistan', ru: 'Туркменистан', kk: 'Түрікменстан', zh: '土库曼斯坦' },
  RU: { en: 'Russia', ru: 'Россия', kk: 'Ресей', zh: '俄罗斯' },
  AZ: { en: 'Azerbaijan', ru: 'Азербайджан', kk: 'Әзірбайжан', zh: '阿塞拜疆' },
  DE: { en: 'Germany', ru: 'Германия', kk: 'Германия', zh: '德国' },
  TR: { en: 'Türkiye', ru: 'Турция', kk: 'Түркия', zh: '土耳其' },
  EU: { en: 'European Union', ru: 'Европейский союз', kk: 'Еуропалық Одақ', zh: '欧盟' },
};

/** A country's name in a language; the code itself for a code outside the vocabulary. */
export function countryName(lang: Lang, code: string): string {
  return COUNTRY_NAMES[code as Country]?.[lang] ?? code;
}

export { EN, KIND_NAMES, MODE_NAMES, STATUS_NAMES, type StringKey, type Translation };

const TRANSLATIONS: Record<Lang, Translation | null> = { en: null, ru: RU, kk: KK, zh: ZH };

/** An interface string in a language; English where the language has no translation for it. */
export function t(lang: Lang, key: StringKey): string {
  return TRANSLATIONS[lang]?.strings[key] ?? EN[key];
}

/** The names of the `{slots}` in a string. */
type Slots<S extends string> = S extends `${string}{${infer K}}${infer Rest}` ? K | Slots<Rest> : never;
/** The keys of the strings that have slots to fill. */
type KeyWithSlots = { [K in StringKey]: Slots<(typeof EN)[K]> extends never ? never : K }[StringKey];

/**
 * A string with slots (`Show all {n}`) in a language, its slots filled: the slots a key's English string has
 * are the values it takes, so a missing or misspelt one is a type error.
 */
export function fill<K extends KeyWithSlots>(
  lang: Lang,
  key: K,
  values: Record<Slots<(typeof EN)[K]>, string | number>,
): string {
  const all = values as Record<string, string | number>;
  return t(lang, key).replace(/\{(\w+)\}/g, (slot, name: string) => (name in all ? String(all[name]) : slot));
}

/** The name of a project kind in a language. */
export function kindName(lang: Lang, kind: ProjectKind): string {
  return TRANSLATIONS[lang]?.kinds[kind] ?? KIND_NAMES[kind];
}

/** The name of a status in a language. */
export function statusName(lang: Lang, status: Status): string {
  return TRANSLATIONS[lang]?.statuses[status] ?? STATUS_NAMES[status];
}

/** The name of a route mode in a language. */
export function modeName(lang: Lang, mode: RouteMode): string {
  return TRANSLATIONS[lang]?.modes[mode] ?? MODE_NAMES[mode];
}

/** What a language lacks: the keys of every interface string, kind, status and mode not translated. */
export function missingTranslations(lang: Lang): string[] {
  const tr = TRANSLATIONS[lang];
  if (!tr) return [];
  const missing = <K extends string>(
    all: Record<K, string>,
    have: Partial<Record<K, string>>,
    prefix: string,
  ) => (Object.keys(all) as K[]).filter((k) => !have[k]).map((k) => `${prefix}${k}`);
  return [
    ...missing(EN, tr.strings, ''),
    ...missing(KIND_NAMES, tr.kinds, 'kind.'),
    ...missing(STATUS_NAMES, tr.statuses, 'status.'),
    ...missing(MODE_NAMES, tr.modes, 'mode.'),
  ];
}

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  zh: '中文',
};

/** The first of the browser's languages that the map speaks, or English. */
export function guessLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'ru' || base === 'kk' || base === 'zh') return base;
  }
  return 'en';
}

// Building an Intl formatter costs far more than using one; a list of thousands of dated sources reuses them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter<T extends Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

export { formatNumber } from './units.ts';

/** The Kazakh months as Unicode CLDR names them (a unit test compares them with Node's full ICU). */
const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/**
 * A date in Kazakh as CLDR writes it ("2025 ж. 9 маусым", "2025 ж. маусым"), written out because Chromium's
 * own ICU data has no Kazakh dates: it wrote "2025 M06 9".
 */
function kazakhDate(y: number, m: number, d?: number): string {
  return `${y} ж. ${d === undefined ? '' : `${d} `}${KAZAKH_MONTHS[m - 1]}`;
}

/** A partial ISO date (`2025`, `2025-06`, `2025-06-17`) formatted for the language at its own precision. */
export function formatDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  if (lang === 'kk') return kazakhDate(y, m, d);
  const at = new Date(Date.UTC(y, m - 1, d ?? 1));
  const withDay = d !== undefined;
  const f = formatter(
    `d:${lang}:${withDay}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        year: 'numeric',
        month: 'long',
        ...(withDay ? { day: 'numeric' } : {}),
        timeZone: 'UTC',
      }),
  );
  return f.format(at);
}

/** A localized text in the language, or English when it has no translation. */
export function pick(text: Partial<Record<Lang, string>> & { en: string }, lang: Lang): string {
  return text[lang] ?? text.en;
}

/**
 * The punctuation a language joins texts with in code ("Location: ...", "(2025)", "A. B"): Chinese text
 * takes full-width marks (：，（）。) with no space around them.
 */
interface Punctuation {
  /** After a label: ": " or "：". */
  colon: string;
  /** Between items: ", " or "，". */
  comma: string;
  /** Between sentences: ". " or "。". */
  stop: string;
  /** Round a parenthesis: " (" and ")" or "（" and "）". */
  open: string;
  close: string;
}

const HALF_WIDTH: Punctuation = { colon: ': ', comma: ', ', stop: '. ', open: ' (', close: ')' };
const FULL_WIDTH: Punctuation = { colon: '：', comma: '，', stop: '。', open: '（', close: '）' };

/** The punctuation of a language. */
export function punct(lang: Lang): Punctuation {
  return lang === 'zh' ? FULL_WIDTH : HALF_WIDTH;
}

/** `text` in parentheses, as the language writes them: " (2025)" or "（2025）". */
export function parens(lang: Lang, text: string): string {
  const p = punct(lang);
  return `${p.open}${text}${p.close}`;
}

/**
 * A sentence joined to the next: "Site shown at the town. The note." or "…城镇。说明。"; no second stop
 * where the first text ends with its own.
 */
export function sentences(lang: Lang, ...texts: string[]): string {
  const p = punct(lang);
  return texts
    .filter((x) => x.trim() !== '')
    .map((x, i, all) => (i < all.length - 1 && !/[.。!?！？]$/.test(x) ? `${x}${p.stop.trimEnd()}` : x))
    .join(lang === 'zh' ? '' : ' ');
}

/**
 * The date a figure applies to, in parentheses after its label, unless the label's own words already date
 * it ("Containers handled in 2025", "... по 4 января 2026 года"): then the year would be said twice.
 */
export function figureDate(f: Pick<Figure, 'date' | 'label'>, lang: Lang): string {
  if (!f.date) return '';
  const label = f.label[lang] ?? f.label.en;
  if (label.includes(f.date.slice(0, 4))) return '';
  return parens(lang, formatDate(lang, f.date));
}
