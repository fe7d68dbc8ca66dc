import {
  COUNTRIES,
  type DataUpdate,
  type HubProperties,
  LANGUAGES,
  LINE_KINDS,
  type PlaceProperties,
  type PointFeature,
  PRECISIONS,
  PROJECT_KINDS,
  type ProjectProperties,
  ROUTE_MODES,
  type RouteProperties,
  type Source,
  STATUSES,
  type Story,
} from './types.ts';

/** The authored files, by name, as text: the validator parses them itself so broken JSON is reported too. */
export const DATA_FILES = {
  sources: 'sources.json',
  hubs: 'hubs.geojson',
  projects: 'projects.geojson',
  places: 'places.geojson',
  routes: 'routes.json',
} as const;

/** Files an editor may add: guided stories and the log of data updates. Absent means none. */
export const OPTIONAL_FILES = { stories: 'stories.json', updates: 'updates.json' } as const;

/** One thing wrong with the data: where it is and what to do about it. */
export interface DataError {
  file: string;
  /** The feature's id, or its index as `#3` when it has no usable id. */
  id?: string;
  /** A dotted path inside the feature, e.g. `properties.figures[0].source`. */
  field?: string;
  message: string;
}

/** The authored data once it has passed validation. */
export interface ValidData {
  sources: Source[];
  hubs: PointFeature<HubProperties>[];
  projects: PointFeature<ProjectProperties>[];
  places: PointFeature<PlaceProperties>[];
  routes: RouteProperties[];
  stories: Story[];
  updates: DataUpdate[];
}

/** The validator's verdict: `data` only when there are no errors. */
export type ValidationResult = { ok: true; data: ValidData } | { ok: false; errors: DataError[] };

/** The region the map covers; a point outside it is a typo or swapped coordinates. */
export const REGION = { west: 30, south: 25, east: 112, north: 62 } as const;

/** Formats an error as one line: `geo/projects.geojson: "aktau-hub" properties.status: ...`. */
export function formatError(e: DataError, dir = 'geo'): string {
  const where = [e.id === undefined ? '' : `"${e.id}"`, e.field ?? ''].filter(Boolean).join(' ');
  return `${dir}/${e.file}: ${where ? `${where}: ` : ''}${e.message}`;
}

type Json = unknown;
type Obj = Record<string, Json>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MARKUP = /[<>]/;

/** A short, safe rendering of any value for a message: never huge, never recursing into nesting. */
export function show(v: Json): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'an object';
  return String(v);
}

