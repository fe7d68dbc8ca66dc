import { dataAsOf } from '../data/as-of.ts';
import type {
  Country,
  IndexProject,
  IndexRoute,
  MapData,
  ProjectKind,
  RouteMode,
  Status,
} from '../data/types.ts';

/** What the reader has narrowed the map to; an empty list means "all". */
export interface Filters {
  status: Status[];
  kind: ProjectKind[];
  mode: RouteMode[];
  country: Country[];
  /** Partner slugs (see `partnerSlug`). */
  partner: string[];
}

/** The filter groups, in the order the page shows them. */
export const FILTER_KEYS = ['status', 'kind', 'mode', 'country', 'partner'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** No filter: everything shows. */
export const NO_FILTERS: Filters = { status: [], kind: [], mode: [], country: [], partner: [] };

/** A stable slug for a partner's English name, used in the URL. */
export function partnerSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when an event dated `eventDate` (partial ISO) had happened by `date` (a year or year-month). */
export function happenedBy(eventDate: string, date: string): boolean {
  return eventDate.slice(0, date.length) <= date;
}

/**
 * A project's status at a date, from its dated timeline: `null` before its first dated event (not yet
 * announced), else the status reached by its latest event with a status on or before the date. Without a
 * date, or without any dated event, the status now.
 */
export function statusAt(p: IndexProject | IndexRoute, date: string | null): Status | null {
  if (date === null || p.timeline.length === 0) return p.status;
  const dated = [...p.timeline].sort((a, b) => a.date.localeCompare(b.date));
  if (!happenedBy(dated[0].date, date)) return null;
  const withStatus = dated.filter((e) => e.status !== undefined);
  const reached = withStatus.filter((e) => happenedBy(e.date, date));
  // Before its first dated status, a project shows the first status the sources give it.
  return (reached[reached.length - 1] ?? withStatus[0])?.status ?? p.status;
}

/** Today's date (`YYYY-MM-DD`, UTC) by the reader's clock. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The years the time control runs through: from the earliest dated event to the present, that is to the
 * latest dated event that has happened, by `now` (today) and by the date the data was last checked. An
 * event dated later is a plan, not the past: the panels tell it with its date; the map, which shows things
 * as they stood, would only repeat today's picture under a future year.
 */
export function yearRange(data: MapData, now: string = today()): [number, number] {
  const asOf = dataAsOf(data);
  const present = asOf && asOf < now ? asOf : now;
  const years = [...data.projects.map((p) => p.properties), ...data.routes].flatMap((x) =>
    x.timeline.filter((e) => happenedBy(e.date, present)).map((e) => Number(e.date.slice(0, 4))),
  );
  const year = Number(present.slice(0, 4));
  return years.length ? [Math.min(...years), Math.max(...years)] : [year, year];
}

/** What the map, the list and the counts show for the current filters and date. */
export interface Visible {
  projects: Set<string>;
  routes: Set<string>;
  hubs: Set<string>;
  /**
   * The reference places shown: every place no route stops at, and the stops of the routes shown. A stop
   * that serves only hidden routes goes with them, or a dot would stand for a line that is not there.
   */
  places: Set<string>;
  /** Status of each visible project and route at the date (or now). */
  status: Map<string, Status>;
}

type Facets = Record<FilterKey, string[]>;

function projectFacets(p: IndexProject, status: Status, hubCountry: Country | undefined): Facets {
  return {
    status: [status],
    kind: [p.kind],
    mode: [],
    country: [...new Set([hubCountry, ...p.partners.map((x) => x.country)].filter(Boolean) as string[])],
    partner: p.partners.map((x) => partnerSlug(x.name.en)),
  };
}

function routeFacets(r: IndexRoute, status: Status, stopCountries: string[]): Facets {
  return { status: [status], kind: [], mode: [r.mode], country: stopCountries, partner: [] };
}

/** True when the facets pass every filter group except `skip` (for "how many if I also tick this"). */
function passes(f: Facets, filters: Filters, skip?: FilterKey, itemHasNo: FilterKey[] = []): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = filters[key] as string[];
    if (key === skip || wanted.length === 0) return true;
    // A group that does not apply to this item (routes have no kind) hides it once that group is in use.
    if (itemHasNo.includes(key)) return false;
    return f[key].some((v) => wanted.includes(v));
  });
}

/** Applies filters and a date to the data. */
export function applyFilters(data: MapData, filters: Filters, date: string | null): Visible {
  const hubCountry = new Map(data.hubs.map((h) => [h.properties.id, h.properties.country]));
  const countryOf = new Map(
    [...data.hubs, ...data.places].map((f) => [f.properties.id, f.properties.country as string]),
  );
  const visible: Visible = {
    projects: new Set(),
    routes: new Set(),
    hubs: new Set(),
    places: new Set(),
    status: new Map(),
  };
  for (const { properties: p } of data.projects) {
    const status = statusAt(p, date);
    if (status === null) continue;
    if (!passes(projectFacets(p, status, hubCountry.get(p.hub)), filters, undefined, ['mode'])) continue;
    visible.projects.add(p.id);
    visible.hubs.add(p.hub);
    visible.status.set(p.id, status);
  }
  for (const r of data.routes) {
    const status = statusAt(r, date);
    if (status === null) continue;
    const countries = [...new Set(r.stops.map((s) => countryOf.get(s) ?? ''))];
    if (!passes(routeFacets(r, status, countries), filters, undefined, ['kind', 'partner'])) continue;
    visible.routes.add(r.id);
    visible.status.set(r.id, status);
    // A route's hubs stay on the map so the line does not end in nothing.
    for (const stop of r.stops) {
      if (hubCountry.has(stop)) visible.hubs.add(stop);
      else visible.places.add(stop);
    }
  }
  const stops = new Set(data.routes.flatMap((r) => r.stops));
  for (const { properties: p } of data.places) if (!stops.has(p.id)) visible.places.add(p.id);
  return visible;
}

/** One option of a filter group: its value, and how many items it would show with the other filters kept. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * For each group, every value present in the data with the number of projects and routes that would show
 * if it were ticked, the other groups' filters kept (the counts a faceted search shows).
 */
export function facetCounts(
  data: MapData,
  filters: Filters,
  date: string | null,
): Record<FilterKey, FacetCount[]> {
  const hubCountry = new Map(data.hubs.map((h) => [h.properties.id, h.properties.country]));
  const countryOf = new Map(
    [...data.hubs, ...data.places].map((f) => [f.properties.id, f.properties.country as string]),
  );
  const items: { facets: Facets; hasNo: FilterKey[] }[] = [];
  for (const { properties: p } of data.projects) {
    const status = statusAt(p, date);
    if (status !== null)
      items.push({ facets: projectFacets(p, status, hubCountry.get(p.hub)), hasNo: ['mode'] });
  }
  for (const r of data.routes) {
    const status = statusAt(r, date);
    const countries = [...new Set(r.stops.map((s) => countryOf.get(s) ?? ''))];
    if (status !== null)
      items.push({ facets: routeFacets(r, status, countries), hasNo: ['kind', 'partner'] });
  }
  const out = {} as Record<FilterKey, FacetCount[]>;
  for (const key of FILTER_KEYS) {
    const counts = new Map<string, number>();
    for (const item of items) {
      if (!passes(item.facets, filters, key, item.hasNo)) continue;
      for (const v of new Set(item.facets[key])) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[key] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => a.value.localeCompare(b.value));
  }
  return out;
}
