import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/data/derive.ts';
import { validate } from '../../src/data/validate.ts';
import {
  BASE_RADIUS,
  COUNT_NEAR_KM,
  countsGivingWay,
  hubPairs,
  hubVolume,
  iconName,
  mapFeatures,
  pairName,
} from '../../src/style/features.ts';
import { readGeoFiles, validateFiles } from '../../tools/data.ts';
import { createValidFiles, GEO_DIR } from '../data-files.ts';

/** The real data in geo/, validated. */
function validateReal() {
  const result = validateFiles(readGeoFiles(GEO_DIR));
  if (!result.ok) throw new Error('geo/ is invalid');
  return result.data;
}

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

describe('pairs of hubs', () => {
  it('name a pair once in each language: one name where one starts the other, else both', () => {
    expect(
      pairName(
        { en: 'Khorgos', ru: 'Хоргос', kk: 'Қорғас', zh: '霍尔果斯' },
        { en: 'Horgos (China)', ru: 'Хоргос (Китай)', kk: 'Қорғас (Қытай)', zh: '霍尔果斯市' },
      ),
    ).toEqual({ pair_en: 'Khorgos / Horgos', pair_ru: 'Хоргос', pair_kk: 'Қорғас', pair_zh: '霍尔果斯' });
    // A name missing in a language is the English one, as on the map.
    expect(
      pairName({ en: 'Maikapshagay (road crossing)' }, { en: 'Jeminay (Jimunai port)', zh: '吉木乃口岸' }),
    ).toMatchObject({
      pair_ru: 'Maikapshagay / Jeminay',
      pair_zh: 'Maikapshagay／吉木乃口岸',
    });
  });

  it('pair hubs a few km apart, the bigger first, each hub in one pair at most', () => {
    const hub = (id: string, lon: number, radius = 7, projects = 1) => ({
      id,
      at: [lon, 44],
      radius,
      projects,
    });
    // 0.1 degree of longitude at 44 N is about 8 km; 0.5 degree about 40 km.
    expect(hubPairs([hub('a', 80), hub('b', 80.1, 12), hub('c', 80.15), hub('d', 81)])).toEqual([['b', 'c']]);
    expect(hubPairs([hub('a', 80, 7, 1), hub('b', 80.1, 7, 3)])).toEqual([['b', 'a']]);
    expect(hubPairs([hub('a', 80), hub('b', 80.5)])).toEqual([]);
  });

  it('find the same pairs and giving-way counts as a test of every two hubs, wherever the hubs stand', () => {
    type Hub = { id: string; at: number[]; radius: number; projects: number };
    // The rules as first written: every two hubs measured (too slow at a thousand times the data).
    const km = ([x1, y1]: number[], [x2, y2]: number[]) =>
      Math.hypot((x1 - x2) * 111.32 * Math.cos((((y1 + y2) / 2) * Math.PI) / 180), (y1 - y2) * 110.57);
    const allPairs = (hubs: Hub[]) => {
      const near: [number, Hub, Hub][] = [];
      hubs.forEach((a, i) => {
        for (const b of hubs.slice(i + 1)) if (km(a.at, b.at) < 20) near.push([km(a.at, b.at), a, b]);
      });
      const taken = new Set<string>();
      const pairs: [string, string][] = [];
      for (const [, a, b] of near.sort((x, y) => x[0] - y[0])) {
        if (taken.has(a.id) || taken.has(b.id)) continue;
        taken.add(a.id).add(b.id);
        const bFirst = b.radius > a.radius || (b.radius === a.radius && b.projects > a.projects);
        pairs.push(bFirst ? [b.id, a.id] : [a.id, b.id]);
      }
      return pairs;
    };
    const allGivingWay = (hubs: Hub[], pairs: [string, string][]) => {
      const partner = (id: string) => pairs.find((p) => p.includes(id))?.find((x) => x !== id);
      const bigger = (a: Hub, b: Hub) =>
        a.radius > b.radius || (a.radius === b.radius && a.projects > b.projects);
      return hubs
        .filter((h) => !pairs.some(([, second]) => second === h.id))
        .filter((h) =>
          hubs.some(
            (o) => o.id !== h.id && partner(h.id) !== o.id && bigger(o, h) && km(o.at, h.at) < COUNT_NEAR_KM,
          ),
        )
        .map((h) => h.id)
        .sort();
    };
    // Hubs crowded round a few centres, at any latitude but the poles', so that pairs and near hubs abound.
    const hubsArb = fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.double({ min: -170, max: 170, noNaN: true }),
            fc.double({ min: -85, max: 85, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.array(
          fc.tuple(
            fc.nat(2),
            fc.double({ min: -1.5, max: 1.5, noNaN: true }),
            fc.double({ min: -1.5, max: 1.5, noNaN: true }),
            fc.constantFrom(7, 9, 12),
            fc.nat(3),
          ),
          { maxLength: 40 },
        ),
      )
      .map(([centres, hubs]) =>
        hubs.map(([c, dx, dy, radius, projects], i) => {
          const [lon, lat] = centres[c % centres.length];
          return { id: `h${i}`, at: [lon + dx, lat + dy / 4], radius, projects };
        }),
      );
    fc.assert(
      fc.property(hubsArb, (hubs) => {
        const pairs = hubPairs(hubs);
        expect(pairs).toEqual(allPairs(hubs));
        expect([...countsGivingWay(hubs, pairs)].sort()).toEqual(allGivingWay(hubs, pairs));
      }),
      { numRuns: 300 },
    );
  });

  it('give the first hub of a pair both names and counts, and mark the second', () => {
    const features = mapFeatures(derive(validateReal()));
    const props = (id: string) =>
      features.hubs.features.find((f) => f.properties?.id === id)?.properties ?? {};
    expect(props('khorgos').pair_en).toBe('Khorgos / Horgos');
    expect(props('khorgos').pairProjects).toBe(
      Number(props('khorgos').projects) + Number(props('horgos-cn').projects),
    );
    expect(props('horgos-cn').paired).toBe(true);
    expect(props('almaty').pair_en).toBeUndefined();
    expect(props('urumqi').labelSide).toBe('east');
    expect(props('oral').labelSide).toBe('west');
  });
});
