import * as v from 'valibot';
import { FILE_SCHEMAS, isPartialDate, show } from './schema.ts';
import type {
  DataUpdate,
  Figure,
  AuthoredHubProperties as HubProperties,
  AuthoredPartner as Partner,
  PlaceProperties,
  PointFeature,
  AuthoredProjectProperties as ProjectProperties,
  AuthoredRouteProperties as RouteProperties,
  Source,
  Story,
  TimelineEvent,
} from './types.ts';
import { REGION, type SelectionType, SLUG } from './vocabularies.ts';

export { isPartialDate, REGION, show };

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

/** Formats an error as one line: `geo/projects.geojson: "aktau-hub" properties.status: ...`. */
export function formatError(e: DataError, dir = 'geo'): string {
  const where = [e.id === undefined ? '' : `"${e.id}"`, e.field ?? ''].filter(Boolean).join(' ');
  return `${dir}/${e.file}: ${where ? `${where}: ` : ''}${e.message}`;
}

type FileName = keyof typeof FILE_SCHEMAS;
type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCollection = (file: FileName) => file.endsWith('.geojson');

/** A file read so far: its parsed JSON, and which of its items (features, sources...) the schema passed. */
interface Read {
  file: FileName;
  errors: DataError[];
  /** The parsed document, or undefined when missing or not JSON. */
  doc?: unknown;
  /** The items as authored, when the document is the list (or collection) it should be. */
  items?: unknown[];
  /** Items the schema refused: their references are not checked (their own errors come first). */
  refused: Set<number>;
  /** The schema's output, when the whole file passed. */
  output?: unknown;
}

/** The properties of an item: a feature's `properties`, or the item itself in a JSON list. */
function propsOf(file: FileName, item: unknown): Obj | undefined {
  const props = isCollection(file) && isObj(item) ? item.properties : item;
  return isObj(props) ? props : undefined;
}

/** The id an item is reported under: its own when it is a valid slug, else its position `#3`. */
function reportId(read: Read, index: number): string {
  const id = propsOf(read.file, read.items?.[index])?.id;
  return typeof id === 'string' && SLUG.test(id) ? id : `#${index}`;
}

