import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, MAX_BOUNDS } from '../../src/data/extent.ts';
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_BOUNDS,
  BASEMAP_CLIP_BOUNDS,
  BASEMAP_LAYERS,
  type BasemapLayer,
  buildBasemap,
} from '../../tools/basemap.ts';

const basemap = buildBasemap();

function layer(tag: BasemapLayer): Feature[] {
  return basemap.features.filter((f) => f.properties?.layer === tag);
}

/** A country's outline, straight from Natural Earth (the basemap ships the land as one feature). */
const atlas = (() => {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  return feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>).features;
})();

function country(name: string): Feature<Polygon | MultiPolygon> {
  const found = atlas.find((f) => f.properties?.name === name);
  if (!found) throw new Error(`no country ${name} in world-atlas`);
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

  it('has the land as one feature, under every city of the corridor', () => {
    const land = layer('country');
    expect(land).toHaveLength(1);
    expect(land[0].properties).toEqual({ layer: 'country' });
    for (const [name, at] of [
      ['Astana', [71.43, 51.13]],
      ['Urumqi', [87.62, 43.83]],
      ['Tashkent', [69.24, 41.3]],
      ['Bishkek', [74.59, 42.87]],
      ['Aktau', [51.2, 43.65]],
      ['Baku', [49.87, 40.41]],
    ] as [string, Position][])
      expect(covers(land, at), name).toBe(true);
  });

  it('ships each border once: as a border line, not also as the edge of two country polygons', () => {
    const key = ([x, y]: Position) => `${x},${y}`;
    const border = new Set(
      positions((layer('border')[0].geometry as { coordinates: unknown }).coordinates).map(key),
    );
    const land = positions((layer('country')[0].geometry as { coordinates: unknown }).coordinates);
    // Land and borders meet only where a border reaches the coast or the edge of the box.
    const shared = land.filter((p) => border.has(key(p)));
    expect(shared.length).toBeLessThan(0.05 * land.length);
    expect(border.size).toBeGreaterThan(1000);
  });

  it('has one feature for all the lakes and one for all the rivers', () => {
    expect(layer('lake')).toHaveLength(1);
    expect(layer('river')).toHaveLength(1);
    expect(layer('border')).toHaveLength(1);
    expect(layer('river')[0].geometry.type).toBe('MultiLineString');
    expect((layer('river')[0].geometry as { coordinates: unknown[] }).coordinates.length).toBeGreaterThan(50);
    expect((layer('lake')[0].geometry as { coordinates: unknown[] }).coordinates.length).toBeGreaterThan(50);
  });

  it('draws Lake Balkhash and Issyk-Kul as lakes, on land that has them', () => {
    const lakes = layer('lake');
    expect(covers(lakes, [74.5, 46.5])).toBe(true); // western Balkhash
    expect(covers(lakes, [77.3, 42.45])).toBe(true); // Issyk-Kul
    expect(covers(layer('country'), [74.5, 46.5])).toBe(true);
    for (const lake of lakes) expect(['osm', 'naturalearth']).toContain(lake.properties?.source);
  });

  it('leaves the Caspian Sea to the water-coloured background', () => {
    expect(covers(layer('country'), [50.5, 42.0])).toBe(false);
    expect(covers(layer('lake'), [50.5, 42.0])).toBe(false);
  });

  it('keeps Siberia whole where Russia crosses the antimeridian', () => {
    expect(covers(layer('country'), [80, 66])).toBe(true);
    expect(covers(layer('country'), [110, 60])).toBe(true);
  });

  it('keeps every coordinate inside the padded box, to 3 decimals where the corridors run and 2 elsewhere', () => {
    const [w, s, e, n] = BASEMAP_CLIP_BOUNDS;
    expect(w).toBeLessThan(BASEMAP_BOUNDS[0]);
    expect(n).toBeGreaterThan(BASEMAP_BOUNDS[3]);
    const all = basemap.features.flatMap((f) =>
      f.geometry.type === 'GeometryCollection' ? [] : positions(f.geometry.coordinates),
    );
    const outside = all.filter(([x, y]) => x < w || x > e || y < s || y > n);
    const rounded = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals === v;
    const unrounded = all.filter((p) => p.some((v) => !rounded(v, 3)));
    // DETAIL_BOUNDS of tools/basemap.ts: 46-96 E, 35-56 N.
    const inDetail = ([x, y]: Position) => x >= 46 && x <= 96 && y >= 35 && y <= 56;
    // Lines and areas; the label points keep 3 decimals everywhere.
    const outer = basemap.features
      .flatMap((f) =>
        f.geometry.type === 'Point' || f.geometry.type === 'GeometryCollection'
          ? []
          : positions(f.geometry.coordinates),
      )
      .filter((p) => !inDetail(p));
    expect(all.length).toBeGreaterThan(1000);
    expect(outer.length).toBeGreaterThan(1000);
    expect(outside).toEqual([]);
    expect(unrounded).toEqual([]);
    expect(outer.filter((p) => p.some((v) => !rounded(v, 2)))).toEqual([]);
    expect(all.filter(inDetail).some((p) => p.some((v) => !rounded(v, 2)))).toBe(true);
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

  it('names every country it labels in Russian, Kazakh and Chinese, from CLDR as Intl.DisplayNames has it', () => {
    const labels = layer('country-label');
    expect(labels.length).toBeGreaterThan(20);
    for (const f of labels) {
      for (const lang of ['ru', 'kk', 'zh'])
        expect(f.properties?.[`name_${lang}`], `${f.properties?.name_en} ${lang}`).toBeTruthy();
    }
    expect(label('Georgia').properties).toMatchObject({ name_ru: 'Грузия', name_zh: '格鲁吉亚' });
    expect(label('Armenia').properties).toMatchObject({
      name_ru: 'Армения',
      name_kk: 'Армения',
      name_zh: '亚美尼亚',
    });
    expect(label('Turkey').properties?.name_kk).toBe(
      new Intl.DisplayNames(['kk'], { type: 'region' }).of('TR'),
    );
    expect(label('Turkey').properties?.rank).toBe(2);
  });

  it('stays small enough to load with the page', () => {
    const json = JSON.stringify({ ...basemap, attribution: BASEMAP_ATTRIBUTION });
    const gzip = gzipSync(json, { level: 6 }).length;
    console.info(`basemap: ${json.length} B raw, ${gzip} B gzip`);
    // It was 249 KB raw, 75 KB gzip with a polygon per country (every border twice) and 3 decimals throughout.
    expect(json.length).toBeLessThan(150 * 1024);
    expect(gzip).toBeLessThan(50 * 1024);
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
