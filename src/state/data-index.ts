import type {
  IndexHub,
  IndexProject,
  IndexRoute,
  Localized,
  MapData,
  PointFeature,
  ProjectKind,
  RouteMode,
  Source,
} from '../data/types.ts';
import type { SelectionType } from '../data/vocabularies.ts';
import { partnerSlug, yearRange } from './filters.ts';
import type { ViewIndex } from './reduce.ts';
import type { Selection } from './view.ts';

/** What each kind of selection names in the data. */
interface Named extends Record<SelectionType, unknown> {
  hub: PointFeature<IndexHub>;
  project: PointFeature<IndexProject>;
  route: IndexRoute;
}

/**
 * What the page looks up in the data again and again, made once per data set: the one place that answers
 * which feature a selection names and which hub a project belongs to.
 */
export interface DataIndex extends ViewIndex {
  /** The hubs, projects and routes by id, one map for each kind of selection. */
  byId: { readonly [K in SelectionType]: ReadonlyMap<string, Named[K]> };
  /** The hub a selection belongs to: a hub itself, a project's hub; `undefined` for a route or an unknown id. */
  hubOf(s: Selection): string | undefined;
  /**
   * The texts a selection's panel shows (`detailsPath`): its hub's, for a hub or a project, or its route's;
   * `null` for a hub or project the data does not have.
   */
  detailsOf(s: Selection): { type: 'hub' | 'route'; id: string } | null;
  /** Each hub's projects, in the data's order. */
  projectsOf(hub: string): readonly PointFeature<IndexProject>[];
  /** The name of what a selection names, if the data has it. */
  nameOf(s: Selection): Localized | undefined;
  sources: ReadonlyMap<string, Source>;
  /** Names of hubs and places by id (route stops). */
  names: ReadonlyMap<string, Localized>;
  /** Partner names (in every language they have) by their filter slug. */
  partnerNames: ReadonlyMap<string, Localized>;
  /** The time control's years: the first dated event's to the present's (see `yearRange`). */
  years: [number, number];
  /** The kinds of project in the data, for the legend. */
  kinds: ProjectKind[];
  /** The route modes in the data, for the legend. */
  modes: RouteMode[];
}

/** Indexes a data set. */
export function indexData(d: MapData): DataIndex {
  const byId: DataIndex['byId'] = {
    hub: new Map(d.hubs.map((h) => [h.properties.id, h])),
    project: new Map(d.projects.map((p) => [p.properties.id, p])),
    route: new Map(d.routes.map((r) => [r.id, r])),
  };
  const byHub = new Map<string, PointFeature<IndexProject>[]>();
  for (const p of d.projects) {
    const list = byHub.get(p.properties.hub);
    if (list) list.push(p);
    else byHub.set(p.properties.hub, [p]);
  }
  const named = (s: Selection) => byId[s.type]?.get(s.id);
  const hubOf = (s: Selection) =>
    s.type === 'hub'
      ? byId.hub.get(s.id)?.properties.id
      : s.type === 'project'
        ? byId.project.get(s.id)?.properties.hub
        : undefined;
  return {
    byId,
    known: (s: Selection) => named(s) !== undefined,
    hubOf,
    detailsOf: (s: Selection) => {
      if (s.type === 'route') return { type: 'route', id: s.id };
      const hub = hubOf(s);
      return hub ? { type: 'hub', id: hub } : null;
    },
    projectsOf: (hub: string) => byHub.get(hub) ?? [],
    nameOf: (s: Selection) => {
      const f = named(s);
      return f && ('properties' in f ? f.properties.name : f.name);
    },
    stories: d.stories,
    sources: new Map(d.sources.map((s) => [s.id, s])),
    names: new Map(
      [...d.hubs, ...d.places].map((f) => [f.properties.id, f.properties.name] as [string, Localized]),
    ),
    partnerNames: new Map(
      d.projects.flatMap((p) =>
        p.properties.partners.map((x) => [partnerSlug(x.name.en), x.name] as [string, Localized]),
      ),
    ),
    years: yearRange(d),
    kinds: [...new Set(d.projects.map((p) => p.properties.kind))],
    modes: [...new Set(d.routes.map((r) => r.mode))],
  };
}
