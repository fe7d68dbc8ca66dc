import { describe, expect, it } from 'vitest';
import { detailsPath, hubDetails, mapIndex, routeDetails } from '../../src/data/split.ts';
import type { CorridorData } from '../../src/data/types.ts';
import { indexData } from '../../src/state/data-index.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { GEO_DIR, syntheticData } from '../data-files.ts';

const data = loadCorridorData(GEO_DIR);

/** The full data put back together from the index and every details file, as a panel sees it. */
function reassemble(d: CorridorData): CorridorData {
  const index = mapIndex(d);
  const hubs = hubDetails(d);
  const routes = new Map(d.routes.map((r) => [r.id, routeDetails(r)]));
  // The index and the details travel as JSON.
  const json = <T>(x: T): T => JSON.parse(JSON.stringify(x));
  const i = json(index);
  return {
    ...i,
    hubs: i.hubs.map((h) => ({
      ...h,
      properties: { ...h.properties, locationNote: json(hubs.get(h.properties.id))?.locationNote ?? '' },
    })),
    projects: i.projects.map((p) => ({
      ...p,
      properties: { ...p.properties, ...json(hubs.get(p.properties.hub))?.projects[p.properties.id] },
    })),
    places: i.places.map((p, n) => ({
      ...p,
      properties: { ...p.properties, locationNote: d.places[n].properties.locationNote },
    })),
    routes: i.routes.map((r) => ({ ...r, ...json(routes.get(r.id)) })),
  } as CorridorData;
}

describe('the map index and the details', () => {
  it("name, for every hub, project and route, the details file that holds its panel's texts", () => {
    const index = indexData(mapIndex(data));
    const hubs = hubDetails(data);
    const of = (s: Parameters<typeof index.detailsOf>[0]) => {
      const d = index.detailsOf(s);
      return d && detailsPath(d.type, d.id);
    };
    for (const h of data.hubs) {
      expect(of({ type: 'hub', id: h.properties.id })).toBe(`data/hubs/${h.properties.id}.json`);
      expect(hubs.has(h.properties.id)).toBe(true);
    }
    for (const p of data.projects) {
      expect(of({ type: 'project', id: p.properties.id })).toBe(`data/hubs/${p.properties.hub}.json`);
      expect(hubs.get(p.properties.hub)?.projects[p.properties.id]).toBeDefined();
    }
    for (const r of data.routes) expect(of({ type: 'route', id: r.id })).toBe(`data/routes/${r.id}.json`);
    expect(of({ type: 'project', id: 'nowhere' })).toBeNull();
  });

  it('together give back every field of the data, unchanged', () => {
    expect(reassemble(data)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('leave the texts only a panel shows out of the index', () => {
    const { hubs, projects, places, routes } = mapIndex(data);
    const text = JSON.stringify({ hubs, projects, places, routes });
    for (const p of data.projects) expect(text).not.toContain(JSON.stringify(p.properties.summary.en));
    for (const r of data.routes) expect(text).not.toContain(JSON.stringify(r.lineNote));
    expect(text).not.toMatch(/"(summary|locationNote|lineNote|text)":/);
  });

  it('keep what the map, list, filters and search need in the index', () => {
    const index = mapIndex(data);
    const p = index.projects[0].properties;
    expect(Object.keys(p).sort()).toEqual(
      [
        'figures',
        'hub',
        'id',
        'kind',
        'lastVerified',
        'name',
        'partners',
        'precision',
        'sources',
        'status',
        'timeline',
      ].sort(),
    );
    expect(p.timeline.every((e) => typeof e.date === 'string' && !('text' in e))).toBe(true);
  });

  it('make the index a fraction of the data at scale, with one details file per hub and per route', () => {
    const big = syntheticData(100, 1);
    const full = JSON.stringify(big).length;
    const index = JSON.stringify(mapIndex(big)).length;
    expect(index / full).toBeLessThan(0.6);
    expect(hubDetails(big).size).toBe(big.hubs.length);
    expect(new Set(big.hubs.map((h) => detailsPath('hub', h.properties.id))).size).toBe(big.hubs.length);
    expect(detailsPath('route', big.routes[0].id)).toBe(`data/routes/${big.routes[0].id}.json`);
  });
});
