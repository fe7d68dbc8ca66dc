import { describe, expect, it } from 'vitest';
import { validate } from '../../src/data/validate.ts';
import { createValidFiles } from '../data-files.ts';
import { filesOf, fixtureData, hostileData, textFields } from '../hostile-data.ts';

/**
 * Hostile text at the validator: markup in any text field and links that are not http(s) are refused, naming
 * file, feature and field; the rest of the payloads (tests/hostile-data.ts) pass, so the site is built from them
 * and must show them literally (tests/e2e/hostile-text.test.ts, tests/browser/corridor-app-hostile.test.ts).
 */

describe('the validator refuses what the site must never show', () => {
  it('rejects a <script> payload in every text field, naming file, feature and field', () => {
    const fields = textFields(fixtureData(createValidFiles()));
    expect(fields.length).toBeGreaterThan(40);
    for (let n = 0; n < fields.length; n++) {
      for (const payload of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>']) {
        const d = fixtureData(createValidFiles());
        const f = textFields(d)[n];
        f.set(payload);
        const result = validate(filesOf(d));
        const errors = result.ok ? [] : result.errors;
        expect(
          errors.some(
            (e) => e.file === f.file && e.id === f.id && e.field === f.field && /not markup/.test(e.message),
          ),
          `${f.file} ${f.id} ${f.field}: ${JSON.stringify(errors)}`,
        ).toBe(true);
      }
    }
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'file:///etc/passwd',
  ])('rejects the source link %j', (url) => {
    const d = fixtureData(createValidFiles());
    d.sources[0].url = url;
    const result = validate(filesOf(d));
    const errors = result.ok ? [] : result.errors;
    expect(
      errors.some((e) => e.file === 'sources.json' && e.id === d.sources[0].id && e.field === 'url'),
    ).toBe(true);
  });

  it('accepts the hostile data set (so the site is built from it)', () => {
    const result = validate(filesOf(hostileData(createValidFiles())));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
