import { describe, expect, it } from 'vitest';
import { countsFor, generateData, SYNTHETIC_REGION, type SyntheticFiles } from '../../bench/synthetic.js';
import { syntheticData } from '../data-files.ts';

describe('the benchmark data generator', () => {
  for (const scale of [1, 100]) {
    it(`makes data that passes the validator at scale ${scale}`, () => {
      // syntheticData validates and derives as the build does, and throws the validator's first errors.
      expect(syntheticData(scale).projects.length).toBe(20 * scale);
    });
  }

  it('makes the counts asked for: the real data times the scale, routes and sources capped', () => {
    const counts = (files: SyntheticFiles) => ({
      sources: JSON.parse(files['sources.json']).length,
      hubs: JSON.parse(files['hubs.geojson']).features.length,
      projects: JSON.parse(files['projects.geojson']).features.length,
      places: JSON.parse(files['places.geojson']).features.length,
      routes: JSON.parse(files['routes.json']).length,
    });
    expect(counts(generateData({ scale: 1, seed: 1 }))).toEqual({
      sources: 41,
      hubs: 13,
      projects: 20,
      places: 25,
      routes: 11,
    });
    expect(counts(generateData({ scale: 100, seed: 1 }))).toEqual({
      sources: 2000,
      hubs: 1300,
      projects: 2000,
      places: 2500,
      routes: 1100,
    });
    expect(countsFor(1000)).toEqual({
      sources: 2000,
      hubs: 13_000,
      projects: 20_000,
      places: 25_000,
      routes: 10_000,
    });
  });

  it('puts every point inside the region and every route through existing stops', () => {
    const files = generateData({ scale: 3, seed: 11 });
    const points = (['hubs.geojson', 'places.geojson', 'projects.geojson'] as const).flatMap(
      (f) => JSON.parse(files[f]).features as { geometry: { coordinates: [number, number] } }[],
    );
    for (const { geometry } of points) {
      const [lon, lat] = geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(SYNTHETIC_REGION.west - 0.1);
      expect(lon).toBeLessThanOrEqual(SYNTHETIC_REGION.east + 0.1);
      expect(lat).toBeGreaterThanOrEqual(SYNTHETIC_REGION.south - 0.1);
      expect(lat).toBeLessThanOrEqual(SYNTHETIC_REGION.north + 0.1);
    }
    const stopIds = new Set(
      (['hubs.geojson', 'places.geojson'] as const).flatMap((f) =>
        JSON.parse(files[f]).features.map((p: { properties: { id: string } }) => p.properties.id),
      ),
    );
    for (const r of JSON.parse(files['routes.json']) as { stops: string[] }[]) {
      expect(r.stops.length).toBeGreaterThanOrEqual(2);
      expect(new Set(r.stops).size).toBe(r.stops.length);
      for (const s of r.stops) expect(stopIds.has(s)).toBe(true);
    }
  });

  it('gives the same output for the same seed and a different one for another seed', () => {
    expect(generateData({ scale: 2, seed: 42 })).toEqual(generateData({ scale: 2, seed: 42 }));
    const a = generateData({ scale: 2, seed: 42 });
    const b = generateData({ scale: 2, seed: 43 });
    for (const name of Object.keys(a) as (keyof typeof a)[]) expect(a[name]).not.toBe(b[name]);
  });
});
