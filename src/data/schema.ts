/**
 * The one description of the data in `geo/`: a valibot schema per file, the source of the types (`types.ts`),
 * the validator (`validate.ts`) and the editors' JSON Schemas (`geo/schema/`, by `scripts/json-schemas.ts`).
 * Build and test code only: the page imports types and vocabularies, never this module. Messages say what
 * to do; `validate.ts` adds file, id and field. Checks a JSON Schema cannot hold are `v.check` actions, named
 * in the field's description; references between files are checked after the schema, in `validate.ts`.
 */
import * as v from 'valibot';
import {
  COUNTRIES,
  FILTER_VOCABULARIES,
  LANGUAGES,
  LINE_KINDS,
  PLACE_TYPES,
  PRECISIONS,
  PROJECT_KINDS,
  QUALIFIERS,
  REGION,
  ROUTE_MODES,
  SELECTION_TYPES,
  SLUG,
  STATUSES,
  UNIT_IDS,
  ZOOM,
} from './vocabularies.ts';

/** A short, safe rendering of any value for a message: never huge, never recursing into nesting. */
export function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object' && x !== null) return 'an object';
  return String(x);
}

/** True for `2025`, `2025-06` and `2025-06-17` when the day exists in that month. */
export function isPartialDate(x: unknown): x is string {
  if (typeof x !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(x);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** True for an address the URL parser reads with the http or https protocol. */
function isHttpUrl(x: string): boolean {
  return URL.canParse(x) && ['http:', 'https:'].includes(new URL(x).protocol);
}

/** True when [lon, lat] lies inside the map's region. `scripts/json-schemas.ts` writes it as bounds. */
export function inRegion([lon, lat]: [number, number]): boolean {
  return lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
}

type Issue = { input: unknown };
const isMissing = (i: Issue) => i.input === undefined;

/** What a schema says about a missing value: its own message for `undefined`. */
function missingMessage(schema: v.GenericSchema): string {
  return v.safeParse(schema, undefined).issues?.[0].message ?? 'is missing';
}

/** A field with its description, which the JSON Schema carries to the editor's hover. */
function doc<S extends v.GenericSchema>(schema: S, description: string) {
  return v.pipe(schema, v.description(description));
}

/**
 * An object whose keys are exactly `entries`: a missing key gets its field's own message, an unknown key
 * `unknown`, anything but an object `notObject`.
 */
function obj<E extends v.ObjectEntries>(entries: E, notObject = 'must be an object', unknown?: string) {
  const known = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) => {
    const key = issue.path?.at(-1)?.key;
    if (issue.expected === 'never') return unknown ?? `unknown field; use one of: ${known}`;
    if (issue.input === undefined && typeof key === 'string' && key in entries) {
      return missingMessage(entries[key]);
    }
    return issue.input === undefined ? `is missing; it ${notObject}` : notObject;
  });
}

/** Plain text: not blank, no markup. */
function text(whenMissing = 'is missing; give a non-empty text') {
  return v.pipe(
    v.string((i) => (isMissing(i) ? whenMissing : 'must be a non-empty text')),
    v.regex(/\S/, 'must be a non-empty text'),
    v.regex(/^[^<>]*$/, 'contains < or >; write plain text, not markup'),
  );
}

/** One value of a vocabulary. */
function oneOf<const T extends readonly string[]>(options: T) {
  return v.picklist(
    options,
    (i) =>
      `${isMissing(i) ? 'is missing' : `${show(i.input)} is not allowed`}; use one of: ${options.join(', ')}`,
  );
}

/** A list (may be empty: a `v.minLength` after it says otherwise). */
function list<S extends v.GenericSchema>(item: S) {
  return v.array(item, (i) => (isMissing(i) ? 'is missing; give a list (may be empty)' : 'must be a list'));
}

/** A slug-shaped string: `message` says what it should name. */
function slug(message: (i: Issue) => string) {
  return v.pipe(v.string(message), v.regex(SLUG, message));
}

