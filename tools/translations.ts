/**
 * Our translations of the data's texts: the catalogs `geo/translations/<lang>.json` (ru, kk, zh), checked
 * against the data and merged into it at build time.
 *
 * A catalog is the record that a text is our translation from the English, not a source's words: every
 * translation of a descriptive text (`kind: 'text'`) reaches the page with its language listed in
 * `Localized.translated`, and the page marks it "Translated from English". Names (`kind: 'name'`) are only
 * given in verified forms, so they are never marked; a catalog may instead decide that a name keeps its
 * English (Latin) form: `{ "en": "YTO Express", "keep": true, "basis": "no verified form" }`.
 *
 * The build refuses a catalog whose entry
 * - names no text of the data (the text was removed or its key changed);
 * - was translated from another English than the current one (stale);
 * - repeats a language the data already gives inline (a verified name in `geo/`);
 * - has numbers the English does not have, or lacks one it has (a figure or date dropped or changed);
 * - keeps the English of a text (only names may keep theirs);
 * and a catalog whose `language` is not the one its file is named after.
 */
import type { CorridorData, Lang, TranslatedLang } from '../src/data/types.ts';
import type { DataError } from '../src/data/validate.ts';
import { type TextSlot, type Translatable, textSlots } from './translatable.ts';

/** The languages we translate into, each with its catalog `translations/<lang>.json`. */
export const TRANSLATED_LANGS: readonly TranslatedLang[] = ['ru', 'kk', 'zh'];

/** The catalog of a language, relative to the data folder. */
export const catalogFile = (lang: TranslatedLang) => `translations/${lang}.json`;

/** One entry of a catalog: the English it was made from and the translation, or the decision to keep it. */
export interface CatalogEntry {
  en: string;
  /** The translation (the entry's `<lang>` field). */
  text?: string;
  /** A name that keeps its English (Latin) form. */
  keep?: boolean;
}

/** A read catalog: its language, its file (for messages) and its entries by key. */
export interface Catalog {
  lang: TranslatedLang;
  file: string;
  entries: Map<string, CatalogEntry>;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/**
 * Reads one catalog's text. Shape errors (not JSON, a wrong `language`, an entry without its English or
 * its translation...) are returned with the catalog of the entries that could be read.
 */
export function parseCatalog(
  lang: TranslatedLang,
  text: string,
  file = catalogFile(lang),
): { catalog: Catalog; errors: DataError[] } {
  const errors: DataError[] = [];
  const catalog: Catalog = { lang, file, entries: new Map() };
  const error = (message: string, id?: string) => errors.push({ file, ...(id ? { id } : {}), message });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    error(`is not valid JSON: ${(e as Error).message}`);
    return { catalog, errors };
  }
  if (!isObj(doc)) {
    error('must be an object: {"language": ..., "about": ..., "texts": {...}}');
    return { catalog, errors };
  }
  if (doc.language !== lang)
    error(`"language" is ${JSON.stringify(doc.language)}; this file is the ${lang} catalog: write "${lang}"`);
  for (const k of Object.keys(doc))
    if (!['$schema', 'language', 'about', 'texts', 'notes'].includes(k))
      error(`unknown field ${JSON.stringify(k)}; use language, about, texts, notes`);
  if (!isObj(doc.texts)) {
    error('"texts" must be an object of entries by key');
    return { catalog, errors };
  }
  for (const [key, entry] of Object.entries(doc.texts)) {
    if (!isObj(entry)) {
      error(`must be an object: {"en": ..., "${lang}": ...}`, key);
      continue;
    }
    const unknown = Object.keys(entry).filter((k) => !['en', lang, 'keep', 'basis', 'note'].includes(k));
    for (const k of unknown)
      error(`unknown field ${JSON.stringify(k)}; use en, ${lang}, keep, basis, note`, key);
    const en = entry.en;
    const tr = entry[lang];
    if (typeof en !== 'string' || !/\S/.test(en)) {
      error('"en" must be the English the entry was translated from', key);
      continue;
    }
    if (entry.keep !== undefined && entry.keep !== true) error('"keep" can only be true', key);
    const keep = entry.keep === true;
    if (keep && tr !== undefined) {
      error(`has both "${lang}" and "keep"; give the translation or keep the English, not both`, key);
      continue;
    }
    if (!keep) {
      if (typeof tr !== 'string' || !/\S/.test(tr)) {
        error(
          `"${lang}" is missing; give the translation (or, for a name without a verified form, "keep": true)`,
          key,
        );
        continue;
      }
      if (/[<>]/.test(tr)) {
        error(`"${lang}" contains < or >; write plain text, not markup`, key);
        continue;
      }
    }
    catalog.entries.set(key, keep ? { en, keep } : { en, text: tr as string });
  }
  return { catalog, errors };
}

