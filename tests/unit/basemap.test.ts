import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_BOUNDS,
  BASEMAP_CLIP_BOUNDS,
  BASEMAP_LAYERS,
  type BasemapLayer,
  buildBasemap,
} from '../../build/basemap.ts';
import { DEFAULT_BOUNDS, MAX_BOUNDS } from '../../src/map/view.ts';

const basemap = buildBasemap();

function layer(tag: BasemapLayer): Feature[] {
  return basemap.features.filter((f) => f.properties?.layer === tag);
}

function country(name: string): Feature<Polygon | MultiPolygon> {
  const found = layer('country').find((f) => f.properties?.name_en === name);
  if (!found) throw new Error(`no country polygon for ${name}`);
  return found as Feature<Polygon | MultiPolygon>;
}

function label(name: string): Feature<Point> {
  const found = layer('country-label').find((f) => f.properties?.name_en === name);
  if (!found) throw new Error(`no label for ${name}`);
  return found as Feature<Point>;
}

function covers(features: Feature[], at: Position): boolean {
  return features.some((f) => booleanPointInPolygon(point(at), f as Feature<Polygon | MultiPolygon>));
}

function positions(coordinates: unknown): Position[] {
  if (typeof (coordinates as Position)[0] === 'number') return [coordinates as Position];
  return (coordinates as unknown[]).flatMap(positions);
}

describe('buildBasemap', () => {
  it('tags every feature with a known layer', () => {
    for (const f of basemap.features) expect(BASEMAP_LAYERS).toContain(f.properties?.layer);
    for (const tag of BASEMAP_LAYERS) expect(layer(tag).length, tag).toBeGreaterThan(0);
  });

  it('has country polygons for the corridor countries, with ISO numeric ids', () => {
    expect(country('Kazakhstan').properties?.iso).toBe('398');
    expect(country('China').properties?.iso).toBe('156');
    expect(country('Uzbekistan').properties?.iso).toBe('860');
    expect(country('Kyrgyzstan').properties?.iso).toBe('417');
    expect(covers([country('Kazakhstan')], [71.43, 51.13])).toBe(true); // Astana
    expect(covers([country('China')], [87.62, 43.83])).toBe(true); // Urumqi
  });

  it('draws Lake Balkhash and Issyk-Kul as lakes, on land that has them', () => {
    const lakes = layer('lake');
    expect(covers(lakes, [74.5, 46.5])).toBe(true); // western Balkhash
    expect(covers(lakes, [77.3, 42.45])).toBe(true); // Issyk-Kul
    expect(covers([country('Kazakhstan')], [74.5, 46.5])).toBe(true);
    for (const lake of lakes) expect(['osm', 'naturalearth']).toContain(lake.properties?.source);
  });

  it('leaves the Caspian Sea to the water-coloured background', () => {
    expect(covers(layer('country'), [50.5, 42.0])).toBe(false);
    expect(covers(layer('lake'), [50.5, 42.0])).toBe(false);
  });

  it('keeps Siberia whole where Russia crosses the antimeridian', () => {
    expect(covers([country('Russia')], [80, 66])).toBe(true);
  });

  it('keeps every coordinate inside the padded box, to 3 decimals', () => {
    const [w, s, e, n] = BASEMAP_CLIP_BOUNDS;
    expect(w).toBeLessThan(BASEMAP_BOUNDS[0]);
    expect(n).toBeGreaterThan(BASEMAP_BOUNDS[3]);
    const all = basemap.features.flatMap((f) =>
      f.geometry.type === 'GeometryCollection' ? [] : positions(f.geometry.coordinates),
    );
    const outside = all.filter(([x, y]) => x < w || x > e || y < s || y > n);
    const unrounded = all.filter((p) => p.some((v) => Math.round(v * 1000) / 1000 !== v));
    expect(all.length).toBeGreaterThan(1000);
    expect(outside).toEqual([]);
    expect(unrounded).toEqual([]);
  });

  it('labels Kazakhstan inside Kazakhstan, in Kazakh, Russian and Chinese', () => {
    const kz = label('Kazakhstan');
    expect(covers([country('Kazakhstan')], kz.geometry.coordinates)).toBe(true);
    expect(kz.properties).toMatchObject({
      iso: '398',
      name_kk: 'Қазақстан',
      name_ru: 'Казахстан',
      name_zh: '哈萨克斯坦',
      rank: 1,
    });
  });

  it('labels China in Xinjiang, inside the map bounds', () => {
    const [x, y] = label('China').geometry.coordinates;
    expect(covers([country('China')], [x, y])).toBe(true);
    expect(x).toBeGreaterThan(73.5);
    expect(x).toBeLessThan(96.4);
    expect(y).toBeGreaterThan(35);
    expect(label('China').properties?.rank).toBe(1);
  });

  it('gives other languages only to the eleven verified countries', () => {
    const translated = layer('country-label').filter((f) => f.properties?.name_kk !== undefined);
    expect(translated.map((f) => f.properties?.iso).sort()).toEqual(
      ['004', '031', '156', '364', '398', '417', '496', '643', '762', '795', '860'].sort(),
    );
    expect(label('Turkey').properties).not.toHaveProperty('name_ru');
    expect(label('Turkey').properties?.rank).toBe(2);
  });

  it('stays small enough to load with the page', () => {
    expect(JSON.stringify(basemap).length).toBeLessThan(300 * 1024);
  });

  it('credits OpenStreetMap for the lakes, as plain text', () => {
    expect(BASEMAP_ATTRIBUTION).toContain('OpenStreetMap');
    expect(BASEMAP_ATTRIBUTION).toContain('Natural Earth');
    expect(BASEMAP_ATTRIBUTION).not.toMatch(/[<>]/);
  });
});

describe('the map camera', () => {
  it('stays inside the basemap, so no edge of empty water shows', () => {
    const [[w, s], [e, n]] = MAX_BOUNDS;
    const [cw, cs, ce, cn] = BASEMAP_CLIP_BOUNDS;
    expect(w >= cw && s >= cs && e <= ce && n <= cn).toBe(true);
  });

  it('starts on a view inside the basemap', () => {
    const [[w, s], [e, n]] = DEFAULT_BOUNDS;
    const [cw, cs, ce, cn] = BASEMAP_BOUNDS;
    expect(w >= cw && s >= cs && e <= ce && n <= cn).toBe(true);
  });
});
