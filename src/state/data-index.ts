import type { Localized, MapData, ProjectKind, RouteMode, Source } from '../data/types.ts';
import { partnerSlug, yearRange } from './filters.ts';
import type { ViewIndex } from './reduce.ts';
import type { Selection } from './view.ts';

/** What the page looks up in the data again and again, made once per data set. */
export interface DataIndex extends ViewIndex {
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
  const ids = {
    hub: new Set(d.hubs.map((h) => h.properties.id)),
    project: new Set(d.projects.map((p) => p.properties.id)),
    route: new Set(d.routes.map((r) => r.id)),
  };
  return {
    known: (s: Selection) => ids[s.type]?.has(s.id) ?? false,
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
