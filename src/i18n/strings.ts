import type { Country, Figure, Lang, ProjectKind, RouteMode, Status } from '../data/types.ts';
import { KK } from './kk.ts';
import { RU } from './ru.ts';
import { ZH } from './zh.ts';

/** Every interface string, in English; other languages translate these keys. */
export const EN = {
  title: 'Corridor Map',
  intro:
    'The hubs, terminals, dry ports and routes being built between Kazakhstan, Xinjiang and Central Asia, with the sources behind every claim.',
  mapLabel: 'Map of logistics hubs and routes between Kazakhstan, China and Central Asia',
  close: 'Close',
  resetView: 'Reset view',
  zoomIn: 'Zoom in',
  basemapCredit: 'Natural Earth; lakes © OpenStreetMap contributors (ODbL)',
  zoomOut: 'Zoom out',
  kilometres: 'km',
  legend: 'Legend',
  projectsHeading: 'All projects',
  projectsIntro: 'Every project on the map, by hub. Select one to open its details.',
  noWebgl:
    'This browser cannot draw the interactive map (WebGL2 is not available). Every project is listed below with its sources.',
  loadFailed: 'The map data could not be loaded; the list below shows every project as of the last build.',
  basemapFailed: 'Part of the basemap or its fonts could not be loaded; the data on the map is complete.',
  contextLost: 'The browser interrupted the map drawing. A still picture stands in until it comes back.',
  redraw: 'Draw the map again',
  retry: 'Try again',
  detailsLoading: 'Loading the details…',
  detailsFailed: 'The details (descriptions, timeline, location notes) could not be loaded.',
  kind: 'Kind',
  status: 'Status',
  partners: 'Partners',
  figures: 'Figures',
  timeline: 'Timeline',
  summary: 'Summary',
  sources: 'Sources',
  location: 'Location',
  lastVerified: 'Last checked against its sources',
  sourcesDisagree: 'Sources disagree',
  projectsAtHub: 'Projects here',
  mode: 'Mode',
  stops: 'Stops',
  drawnLength: 'Length of the drawn line',
  lineTraced: 'Drawn through named stations and towns.',
  lineSchematic: 'Schematic: only the endpoints are known; the line shows direction, not the path.',
  precisionExact: 'Exact site',
  precisionApproximate: 'Approximate site',
  precisionCity: 'Site not located',
  hubSize: 'Hub circle area: container volume (TEU a year) where a source gives one',
  kindsHeading: 'Project kinds',
  statusHeading: 'Status (colour; open marker = not yet built)',
  routesHeading: 'Routes',
  traced: 'traced through stations',
  schematic: 'schematic (endpoints only)',
  notLocated: 'Site not located (set around its town)',
  openIn: 'opens in a new tab',
  sourceDate: 'published',
  undated: 'date not given',
  skipToList: 'Skip to the list of projects',
  gestureWindows: 'Use Ctrl + scroll to zoom the map',
  gestureMac: 'Use ⌘ + scroll to zoom the map',
  gestureMobile: 'Use two fingers to move the map',
  embedButton: 'Embed this map',
  embedTitle: 'Embed this map in a page',
  embedHelp:
    'Paste this code into your page. The map opens on the current view, sizes itself to its content and loads nothing from any other site.',
  copy: 'Copy code',
  embedPreview: 'Preview the embed',
  copied: 'Copied',
  openFull: 'Open the full map',
  downloadProjects: 'projects',
  downloadRoutes: 'routes',
  downloadHubs: 'hubs',
  downloadAll: 'everything on the map',
  moreButton: 'List, filters and legend',
  hubCount: 'A number in a hub counts its projects: zoom in to see each one.',
  sourceLine: 'Data and sources: Corridor Map; basemap Natural Earth, OpenStreetMap contributors',
  inEnglish: 'in English: not yet translated',
  translatedFromEnglish: 'Translated from English',
  showOriginal: 'show the English original',
  lineNote: 'How the line is drawn',
  languageLabel: 'Language',
  mapDescription:
    'The map shows {hubs} hubs, {projects} projects and {routes} routes. Every one of them is in the list below the map, which works with a keyboard and a screen reader.',
  selected: 'Selected',
  country: 'Country',
  clearFilters: 'Clear filters',
  noMatch: 'Nothing on the map matches these filters.',
  filtersHeading: 'Filter',
  timeLabel: 'As it stood in',
  now: 'Now',
  play: 'Play',
  pause: 'Pause',
  searchLabel: 'Find a hub, project or route',
  searchPlaceholder: 'Find a place or project (any language)',
  hub: 'hub',
  project: 'project',
  route: 'route',
  nothingMatches: 'Nothing matches these filters.',
  showMore: 'Show more ({n} not shown yet)',
  showAll: 'Show all {n}',
  zoomForProjects: 'Zoom in to see each project; hubs stand for them at this scale.',
  downloadData: 'Download the data (CC BY 4.0, cite Corridor Map and the sources)',
  exportPng: 'Save image',
  exportPng2x: 'Save image (2×, for print)',
  asOf: 'Data as of',
  story: 'story',
  storiesLabel: 'Guided stories',
  closeStory: 'Close the story',
  previous: 'Previous',
  next: 'Next',
  updatesHeading: 'Data updates',
  previewHubs: 'Hubs on the map: open one to see its projects',
  previewAlt: 'A still picture of the map: hubs and routes between Kazakhstan, China and Central Asia',
  untranslatedNotice: 'Some text here is not yet translated and is shown in English.',
} as const;

/** The keys of interface strings. */
export type StringKey = keyof typeof EN;

/** Names of the fixed vocabularies. */
export const KIND_NAMES: Record<ProjectKind, string> = {
  'sorting-hub': 'Sorting hub',
  'logistics-hub': 'Logistics hub',
  'container-terminal': 'Container terminal',
  'dry-port': 'Dry port',
  'sea-port': 'Sea port terminal',
  'cargo-airport': 'Cargo airport',
  'border-trade-zone': 'Cross-border trade centre',
  'economic-zone': 'Special economic zone',
  'office-of-exchange': 'Postal office of exchange',
  warehouse: 'Border warehouse',
  'border-crossing': 'Border crossing',
  carrier: 'Carrier or fleet',
};

export const STATUS_NAMES: Record<Status, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  'under-construction': 'Under construction',
  operating: 'Operating',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
};

export const MODE_NAMES: Record<RouteMode, string> = {
  rail: 'Rail',
  road: 'Road',
  sea: 'Sea',
  air: 'Air',
  'mail-surface': 'Mail (surface)',
  'mail-air': 'Mail (air)',
};

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

/** A language's translation of the interface: any key left out falls back to English, visibly marked. */
export interface Translation {
  strings: Partial<Record<StringKey, string>>;
  kinds: Partial<Record<ProjectKind, string>>;
  statuses: Partial<Record<Status, string>>;
  modes: Partial<Record<RouteMode, string>>;
}

const TRANSLATIONS: Record<Lang, Translation | null> = { en: null, ru: RU, kk: KK, zh: ZH };

/** An interface string in a language; English where the language has no translation for it. */
export function t(lang: Lang, key: StringKey): string {
  return TRANSLATIONS[lang]?.strings[key] ?? EN[key];
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
export interface Punctuation {
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