function isObj(v: Json): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True for `2025`, `2025-06` and `2025-06-17` when the day exists in that month. */
export function isPartialDate(v: Json): v is string {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
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

function isHttpUrl(v: Json): boolean {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Collects errors for one file; checks read a field, report what is wrong with it and return its value. */
class Checker {
  readonly errors: DataError[] = [];
  constructor(readonly file: string) {}

  error(id: string | undefined, field: string | undefined, message: string): void {
    this.errors.push({ file: this.file, id, field, message });
  }

  text(o: Obj, key: string, id: string, path: string, optional = false): string | undefined {
    const v = o[key];
    const field = `${path}${key}`;
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      this.error(
        id,
        field,
        v === undefined ? 'is missing; give a non-empty text' : 'must be a non-empty text',
      );
      return undefined;
    }
    if (MARKUP.test(v)) this.error(id, field, 'contains < or >; write plain text, not markup');
    return v;
  }

  oneOf<T extends string>(
    o: Obj,
    key: string,
    allowed: readonly T[],
    id: string,
    path: string,
  ): T | undefined {
    const v = o[key];
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.error(
      id,
      `${path}${key}`,
      `${v === undefined ? 'is missing' : `${show(v)} is not allowed`}; use one of: ${allowed.join(', ')}`,
    );
    return undefined;
  }

  localized(o: Obj, key: string, id: string, path: string): void {
    const v = o[key];
    const field = `${path}${key}`;
    if (!isObj(v)) {
      this.error(id, field, 'must be an object of texts by language, e.g. {"en": "Almaty"}');
      return;
    }
    if (v.en === undefined) this.error(id, `${field}.en`, 'is missing; English is required');
    for (const lang of Object.keys(v)) {
      if (!(LANGUAGES as readonly string[]).includes(lang)) {
        this.error(id, `${field}.${lang}`, `unknown language; use one of: ${LANGUAGES.join(', ')}`);
      } else {
        this.text(v, lang, id, `${field}.`);
      }
    }
  }

  date(o: Obj, key: string, id: string, path: string, optional = false): void {
    const v = o[key];
    if (v === undefined && optional) return;
    if (!isPartialDate(v)) {
      this.error(id, `${path}${key}`, `${show(v)} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`);
    }
  }

  array(o: Obj, key: string, id: string, path: string): Json[] {
    const v = o[key];
    if (Array.isArray(v)) return v;
    this.error(
      id,
      `${path}${key}`,
      v === undefined ? 'is missing; give a list (may be empty)' : 'must be a list',
    );
    return [];
  }
}

/** What the cross-file checks need from each file. */
interface Index {
  ids: Map<string, string>;
  /** False when sources.json could not be read, so references to it are not reported one by one. */
  sourcesRead: boolean;
  /** False when hubs or places could not be read: route stops and project hubs are then not checked. */
  stopsRead: boolean;
  sourceIds: Set<string>;
  hubIds: Set<string>;
  stopIds: Set<string>;
}

function parse(c: Checker, text: string | undefined): Json {
  if (text === undefined) {
    c.error(undefined, undefined, 'file is missing');
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    c.error(undefined, undefined, `is not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/** Reads `id` and registers it, reporting bad or duplicate ids. Returns the id to report under. */
function claimId(c: Checker, o: Obj, index: Index, position: string, path: string): string {
  const v = o.id;
  if (typeof v !== 'string' || !SLUG.test(v)) {
    c.error(position, `${path}id`, `${show(v)} is not an id; use lowercase letters, digits and hyphens`);
    return position;
  }
  const first = index.ids.get(v);
  if (first !== undefined) c.error(v, `${path}id`, `duplicate id; already used in ${first}`);
  else index.ids.set(v, c.file);
  return v;
}

function checkSources(c: Checker, doc: Json, index: Index): Source[] {
  if (!Array.isArray(doc)) {
    if (doc !== undefined) c.error(undefined, undefined, 'must be a JSON array of sources');
    return [];
  }
  doc.forEach((s, i) => {
    if (!isObj(s)) {
      c.error(`#${i}`, undefined, 'must be an object');
      return;
    }
    const id = claimId(c, s, index, `#${i}`, '');
    index.sourceIds.add(id);
    c.text(s, 'publisher', id, '');
    c.text(s, 'title', id, '', true);
    c.text(s, 'note', id, '', true);
    c.date(s, 'date', id, '', true);
    c.text(s, 'language', id, '');
    if (!isHttpUrl(s.url)) c.error(id, 'url', `${show(s.url)} is not an http(s) address`);
  });
  return doc as Source[];
}

function checkPointCollection(
  c: Checker,
  doc: Json,
  index: Index,
  each: (props: Obj, id: string) => void,
): PointFeature<never>[] {
  if (!isObj(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    if (doc !== undefined)
      c.error(undefined, undefined, 'must be a GeoJSON FeatureCollection with a features list');
    return [];
  }
  doc.features.forEach((f: Json, i: number) => {
    const position = `#${i}`;
    if (!isObj(f) || f.type !== 'Feature') {
      c.error(position, undefined, 'must be a GeoJSON Feature');
      return;
    }
    const props = f.properties;
    if (!isObj(props)) {
      c.error(position, 'properties', 'must be an object');
      return;
    }
    const id = claimId(c, props, index, position, 'properties.');
    if (f.id !== undefined && f.id !== props.id) {
      c.error(id, 'id', `feature id ${show(f.id)} differs from properties.id; make them equal`);
    }
    checkPoint(c, f.geometry, id);
    each(props, id);
  });
  return doc.features as PointFeature<never>[];
}

function checkPoint(c: Checker, g: Json, id: string): void {
  if (!isObj(g) || g.type !== 'Point') {
    c.error(id, 'geometry.type', `must be "Point", not ${show(isObj(g) ? g.type : g)}`);
    return;
  }
  const xy = g.coordinates;
  if (
    !Array.isArray(xy) ||
    xy.length !== 2 ||
    !xy.every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    c.error(id, 'geometry.coordinates', 'must be [longitude, latitude], two numbers');
    return;
  }
  const [lon, lat] = xy as [number, number];
  const inside = (x: number, y: number) =>
    x >= REGION.west && x <= REGION.east && y >= REGION.south && y <= REGION.north;
  if (inside(lon, lat)) return;
  const hint = inside(lat, lon) ? '; they look swapped: GeoJSON wants [longitude, latitude]' : '';
  c.error(
    id,
    'geometry.coordinates',
    `[${lon}, ${lat}] lies outside the map's region (lon ${REGION.west}..${REGION.east}, lat ${REGION.south}..${REGION.north})${hint}`,
  );
}

/** Checks a list of objects that each cite `source`; returns the ids cited. */
function checkCited(
  c: Checker,
  o: Obj,
  key: string,
  id: string,
  base: string,
  item: (x: Obj, path: string) => void,
): string[] {
  const cited: string[] = [];
  c.array(o, key, id, base).forEach((x, i) => {
    const path = `${base}${key}[${i}]`;
    if (!isObj(x)) {
      c.error(id, path, 'must be an object');
      return;
    }
    item(x, `${path}.`);
    if (typeof x.source === 'string') cited.push(x.source);
    else c.error(id, `${path}.source`, 'is missing; every claim cites a source id from sources.json');
  });
  return cited;
}

function checkFigure(c: Checker, f: Obj, id: string, path: string): void {
  c.text(f, 'measure', id, path);
  c.text(f, 'unit', id, path);
  c.localized(f, 'label', id, path);
  c.date(f, 'date', id, path, true);
  if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value < 0) {
    c.error(id, `${path}value`, `${show(f.value)} is not a number; write 340000, not "340k"`);
  }
  if (f.qualifier !== undefined) c.oneOf(f, 'qualifier', ['about', 'over', 'up-to'] as const, id, path);
}

