import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATA_FILES,
  formatError,
  type ValidationResult,
  type ValidData,
  validate,
} from '../../src/data/validate.ts';
import { createValidFiles } from '../data-files.ts';

/**
 * Property-based tests of the validator's promise: whatever text it is given, it never throws, and it
 * answers with a well-formed verdict whose every error names one of the five data files.
 */

const FILE_NAMES: readonly string[] = Object.values(DATA_FILES);
type Files = Partial<Record<string, string>>;

/** The valid fixture set, read once; every run works on a copy. */
const VALID: Readonly<Files> = createValidFiles();

/** Calls `validate`, turning a throw into a failed assertion that says which input made it throw. */
function validateOrFail(files: Files): ValidationResult {
  try {
    return validate(files);
  } catch (e) {
    const sizes = Object.entries(files).map(([k, v]) => `${k}: ${v?.length ?? 'absent'} chars`);
    throw new Error(`validate threw ${String(e)} on input of ${sizes.join(', ')}`);
  }
}

/** The shape every verdict must have; returns it for further checks. */
function expectWellFormed(result: ValidationResult): ValidationResult {
  expect(typeof result).toBe('object');
  if (result.ok) {
    const d = result.data;
    for (const list of [d.sources, d.hubs, d.projects, d.places, d.routes]) {
      expect(Array.isArray(list)).toBe(true);
    }
    return result;
  }
  expect(result.ok).toBe(false);
  expect(Array.isArray(result.errors)).toBe(true);
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(FILE_NAMES).toContain(e.file);
    expect(typeof e.message).toBe('string');
    expect(e.message.trim()).not.toBe('');
    expect(e.id === undefined || typeof e.id === 'string').toBe(true);
    expect(e.field === undefined || typeof e.field === 'string').toBe(true);
    expect(typeof formatError(e)).toBe('string');
  }
  return result;
}

/** Any text: mostly printable ASCII, some Unicode (graphemes), a little of anything (lone surrogates too). */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** A set of files where each of the five may be absent or hold text made by `text`. */
const filesOf = (text: fc.Arbitrary<string>): fc.Arbitrary<Files> =>
  fc.record(Object.fromEntries(FILE_NAMES.map((n) => [n, text])), { requiredKeys: [] });

// ---- Mutations of the valid fixture set -----------------------------------------------------------

type Json = unknown;
type Container = Record<string, Json> | Json[];

/** One mutation; the numbers pick where it applies, modulo the number of candidate places. */
type Mutation =
  | { kind: 'delete-key'; file: string; pick: number; key: number }
  | { kind: 'replace'; file: string; pick: number; value: Json }
  | { kind: 'swap-coordinates'; file: string; pick: number }
  | { kind: 'duplicate'; file: string; pick: number };

interface Place {
  parent: Container;
  key: string | number;
  depth: number;
}

const isContainer = (v: Json): v is Container => typeof v === 'object' && v !== null;

/** Every place (parent and key) in a document, depth first, with its depth. */
function places(doc: Json): Place[] {
  const out: Place[] = [];
  const walk = (v: Json, depth: number) => {
    if (!isContainer(v)) return;
    const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const key of keys) {
      out.push({ parent: v, key, depth });
      walk((v as Record<string | number, Json>)[key], depth + 1);
    }
  };
  walk(doc, 0);
  return out;
}

/** Objects (not lists) in a document, so a key can be deleted from one. */
function objects(doc: Json): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const walk = (v: Json) => {
    if (!isContainer(v)) return;
    if (!Array.isArray(v)) out.push(v);
    for (const child of Object.values(v)) walk(child);
  };
  walk(doc);
  return out;
}

/** Lists in a document, to duplicate one of their items (a feature, a figure, a source...). */
function lists(doc: Json): Json[][] {
  const out: Json[][] = [];
  const walk = (v: Json) => {
    if (!isContainer(v)) return;
    if (Array.isArray(v) && v.length > 0) out.push(v);
    for (const child of Object.values(v)) walk(child);
  };
  walk(doc);
  return out;
}

/** Applies one mutation to the parsed documents in place. */
function mutate(docs: Record<string, Json>, m: Mutation): void {
  const doc = docs[m.file];
  switch (m.kind) {
    case 'delete-key': {
      const objs = objects(doc);
      if (objs.length === 0) return;
      const o = objs[m.pick % objs.length];
      const keys = Object.keys(o);
      if (keys.length > 0) delete o[keys[m.key % keys.length]];
      return;
    }
    case 'replace': {
      const all = places(doc);
      if (all.length === 0) {
        docs[m.file] = m.value;
        return;
      }
      const p = all[m.pick % all.length];
      (p.parent as Record<string | number, Json>)[p.key] = m.value;
      return;
    }
    case 'swap-coordinates': {
      const coords = places(doc).filter(
        (p) => p.key === 'coordinates' && Array.isArray((p.parent as Record<string, Json>).coordinates),
      );
      if (coords.length === 0) return;
      const xy = (coords[m.pick % coords.length].parent as Record<string, Json[]>).coordinates;
      if (xy.length >= 2) [xy[0], xy[1]] = [xy[1], xy[0]];
      return;
    }
    case 'duplicate': {
      const ls = lists(doc);
      if (ls.length === 0) return;
      const l = ls[m.pick % ls.length];
      l.push(structuredClone(l[m.pick % l.length]));
      return;
    }
  }
}