const SLUG_HINT = 'use lowercase letters, digits and hyphens';
const idMessage = (i: Issue) => `${show(i.input)} is not an id; ${SLUG_HINT}`;
const ID = doc(
  slug(idMessage),
  'Stable slug (lowercase letters, digits, hyphens), unique across all files. Never change a published id: links and embeds use it. (Uniqueness is checked by the build.)',
);

const SOURCE_ID = slug((i) =>
  isMissing(i)
    ? 'is missing; every claim cites a source id from sources.json'
    : `${show(i.input)} is not a source id in sources.json`,
);

const dateMessage = (i: Issue) =>
  `${isMissing(i) ? 'is missing' : `${show(i.input)} is not a date`}; write YYYY, YYYY-MM or YYYY-MM-DD`;

/** A partial ISO date: `2025`, `2025-06` or `2025-06-17`. */
const PartialDateSchema = v.pipe(
  v.string(dateMessage),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, dateMessage),
  v.check((s: string) => isPartialDate(s), dateMessage),
);
const date = (description: string) =>
  doc(
    PartialDateSchema,
    `${description} Partial ISO: 2025, 2025-06 or 2025-06-17 (the build also checks the day exists).`,
  );

/** A text in several languages; `en` is required. */
export const LocalizedSchema = obj(
  {
    en: text('is missing; English is required'),
    ru: v.optional(text()),
    kk: v.optional(text()),
    zh: v.optional(text()),
  },
  'must be an object of texts by language, e.g. {"en": "Almaty"}',
  `unknown language; use one of: ${LANGUAGES.join(', ')}`,
);
const localized = (description: string) =>
  doc(LocalizedSchema, `${description} English required; ru, kk, zh where verified in a source.`);

const coordinatesMessage = 'must be [longitude, latitude], two numbers';
/** [longitude, latitude] inside the region; a swapped pair is recognised and said so. */
const LonLatSchema = v.pipe(
  v.strictTuple([v.number(coordinatesMessage), v.number(coordinatesMessage)], coordinatesMessage),
  v.check(inRegion, (i) => {
    const [lon, lat] = i.input as [number, number];
    const hint = inRegion([lat, lon]) ? '; they look swapped: GeoJSON wants [longitude, latitude]' : '';
    return `[${lon}, ${lat}] lies outside the map's region (lon ${REGION.west}..${REGION.east}, lat ${REGION.south}..${REGION.north})${hint}`;
  }),
  v.description(
    `[longitude, latitude] (GeoJSON order), inside lon ${REGION.west}..${REGION.east}, lat ${REGION.south}..${REGION.north}.`,
  ),
);

const numberMessage = (i: Issue) => `${show(i.input)} is not a number; write 340000, not "340k"`;

/** A number with its unit and the source that gives it. */
export const FigureSchema = obj({
  measure: doc(text(), 'What it measures, e.g. area, throughput, capacity, jobs-construction, length.'),
  value: doc(
    v.pipe(v.number(numberMessage), v.finite(numberMessage), v.minValue(0, numberMessage)),
    'A plain number, not negative: 340000, not "340k".',
  ),
  unit: doc(
    oneOf(UNIT_IDS),
    'One of the units in src/data/vocabularies.ts (UNITS), each with its words in every language; a new unit goes there first.',
  ),
  qualifier: v.optional(doc(oneOf(QUALIFIERS), 'Where the source hedges: about, over, up-to.')),
  date: v.optional(date('When the figure applies, e.g. the year a volume was handled.')),
  label: localized('Short description shown beside the number.'),
  source: doc(SOURCE_ID, 'The id in sources.json of the source that gives the figure.'),
});

/** A dated event in a project's or route's life. */
export const TimelineEventSchema = obj({
  date: date('When it happened.'),
  text: localized('What happened, in our own words.'),
  status: v.optional(doc(oneOf(STATUSES), 'The status reached with this event, if it changed.')),
  source: doc(SOURCE_ID, 'The id in sources.json of the source that reports it.'),
});