function checkEvent(c: Checker, e: Obj, id: string, path: string): void {
  c.date(e, 'date', id, path);
  c.localized(e, 'text', id, path);
  if (e.status !== undefined) c.oneOf(e, 'status', STATUSES, id, path);
}

function checkPartner(c: Checker, p: Obj, id: string, path: string): void {
  c.localized(p, 'name', id, path);
  c.oneOf(p, 'country', COUNTRIES, id, path);
  c.text(p, 'role', id, path);
}

/** Checks `sources` exists in sources.json and lists every id cited elsewhere in the feature. */
function checkSourceList(
  c: Checker,
  props: Obj,
  id: string,
  base: string,
  cited: string[],
  index: Index,
): void {
  const listed = c.array(props, 'sources', id, base);
  if (listed.length === 0) c.error(id, `${base}sources`, 'is empty; cite at least one source');
  if (!index.sourcesRead) return;
  listed.forEach((s, i) => {
    if (typeof s !== 'string' || !index.sourceIds.has(s)) {
      c.error(id, `${base}sources[${i}]`, `${show(s)} is not a source id in sources.json`);
    }
  });
  for (const s of new Set(cited)) {
    if (!index.sourceIds.has(s))
      c.error(id, `${base}source`, `cites "${s}", which is not a source id in sources.json`);
    else if (!listed.includes(s))
      c.error(id, `${base}sources`, `does not list "${s}", which the feature cites`);
  }
}

/** Checks the cited claims (figures, timeline, partners), the source list, summary and lastVerified. */
function checkClaims(
  c: Checker,
  props: Obj,
  id: string,
  index: Index,
  base: string,
  partners: boolean,
): void {
  const cited = [
    ...checkCited(c, props, 'figures', id, base, (x, p) => checkFigure(c, x, id, p)),
    ...checkCited(c, props, 'timeline', id, base, (x, p) => checkEvent(c, x, id, p)),
    ...(partners ? checkCited(c, props, 'partners', id, base, (x, p) => checkPartner(c, x, id, p)) : []),
  ];
  checkSourceList(c, props, id, base, cited, index);
  c.localized(props, 'summary', id, base);
  c.date(props, 'lastVerified', id, base);
}

