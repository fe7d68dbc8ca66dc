/**
 * The fixed vocabularies of the data: the one list of each, used by the schema (`schema.ts`), the URL codec,
 * the story checks and the synthetic data. Plain `as const` arrays with no import, so page code that needs a
 * vocabulary does not pull the schema library into the page. Erasable TypeScript only (no enums): plain
 * Node reads this file too (`bench/synthetic.js`).
 */

/** The languages of the interface and of names. English is required everywhere, the others optional. */
export const LANGUAGES = ['en', 'ru', 'kk', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Where a project or route stands, modelled on the infrastructure trackers. */
export const STATUSES = [
  'proposed',
  'planned',
  'under-construction',
  'operating',
  'suspended',
  'cancelled',
] as const;
export type Status = (typeof STATUSES)[number];

/** What a project is. */
export const PROJECT_KINDS = [
  'sorting-hub',
  'logistics-hub',
  'container-terminal',
  'dry-port',
  'sea-port',
  'cargo-airport',
  'border-trade-zone',
  'economic-zone',
  'office-of-exchange',
  'warehouse',
  'border-crossing',
  'carrier',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** How a route moves goods. */
export const ROUTE_MODES = ['rail', 'road', 'sea', 'air', 'mail-surface', 'mail-air'] as const;
export type RouteMode = (typeof ROUTE_MODES)[number];

/**
 * How well a point is located: `exact` (the site itself), `approximate` (near the site, within a few km),
 * `city` (only the town or region is known; drawn as an area, never as a pin).
 */
export const PRECISIONS = ['exact', 'approximate', 'city'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** How a route's line was drawn: `traced` through named stations, or `schematic` (only endpoints known). */
export const LINE_KINDS = ['traced', 'schematic'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** ISO 3166-1 alpha-2 codes of the countries the data speaks of (and `EU` for the Union). */
export const COUNTRIES = ['KZ', 'CN', 'UZ', 'KG', 'TJ', 'TM', 'RU', 'AZ', 'DE', 'TR', 'EU'] as const;
export type Country = (typeof COUNTRIES)[number];

/** What a reference place is. */
export const PLACE_TYPES = ['capital', 'city', 'station', 'crossing', 'port'] as const;

/** How a source hedges a figure: `about`, `over`, `up-to`. */
export const QUALIFIERS = ['about', 'over', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What a reader can select (on the map, in a link, a story step, an embed's command): the one list of kinds. */
export const SELECTION_TYPES = ['hub', 'project', 'route'] as const;
export type SelectionType = (typeof SELECTION_TYPES)[number];

/** The filter groups and the vocabulary each accepts; `partner` takes partner slugs, not a fixed list. */
export const FILTER_VOCABULARIES = {
  status: STATUSES,
  kind: PROJECT_KINDS,
  mode: ROUTE_MODES,
  country: COUNTRIES,
  partner: null,
} as const;

/** A stable id: lowercase letters and digits in hyphen-separated words (`aktau-container-hub`). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The region the map covers; a point outside it is a typo or swapped coordinates. */
export const REGION = { west: 30, south: 25, east: 112, north: 62 } as const;

/** The zooms a story's camera may ask for. */
export const ZOOM = { min: 1, max: 12 } as const;

/**
 * A unit's words in one language: a pattern with `{n}` for the number, one a plural category of
 * `Intl.PluralRules` (`one`, `few`, `many`, `other`); `other` is required and stands in for any category
 * left out. A string is the same pattern for every category (Kazakh and Chinese nouns do not change after
 * a numeral).
 */
export type UnitWords = string | { one?: string; few?: string; many?: string; other: string };

/**
 * The units a figure may be given in (`figures[].unit` in projects.geojson and routes.json), with their
 * words in each language of the page. The build refuses any other unit. `intl` names the unit in
 * `Intl.NumberFormat` where ECMA-402 has it: the patterns of those units are Unicode CLDR's short forms
 * (a unit test compares them with `Intl`'s own formatting). The others are ours: Russian ДФЭ and Kazakh
 * ЖФЭ (twenty-foot equivalent) as KTZ and Kazinform write them; Chinese 标准箱.
 */
export const UNITS = {
  km: { intl: 'kilometer', en: '{n} km', ru: '{n} км', kk: '{n} км', zh: '{n}公里' },
  ha: { intl: 'hectare', en: '{n} ha', ru: '{n} га', kk: '{n} га', zh: '{n}公顷' },
  '%': { intl: 'percent', en: '{n}%', ru: '{n}\u00a0%', kk: '{n}%', zh: '{n}%' },
  'km/day': { en: '{n} km/day', ru: '{n} км в сутки', kk: 'тәулігіне {n} км', zh: '每日{n}公里' },
  t: { en: '{n} t', ru: '{n} т', kk: '{n} т', zh: '{n}吨' },
  't/yr': { en: '{n} t/yr', ru: '{n} т в год', kk: 'жылына {n} т', zh: '每年{n}吨' },
  'Mt/yr': { en: '{n} Mt/yr', ru: '{n} млн т в год', kk: 'жылына {n} млн т', zh: '每年{n}百万吨' },
  TEU: { en: '{n} TEU', ru: '{n} ДФЭ', kk: '{n} ЖФЭ', zh: '{n}标准箱' },
  'TEU/yr': { en: '{n} TEU/yr', ru: '{n} ДФЭ в год', kk: 'жылына {n} ЖФЭ', zh: '每年{n}标准箱' },
  USD: { en: '{n} USD', ru: '{n} долл. США', kk: '{n} АҚШ доллары', zh: '{n}美元' },
  KZT: { en: '{n} KZT', ru: '{n} тенге', kk: '{n} теңге', zh: '{n}坚戈' },
  jobs: {
    en: { one: '{n} job', other: '{n} jobs' },
    ru: {
      one: '{n} рабочее место',
      few: '{n} рабочих места',
      many: '{n} рабочих мест',
      other: '{n} рабочего места',
    },
    kk: '{n} жұмыс орны',
    zh: '{n}个工作岗位',
  },
  items: {
    en: { one: '{n} item', other: '{n} items' },
    ru: { one: '{n} отправление', few: '{n} отправления', many: '{n} отправлений', other: '{n} отправления' },
    kk: '{n} жөнелтілім',
    zh: '{n}件',
  },
  trucks: {
    en: { one: '{n} truck', other: '{n} trucks' },
    ru: { one: '{n} грузовик', few: '{n} грузовика', many: '{n} грузовиков', other: '{n} грузовика' },
    kk: '{n} жүк көлігі',
    zh: '{n}辆卡车',
  },
  'trucks/week': {
    en: { one: '{n} truck/week', other: '{n} trucks/week' },
    ru: {
      one: '{n} грузовик в неделю',
      few: '{n} грузовика в неделю',
      many: '{n} грузовиков в неделю',
      other: '{n} грузовика в неделю',
    },
    kk: 'аптасына {n} жүк көлігі',
    zh: '每周{n}辆卡车',
  },
  trains: {
    en: { one: '{n} train', other: '{n} trains' },
    ru: { one: '{n} поезд', few: '{n} поезда', many: '{n} поездов', other: '{n} поезда' },
    kk: '{n} пойыз',
    zh: '{n}列列车',
  },
  'train pairs/day': {
    en: { one: '{n} train pair/day', other: '{n} train pairs/day' },
    ru: {
      one: '{n} пара поездов в сутки',
      few: '{n} пары поездов в сутки',
      many: '{n} пар поездов в сутки',
      other: '{n} пары поездов в сутки',
    },
    kk: 'тәулігіне {n} жұп пойыз',
    zh: '每日{n}对列车',
  },
  projects: {
    en: { one: '{n} project', other: '{n} projects' },
    ru: { one: '{n} проект', few: '{n} проекта', many: '{n} проектов', other: '{n} проекта' },
    kk: '{n} жоба',
    zh: '{n}个项目',
  },
  hubs: {
    en: { one: '{n} hub', other: '{n} hubs' },
    ru: { one: '{n} хаб', few: '{n} хаба', many: '{n} хабов', other: '{n} хаба' },
    kk: '{n} хаб',
    zh: '{n}个枢纽',
  },
  stations: {
    en: { one: '{n} station', other: '{n} stations' },
    ru: { one: '{n} станция', few: '{n} станции', many: '{n} станций', other: '{n} станции' },
    kk: '{n} станция',
    zh: '{n}个车站',
  },
  bridges: {
    en: { one: '{n} bridge', other: '{n} bridges' },
    ru: { one: '{n} мост', few: '{n} моста', many: '{n} мостов', other: '{n} моста' },
    kk: '{n} көпір',
    zh: '{n}座桥梁',
  },
  tracks: {
    en: { one: '{n} track', other: '{n} tracks' },
    ru: { one: '{n} путь', few: '{n} пути', many: '{n} путей', other: '{n} пути' },
    kk: '{n} жол',
    zh: '{n}条股道',
  },
  'vehicles/day': {
    en: { one: '{n} vehicle/day', other: '{n} vehicles/day' },
    ru: {
      one: '{n} автомобиль в сутки',
      few: '{n} автомобиля в сутки',
      many: '{n} автомобилей в сутки',
      other: '{n} автомобиля в сутки',
    },
    kk: 'тәулігіне {n} көлік',
    zh: '每日{n}辆车',
  },
  'trucks/day': {
    en: { one: '{n} truck/day', other: '{n} trucks/day' },
    ru: {
      one: '{n} грузовик в сутки',
      few: '{n} грузовика в сутки',
      many: '{n} грузовиков в сутки',
      other: '{n} грузовика в сутки',
    },
    kk: 'тәулігіне {n} жүк көлігі',
    zh: '每日{n}辆卡车',
  },
  vehicles: {
    en: { one: '{n} vehicle', other: '{n} vehicles' },
    ru: { one: '{n} автомобиль', few: '{n} автомобиля', many: '{n} автомобилей', other: '{n} автомобиля' },
    kk: '{n} көлік',
    zh: '{n}辆车',
  },
  crossings: {
    en: { one: '{n} crossing', other: '{n} crossings' },
    ru: { one: '{n} пересечение', few: '{n} пересечения', many: '{n} пересечений', other: '{n} пересечения' },
    kk: '{n} рет өту',
    zh: '{n}人次',
  },
  checkpoints: {
    en: { one: '{n} checkpoint', other: '{n} checkpoints' },
    ru: {
      one: '{n} пункт пропуска',
      few: '{n} пункта пропуска',
      many: '{n} пунктов пропуска',
      other: '{n} пункта пропуска',
    },
    kk: '{n} өткізу пункті',
    zh: '{n}个口岸',
  },
  times: { en: '{n} times', ru: '{n} раза', kk: '{n} есе', zh: '{n}倍' },
  ships: {
    en: { one: '{n} ship', other: '{n} ships' },
    ru: { one: '{n} судно', few: '{n} судна', many: '{n} судов', other: '{n} судна' },
    kk: '{n} кеме',
    zh: '{n}艘船',
  },
  'containers per ship': {
    en: { one: '{n} container per ship', other: '{n} containers per ship' },
    ru: {
      one: '{n} контейнер на судно',
      few: '{n} контейнера на судно',
      many: '{n} контейнеров на судно',
      other: '{n} контейнера на судно',
    },
    kk: 'бір кемеге {n} контейнер',
    zh: '每艘{n}个集装箱',
  },
  loops: {
    en: { one: '{n} passing loop', other: '{n} passing loops' },
    ru: { one: '{n} разъезд', few: '{n} разъезда', many: '{n} разъездов', other: '{n} разъезда' },
    kk: '{n} разъезд',
    zh: '{n}个会让站',
  },
  'sets of points': {
    en: { one: '{n} set of points', other: '{n} sets of points' },
    ru: {
      one: '{n} стрелочный перевод',
      few: '{n} стрелочных перевода',
      many: '{n} стрелочных переводов',
      other: '{n} стрелочных перевода',
    },
    kk: '{n} бағыттамалы бұрма',
    zh: '{n}组道岔',
  },
} as const satisfies Record<string, { intl?: string } & Record<Lang, UnitWords>>;
export type Unit = keyof typeof UNITS;
/** The unit ids, for the schema and the editors' JSON Schema. */
export const UNIT_IDS = Object.keys(UNITS) as Unit[];

/**
 * How a qualifier reads in each language, `{v}` standing for the number (before its unit's words are put
 * round it: "up to 1,500 km/day", "до 1 500 км в сутки").
 */
export const QUALIFIER_WORDS = {
  about: { en: 'about {v}', ru: 'около {v}', kk: 'шамамен {v}', zh: '约{v}' },
  over: { en: 'over {v}', ru: 'более {v}', kk: '{v}-{abl} астам', zh: '超过{v}' },
  'up-to': { en: 'up to {v}', ru: 'до {v}', kk: 'ең көбі {v}', zh: '最多{v}' },
} as const satisfies Record<Qualifier, Record<Lang, string>>;