/** Parses a file (absent optional files are empty lists) and runs its schema. */
function readFile(file: FileName, text: string | undefined, optional: boolean): Read {
  const read: Read = { file, errors: [], refused: new Set() };
  const error = (message: string) => read.errors.push({ file, message });
  if (text === undefined) {
    if (optional) read.doc = [];
    else error('file is missing');
  } else {
    try {
      read.doc = JSON.parse(text);
    } catch (e) {
      error(`is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (read.doc === undefined) return read;
  const list = isCollection(file) ? (isObj(read.doc) ? read.doc.features : undefined) : read.doc;
  if (Array.isArray(list)) read.items = list;
  const result = v.safeParse(FILE_SCHEMAS[file], read.doc);
  if (result.success) read.output = result.output;
  else toErrors(read, result.issues);
  return read;
}

/** Turns the schema's issues into errors naming the item (by id) and the field inside it. */
function toErrors(read: Read, issues: readonly v.BaseIssue<unknown>[]): void {
  const seen = new Set<string>();
  // Inside a collection, items sit at `features[i]`; in a JSON list, at `[i]`.
  const depth = isCollection(read.file) ? 1 : 0;
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((p) => p.key);
    const index = keys[depth];
    const atItem =
      typeof index === 'number' && (depth === 0 || keys[0] === 'features') && read.items !== undefined;
    const rest = atItem ? keys.slice(depth + 1) : keys;
    const field = rest.reduce<string>(
      (path, k) => (typeof k === 'number' ? `${path}[${k}]` : path ? `${path}.${String(k)}` : String(k)),
      '',
    );
    const id = atItem ? reportId(read, index) : undefined;
    if (atItem) read.refused.add(index);
    const key = `${id}\u0000${field}\u0000${issue.message}`;
    if (seen.has(key)) continue; // a date that fails the pattern fails the calendar check too
    seen.add(key);
    read.errors.push({ file: read.file, id, field: field || undefined, message: issue.message });
  }
}

/**
 * The items the schema passed, with the id they are reported under, for the reference checks. None when the
 * file itself is wrong (not JSON, not a list or collection): its own error comes first.
 */
function passed<P>(read: Read): { id: string; props: P; item: Obj }[] {
  return itemsOf(read).flatMap((item, index) => {
    const props = propsOf(read.file, item);
    if (read.refused.has(index) || !props) return [];
    return [{ id: reportId(read, index), props: props as P, item: item as Obj }];
  });
}

/** The items of a file that is the list (or collection) it should be; none when the file itself is wrong. */
function itemsOf(read: Read): unknown[] {
  return readable(read) ? (read.items ?? []) : [];
}

/** The file is the list (or collection) it should be: errors, if any, are inside its items. */
function readable(read: Read): boolean {
  return read.items !== undefined && read.errors.every((e) => e.id !== undefined);
}

/** Ids (valid slugs) of every item of a readable file, whether or not the item passed the schema. */
function idsOf(read: Read): string[] {
  return itemsOf(read).flatMap((item) => {
    const id = propsOf(read.file, item)?.id;
    return typeof id === 'string' && SLUG.test(id) ? [id] : [];
  });
}

/**
 * Validates the authored data. Never throws: every problem, however malformed the input, comes back as
 * a `DataError` naming the file, the feature, the field and what to do. The schema checks each file on its
 * own; then a short pass checks what joins the files: unique ids, cited sources, hubs, stops, story steps.
 */
export function validate(files: Partial<Record<string, string>>): ValidationResult {
  const reads = Object.fromEntries(
    (Object.keys(FILE_SCHEMAS) as FileName[]).map((file) => {
      const optional = (Object.values(OPTIONAL_FILES) as string[]).includes(file);
      return [file, readFile(file, files[file], optional)];
    }),
  ) as Record<FileName, Read>;
  crossCheck(reads);

  const errors = Object.values(reads).flatMap((r) => r.errors);
  if (errors.length > 0) return { ok: false, errors };
  const out = <T>(file: FileName) => reads[file].output as T;
  const features = <P>(file: FileName) => out<{ features: PointFeature<P>[] }>(file).features;
  return {
    ok: true,
    data: {
      sources: out<Source[]>('sources.json'),
      hubs: features<HubProperties>('hubs.geojson'),
      projects: features<ProjectProperties>('projects.geojson'),
      places: features<PlaceProperties>('places.geojson'),
      routes: out<RouteProperties[]>('routes.json'),
      stories: out<Story[]>('stories.json'),
      updates: out<DataUpdate[]>('updates.json'),
    },
  };
}

/** The checks that join files, and the one a JSON Schema cannot say (a feature's id equals its properties.id). */
function crossCheck(reads: Record<FileName, Read>): void {
  // Ids are unique across files, counted in this order whether or not their item passed the schema.
  const owner = new Map<string, string>();
  for (const file of [
    'sources.json',
    'hubs.geojson',
    'places.geojson',
    'projects.geojson',
    'routes.json',
    'stories.json',
  ] as const) {
    const read = reads[file];
    const field = isCollection(file) ? 'properties.id' : 'id';
    for (const id of idsOf(read)) {
      const first = owner.get(id);
      if (first === undefined) owner.set(id, file);
      else read.errors.push({ file, id, field, message: `duplicate id; already used in ${first}` });
    }
  }

  // A reference is only checked against a file that could be read, so one broken file is one report.
  const known = (file: FileName) => (readable(reads[file]) ? new Set(idsOf(reads[file])) : null);
  const sourceIds = known('sources.json');
  const hubIds = known('hubs.geojson');
  const placeIds = known('places.geojson');
  const stopIds = hubIds && placeIds ? new Set([...hubIds, ...placeIds]) : null;

  for (const file of ['hubs.geojson', 'places.geojson', 'projects.geojson'] as const) {
    for (const { id, item } of passed<Obj>(reads[file])) {
      if (item.id !== undefined && item.id !== id) {
        const message = `feature id ${show(item.id)} differs from properties.id; make them equal`;
        reads[file].errors.push({ file, id, field: 'id', message });
      }
    }
  }
  for (const { id, props } of passed<HubProperties>(reads['hubs.geojson'])) {
    checkSources(reads['hubs.geojson'], id, 'properties.', props, [], sourceIds);
  }
  const projects = reads['projects.geojson'];
  for (const { id, props } of passed<ProjectProperties>(projects)) {
    if (hubIds && !hubIds.has(props.hub)) {
      const message = `${show(props.hub)} is not a hub id in hubs.geojson`;
      projects.errors.push({ file: projects.file, id, field: 'properties.hub', message });
    }
    checkSources(projects, id, 'properties.', props, citations(props), sourceIds);
  }
  const routes = reads['routes.json'];
  for (const { id, props } of passed<RouteProperties>(routes)) {
    props.stops.forEach((stop, i) => {
      if (stopIds && !stopIds.has(stop)) {
        const message = `${show(stop)} is not a hub or place id`;
        routes.errors.push({ file: routes.file, id, field: `stops[${i}]`, message });
      }
    });
    checkWaypoints(routes, id, props);
    checkSources(routes, id, '', props, citations(props), sourceIds);
  }
  const ids = { hub: hubIds, project: known('projects.geojson'), route: known('routes.json') };
  checkStories(reads['stories.json'], ids);
  checkUpdates(reads['updates.json'], ids);
}

/** Each waypoint entry follows a stop of its route that has a next stop, and only one entry a stop. */
function checkWaypoints(read: Read, id: string, props: RouteProperties): void {
  const seen = new Set<string>();
  const leading = props.stops.slice(0, -1);
  (props.waypoints ?? []).forEach((w, i) => {
    const field = `waypoints[${i}].after`;
    let message: string | undefined;
    if (!props.stops.includes(w.after))
      message = `${show(w.after)} is not a stop of this route; use one of: ${leading.join(', ')}`;
    else if (!leading.includes(w.after))
      message = `${show(w.after)} is the last stop, with no next stop to lead to; use one of: ${leading.join(', ')}`;
    else if (props.stops.indexOf(w.after) !== props.stops.lastIndexOf(w.after))
      message = `${show(w.after)} is a stop twice in this route, so the points' place is unclear; add a place as a stop instead`;
    else if (seen.has(w.after))
      message = `${show(w.after)} already has waypoints; put all the points after it in one entry`;
    seen.add(w.after);
    if (message) read.errors.push({ file: read.file, id, field, message });
  });
}

type Claim = Figure | TimelineEvent | Partner;

/** Every cited source of a project or route, with the field that cites it. */
function citations(props: {
  figures: Figure[];
  timeline: TimelineEvent[];
  partners?: Partner[];
}): { field: string; source: string }[] {
  const groups: [string, Claim[]][] = [
    ['figures', props.figures],
    ['timeline', props.timeline],
    ['partners', props.partners ?? []],
  ];
  return groups.flatMap(([key, claims]) =>
    claims.map((c, i) => ({ field: `${key}[${i}].source`, source: c.source })),
  );
}

/** The listed sources exist; every cited source exists and is listed. */
function checkSources(
  read: Read,
  id: string,
  base: string,
  props: { sources: string[] },
  cited: { field: string; source: string }[],
  sourceIds: Set<string> | null,
): void {
  if (sourceIds === null) return;
  const error = (field: string, message: string) => read.errors.push({ file: read.file, id, field, message });
  props.sources.forEach((s, i) => {
    if (!sourceIds.has(s)) error(`${base}sources[${i}]`, `${show(s)} is not a source id in sources.json`);
  });
  const unlisted = new Set<string>();
  for (const { field, source } of cited) {
    if (!sourceIds.has(source)) {
      error(`${base}${field}`, `cites "${source}", which is not a source id in sources.json`);
    } else if (!props.sources.includes(source) && !unlisted.has(source)) {
      unlisted.add(source);
      error(`${base}sources`, `does not list "${source}", which the feature cites`);
    }
  }
}

/** What an update names as changed exists, in the file of its type. */
function checkUpdates(read: Read, ids: Record<'hub' | 'project' | 'route', Set<string> | null>): void {
  for (const { id, props } of passed<DataUpdate>(read)) {
    (props.features ?? []).forEach((f, j) => {
      const known = ids[f.type];
      if (known && !known.has(f.id)) {
        const message = `${show(f.id)} is not a ${f.type} id; use the id of a ${f.type} in ${UPDATE_FILES[f.type]}`;
        read.errors.push({ file: read.file, id, field: `features[${j}].id`, message });
      }
    });
  }
}

const UPDATE_FILES = { hub: 'hubs.geojson', project: 'projects.geojson', route: 'routes.json' } as const;

/** What a story step selects exists, in the file of its type. */
function checkStories(read: Read, ids: Record<SelectionType, Set<string> | null>): void {
  const files = { hub: 'hubs.geojson', project: 'projects.geojson', route: 'routes.json' } as const;
  for (const { id, props } of passed<Story>(read)) {
    props.steps.forEach((step, j) => {
      const sel = step.select;
      const known = sel && ids[sel.type];
      if (sel && known && !known.has(sel.id)) {
        const message = `${show(sel.id)} is not a ${sel.type} id; use the id of a ${sel.type} in ${files[sel.type]}`;
        read.errors.push({ file: read.file, id, field: `steps[${j}].select.id`, message });
      }
    });
  }
}