function checkRoutes(c: Checker, doc: Json, index: Index): RouteProperties[] {
  if (!Array.isArray(doc)) {
    if (doc !== undefined) c.error(undefined, undefined, 'must be a JSON array of routes');
    return [];
  }
  doc.forEach((r, i) => {
    if (!isObj(r)) {
      c.error(`#${i}`, undefined, 'must be an object');
      return;
    }
    const id = claimId(c, r, index, `#${i}`, '');
    const props = r;
    c.localized(props, 'name', id, '');
    c.oneOf(props, 'mode', ROUTE_MODES, id, '');
    c.oneOf(props, 'status', STATUSES, id, '');
    c.oneOf(props, 'line', LINE_KINDS, id, '');
    c.text(props, 'lineNote', id, '');
    const stops = c.array(props, 'stops', id, '');
    if (stops.length < 2) c.error(id, 'stops', 'needs at least two hub or place ids, first to last');
    stops.forEach((s, j) => {
      if (typeof s !== 'string' || (index.stopsRead && !index.stopIds.has(s))) {
        c.error(id, `stops[${j}]`, `${show(s)} is not a hub or place id`);
      }
    });
    checkClaims(c, props, id, index, '', false);
  });
  return doc as RouteProperties[];
}

/**
 * Validates the authored data. Never throws: every problem, however malformed the input, comes back as
 * a `DataError` naming the file, the feature, the field and what to do.
 */
export function validate(files: Partial<Record<string, string>>): ValidationResult {
  const index: Index = {
    ids: new Map(),
    sourcesRead: false,
    stopsRead: false,
    sourceIds: new Set(),
    hubIds: new Set(),
    stopIds: new Set(),
  };
  const checkers = Object.fromEntries(
    Object.entries(DATA_FILES).map(([k, name]) => [k, new Checker(name)]),
  ) as Record<keyof typeof DATA_FILES, Checker>;
  const docs = Object.fromEntries(
    Object.entries(DATA_FILES).map(([k, name]) => [
      k,
      parse(checkers[k as keyof typeof DATA_FILES], files[name]),
    ]),
  ) as Record<keyof typeof DATA_FILES, Json>;

  const sources = checkSources(checkers.sources, docs.sources, index);
  index.sourcesRead = Array.isArray(docs.sources);

  const hubs = checkPointCollection(checkers.hubs, docs.hubs, index, (p, id) => {
    const c = checkers.hubs;
    index.hubIds.add(id);
    index.stopIds.add(id);
    c.localized(p, 'name', id, 'properties.');
    c.oneOf(p, 'country', COUNTRIES, id, 'properties.');
    c.oneOf(p, 'precision', PRECISIONS, id, 'properties.');
    c.text(p, 'locationNote', id, 'properties.');
    checkSourceList(c, p, id, 'properties.', [], index);
  });

  const places = checkPointCollection(checkers.places, docs.places, index, (p, id) => {
    const c = checkers.places;
    index.stopIds.add(id);
    c.localized(p, 'name', id, 'properties.');
    c.oneOf(p, 'country', COUNTRIES, id, 'properties.');
    c.oneOf(p, 'type', ['capital', 'city', 'station', 'crossing', 'port'] as const, id, 'properties.');
    c.oneOf(p, 'precision', PRECISIONS, id, 'properties.');
    c.text(p, 'locationNote', id, 'properties.');
    if (typeof p.label !== 'boolean') c.error(id, 'properties.label', 'must be true or false');
  });

  index.stopsRead = [docs.hubs, docs.places].every(
    (d) => isObj(d) && d.type === 'FeatureCollection' && Array.isArray(d.features),
  );

  const projects = checkPointCollection(checkers.projects, docs.projects, index, (p, id) => {
    const c = checkers.projects;
    if (typeof p.hub !== 'string' || (index.stopsRead && !index.hubIds.has(p.hub))) {
      c.error(id, 'properties.hub', `${show(p.hub)} is not a hub id in hubs.geojson`);
    }
    c.localized(p, 'name', id, 'properties.');
    c.oneOf(p, 'kind', PROJECT_KINDS, id, 'properties.');
    c.oneOf(p, 'status', STATUSES, id, 'properties.');
    c.oneOf(p, 'precision', PRECISIONS, id, 'properties.');
    c.text(p, 'locationNote', id, 'properties.');
    checkClaims(c, p, id, index, 'properties.', true);
  });

  const routes = checkRoutes(checkers.routes, docs.routes, index);

  const storyChecker = new Checker(OPTIONAL_FILES.stories);
  const updateChecker = new Checker(OPTIONAL_FILES.updates);
  const selectable = {
    hub: new Set(index.hubIds),
    project: new Set((projects as (PointFeature<ProjectProperties> | null)[]).map((p) => p?.properties?.id)),
    route: new Set(routes.map((r) => r?.id)),
  };
  const stories = checkStories(
    storyChecker,
    optional(storyChecker, files[OPTIONAL_FILES.stories]),
    index,
    selectable,
  );
  const updates = checkUpdates(updateChecker, optional(updateChecker, files[OPTIONAL_FILES.updates]));

  const errors = [...Object.values(checkers), storyChecker, updateChecker].flatMap((c) => c.errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      sources,
      hubs: hubs as PointFeature<HubProperties>[],
      projects: projects as PointFeature<ProjectProperties>[],
      places: places as PointFeature<PlaceProperties>[],
      routes,
      stories,
      updates,
    },
  };
}

