/**
 * Issue 20, "legible at a glance": the style's rules that keep names off hub circles, markers and each other
 * (the e2e test tests/e2e/labels.test.ts checks the result in Chromium at four sizes and four languages).
 */

import fc from 'fast-check';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { MapFeatures } from '../../src/style/features.ts';
import { mapFeatures } from '../../src/style/features.ts';
import { HUB_LABEL_GAP, HUB_LABEL_SIZE, SAME_NAME_ZOOM } from '../../src/style/layers.ts';
import { buildStyle, sameNamePlaces } from '../../src/style/style.ts';
import { LIGHT } from '../../src/symbols/palette.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { StyleReader } from '../../tools/preview/style.ts';
import { GEO_DIR } from '../data-files.ts';

const features = mapFeatures(loadCorridorData(GEO_DIR));
const basemap: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = buildStyle({ features, basemap, fontFaces: {}, theme: LIGHT, lang: 'en' });
const index = (id: string) => style.layers.findIndex((l) => l.id === id);
const NAMES = ['basemap-country-label', 'places-label', 'hubs-label'];

describe('names go round what is drawn', () => {
  it('hub circles and markers are placed before every name (above them), and names may not overlap them', () => {
    const block = style.layers[index('hubs-block')] as SymbolLayerSpecification;
    const marker = style.layers[index('projects-marker')] as SymbolLayerSpecification;
    for (const name of NAMES) {
      expect(index('hubs-block'), name).toBeGreaterThan(index(name));
      expect(index('projects-marker'), name).toBeGreaterThan(index(name));
    }
    // Drawn whatever they meet, but in the collision index (not ignoring placement), and never seen.
    expect(block.layout?.['icon-allow-overlap']).toBe(true);
    expect(block.layout?.['icon-ignore-placement'] ?? false).toBe(false);
    expect(block.paint?.['icon-opacity']).toBe(0);
    expect(marker.layout?.['icon-allow-overlap']).toBe(true);
    expect(marker.layout?.['icon-ignore-placement']).toBe(false);
  });

  it("a hub's invisible box covers its circle and outline, whatever its radius", () => {
    const reader = new StyleReader(style, 4);
    for (const radius of [7, 12.5, 20]) {
      const side = reader.value<number>('hubs-block', 'icon-size', { radius }) * 20;
      expect(side).toBeCloseTo(2 * (radius + reader.value<number>('hubs-circle', 'circle-stroke-width')), 5);
    }
  });

  it("a hub's name is tried beside its circle first, then beyond its ring of markers; bigger hubs choose first", () => {
    const reader = new StyleReader(style, 4);
    const offsets = (radius: number) => {
      const v = reader.value<{ values: unknown[] } | unknown[]>('hubs-label', 'text-variable-anchor-offset', {
        radius,
      });
      return Array.isArray(v) ? v : v.values;
    };
    for (const radius of [7, 20]) {
      const v = offsets(radius);
      expect(v[0]).toBe('left');
      expect((v[1] as number[])[0] * HUB_LABEL_SIZE).toBeCloseTo(radius + HUB_LABEL_GAP.near, 1);
      // After the five near places (side, top, bottom, two corners) comes the far one on the same side: it
      // clears the markers, 11 px out from the circle and 22 px wide.
      expect(v[10]).toBe('left');
      expect((v[11] as number[])[0] * HUB_LABEL_SIZE).toBeGreaterThanOrEqual(radius + 11 + 11 + 2);
      // The side toward the map's edge comes last.
      expect(v.filter((x) => x === 'right')).toHaveLength(2);
      expect(v.indexOf('right')).toBeGreaterThan(v.lastIndexOf('left'));
    }
    const key = (radius: number) => reader.value<number>('hubs-label', 'symbol-sort-key', { radius });
    expect(key(20)).toBeLessThan(key(7));
  });

  it('a place a hub is named after and stands at keeps its name for a closer zoom (Astana, Dostyk)', () => {
    const same = sameNamePlaces(features);
    expect(same).toEqual(expect.arrayContaining(['astana', 'dostyk']));
    // Places with names of their own keep them.
    expect(same).not.toContain('balkhash');
    expect(same).not.toContain('tacheng');
    const place = features.places.features.find((f) => f.properties?.id === 'astana');
    if (!place) throw new Error('no Astana');
    expect(new StyleReader(style, 4).filter('places-label', [place])).toEqual([]);
    expect(new StyleReader(style, SAME_NAME_ZOOM).filter('places-label', [place])).toEqual([place]);
    // Its dot stays.
    expect(new StyleReader(style, 4).filter('places-dot', [place])).toEqual([place]);
  });

  it('finds the same places as comparing each with every hub, wherever they stand and however named', () => {
    const point = (id: string, name: string, [lon, lat]: [number, number]) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      properties: { id, name_en: name },
    });
    const word = fc.constantFrom('Aktau', 'Aktau port', 'Dostyk', 'dostyk (rail)', 'Kuryk', '');
    const at = fc.tuple(
      fc.double({ min: 60, max: 62, noNaN: true }),
      fc.double({ min: 40, max: 42, noNaN: true }),
    );
    const collection = (prefix: string) =>
      fc.array(fc.tuple(word, at), { maxLength: 30 }).map((xs) => ({
        type: 'FeatureCollection' as const,
        features: xs.map(([name, p], i) => point(`${prefix}${i}`, name, p)),
      }));
    // The rule as first written: each place against every hub whose name starts with the same word.
    const first = (n: string) =>
      n
        .toLowerCase()
        .split(/[\s(),-]+/)
        .filter(Boolean)[0] ?? '';
    fc.assert(
      fc.property(collection('h'), collection('p'), (hubs, places) => {
        const expected = places.features
          .filter((p) => {
            const [x, y] = p.geometry.coordinates;
            return hubs.features.some(
              (h) =>
                first(h.properties.name_en) !== '' &&
                first(h.properties.name_en) === first(p.properties.name_en) &&
                Math.hypot(
                  (h.geometry.coordinates[0] - x) * Math.cos((y * Math.PI) / 180),
                  h.geometry.coordinates[1] - y,
                ) < 0.5,
            );
          })
          .map((p) => p.properties.id);
        expect(sameNamePlaces({ hubs, places } as unknown as MapFeatures)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
