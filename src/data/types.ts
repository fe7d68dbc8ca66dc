/**
 * The data model of Corridor Map: the shapes authored in `geo/` and the bundle the page loads.
 * `geo/README.md` explains each field for editors; this file is the contract the validator enforces.
 */

/** The languages of the interface and of names. English is required everywhere, the others optional. */
export const LANGUAGES = ['en', 'ru', 'kk', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A text in several languages; `en` is required. */
export type Localized = { en: string } & Partial<Record<Exclude<Lang, 'en'>, string>>;

/** Where a project stands, modelled on the infrastructure trackers. */
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

/** ISO 3166-1 alpha-2 codes of the countries the data speaks of. */
export const COUNTRIES = ['KZ', 'CN', 'UZ', 'KG', 'TJ', 'TM', 'RU', 'AZ', 'DE', 'TR', 'EU'] as const;
export type Country = (typeof COUNTRIES)[number];

/** A partial ISO date: `2025`, `2025-06` or `2025-06-17`. */
export type PartialDate = string;

/** A publication that backs claims on the map. */
export interface Source {
  /** Stable slug, cited by `source` fields. */
  id: string;
  publisher: string;
  /** Omitted where the title was not seen. */
  title?: string;
  /** Publication date (partial ISO); omitted where unknown. */
  date?: PartialDate;
  /** http(s) address. */
  url: string;
  /** Language of the publication (BCP 47). */
  language: string;
  /** What an editor should know about this source (a dating inference, a machine translation...). */
  note?: string;
}

/** A number with its unit and the source that gives it. */
export interface Figure {
  /** What it measures, e.g. `area`, `throughput`, `capacity`, `jobs-construction`, `length`. */
  measure: string;
  value: number;
  /** e.g. `ha`, `t/yr`, `TEU/yr`, `TEU`, `jobs`, `km`, `USD`, `KZT`, `train pairs/day`. */
  unit: string;
  /** `about`, `over`, `up-to` where the source hedges. */
  qualifier?: 'about' | 'over' | 'up-to';
  /** When the figure applies (partial ISO), e.g. the year a volume was handled. */
  date?: PartialDate;
  /** Short English description shown beside the number. */
  label: Localized;
  source: string;
}

/** A dated event in a project's life. */
export interface TimelineEvent {
  date: PartialDate;
  /** What happened, in our own words. */
  text: Localized;
  /** The status the project reached with this event, if it changed. */
  status?: Status;
  source: string;
}

/** A company or government body taking part. */
export interface Partner {
  name: Localized;
  country: Country;
  /** e.g. `operator`, `investor`, `builder`, `co-developer`, `government`. */
  role: string;
  source: string;
}

/** Properties of a hub: a place on the map where projects stand. */
export interface HubProperties {
  id: string;
  name: Localized;
  country: Country;
  precision: Precision;
  /** Why the point is where it is (which source located it, or that none did). */
  locationNote: string;
  sources: string[];
}

/** Properties of a project: a facility, zone or agreement at a hub. */
export interface ProjectProperties {
  id: string;
  hub: string;
  name: Localized;
  kind: ProjectKind;
  status: Status;
  precision: Precision;
  locationNote: string;
  /** Our own words, never an article's sentence. */
  summary: Localized;
  partners: Partner[];
  figures: Figure[];
  timeline: TimelineEvent[];
  sources: string[];
  /** When an editor last checked this project against its sources (partial ISO). */
  lastVerified: PartialDate;
}

/** Properties of a reference place: capital, border crossing, station, used for labels and waypoints. */
export interface PlaceProperties {
  id: string;
  name: Localized;
  country: Country;
  /** `capital`, `city`, `station`, `crossing`, `port`. */
  type: 'capital' | 'city' | 'station' | 'crossing' | 'port';
  precision: Precision;
  /** Where the coordinates come from. */
  locationNote: string;
  /** Draw a label for it on the basemap. */
  label: boolean;
}

/** A route as authored: its line is drawn through the hubs and places it names, in order. */
export interface RouteProperties {
  id: string;
  name: Localized;
  mode: RouteMode;
  status: Status;
  /** Ids of hubs or places, first to last; at least two. */
  stops: string[];
  line: LineKind;
  /** Why the line is drawn as it is. */
  lineNote: string;
  summary: Localized;
  figures: Figure[];
  timeline: TimelineEvent[];
  sources: string[];
  lastVerified: PartialDate;
}

/** A GeoJSON Point feature with typed properties. */
export interface PointFeature<P> {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

/** A GeoJSON FeatureCollection of points. */
export interface PointCollection<P> {
  type: 'FeatureCollection';
  features: PointFeature<P>[];
}

/** A route in the bundle: the authored properties plus what the build derives. */
export interface Route extends RouteProperties {
  /** [lon, lat] pairs; great-circle arcs for air routes. */
  coordinates: [number, number][];
  /** Length along the drawn line (turf), in km. */
  lengthKm: number;
}

/** One step of a guided story: what the map shows, and a caption in our own words. */
export interface StoryStep {
  caption: Localized;
  /** What to select; none clears the selection. */
  select?: { type: 'hub' | 'project' | 'route'; id: string };
  /** Where to look: centre [lng, lat] and zoom. */
  camera?: { center: [number, number]; zoom: number };
  /** The time control's year or month; none shows things as they stand now. */
  date?: PartialDate;
  /** Filters by group (status, kind, mode, country, partner); none shows everything. */
  filters?: Partial<Record<'status' | 'kind' | 'mode' | 'country' | 'partner', string[]>>;
}

/** A guided story, written by an editor as data. */
export interface Story {
  id: string;
  title: Localized;
  steps: StoryStep[];
}

/** An entry of the log of data updates the site shows. */
export interface DataUpdate {
  date: PartialDate;
  text: Localized;
}

/** Everything the page needs, validated and derived at build time. */
export interface CorridorData {
  sources: Source[];
  hubs: PointFeature<HubProperties>[];
  projects: PointFeature<ProjectProperties>[];
  places: PointFeature<PlaceProperties>[];
  routes: Route[];
  stories: Story[];
  updates: DataUpdate[];
  /** [west, south, east, north] of all hubs and routes. */
  bounds: [number, number, number, number];
}

/** A timeline event as the map index carries it: when, the status reached and the source; not the text. */
export type DatedStatus = Omit<TimelineEvent, 'text'>;

/** A hub in the map index: all but its location note. */
export type IndexHub = Omit<HubProperties, 'locationNote'>;

/** A project in the map index: all the map, list, filters and search need; the panel's texts are left out. */
export interface IndexProject extends Omit<ProjectProperties, 'summary' | 'locationNote' | 'timeline'> {
  timeline: DatedStatus[];
}

/** A place in the map index: all but its location note. */
export type IndexPlace = Omit<PlaceProperties, 'locationNote'>;

/** A route in the map index: its line and facts; the panel's texts are left out. */
export interface IndexRoute extends Omit<Route, 'summary' | 'lineNote' | 'timeline'> {
  timeline: DatedStatus[];
}

/**
 * What the page loads first (`data/corridor.json`): everything but the texts a panel shows, which come with
 * the panel (`HubDetails`, `RouteDetails`). The full `CorridorData` is also a `MapData`.
 */
export interface MapData {
  sources: Source[];
  hubs: PointFeature<IndexHub>[];
  projects: PointFeature<IndexProject>[];
  places: PointFeature<IndexPlace>[];
  routes: IndexRoute[];
  stories: Story[];
  updates: DataUpdate[];
  bounds: [number, number, number, number];
}

/** The texts of one project, as its hub's details carry them. */
export type ProjectDetails = Pick<ProjectProperties, 'summary' | 'locationNote' | 'timeline'>;

/** The texts of a hub and its projects, loaded when its panel opens (`data/hubs/<id>.json`). */
export interface HubDetails {
  locationNote: string;
  projects: Record<string, ProjectDetails>;
}

/** The texts of a route, loaded when its panel opens (`data/routes/<id>.json`). */
export type RouteDetails = Pick<Route, 'summary' | 'lineNote' | 'timeline'>;