/** Checks a catalog against the texts of the data (as authored, before any catalog is merged). */
export function checkCatalog(catalog: Catalog, texts: readonly Translatable[]): DataError[] {
  const { lang, file } = catalog;
  const byKey = new Map(texts.map((t) => [t.key, t]));
  const errors: DataError[] = [];
  for (const [key, entry] of catalog.entries) {
    const error = (message: string) => errors.push({ file, id: key, message });
    const text = byKey.get(key);
    if (!text) {
      error(
        'no text of the data has this key (it was removed, or its item or field renamed): remove the entry',
      );
      continue;
    }
    if (entry.en !== text.en) {
      error(
        `the English changed since this was translated: update the translation (it was ${quote(entry.en)}, it is now ${quote(text.en)})`,
      );
      continue;
    }
    const inline = text.inline[lang];
    if (inline !== undefined) {
      error(`the data already gives the ${lang} text in geo/ (${quote(inline)}): remove the entry`);
      continue;
    }
    if (entry.keep && text.kind !== 'name') {
      error('"keep" is for names without a verified form; a text must be translated');
      continue;
    }
    if (entry.text !== undefined) for (const d of numberDifferences(text.en, entry.text, lang)) error(d);
  }
  return errors;
}

/**
 * Merges the catalogs into the data: each text gets its translations, and every translation of a
 * descriptive text (from a catalog, or inline in `geo/`: story titles and captions, update texts, which
 * are our own texts too) is listed in its `translated`. Names are verified forms and never listed.
 */
export function applyCatalogs(data: CorridorData, catalogs: readonly Catalog[]): void {
  for (const { key, kind, text } of textSlots(data)) {
    for (const c of catalogs) {
      const tr = c.entries.get(key)?.text;
      if (tr !== undefined && text[c.lang] === undefined) text[c.lang] = tr;
    }
    if (kind === 'text') {
      const ours = TRANSLATED_LANGS.filter((l) => text[l] !== undefined);
      if (ours.length > 0) text.translated = ours;
    }
  }
}

/** A text still lacking a language: neither translated (inline or in the catalog) nor, for a name, kept. */
export interface Gap {
  key: string;
  kind: TextSlot['kind'];
  lang: TranslatedLang;
}

/** Every text and language not yet decided: what the completeness test refuses. */
export function translationGaps(texts: readonly Translatable[], catalogs: readonly Catalog[]): Gap[] {
  const gaps: Gap[] = [];
  for (const t of texts) {
    for (const lang of TRANSLATED_LANGS) {
      if (t.inline[lang] !== undefined) continue;
      const entry = catalogs.find((c) => c.lang === lang)?.entries.get(t.key);
      if (entry && entry.en === t.en && (entry.text !== undefined || (entry.keep && t.kind === 'name')))
        continue;
      gaps.push({ key: t.key, kind: t.kind, lang });
    }
  }
  return gaps;
}

/** A gap as one line, saying what to do. */
export function formatGap(g: Gap): string {
  const what =
    g.kind === 'name'
      ? `translate the name (a verified form) or decide it keeps its English form ("keep": true, with a "basis")`
      : 'translate it';
  return `geo/${catalogFile(g.lang)}: "${g.key}": no ${g.lang} version; ${what}`;
}

// Numbers

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBR = /^(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/;

/** English words for small numbers: a translation may write them as digits (never required). */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  twice: 2,
  double: 2,
  dozen: 12,
};

/** Scale words after a number: the translation may give the number as written or multiplied out. */
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  mln: 1e6,
  bn: 1e9,
  тыс: 1e3,
  тысяч: 1e3,
  тысячи: 1e3,
  тысяча: 1e3,
  млн: 1e6,
  миллион: 1e6,
  миллиона: 1e6,
  миллионов: 1e6,
  млрд: 1e9,
  миллиард: 1e9,
  миллиарда: 1e9,
  миллиардов: 1e9,
  трлн: 1e12,
  мың: 1e3,
  万: 1e4,
  亿: 1e8,
  千: 1e3,
  百万: 1e6,
  千万: 1e7,
};

/** A number found in a text: as written, and the values it may stand for. */
interface NumberToken {
  written: string;
  values: string[];
}

const canonical = (n: number) => String(Number(n.toPrecision(12)));

