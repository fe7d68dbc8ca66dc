/** The downloadable data files the build writes (see `tools/downloads.ts`) and the page links, by role. */
export const DOWNLOADS = {
  /** Every hub, project and route. */
  corridorGeoJson: 'data/corridor.geojson',
  projectsGeoJson: 'data/projects.geojson',
  projectsCsv: 'data/projects.csv',
  routesCsv: 'data/routes.csv',
  hubsCsv: 'data/hubs.csv',
} as const;
