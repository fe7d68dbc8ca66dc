import { describe, expect, it } from 'vitest';
import { derive } from '../../src/data/derive.ts';
import { validate } from '../../src/data/validate.ts';
import { BASE_RADIUS, hubVolume, iconName, mapFeatures } from '../../src/style/features.ts';
import { createValidFiles } from '../data-files.ts';

function createData() {
  const result = validate(createValidFiles());
  if (!result.ok) throw new Error('fixture is invalid');
  return derive(result.data);
}

describe('derive', () => {
  it('draws a route through its stops and waypoints and measures it with turf', () => {
    const route = createData().routes[0];
    expect(route.coordinates).toEqual([
      [80.29, 44.16],
      [65.517, 44.85],
      [61.67, 46.8],
      [55.2, 45.3],
      [51.15, 43.65],
    ]);
    // About 1,180 km to Mid Town, then 370 + 520 + 360 km round Uzbekistan's Ustyurt to West Hub.
    expect(route.lengthKm).toBeGreaterThan(2300);
    expect(route.lengthKm).toBeLessThan(2600);
    // The waypoints shape the line only: the page gets the line, not them.
    expect(route).not.toHaveProperty('waypoints');
  });

  it('bounds every hub, project and route', () => {
    const [w, s, e, n] = createData().bounds;
    expect([w, s, e, n]).toEqual([51.15, 43.64, 80.29, 46.8]);
  });

  it('draws air routes as great-circle arcs', () => {
    const result = validate(createValidFiles());
    if (!result.ok) throw new Error('fixture is invalid');
    result.data.routes[0].mode = 'air';
    const route = derive(result.data).routes[0];
    expect(route.coordinates.length).toBeGreaterThan(3);
  });
});

describe('mapFeatures', () => {
  it('sizes a hub by the largest container volume a source gives, others at the base size', () => {
    const data = createData();
    expect(hubVolume(data.projects.map((p) => p.properties))).toBe(300000);
    const hubs = mapFeatures(data).hubs.features;
    const radius = (id: string) => hubs.find((f) => f.properties?.id === id)?.properties?.radius;
    expect(radius('hub-west')).toBe(BASE_RADIUS);
    expect(radius('hub-east')).toBeGreaterThan(BASE_RADIUS);
  });

  it('sets unlocated projects around their hub, and leaves located ones at their own point', () => {
    const projects = mapFeatures(createData()).projects.features;
    const offset = (id: string) => projects.find((f) => f.properties?.id === id)?.properties?.offset;
    expect(offset('east-terminal')).not.toEqual([0, 0]);
    expect(offset('west-port')).toEqual([0, 0]);
  });

  it('names each project icon by shape and status', () => {
    expect(iconName({ kind: 'container-terminal', status: 'operating' })).toBe('marker-diamond-operating');
  });
});
