/**
 * Issue 20, "legible at a glance": the legend tells the truth. Every colour the map draws a route in has
 * its legend entry, and every entry of the legend names a colour some route is drawn in, for the real data
 * in `geo/` and both themes: the colours read from the built style, the entries from the legend model the
 * page's legend and the saved image's legend both draw.
 */
import { describe, expect, it } from 'vitest';
import { indexData } from '../../src/state/data-index.ts';
import { mapFeatures } from '../../src/style/features.ts';
import { buildStyle } from '../../src/style/style.ts';
import { legendModel } from '../../src/symbols/legend.ts';
import { THEMES } from '../../src/symbols/palette.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { StyleReader } from '../../tools/preview/style.ts';
import { GEO_DIR } from '../data-files.ts';

const data = loadCorridorData(GEO_DIR);
const features = mapFeatures(data);
const index = indexData(data);

describe.each(Object.keys(THEMES) as (keyof typeof THEMES)[])('the legend of route colours (%s)', (name) => {
  const theme = THEMES[name];
  const reader = new StyleReader(
    buildStyle({
      features,
      basemap: { type: 'FeatureCollection', features: [] },
      fontFaces: {},
      theme,
      lang: 'en',
    }),
    5,
  );
  /** Each route's colour as the map draws it. */
  const drawn = features.routes.features.map((f) => ({
    id: String(f.properties?.id),
    mode: String(f.properties?.mode),
    colour: reader.value<string>('routes-line', 'line-color', f.properties ?? {}),
  }));
  /** The legend's entries, as the page builds them, each with the colour of its line sample. */
  const entries = legendModel(index.kinds, index.modes).modes.map((mode) => ({
    mode,
    colour: theme.mode[mode],
  }));

  it('has an entry, of the route’s own mode, for every colour a route is drawn in', () => {
    for (const route of drawn) {
      const matching = entries.filter((e) => e.colour === route.colour);
      expect(
        matching.map((e) => e.mode),
        `${route.id} (${route.mode}) is drawn in ${route.colour}`,
      ).toEqual([route.mode]);
    }
  });

  it('draws every entry it lists: no key to a colour no route has', () => {
    const colours = new Set(drawn.map((r) => r.colour));
    for (const e of entries) expect(colours.has(e.colour), `${e.mode} (${e.colour})`).toBe(true);
  });

  it('gives each entry its own colour', () => {
    const colours = entries.map((e) => e.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
