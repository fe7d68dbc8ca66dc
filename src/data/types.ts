/**
 * The data model of Corridor Map: the shapes authored in `geo/` and the bundle the page loads.
 * The authored shapes are inferred from the schema (`schema.ts`, build and test only) and imported here as
 * types, so page code imports its types from this module without pulling in the schema library. The
 * vocabularies live in `vocabularies.ts` and are re-exported here.
 */
import type { InferOutput } from 'valibot';
import type * as S from './schema.ts';
import type { Lang } from './vocabularies.ts';

export {
  COUNTRIES,
  type Country,
  LANGUAGES,
  type Lang,
  LINE_KINDS,
  type LineKind,
  PRECISIONS,
  PROJECT_KINDS,
  type Precision,
  type ProjectKind,
  ROUTE_MODES,
  type RouteMode,
  STATUSES,
  type Status,
} from './vocabularies.ts';

// The authored shapes come from the schema, as types only: nothing of valibot reaches the page.
// Their fields are described in `schema.ts` (and, for editors, in `geo/schema/`).

/** A text in several languages; `en` is required. Names are of this type: forms verified in a source. */
export type Localized = InferOutput<typeof S.LocalizedSchema>;

/** The languages a text may be translated into: all but English, the language every text is written in. */
export type TranslatedLang = Exclude<Lang, 'en'>;

/**
 * A descriptive text in several languages, as the page receives it; `en` is required. `translated` lists
 * the languages whose text is our own translation from the English (from the catalogs in
 * `geo/translations/`, or written inline for our own story titles, captions and update texts), as against
 * a source's words or a verified name. The page marks those "Translated from English" and offers the
 * English original. Absent when no language is translated.
 */
export type LocalizedText = Localized & { translated?: TranslatedLang[] };

/** A publication that backs claims on the map. */
export type Source = InferOutput<typeof S.SourceSchema>;

/** A number with its unit and the source that gives it. */
export type Figure = Omit<InferOutput<typeof S.FigureSchema>, 'label'> & { label: LocalizedText };

/** A dated event in a project's life. */
export type TimelineEvent = Omit<InferOutput<typeof S.TimelineEventSchema>, 'text'> & { text: LocalizedText };

/** A company or government body taking part, as authored (its role a plain English text). */
export type AuthoredPartner = InferOutput<typeof S.PartnerSchema>;

/** A company or government body taking part, as the page receives it: its role in every language. */
export type Partner = Omit<AuthoredPartner, 'role'> & { role: LocalizedText };

/** Properties of a hub as authored (its location note a plain English text). */
export type AuthoredHubProperties = InferOutput<typeof S.HubPropertiesSchema>;

/** Properties of a hub: a place on the map where projects stand; its location note in every language. */
export type HubProperties = Omit<AuthoredHubProperties, 'locationNote'> & { locationNote: LocalizedText };

/** Properties of a project as authored (location note and partner roles plain English texts). */
export type AuthoredProjectProperties = InferOutput<typeof S.ProjectPropertiesSchema>;

/** Properties of a project: a facility, zone or agreement at a hub; every text in every language. */
export type ProjectProperties = Omit<
  AuthoredProjectProperties,
  'locationNote' | 'partners' | 'summary' | 'figures' | 'timeline'
> & {
  locationNote: LocalizedText;
  summary: LocalizedText;
  partners: Partner[];
  figures: Figure[];
  timeline: TimelineEvent[];
};

/** Properties of a reference place: capital, border crossing, station, used for labels and waypoints. */
export type PlaceProperties = InferOutput<typeof S.PlacePropertiesSchema>;

/** A route as authored: its line is drawn through the hubs and places it names, in order. */
export type AuthoredRouteProperties = InferOutput<typeof S.RouteSchema>;

/** A route's authored properties as the page receives them: its line note in every language. */
export type RouteProperties = Omit<
  AuthoredRouteProperties,
  'lineNote' | 'summary' | 'figures' | 'timeline' | 'waypoints'
> & {
  lineNote: LocalizedText;
  summary: LocalizedText;
  figures: Figure[];
  timeline: TimelineEvent[];
};

/** One step of a guided story: what the map shows, and a caption in our own words. */
type StoryStep = Omit<InferOutput<typeof S.StoryStepSchema>, 'caption'> & { caption: LocalizedText };

/** A guided story, written by an editor as data. */
export type Story = Omit<InferOutput<typeof S.StorySchema>, 'title' | 'steps'> & {
  title: LocalizedText;
  steps: StoryStep[];
};

/** An entry of the log of data updates the site shows. */
export type DataUpdate = Omit<InferOutput<typeof S.DataUpdateSchema>, 'text'> & { text: LocalizedText };

/** A GeoJSON Point feature with typed properties. */
export interface PointFeature<P> {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

/** A route in the bundle: the authored properties plus what the build derives. */
export interface Route extends RouteProperties {
  /** [lon, lat] pairs; great-circle arcs for air routes. */
  coordinates: [number, number][];
  /** Length along the drawn line (turf), in km. */
  lengthKm: number;
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
type DatedStatus = Omit<TimelineEvent, 'text'>;

/** A hub in the map index: all but its location note. */
export type IndexHub = Omit<HubProperties, 'locationNote'>;

/** A project in the map index: all the map, list, filters and search need; the panel's texts are left out. */
export interface IndexProject extends Omit<ProjectProperties, 'summary' | 'locationNote' | 'timeline'> {
  timeline: DatedStatus[];
}

/** A place in the map index: all but its location note. */
type IndexPlace = Omit<PlaceProperties, 'locationNote'>;

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
type ProjectDetails = Pick<ProjectProperties, 'summary' | 'locationNote' | 'timeline'>;

/** The texts of a hub and its projects, loaded when its panel opens (`data/hubs/<id>.json`). */
export interface HubDetails {
  locationNote: LocalizedText;
  projects: Record<string, ProjectDetails>;
}

/** The texts of a route, loaded when its panel opens (`data/routes/<id>.json`). */
export type RouteDetails = Pick<Route, 'summary' | 'lineNote' | 'timeline'>;