/** A company or government body taking part. */
export const PartnerSchema = obj({
  name: localized('The partner name.'),
  country: doc(oneOf(COUNTRIES), 'ISO 3166-1 alpha-2 code (EU for the Union).'),
  role: doc(text(), 'e.g. operator, investor, builder, co-developer, government.'),
  source: doc(SOURCE_ID, 'The id in sources.json of the source that names the partner.'),
});

const SOURCES = doc(
  v.pipe(list(SOURCE_ID), v.minLength(1, 'is empty; cite at least one source')),
  'Every source id the feature cites (each in sources.json).',
);
const LOCATION_NOTE = doc(
  text(),
  'For readers, shown in the panel: where the point is shown and what is known of the site ("Shown at Urumqi: no source gives the site.").',
);
const LOCATION_SOURCE = v.optional(
  doc(
    text(),
    'For editors: where the coordinates come from (the reference, its figures). Kept in the data and the downloads; the panel does not show it.',
  ),
);
const PRECISION = doc(
  oneOf(PRECISIONS),
  'exact (the site itself), approximate (within a few km) or city (only the town is known: drawn as an area, never a pin).',
);
const COUNTRY = doc(oneOf(COUNTRIES), 'ISO 3166-1 alpha-2 code.');
const LAST_VERIFIED = date('When an editor last checked it against its sources.');

/** The most a point may lie outside its country's land on the basemap, for one meant to sit on a border. */
const MAX_BORDER_TOLERANCE_KM = 2;
const toleranceMessage = (i: Issue) =>
  `${show(i.input)} is not a tolerance; give km as a number above 0 and at most ${MAX_BORDER_TOLERANCE_KM}`;
const BORDER_TOLERANCE = v.optional(
  doc(
    v.pipe(
      v.number(toleranceMessage),
      v.gtValue(0, toleranceMessage),
      v.maxValue(MAX_BORDER_TOLERANCE_KM, toleranceMessage),
    ),
    `Only for a point meant to sit on a border or a coast (a crossing, a pass, a port town): how many km it may lie outside the land of its country as the basemap draws it (Natural Earth's simplified lines), at most ${MAX_BORDER_TOLERANCE_KM}. Without it, the build refuses a point outside its country. Say in locationNote why the point sits there.`,
  ),
);
const cited = <S extends v.GenericSchema>(item: S, what: string) => doc(list(item), what);

const urlMessage = (i: Issue) => `${show(i.input)} is not an http(s) address`;

