import { describe, expect, it } from 'vitest';
import { derive } from '../../src/data/derive.ts';
import { formatError, type ValidData, validate } from '../../src/data/validate.ts';
import { basemapBorders } from '../../tools/borders.ts';
import { readGeoFiles } from '../../tools/data.ts';
import { checkGeography } from '../../tools/geography.ts';
import { createValidFiles, GEO_DIR } from '../data-files.ts';

const borders = basemapBorders();
const code = (i: number) => borders.countries[i].code;
const codesAt = (p: [number, number]) => borders.countriesAt(p).map(code);

/** Km of a drawn line in each country (`sea` where no country's land is). */
function kmByCountry(line: [number, number][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of borders.stretches(line)) {
    const key = s.countries.map(code).join('+') || 'sea';
    out[key] = (out[key] ?? 0) + s.km;
  }
  return out;
}

function validFixture(): ValidData {
  const result = validate(createValidFiles());
  if (!result.ok) throw new Error(result.errors.map((e) => formatError(e)).join('\n'));
  return result.data;
}

describe("the basemap's borders (tools/borders.ts)", () => {
  it('put the corridor cities in their countries and the Caspian in no country', () => {
    expect(codesAt([71.43, 51.13])).toEqual(['KZ']); // Astana
    expect(codesAt([87.6, 43.825])).toEqual(['CN']); // Urumqi
    expect(codesAt([69.28, 41.31])).toEqual(['UZ']); // Tashkent
    expect(codesAt([74.61, 42.87])).toEqual(['KG']); // Bishkek
    expect(codesAt([50.5, 42])).toEqual([]); // the middle of the Caspian
  });

  it('measure the defects the issue reported on the lines as they were drawn', () => {
    // Darbaza-Maktaaral, one straight leg Saryagash-Myrzakent: about 70 km in Uzbekistan.
    const darbaza = kmByCountry([
      [69.1679, 41.4604],
      [68.55, 40.6655],
    ]);
    expect(darbaza.UZ).toBeGreaterThan(65);
    expect(darbaza.UZ).toBeLessThan(80);
    // The road's Taraz-Korday leg, straight: across Kyrgyzstan.
    expect(
      kmByCountry([
        [71.367, 42.9],
        [74.7114, 43.0369],
      ]).KG,
    ).toBeGreaterThan(80);
    // Kuryk-Alat, straight: over the Absheron peninsula.
    const caspian = kmByCountry([
      [51.65, 43.2],
      [49.4067, 39.9483],
    ]);
    expect(caspian.AZ).toBeGreaterThan(40);
    expect(caspian.sea).toBeGreaterThan(300);
  });

  it('measure a line straight in Mercator, as the map draws it, not as a great circle', () => {
    // Along the 45th parallel the rhumb line is the parallel itself: 10 degrees of longitude there.
    const km = borders.stretches([
      [60, 45],
      [70, 45],
    ]);
    const total = km.reduce((sum, s) => sum + s.km, 0);
    expect(total).toBeCloseTo(786.3, 0);
  });
});

describe('checkGeography', () => {
  it('passes the real data: every hub, place and project in its country, every line on its ground', () => {
    const result = validate(readGeoFiles(GEO_DIR));
    if (!result.ok) throw new Error('geo/ does not validate');
    expect(checkGeography(result.data).map((e) => formatError(e))).toEqual([]);
    // The lines the issue named, as now drawn: none of them leaves its ground.
    const routes = new Map(derive(result.data).routes.map((r) => [r.id, r.coordinates]));
    const line = (id: string) => kmByCountry(routes.get(id) ?? []);
    expect(Object.keys(line('darbaza-maktaaral-railway'))).toEqual(['KZ']);
    expect(Object.keys(line('western-europe-western-china-road-kz'))).toEqual(['KZ']);
    const caspian = line('caspian-crossing-kuryk-alat');
    expect(caspian.sea).toBeGreaterThan(400);
    // Only the few km between each port's point and the water are on land.
    expect(caspian.KZ + caspian.AZ).toBeLessThan(12);
  });

  it('refuses a traced route that leaves the countries of its stops, and says what to do', () => {
    const data = validFixture();
    data.places.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [87.6, 43.825] },
      properties: {
        id: 'far-east',
        name: { en: 'Far East' },
        country: 'CN',
        type: 'city',
        precision: 'city',
        locationNote: 'City point.',
        label: true,
      },
    });
    const route = data.routes[0];
    Object.assign(route, {
      stops: ['hub-east', 'far-east'],
      waypoints: [{ after: 'hub-east', coordinates: [[78.5, 42.4]] }],
    });
    const errors = checkGeography(data).map((e) => formatError(e));
    expect(errors).toEqual([
      expect.stringMatching(
        /^geo\/routes\.json: "east-west-rail" waypoints: the traced line from "hub-east" to "far-east" runs \d+ km outside the countries of its stops \(KZ, CN\), through Kyrgyzstan \(KG\); add waypoints that keep it in them .*, add the crossing as a stop, or draw it schematic/,
      ),
    ]);
    // Drawn schematic between two countries, it only shows a connection: not held to the ground.
    route.line = 'schematic';
    expect(checkGeography(data)).toEqual([]);
  });

  it('holds air routes to nothing but their stops: they fly over what lies below', () => {
    const data = validFixture();
    const route = data.routes[0];
    route.waypoints = undefined;
    expect(checkGeography(data)).toHaveLength(1); // by rail, Mid Town-West Hub crosses Uzbekistan
    route.mode = 'air';
    expect(checkGeography(data)).toEqual([]);
  });

  it('lets a point meant to sit on a border lie as far outside its country as its tolerance says, no further', () => {
    const data = validFixture();
    data.places.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [82.5546, 45.1733] },
      properties: {
        id: 'border-town',
        name: { en: 'Border Town' },
        country: 'CN',
        type: 'crossing',
        precision: 'city',
        locationNote: 'City point, by the border.',
        borderToleranceKm: 0.5,
        label: true,
      },
    });
    expect(checkGeography(data)).toEqual([]);
    data.places[1].properties.borderToleranceKm = 0.3;
    expect(checkGeography(data).map((e) => formatError(e))).toEqual([
      expect.stringMatching(
        /^geo\/places\.geojson: "border-town" geometry\.coordinates: \[82\.5546, 45\.1733\] lies 0\.4 km outside China \(CN\).*; properties\.borderToleranceKm allows only 0\.3 km$/,
      ),
    ]);
  });

  it('says when a country has no border on the map to check a point against', () => {
    const data = validFixture();
    data.places[0].properties.country = 'EU';
    expect(checkGeography(data).map((e) => formatError(e))).toEqual([
      'geo/places.geojson: "mid-town" properties.country: EU has no border on the map, so the point cannot be checked; use the code of the country it lies in',
    ]);
  });

  it("holds a project to its hub's country, with its hub's tolerance", () => {
    const data = validFixture();
    // West port lies 0.2 km off the simplified coast, as its hub does, within the hub's 0.5 km.
    expect(
      borders.distanceKm(data.projects[1].geometry.coordinates, borders.indexOf('KZ') ?? -1),
    ).toBeGreaterThan(0);
    expect(checkGeography(data)).toEqual([]);
    data.hubs[1].properties.borderToleranceKm = undefined;
    const errors = checkGeography(data).map((e) => `${e.file} ${e.id}`);
    expect(errors).toEqual(['hubs.geojson hub-west', 'projects.geojson west-port']);
  });
});