// Digit groups: English and Chinese write 1,500 and 2.5; Russian and Kazakh 1 500 (a space, no-break
// space, narrow no-break space or thin space between groups of three) and 2,5.
const GROUP_SPACE = '[ \\u00a0\\u202f\\u2009]';
const NUMBER = {
  en: /(?<!\d)(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?/gu,
  ru: new RegExp(`(?<!\\d)(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+(?!\\d)|\\d+)(?:,(\\d+))?`, 'gu'),
} as const;
const SCALE_AFTER =
  /^[\s\u00a0\u202f]*(?:(thousand|millions?|billions?|trillion|mln|bn|тыс|тысяч[аи]?|млн|миллион(?:а|ов)?|млрд|миллиард(?:а|ов)?|трлн|мың)(?!\p{L})|(百万|千万|万|亿|千))/iu;

/** Every number of a text, read with the digit grouping and decimal mark of its language. */
export function numbersOf(text: string, lang: Lang): NumberToken[] {
  // Full-width digits (０-９) and point as ASCII.
  const plain = text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/\uff0e/g, '.');
  const re = new RegExp(lang === 'ru' || lang === 'kk' ? NUMBER.ru : NUMBER.en);
  const out: NumberToken[] = [];
  const found: { value: number; scale: number; start: number; end: number }[] = [];
  for (const m of plain.matchAll(re)) {
    const whole = Number(m[1].replace(/[^\d]/g, ''));
    const value = m[2] === undefined ? whole : Number(`${whole}.${m[2]}`);
    const values = [canonical(value)];
    const end = (m.index ?? 0) + m[0].length;
    const scaleWord = SCALE_AFTER.exec(plain.slice(end));
    const scale = scaleWord ? (SCALES[(scaleWord[1] ?? scaleWord[2]).toLowerCase()] ?? 1) : 1;
    if (scaleWord) values.push(canonical(value * scale));
    found.push({ value, scale, start: m.index ?? 0, end });
    out.push({ written: m[0], values });
  }
  // In a range the scale is written once ("10 to 12 million" = 1000万至1200万): it holds for both ends.
  // Backwards, so "10 to 12 or 15 million" carries the scale to all three.
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i], found[i + 1]];
    if (a.scale === 1 && b.scale !== 1 && RANGE_BETWEEN.test(plain.slice(a.end, b.start))) {
      a.scale = b.scale;
      out[i].values.push(canonical(a.value * b.scale));
    }
  }
  return out;
}

/** What stands between the two ends of a range: "to", "to about", "or", "-", "至", "до", "или"... */
const RANGE_BETWEEN =
  /^[\s\u00a0\u202f]*(?:to|or|-|–|—|至|到|或|до|или|және|не)?[\s\u00a0\u202f]*(?:about|around|some|около|примерно|шамамен|约)?[\s\u00a0\u202f]*$/iu;

/** The numbers an English text allows in a translation beyond its own: its months' numbers, its number words. */
function allowedExtras(en: string): Set<string> {
  const out = new Set<string>();
  for (const w of en.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const month = MONTHS.indexOf(w);
    if (month >= 0) out.add(String(month + 1));
    else if (MONTH_ABBR.test(w)) out.add(String(MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1));
    if (w in NUMBER_WORDS) out.add(String(NUMBER_WORDS[w]));
  }
  return out;
}

/**
 * What differs between the numbers of an English text and of its translation, compared as values (1,500 =
 * 1 500 = １５００; 2.5 = 2,5; 1.2 billion = 12亿 = 1,2 млрд): every English number must be in the
 * translation, and the translation may hold no number the English does not, except the number of a month
 * the English names (30 September 2025 = 2025年9月30日) or of a number word (two = 2). One message each.
 */
export function numberDifferences(en: string, translation: string, lang: Lang): string[] {
  const ours = numbersOf(en, 'en');
  const theirs = numbersOf(translation, lang);
  const meets = (a: NumberToken, b: NumberToken) => a.values.some((v) => b.values.includes(v));
  const out: string[] = [];
  const said = new Set<string>();
  for (const n of ours) {
    if (!theirs.some((t) => meets(n, t)) && !said.has(`en ${n.written}`)) {
      said.add(`en ${n.written}`);
      out.push(`the English has ${n.written}, the translation does not`);
    }
  }
  const extras = allowedExtras(en);
  for (const t of theirs) {
    if (!ours.some((n) => meets(n, t)) && !extras.has(t.values[0]) && !said.has(t.written)) {
      said.add(t.written);
      out.push(`the translation has ${t.written.trim()}, which the English does not`);
    }
  }
  return out;
}
