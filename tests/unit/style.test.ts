import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/data/types.ts';
import { mapFeatures } from '../../src/style/features.ts';
import {
  buildStyle,
  DENSE,
  DETAIL_ZOOM,
  INTERACTIVE_LAYERS,
  languageLayout,
  SOURCES,
} from '../../src/style/style.ts';
import { THEMES } from '../../src/symbols/palette.ts';
import { buildBasemap } from '../../tools/basemap.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { StyleReader } from '../../tools/preview/style.ts';
import { GEO_DIR } from '../data-files.ts';

// Built once: these inputs are read-only here, and the basemap takes a second to make.
const features = mapFeatures(loadCorridorData(GEO_DIR));
const basemap = buildBasemap();

function createStyle(theme: keyof typeof THEMES, lang: (typeof LANGUAGES)[number]) {
  return buildStyle({
    features,
    basemap,
    fontFaces: { 'Noto Sans Regular': [{ url: 'https://example.org/f.woff2', 'unicode-range': ['U+0-FF'] }] },
    theme: THEMES[theme],
    lang,
  });
}

describe('map style', () => {
  for (const theme of Object.keys(THEMES) as (keyof typeof THEMES)[]) {
    for (const lang of LANGUAGES) {
      it(`passes the style spec's validator (${theme}, ${lang})`, () => {
        const errors = validateStyleMin(createStyle(theme, lang)).map((e) => e.message);
        expect(errors).toEqual([]);
      });
    }
  }

  // A language change sets only `languageLayout`'s text fields on the map: they must be all that differs.
  for (const theme of Object.keys(THEMES) as (keyof typeof THEMES)[]) {
    for (const from of LANGUAGES) {
      for (const to of LANGUAGES.filter((l) => l !== from)) {
        it(`turns the ${from} style into the ${to} one by the language's text fields alone (${theme})`, () => {
          const style = createStyle(theme, from);
          const fields = languageLayout(to);
          for (const id of Object.keys(fields)) expect(style.layers.map((l) => l.id)).toContain(id);
          const relabelled = {
            ...style,
            layers: style.layers.map((l) =>
              l.id in fields && l.type === 'symbol'
                ? { ...l, layout: { ...l.layout, 'text-field': fields[l.id] } }
                : l,
            ),
          };
          expect(relabelled).toEqual(createStyle(theme, to));
        });
      }
    }
  }

  it('gives every layer a unique id prefixed with its source', () => {
    const style = createStyle('light', 'en');
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of style.layers) {
      if ('source' in l) expect(l.id.startsWith(`${l.source}-`)).toBe(true);
    }
  });

  it('has every interactive layer it names', () => {
    const ids = new Set(createStyle('light', 'en').layers.map((l) => l.id));
    for (const id of Object.values(INTERACTIVE_LAYERS).flat()) expect(ids.has(id)).toBe(true);
  });

  it('loads nothing from another host: no glyphs, sprite or tile URLs', () => {
    const style = createStyle('dark', 'zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const s of Object.values(style.sources)) expect(s.type).toBe('geojson');
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(SOURCES).sort());
  });

  it('draws schematic routes dashed and traced ones solid, in one layer, schematic above traced', () => {
    const reader = new StyleReader(createStyle('light', 'en'), 5);
    const value = <T = unknown>(property: string, line: string) =>
      reader.value<T>('routes-line', property, { line });
    expect(value('line-dasharray', 'schematic')).toEqual([2, 1.5]);
    // No gap: solid.
    expect(value('line-dasharray', 'traced')).toEqual([1, 0]);
    expect(value('line-cap', 'traced')).toBe('round');
    expect(value('line-cap', 'schematic')).toBe('butt');
    expect(value<number>('line-sort-key', 'schematic')).toBeGreaterThan(
      value<number>('line-sort-key', 'traced'),
    );
    expect(
      createStyle('light', 'en')
        .layers.filter((l) => l.id.startsWith('routes-'))
        .map((l) => l.id),
    ).toEqual(['routes-casing', 'routes-line']);
  });
});

describe('map style with dense data', () => {
  /** The real features, each source's points copied until it passes DENSE. */
  function denser(which: 'projects' | 'places' | 'hubs') {
    const fc = features[which];
    const copies = Math.ceil((DENSE + 1) / fc.features.length);
    const many = Array.from({ length: copies }, (_, i) =>
      fc.features.map((f) => ({ ...f, properties: { ...f.properties, id: `${f.properties?.id}-${i}` } })),
    ).flat();
    return { ...features, [which]: { ...fc, features: many } };
  }
  const minzoom = (style: ReturnType<typeof buildStyle>, id: string) =>
    style.layers.find((l) => l.id === id)?.minzoom;
  const style = (f: typeof features) =>
    buildStyle({ features: f, basemap, fontFaces: {}, theme: THEMES.light, lang: 'en' });

  it('shows every marker and label at every zoom at the real size', () => {
    expect(style(features).layers.filter((l) => l.minzoom !== undefined)).toEqual([]);
  });

  it('shows dense projects and places from the detail zoom, and dense hubs by their circles at every zoom', () => {
    const projects = style(denser('projects'));
    expect(minzoom(projects, 'projects-marker')).toBe(DETAIL_ZOOM);
    expect(minzoom(projects, 'hubs-label')).toBeUndefined();
    const places = style(denser('places'));
    expect(minzoom(places, 'places-label')).toBe(DETAIL_ZOOM);
    expect(minzoom(places, 'projects-marker')).toBeUndefined();
    const hubs = style(denser('hubs'));
    expect(minzoom(hubs, 'hubs-label')).toBe(DETAIL_ZOOM);
    expect(minzoom(hubs, 'hubs-circle')).toBeUndefined();
    expect(validateStyleMin(hubs).map((e) => e.message)).toEqual([]);
  });
});
