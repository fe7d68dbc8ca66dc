import type {
  CorridorData,
  HubDetails,
  IndexProject,
  IndexRoute,
  MapData,
  ProjectProperties,
  Route,
  RouteDetails,
  TimelineEvent,
} from './types.ts';

/** Where a hub's or a route's details are, relative to the site (ids are slugs, so safe in a path). */
export function detailsPath(type: 'hub' | 'route', id: string): string {
  return type === 'hub' ? `data/hubs/${id}.json` : `data/routes/${id}.json`;
}

const dated = (timeline: TimelineEvent[]) => timeline.map(({ text: _, ...rest }) => rest);

function indexProject({ summary: _s, locationNote: _l, timeline, ...rest }: ProjectProperties): IndexProject {
  return { ...rest, timeline: dated(timeline) };
}

function indexRoute({ summary: _s, lineNote: _l, timeline, ...rest }: Route): IndexRoute {
  return { ...rest, timeline: dated(timeline) };
}

/** The map index of the data: the same features without the texts only a panel shows. */
export function mapIndex(data: CorridorData): MapData {
  return {
    ...data,
    hubs: data.hubs.map(({ properties: { locationNote: _, ...p }, ...f }) => ({ ...f, properties: p })),
    projects: data.projects.map((f) => ({ ...f, properties: indexProject(f.properties) })),
    places: data.places.map(({ properties: { locationNote: _, ...p }, ...f }) => ({ ...f, properties: p })),
    routes: data.routes.map(indexRoute),
  };
}

/** Every hub's details, by hub id. */
export function hubDetails(data: CorridorData): Map<string, HubDetails> {
  const out = new Map<string, HubDetails>(
    data.hubs.map((h) => [h.properties.id, { locationNote: h.properties.locationNote, projects: {} }]),
  );
  for (const { properties: p } of data.projects) {
    const hub = out.get(p.hub);
    if (hub) hub.projects[p.id] = { summary: p.summary, locationNote: p.locationNote, timeline: p.timeline };
  }
  return out;
}

/** A route's details. */
export function routeDetails(r: Route): RouteDetails {
  return { summary: r.summary, lineNote: r.lineNote, timeline: r.timeline };
}