/** An optional file: absent is an empty list, present must parse. */
function optional(c: Checker, text: string | undefined): Json {
  return text === undefined ? [] : parse(c, text);
}

const FILTER_VOCABULARIES: Record<string, readonly string[] | null> = {
  status: STATUSES,
  kind: PROJECT_KINDS,
  mode: ROUTE_MODES,
  country: COUNTRIES,
  partner: null,
};

function checkStories(
  c: Checker,
  doc: Json,
  index: Index,
  selectable: Record<'hub' | 'project' | 'route', Set<unknown>>,
): Story[] {
  if (!Array.isArray(doc)) {
    if (doc !== undefined) c.error(undefined, undefined, 'must be a JSON array of stories');
    return [];
  }
  doc.forEach((story, i) => {
    if (!isObj(story)) {
      c.error(`#${i}`, undefined, 'must be an object');
      return;
    }
    const id = claimId(c, story, index, `#${i}`, '');
    c.localized(story, 'title', id, '');
    const steps = c.array(story, 'steps', id, '');
    if (steps.length === 0) c.error(id, 'steps', 'needs at least one step');
    steps.forEach((step, j) => {
      const path = `steps[${j}].`;
      if (!isObj(step)) {
        c.error(id, `steps[${j}]`, 'must be an object');
        return;
      }
      c.localized(step, 'caption', id, path);
      c.date(step, 'date', id, path, true);
      const sel = step.select;
      if (sel !== undefined) {
        const type = isObj(sel) ? sel.type : undefined;
        if (
          !isObj(sel) ||
          (type !== 'hub' && type !== 'project' && type !== 'route') ||
          !selectable[type].has(sel.id)
        ) {
          c.error(
            id,
            `${path}select`,
            `${show(isObj(sel) ? sel.id : sel)} is not a hub, project or route of that type`,
          );
        }
      }
      const cam = step.camera;
      if (cam !== undefined) {
        const ok =
          isObj(cam) &&
          Array.isArray(cam.center) &&
          cam.center.length === 2 &&
          typeof cam.zoom === 'number' &&
          cam.zoom >= 1 &&
          cam.zoom <= 12 &&
          typeof cam.center[0] === 'number' &&
          typeof cam.center[1] === 'number' &&
          cam.center[0] >= REGION.west &&
          cam.center[0] <= REGION.east &&
          cam.center[1] >= REGION.south &&
          cam.center[1] <= REGION.north;
        if (!ok)
          c.error(id, `${path}camera`, 'must be {"center": [lon, lat] inside the region, "zoom": 1 to 12}');
      }
      const f = step.filters;
      if (f !== undefined) {
        if (!isObj(f)) c.error(id, `${path}filters`, 'must be an object of lists by group');
        else {
          for (const [key, values] of Object.entries(f)) {
            const allowed = FILTER_VOCABULARIES[key];
            if (allowed === undefined || !Array.isArray(values)) {
              c.error(
                id,
                `${path}filters.${key}`,
                `unknown group or not a list; use: ${Object.keys(FILTER_VOCABULARIES).join(', ')}`,
              );
            } else {
              for (const v of values) {
                if (typeof v !== 'string' || (allowed ? !allowed.includes(v) : !SLUG.test(v))) {
                  c.error(id, `${path}filters.${key}`, `${show(v)} is not allowed`);
                }
              }
            }
          }
        }
      }
    });
  });
  return doc as Story[];
}

function checkUpdates(c: Checker, doc: Json): DataUpdate[] {
  if (!Array.isArray(doc)) {
    if (doc !== undefined) c.error(undefined, undefined, 'must be a JSON array of updates');
    return [];
  }
  doc.forEach((u, i) => {
    if (!isObj(u)) {
      c.error(`#${i}`, undefined, 'must be an object');
      return;
    }
    c.date(u, 'date', `#${i}`, '');
    c.localized(u, 'text', `#${i}`, '');
  });
  return doc as DataUpdate[];
}
