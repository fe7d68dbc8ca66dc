// Types for bench/synthetic.js (plain ESM JavaScript), for the TypeScript tests that import it.

/** The five authored files of geo/, as text. */
export type SyntheticFiles = Record<
  'sources.json' | 'hubs.geojson' | 'projects.geojson' | 'places.geojson' | 'routes.json',
  string
>;

export interface Counts {
  hubs: number;
  projects: number;
  places: number;
  routes: number;
  sources: number;
}

export const SYNTHETIC_REGION: { west: number; south: number; east: number; north: number };
export const BASE_COUNTS: Counts;
export const CAPS: { routes: number; sources: number };
export function countsFor(scale: number): Counts;
export function mulberry32(seed: number): () => number;
export function generateData(options?: { scale?: number; seed?: number }): SyntheticFiles;
