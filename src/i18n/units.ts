/**
 * A figure's value in words of the reader's language: number, unit and qualifier ("up to 1,500 km/day",
 * "до 1 500 км в сутки", "тәулігіне ең көбі 1 500 км", "每日最多1,500公里"). The one formatter of figures:
 * the panels, the downloads (`tools/downloads.ts`) and the static page use it, so no figure carries an
 * English unit or a qualifier's code in another language. The words are data (`UNITS`, `QUALIFIER_WORDS`
 * in `src/data/vocabularies.ts`).
 */
import type { Lang, Qualifier, Unit, UnitWords } from '../data/vocabularies.ts';
import { QUALIFIER_WORDS, UNITS } from '../data/vocabularies.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The locale numbers are written in. Kazakh numbers are written as Russian ones (CLDR gives both a
 * no-break space between thousands and a decimal comma; a unit test checks they agree), and Chromium's
 * own ICU data has no Kazakh number format: it wrote "1,500.5" in a Kazakh page.
 */
const NUMBER_LOCALE: Record<Lang, string> = { en: 'en', ru: 'ru', kk: 'ru', zh: 'zh' };

/** A number formatted for the language, e.g. 340,000 or 340 000. */
export function formatNumber(lang: Lang, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[lang]);
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

function plural(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

function pattern(words: UnitWords, category: Intl.LDMLPluralRule): string {
  if (typeof words === 'string') return words;
  return (words as Partial<Record<Intl.LDMLPluralRule, string>>)[category] ?? words.other;
}

/** True when `unit` is a unit of the vocabulary. */
function isUnit(unit: string): unit is Unit {
  return Object.hasOwn(UNITS, unit);
}

/**
 * The Kazakh ablative ending after a number written in digits ("500-ден", "1 000 000-нан"), by the last
 * word the number is read with: the last non-zero digit's word, or the word of its round tens, hundreds,
 * thousands, millions or billions. Back or front vowels choose -дан/-ден; a voiceless last sound -тан/-тен,
 * a nasal -нан/-нен.
 */
export function kazakhAblative(n: number): string {
  const text = String(n);
  const [whole, fraction] = text.split('.');
  const END: Record<string, string> = {
    // The ending each word takes: бір, екі, үш, төрт, бес, алты, жеті, сегіз, тоғыз.
    '1': 'ден',
    '2': 'ден',
    '3': 'тен',
    '4': 'тен',
    '5': 'тен',
    '6': 'дан',
    '7': 'ден',
    '8': 'ден',
    '9': 'дан',
  };
  // он, жиырма, отыз, қырық, елу, алпыс, жетпіс, сексен, тоқсан.
  const TENS = ['', 'нан', 'дан', 'дан', 'тан', 'ден', 'тан', 'тен', 'нен', 'нан'];
  if (fraction) return END[fraction.at(-1) as string] ?? 'ден';
  const value = Number(whole);
  if (value === 0) return 'ден'; // нөл
  if (value % 1e9 === 0) return 'тан'; // миллиард
  if (value % 1e6 === 0) return 'нан'; // миллион
  if (value % 1000 === 0) return 'нан'; // мың
  if (value % 100 === 0) return 'ден'; // жүз
  if (value % 10 === 0) return TENS[(value / 10) % 10];
  return END[whole.at(-1) as string];
}

/** A value with its unit and qualifier, in the words of the language. */
export function formatQuantity(lang: Lang, value: number, unit: string, qualifier?: Qualifier): string {
  let number = formatNumber(lang, value);
  if (qualifier) {
    number = QUALIFIER_WORDS[qualifier][lang].replace('{v}', number).replace('{abl}', kazakhAblative(value));
  }
  // An unknown unit never reaches the page (the build refuses it); written as given, should one slip by.
  if (!isUnit(unit)) return `${number} ${unit}`;
  return pattern(UNITS[unit][lang], plural(lang, value)).replace('{n}', number);
}

/** A length in kilometres, e.g. a route's drawn line: "776 km", "776 км", "776公里". */
export function formatKm(lang: Lang, km: number): string {
  return formatQuantity(lang, km, 'km');
}
