import { describe, expect, it } from 'vitest';
import { type DataError, formatError, isPartialDate, validate } from '../../src/data/validate.ts';
import { readGeoFiles, validateFiles } from '../../tools/data.ts';
import { createValidFiles, GEO_DIR, invalidFixtures } from '../data-files.ts';

/** For each invalid fixture: the file, feature id and field the error must name, and words it must say. */
const EXPECTED: Record<string, { id?: string; field?: RegExp; says: RegExp }> = {
  'broken-json': { says: /not valid JSON/ },
  'wrong-geometry-type': { id: 'east-terminal', field: /^geometry\.type$/, says: /must be "Point"/ },
  'swapped-coordinates': { id: 'hub-east', field: /^geometry\.coordinates$/, says: /swapped/ },
  'out-of-region': { id: 'hub-west', field: /^geometry\.coordinates$/, says: /outside the map's region/ },
  'duplicate-id': { id: 'hub-east', field: /id$/, says: /duplicate id; already used in hubs\.geojson/ },
  'route-missing-stop': {
    id: 'east-west-rail',
    field: /^stops\[2\]$/,
    says: /"hub-nowhere" is not a hub or place id/,
  },
  'figure-missing-source': { id: 'east-terminal', field: /source/, says: /"src-missing"/ },
  'unknown-status': {
    id: 'east-terminal',
    field: /^properties\.status$/,
    says: /"opened" is not allowed; use one of: proposed/,
  },
  'unknown-kind': { id: 'east-terminal', field: /^properties\.kind$/, says: /"spaceport" is not allowed/ },
  'impossible-date': {
    id: 'east-terminal',
    field: /^properties\.timeline\[0\]\.date$/,
    says: /"2025-13-40" is not a date/,
  },
  'non-http-url': { id: 'src-a', field: /^url$/, says: /not an http\(s\) address/ },
  'empty-name': { id: 'hub-east', field: /^properties\.name\.en$/, says: /non-empty text/ },
  'project-missing-hub': { id: 'east-terminal', field: /^properties\.hub$/, says: /not a hub id/ },
  'figure-not-a-number': {
    id: 'west-port',
    field: /^properties\.figures\[0\]\.value$/,
    says: /not a number/,
  },
  'unknown-unit': {
    id: 'west-port',
    field: /^properties\.figures\[0\]\.unit$/,
    says: /"hectares" is not allowed; use one of: km, ha/,
  },
  'unlisted-source': { id: 'east-terminal', field: /^properties\.sources$/, says: /does not list "src-b"/ },
  'markup-in-text': {
    id: 'east-terminal',
    field: /^properties\.summary\.en$/,
    says: /plain text, not markup/,
  },
  'unknown-precision': {
    id: 'west-port',
    field: /^properties\.precision$/,
    says: /"pinpoint" is not allowed/,
  },
  'unknown-line-kind': { id: 'east-west-rail', field: /^line$/, says: /"guessed" is not allowed/ },
  'route-one-stop': { id: 'east-west-rail', field: /^stops$/, says: /at least two/ },
  'missing-english-name': {
    id: 'east-terminal',
    field: /^properties\.name\.en$/,
    says: /English is required/,
  },
  'no-sources': { id: 'hub-east', field: /^properties\.sources$/, says: /cite at least one source/ },
  'bad-last-verified': {
    id: 'west-port',
    field: /^properties\.lastVerified$/,
    says: /"recently" is not a date/,
  },
  'not-a-feature-collection': { says: /must be a GeoJSON FeatureCollection/ },
  'story-select-wrong-type': {
    id: 'a-story',
    field: /^steps\[0\]\.select\.id$/,
    says: /"hub-east" is not a project id; use the id of a project in projects\.geojson/,
  },
  'story-camera-outside-region': {
    id: 'a-story',
    field: /^steps\[0\]\.camera\.center$/,
    says: /outside the map's region/,
  },
  'story-zoom-too-deep': {
    id: 'a-story',
    field: /^steps\[0\]\.camera\.zoom$/,
    says: /20 is not a zoom; use/,
  },
  'story-unknown-filter-value': {
    id: 'a-story',
    field: /^steps\[0\]\.filters\.status\[0\]$/,
    says: /"opened" is not allowed; use one of: proposed/,
  },
  'story-unknown-filter-group': {
    id: 'a-story',
    field: /^steps\[0\]\.filters\.colour$/,
    says: /unknown group; use: status, kind, mode, country, partner/,
  },
  'story-no-steps': { id: 'a-story', field: /^steps$/, says: /needs at least one step/ },
  'story-impossible-date': {
    id: 'a-story',
    field: /^steps\[0\]\.date$/,
    says: /"2025-02-30" is not a date; write YYYY/,
  },
  'story-duplicate-id': {
    id: 'hub-east',
    field: /^id$/,
    says: /duplicate id; already used in hubs\.geojson/,
  },
  'update-bad-date': { id: '#0', field: /^date$/, says: /"last week" is not a date; write YYYY/ },
  'update-missing-text': { id: '#0', field: /^text$/, says: /is missing; it must be an object of texts/ },
  'update-markup-in-text': { id: '#0', field: /^text\.en$/, says: /plain text, not markup/ },
  'not-a-list': { says: /must be a JSON array of updates/ },
  // Geography, on the basemap's borders (tools/geography.ts): each names what to do.
  'hub-outside-its-country': {
    id: 'hub-south',
    field: /^geometry\.coordinates$/,
    says: /lies 1\.6 km outside Kazakhstan \(KZ\), the country properties\.country names, in Uzbekistan \(UZ\).*; move the point into KZ and say in properties\.locationNote where the new point comes from/,
  },
  'place-outside-its-country': {
    id: 'border-town',
    field: /^geometry\.coordinates$/,
    says: /outside China \(CN\).* in Kazakhstan \(KZ\).*move the point into CN.*borderToleranceKm/,
  },
  'project-outside-its-hub-country': {
    id: 'east-terminal',
    field: /^geometry\.coordinates$/,
    says: /outside Kazakhstan \(KZ\), the country of its hub "hub-east", in China \(CN\).*; move the point into KZ/,
  },
  'border-tolerance-too-big': {
    id: 'mid-town',
    field: /^properties\.borderToleranceKm$/,
    says: /25 is not a tolerance; give km as a number above 0 and at most 2/,
  },
  'route-leaves-its-country': {
    id: 'east-west-rail',
    field: /^waypoints$/,
    says: /the line from "mid-town" to "hub-west" runs \d+ km outside Kazakhstan \(KZ\), the one country of its stops, through Uzbekistan \(UZ\); add waypoints on the KZ side \("waypoints": \[\{"after": "mid-town"/,
  },
  'traced-route-leaves-its-countries': {
    id: 'east-west-rail',
    field: /^waypoints$/,
    says: /the line from "hub-east" to "mid-town" runs \d+ km outside Kazakhstan \(KZ\).* through Kyrgyzstan \(KG\); add waypoints on the KZ side/,
  },
  'sea-route-over-land': {
    id: 'east-west-rail',
    field: /^waypoints$/,
    says: /the sea line from "hub-west" to "mid-town" crosses \d+ km of land \(Kazakhstan \(KZ\), Uzbekistan \(UZ\)\) between the ports; add waypoints at sea/,
  },
  'waypoints-after-unknown-stop': {
    id: 'east-west-rail',
    field: /^waypoints\[0\]\.after$/,
    says: /"hub-nowhere" is not a stop of this route; use one of: hub-east, mid-town/,
  },
  'waypoints-after-last-stop': {
    id: 'east-west-rail',
    field: /^waypoints\[0\]\.after$/,
    says: /"hub-west" is the last stop, with no next stop to lead to/,
  },
};

describe('validate', () => {
  it('accepts the real data in geo/, geography included', () => {
    const result = validateFiles(readGeoFiles(GEO_DIR));
    const errors = result.ok ? [] : result.errors.map((e) => formatError(e));
    expect(errors).toEqual([]);
  });

  it('accepts the valid fixture set, geography included', () => {
    expect(validateFiles(createValidFiles()).ok).toBe(true);
  });

  it('has an expectation for every invalid fixture', () => {
    expect(
      invalidFixtures()
        .map((f) => f.defect)
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const fixture of invalidFixtures()) {
    it(`rejects ${fixture.defect} in ${fixture.file}, naming file, feature and field`, () => {
      // As the build validates: the schema and references, then the geography (tools/data.ts).
      const result = validateFiles(fixture.files);
      expect(result.ok).toBe(false);
      const errors: DataError[] = result.ok ? [] : result.errors;
      const want = EXPECTED[fixture.defect];
      const match = errors.find(
        (e) =>
          want.says.test(e.message) &&
          (want.id === undefined || e.id === want.id) &&
          (want.field === undefined || want.field.test(e.field ?? '')),
      );
      expect(match, errors.map((e) => formatError(e)).join('\n')).toBeDefined();
      // One defect, reported where it is: no error leaks into files the fixture did not change.
      expect(errors.every((e) => e.file === fixture.file || /duplicate-id$/.test(fixture.defect))).toBe(true);
    });
  }

  it('reports a missing file by name', () => {
    const files = createValidFiles();
    delete files['routes.json'];
    const result = validate(files);
    expect(result.ok ? [] : result.errors.map((e) => formatError(e))).toContain(
      'geo/routes.json: file is missing',
    );
  });

  it('formats an error as one line with file, id, field and reason', () => {
    expect(
      formatError({ file: 'projects.geojson', id: 'x', field: 'properties.status', message: 'bad' }),
    ).toBe('geo/projects.geojson: "x" properties.status: bad');
  });
});

describe('isPartialDate', () => {
  it.each(['2025', '2025-06', '2025-06-17', '2024-02-29'])('accepts %s', (d) =>
    expect(isPartialDate(d)).toBe(true),
  );
  it.each(['2025-13', '2025-13-40', '2025-02-30', '2023-02-29', '25-06-17', '2025-6-1', '', 2025])(
    'rejects %s',
    (d) => expect(isPartialDate(d)).toBe(false),
  );
});
