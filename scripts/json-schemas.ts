// Writes geo/schema/<name>.schema.json, the JSON Schema of each geo/ file, from the valibot schemas in
// src/data/schema.ts, so editors see mistakes as they type (.vscode/settings.json maps each file to its
// schema). Run after changing the schema: `node scripts/json-schemas.ts`. tests/unit/json-schema.test.ts
// fails when the committed files differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ConversionConfig, type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import { type DataFileName, FILE_SCHEMAS, inRegion } from '../src/data/schema.ts';
import { REGION } from '../src/data/vocabularies.ts';

/** Where the JSON Schemas are committed. */
export const SCHEMA_DIR = fileURLToPath(new URL('../geo/schema/', import.meta.url));

/** The schema file of a data file: `hubs.geojson` -> `hubs.schema.json`. */
export function schemaFileName(file: DataFileName): string {
  return `${file.slice(0, file.indexOf('.'))}.schema.json`;
}

/** What the build checks beyond what a JSON Schema can say; every file's schema says so. */
const BEYOND =
  'The build (npm run build) checks more than this schema: ids unique across all files; cited sources, ' +
  "hubs, route stops and story selections exist; a date's day exists in its month; a feature's id equals " +
  'its properties.id.';

/**
 * The valibot actions a JSON Schema cannot hold: the region check becomes bounds on [lon, lat]; other checks
 * (a real calendar day, a parseable URL, finite numbers) are left to the build, as BEYOND says; a second
 * pattern on one string joins the first through allOf.
 */
const overrideAction: ConversionConfig['overrideAction'] = ({ valibotAction, jsonSchema }) => {
  const requirement = (valibotAction as { requirement?: unknown }).requirement;
  if (valibotAction.type === 'check' && requirement === inRegion) {
    const [lon, lat] = jsonSchema.items as JsonSchema[];
    return {
      ...jsonSchema,
      items: [
        { ...lon, minimum: REGION.west, maximum: REGION.east },
        { ...lat, minimum: REGION.south, maximum: REGION.north },
      ],
    };
  }
  if (valibotAction.type === 'check' || valibotAction.type === 'finite') return jsonSchema;
  if (
    valibotAction.type === 'regex' &&
    requirement instanceof RegExp &&
    jsonSchema.pattern !== requirement.source
  ) {
    return { ...jsonSchema, allOf: [...(jsonSchema.allOf ?? []), { pattern: requirement.source }] };
  }
  return undefined;
};

/** The JSON Schema of one data file. */
export function jsonSchema(file: DataFileName): JsonSchema {
  const schema = toJsonSchema(FILE_SCHEMAS[file], { target: 'draft-07', overrideAction });
  const { $schema, description, ...rest } = schema;
  return {
    $schema,
    title: `Corridor Map: geo/${file}`,
    description: [description, 'Generated from src/data/schema.ts by scripts/json-schemas.ts.', BEYOND]
      .filter(Boolean)
      .join(' '),
    ...rest,
  };
}

/** Every data file's JSON Schema, as the text committed in geo/schema/. */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(FILE_SCHEMAS) as DataFileName[]).map((file) => [
      schemaFileName(file),
      `${JSON.stringify(jsonSchema(file), null, 2)}\n`,
    ]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    writeFileSync(`${SCHEMA_DIR}${name}`, text);
    console.log(`wrote geo/schema/${name}`);
  }
}