const fileName = fc.constantFrom(...FILE_NAMES);
const pick = fc.nat({ max: 10_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-key' as const), file: fileName, pick, key: pick }),
  fc.record({
    kind: fc.constant('replace' as const),
    file: fileName,
    pick,
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({ kind: fc.constant('swap-coordinates' as const), file: fileName, pick }),
  fc.record({ kind: fc.constant('duplicate' as const), file: fileName, pick }),
);
const mutatedFiles: fc.Arbitrary<Files> = fc
  .record({
    mutations: fc.array(mutation, { minLength: 0, maxLength: 4 }),
    // Cut one file's text short, at a fraction of its length (or not at all).
    truncate: fc.option(fc.record({ file: fileName, at: fc.double({ min: 0, max: 1, noNaN: true }) })),
  })
  .map(({ mutations, truncate }) => {
    const valid = { ...VALID };
    const docs: Record<string, Json> = Object.fromEntries(
      FILE_NAMES.map((n) => [n, JSON.parse(valid[n] as string)]),
    );
    for (const m of mutations) mutate(docs, m);
    const files: Files = Object.fromEntries(FILE_NAMES.map((n) => [n, JSON.stringify(docs[n], null, 2)]));
    if (truncate) {
      const text = files[truncate.file] as string;
      files[truncate.file] = text.slice(0, Math.floor(text.length * truncate.at));
    }
    return files;
  });

/** Accepted data written back out as the five files. */
function serialize(d: ValidData): Files {
  const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  return {
    [DATA_FILES.sources]: JSON.stringify(d.sources),
    [DATA_FILES.hubs]: collection(d.hubs),
    [DATA_FILES.projects]: collection(d.projects),
    [DATA_FILES.places]: collection(d.places),
    [DATA_FILES.routes]: JSON.stringify(d.routes),
  };
}

/** The parts of a verdict that must not change from one call to the next. */
const verdict = (r: ValidationResult) =>
  r.ok ? { ok: true, data: r.data } : { ok: false, errors: r.errors };

describe('validate, fuzzed', () => {
  it('never throws on arbitrary text in any file, and answers well-formed', () => {
    fc.assert(
      fc.property(filesOf(anyText), (files) => {
        expectWellFormed(validateOrFail(files));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on text that looks like JSON (brackets, quotes, keys of the schema)', () => {
    const tokens = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      'null',
      '1e999',
      '-0',
      '"type"',
      '"Feature"',
      '"FeatureCollection"',
      '"features"',
      '"properties"',
      '"id"',
      '"__proto__"',
      '"constructor"',
      '"en"',
    );
    fc.assert(
      fc.property(filesOf(fc.array(tokens, { maxLength: 40 }).map((t) => t.join(''))), (files) => {
        expectWellFormed(validateOrFail(files));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any JSON value in any file', () => {
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      // fc.anything() gives values JSON cannot hold (undefined, -0, Maps...); stringified they are still text.
      fc.anything({ maxDepth: 3 }).map((v) => {
        try {
          return JSON.stringify(v) ?? 'undefined';
        } catch {
          return String(v);
        }
      }),
    );
    fc.assert(
      fc.property(filesOf(json), (files) => {
        expectWellFormed(validateOrFail(files));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated valid documents; a verdict is the same when asked again', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(mutatedFiles, (files) => {
        const first = expectWellFormed(validateOrFail(files));
        if (first.ok) accepted++;
        else rejected++;
        // Determinism: the same text gets the same verdict (and the same errors, in the same order).
        const again = validateOrFail(files);
        expect(again.ok).toBe(first.ok);
        expect(verdict(again)).toEqual(verdict(first));
        // What it accepts, written back out as the five files, it accepts again.
        if (first.ok) expect(validateOrFail(serialize(first.data)).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
    // The mutations must exercise both answers, or the property proves little.
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  });

  it('names the mutated file when one mutation breaks only that file', () => {
    // A value replaced by a string of markup is a text error in that file (or a reference error elsewhere
    // when an id changed); either way the errors name real files and say what to do.
    fc.assert(
      fc.property(fileName, pick, (file, at) => {
        const valid = { ...VALID };
        const doc = JSON.parse(valid[file] as string);
        const all = places(doc).filter((p) => typeof (p.parent as Record<string, Json>)[p.key] === 'string');
        fc.pre(all.length > 0);
        const p = all[at % all.length];
        (p.parent as Record<string | number, Json>)[p.key] = '<script>alert(1)</script>';
        const result = expectWellFormed(validateOrFail({ ...valid, [file]: JSON.stringify(doc) }));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.some((e) => e.file === file)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on a deeply nested value where a field is expected', () => {
    // JSON.parse reads a 10,000-deep list; anything that walks it recursively (JSON.stringify in an error
    // message, for one) overflows the stack. The validator must still answer with an error.
    const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const fields: [string, (v: string) => string][] = [
      [
        'sources.json',
        (v) => `[{"id": ${v}, "publisher": "P", "url": "https://example.org", "language": "en"}]`,
      ],
      ['sources.json', (v) => `[{"id": "a", "publisher": "P", "url": ${v}, "language": "en"}]`],
      ['routes.json', (v) => `[{"id": "r", "mode": ${v}}]`],
      ['hubs.geojson', (v) => `{"type": "FeatureCollection", "features": [${v}]}`],
      [
        'hubs.geojson',
        (v) =>
          `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "h"}, "geometry": ${v}}]}`,
      ],
      ['places.geojson', (v) => v],
    ];
    for (const [file, make] of fields) {
      const files = { ...VALID, [file]: make(deep(10_000)) };
      const result = expectWellFormed(validateOrFail(files));
      expect(result.ok, `${file}: ${make('…')}`).toBe(false);
    }
  });
});
