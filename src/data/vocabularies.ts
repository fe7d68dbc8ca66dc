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
export type PlaceType = (typeof PLACE_TYPES)[number];

/** How a source hedges a figure: `about`, `over`, `up-to`. */
export const QUALIFIERS = ['about', 'over', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What a story step (or a link) can select. */
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
export type FilterGroup = keyof typeof FILTER_VOCABULARIES;

/** A stable id: lowercase letters and digits in hyphen-separated words (`aktau-container-hub`). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The region the map covers; a point outside it is a typo or swapped coordinates. */
export const REGION = { west: 30, south: 25, east: 112, north: 62 } as const;

/** The zooms a story's camera may ask for. */
export const ZOOM = { min: 1, max: 12 } as const;