/** A publication that backs claims on the map. */
export const SourceSchema = obj({
  id: ID,
  publisher: doc(text(), 'Who published it.'),
  title: v.optional(doc(text(), 'Omitted where the title was not seen.')),
  date: v.optional(date('Publication date; omitted where unknown.')),
  url: doc(
    v.pipe(v.string(urlMessage), v.regex(/^https?:\/\//, urlMessage), v.check(isHttpUrl, urlMessage)),
    'http(s) address of the publication (the build also checks that it parses).',
  ),
  language: doc(text(), 'Language of the publication (BCP 47), e.g. en, ru, zh, kk.'),
  note: v.optional(doc(text(), 'What an editor should know about this source (a dating inference...).')),
});

/** Properties of a hub: a place on the map where projects stand. */
export const HubPropertiesSchema = obj({
  id: ID,
  name: localized('The hub name.'),
  country: COUNTRY,
  precision: PRECISION,
  locationNote: LOCATION_NOTE,
  borderToleranceKm: BORDER_TOLERANCE,
  locationSource: LOCATION_SOURCE,
  sources: SOURCES,
});

/** Properties of a project: a facility, zone or agreement at a hub. */
export const ProjectPropertiesSchema = obj({
  id: ID,
  hub: doc(
    slug((i) => `${show(i.input)} is not a hub id in hubs.geojson`),
    'The id of the hub it stands at (in hubs.geojson; checked by the build).',
  ),
  name: localized('The project name.'),
  kind: doc(oneOf(PROJECT_KINDS), 'What the project is.'),
  status: doc(oneOf(STATUSES), 'Where it stands, as the latest source says.'),
  precision: PRECISION,
  locationNote: LOCATION_NOTE,
  locationSource: LOCATION_SOURCE,
  summary: localized('Two to four sentences in our own words, never an article sentence.'),
  partners: cited(PartnerSchema, 'Companies and bodies taking part, each citing its source.'),
  figures: cited(FigureSchema, 'Figures, each citing its source; keep both where sources disagree.'),
  timeline: cited(TimelineEventSchema, 'Dated events, each citing its source.'),
  sources: SOURCES,
  lastVerified: LAST_VERIFIED,
});

/** Properties of a reference place: capital, border crossing, station, used for labels and waypoints. */
export const PlacePropertiesSchema = obj({
  id: ID,
  name: localized('The place name.'),
  country: COUNTRY,
  type: doc(oneOf(PLACE_TYPES), 'What the place is.'),
  precision: PRECISION,
  locationNote: doc(text(), 'Where the coordinates come from.'),
  borderToleranceKm: BORDER_TOLERANCE,
  label: doc(v.boolean('must be true or false'), 'true to write its name on the basemap.'),
});

const stopMessage = (i: Issue) => `${show(i.input)} is not a hub or place id`;

/** Points a route's line passes through between two of its stops: not stops, only how the line is drawn. */
const WaypointsSchema = obj({
  after: doc(
    slug((i) => `${show(i.input)} is not a stop of this route; name the stop the points follow`),
    "The id of the stop (one of the route's stops, not the last) after which the line passes through these points.",
  ),
  coordinates: doc(
    v.pipe(
      list(LonLatSchema),
      v.minLength(1, 'is empty; give at least one [longitude, latitude] point, or leave the entry out'),
    ),
    'The points, in order from that stop towards the next: [[longitude, latitude], ...].',
  ),
});

/** A route as authored: its line is drawn through the hubs and places it names, in order. */
export const RouteSchema = obj({
  id: ID,
  name: localized('The route name.'),
  mode: doc(oneOf(ROUTE_MODES), 'How the route moves goods.'),
  status: doc(oneOf(STATUSES), 'Where it stands, as the latest source says.'),
  stops: doc(
    v.pipe(list(slug(stopMessage)), v.minLength(2, 'needs at least two hub or place ids, first to last')),
    'Ids of hubs or places, first to last; at least two (each must exist; checked by the build).',
  ),
  line: doc(oneOf(LINE_KINDS), 'traced (through named stations) or schematic (only endpoints known).'),
  waypoints: v.optional(
    doc(
      list(WaypointsSchema),
      'Points the line is drawn through between two stops, so that it stays on the ground it crosses (a side of a border, the sea around a peninsula): [{"after": "<stop id>", "coordinates": [[lon, lat], ...]}]. Say in lineNote where they come from. A stop may have one entry.',
    ),
  ),
  lineNote: doc(text(), 'Why the line is drawn as it is.'),
  summary: localized('Two to four sentences in our own words.'),
  figures: cited(FigureSchema, 'Figures, each citing its source.'),
  timeline: cited(TimelineEventSchema, 'Dated events, each citing its source.'),
  sources: SOURCES,
  lastVerified: LAST_VERIFIED,
});

const filterValues = <T extends readonly string[]>(vocabulary: T) => v.optional(list(oneOf(vocabulary)));
const zoom = (i: Issue) => `${show(i.input)} is not a zoom; use a number from ${ZOOM.min} to ${ZOOM.max}`;
const partnerMessage = (i: Issue) => `${show(i.input)} is not a partner slug; ${SLUG_HINT}`;

/** One step of a guided story: what the map shows, and a caption in our own words. */
export const StoryStepSchema = obj({
  caption: localized('What the reader sees at this step, in our own words.'),
  select: v.optional(
    doc(
      obj({ type: oneOf(SELECTION_TYPES), id: slug(idMessage) }),
      'What to select: {"type": "project", "id": "..."}; the id must exist (checked by the build). None clears the selection.',
    ),
  ),
  camera: v.optional(
    doc(
      obj({
        center: LonLatSchema,
        zoom: v.pipe(v.number(zoom), v.minValue(ZOOM.min, zoom), v.maxValue(ZOOM.max, zoom)),
      }),
      'Where to look: {"center": [lon, lat], "zoom": 1 to 12}.',
    ),
  ),
  date: v.optional(date('The time control year or month; none shows things as they stand now.')),
  filters: v.optional(
    doc(
      obj(
        {
          status: filterValues(FILTER_VOCABULARIES.status),
          kind: filterValues(FILTER_VOCABULARIES.kind),
          mode: filterValues(FILTER_VOCABULARIES.mode),
          country: filterValues(FILTER_VOCABULARIES.country),
          partner: v.optional(list(slug(partnerMessage))),
        },
        'must be an object of lists by group',
        `unknown group; use: ${Object.keys(FILTER_VOCABULARIES).join(', ')}`,
      ),
      'Filters by group; none shows everything.',
    ),
  ),
});

/** A guided story, written by an editor as data. */
export const StorySchema = obj({
  id: ID,
  title: localized('The story title.'),
  steps: doc(
    v.pipe(list(StoryStepSchema), v.minLength(1, 'needs at least one step')),
    'The steps, in order.',
  ),
});

/** An entry of the log of data updates the site shows. */
export const DataUpdateSchema = obj({
  date: date('When the data changed.'),
  text: localized('What changed, in one sentence.'),
  features: v.optional(
    doc(
      list(obj({ type: oneOf(SELECTION_TYPES), id: slug(idMessage) })),
      'The hubs, projects and routes the update changed, each linked from its entry in the feeds: [{"type": "project", "id": "..."}]; each id must exist (checked by the build). None links the home page.',
    ),
  ),
});

/** A GeoJSON FeatureCollection of points whose properties follow `properties`. */
function pointCollection<P extends v.GenericSchema>(properties: P, what: string) {
  const notCollection = 'must be a GeoJSON FeatureCollection with a features list';
  const point = obj(
    {
      type: v.literal('Point', (i) => `must be "Point", not ${show(i.input)}`),
      coordinates: LonLatSchema,
    },
    'must be a GeoJSON Point: {"type": "Point", "coordinates": [longitude, latitude]}',
  );
  const feature = obj(
    {
      type: v.literal('Feature', 'must be "Feature"'),
      id: v.optional(
        doc(
          v.union([v.string(), v.number()], 'must be the same id as properties.id'),
          'If given, the same as properties.id (checked by the build).',
        ),
      ),
      geometry: point,
      properties: doc(properties, what),
    },
    'must be a GeoJSON Feature',
  );
  return obj(
    {
      $schema: v.optional(doc(v.string(), 'The JSON Schema of this file, for editors.')),
      type: v.literal('FeatureCollection', notCollection),
      features: v.array(feature, notCollection),
    },
    notCollection,
  );
}

/** A file that is a JSON list of `what`. */
const fileList = <S extends v.GenericSchema>(item: S, what: string, description: string) =>
  doc(v.array(item, `must be a JSON array of ${what}`), description);

/** Each authored file and its schema. */
export const FILE_SCHEMAS = {
  'sources.json': fileList(SourceSchema, 'sources', 'Every publication a claim on the map cites.'),
  'hubs.geojson': pointCollection(HubPropertiesSchema, 'A hub: a place on the map where projects stand.'),
  'projects.geojson': pointCollection(ProjectPropertiesSchema, 'A project: a facility, zone or agreement.'),
  'places.geojson': pointCollection(PlacePropertiesSchema, 'A reference place: capital, station, crossing.'),
  'routes.json': fileList(RouteSchema, 'routes', 'Routes, drawn through the hubs and places they name.'),
  'stories.json': fileList(StorySchema, 'stories', 'Guided stories, step by step.'),
  'updates.json': fileList(DataUpdateSchema, 'updates', 'The log of data updates the site shows.'),
} as const;
export type DataFileName = keyof typeof FILE_SCHEMAS;
