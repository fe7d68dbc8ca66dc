import { describe, expect, it } from 'vitest';
import { PROJECT_KINDS } from '../../src/data/vocabularies.ts';
import { legendModel } from '../../src/symbols/legend.ts';
import { KIND_SHAPE } from '../../src/symbols/markers.ts';
import { SHAPE_POINTS } from '../../src/symbols/shapes.ts';

describe('project markers', () => {
  it('give every kind a shape no other kind uses, so the map and the legend tell kinds apart', () => {
    const shapes = PROJECT_KINDS.map((kind) => KIND_SHAPE[kind]);
    expect(shapes.every((s) => s !== undefined)).toBe(true);
    expect(new Set(shapes).size).toBe(PROJECT_KINDS.length);
  });

  it('draw every shape inside its box, so no marker is clipped by its icon', () => {
    for (const [shape, points] of Object.entries(SHAPE_POINTS)) {
      for (const [x, y] of points ?? []) {
        expect(x, shape).toBeGreaterThanOrEqual(0);
        expect(x, shape).toBeLessThanOrEqual(1);
        expect(y, shape).toBeGreaterThanOrEqual(0);
        expect(y, shape).toBeLessThanOrEqual(1);
      }
    }
  });

  it('list border crossings and carriers in the legend', () => {
    const kinds = legendModel().kinds.map((k) => k.kind);
    expect(kinds).toContain('border-crossing');
    expect(kinds).toContain('carrier');
  });
});
