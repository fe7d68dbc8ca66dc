import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, SCHEMA_DIR, schemaFileName } from '../../scripts/json-schemas.ts';
import { type DataFileName, FILE_SCHEMAS } from '../../src/data/schema.ts';
import { GEO_DIR, invalidFixtures } from '../data-files.ts';

/**
 * The JSON Schemas in geo/schema/ are what editors validate against as they type. An independent validator
 * (ajv) must accept the real data with them and refuse a planted bad value; and they must be exactly what
 * scripts/json-schemas.ts makes from the valibot schema, so they cannot drift from the build's checks.
 */

const FILES = Object.keys(FILE_SCHEMAS) as DataFileName[];

/** An ajv validator for a data file, compiled from its committed JSON Schema. */
function createValidator(file: DataFileName): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true, allowMatchingProperties: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, schemaFileName(file)), 'utf8')));
}

const readGeo = (file: DataFileName) => JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8'));

/** Plants one bad value in a copy of a real file. */
type Plant = { what: string; plant: (doc: never) => void };
const PLANTS: Record<DataFileName, Plant[]> = {
  'sources.json': [
    {
      what: 'a javascript: url',
      plant: (d: { url: string }[]) => {
        d[0].url = 'javascript:alert(1)';
      },
    },
    {
      what: 'a date of 2025-13',
      plant: (d: { date: string }[]) => {
        d[0].date = '2025-13';
      },
    },
  ],
  'hubs.geojson': [
    {
      what: 'coordinates outside the region',
      plant: (d: { features: { geometry: { coordinates: number[] } }[] }) => {
        d.features[0].geometry.coordinates = [151.2, -33.9];
      },
    },
    {
      what: 'an unknown country',
      plant: (d: { features: { properties: { country: string } }[] }) => {
        d.features[0].properties.country = 'XX';
      },
    },
  ],
  'projects.geojson': [
    {
      what: 'an unknown status',
      plant: (d: { features: { properties: { status: string } }[] }) => {
        d.features[0].properties.status = 'opened';
      },
    },
    {
      what: 'a figure value "340k"',
      plant: (d: { features: { properties: { figures: unknown[] } }[] }) => {
        const p = d.features.find((f) => f.properties.figures.length > 0)?.properties;
        if (p) p.figures[0] = { ...(p.figures[0] as object), value: '340k' };
      },
    },
    {
      what: 'markup in a summary',
      plant: (d: { features: { properties: { summary: { en: string } } }[] }) => {
        d.features[0].properties.summary.en = '<b>bold</b>';
      },
    },
  ],
  'places.geojson': [
    {
      what: 'a label that is not true or false',
      plant: (d: { features: { properties: { label: unknown } }[] }) => {
        d.features[0].properties.label = 'yes';
      },
    },
  ],
  'routes.json': [
    {
      what: 'an unknown mode',
      plant: (d: { mode: string }[]) => {
        d[0].mode = 'teleport';
      },
    },
    {
      what: 'a single stop',
      plant: (d: { stops: string[] }[]) => {
        d[0].stops = d[0].stops.slice(0, 1);
      },
    },
  ],
  'stories.json': [
    {
      what: 'a zoom of 20',
      plant: (d: { steps: { camera?: unknown }[] }[]) => {
        d[0].steps[0].camera = { center: [70, 45], zoom: 20 };
      },
    },
    {
      what: 'an unknown language',
      plant: (d: { title: object }[]) => {
        d[0].title = { en: 'A', fr: 'B' };
      },
    },
  ],
  'updates.json': [
    {
      what: 'a date "last week"',
      plant: (d: { date: string }[]) => {
        d[0].date = 'last week';
      },
    },
  ],
};

/** Defects only the build's reference pass (or JSON.parse) can see; ajv is not expected to refuse them. */
const BEYOND_JSON_SCHEMA = new Set([
  'broken-json',
  'duplicate-id',
  'story-duplicate-id',
  'figure-missing-source',
  'project-missing-hub',
  'route-missing-stop',
  'unlisted-source',
  'story-select-wrong-type',
  'story-impossible-date',
  'waypoints-after-unknown-stop',
  'waypoints-after-last-stop',
  // Geography: only the build has the map's borders (tools/geography.ts).
  'hub-outside-its-country',
  'place-outside-its-country',
  'project-outside-its-hub-country',
  'route-leaves-its-country',
  'traced-route-leaves-its-countries',
  'sea-route-over-land',
]);

describe('the JSON Schemas in geo/schema/', () => {
  it('are what scripts/json-schemas.ts makes from src/data/schema.ts (run it after changing the schema)', () => {
    for (const [name, text] of Object.entries(jsonSchemaFiles())) {
      expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), `geo/schema/${name}`).toBe(text);
    }
  });

  for (const file of FILES) {
    it(`accept the real geo/${file}`, () => {
      const validate = createValidator(file);
      expect(validate(readGeo(file)), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });

    for (const { what, plant } of PLANTS[file]) {
      it(`refuse ${what} in geo/${file}`, () => {
        const doc = readGeo(file);
        plant(doc as never);
        const validate = createValidator(file);
        expect(validate(doc)).toBe(false);
      });
    }
  }

  for (const fixture of invalidFixtures().filter((f) => !BEYOND_JSON_SCHEMA.has(f.defect))) {
    it(`refuse the invalid fixture ${fixture.defect}.${fixture.file}`, () => {
      const validate = createValidator(fixture.file as DataFileName);
      expect(validate(JSON.parse(fixture.files[fixture.file] as string))).toBe(false);
    });
  }
});
