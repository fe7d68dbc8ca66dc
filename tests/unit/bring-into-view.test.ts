import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { derive } from '../../src/data/derive.ts';
import { DEFAULT_BOUNDS, NARROW_MAP } from '../../src/data/extent.ts';
import type { CorridorData } from '../../src/data/types.ts';
import { bringIntoView } from '../../src/map/bring-into-view.ts';
import type { Insets } from '../../src/map/insets.ts';
import { type DataIndex, indexData } from '../../src/state/data-index.ts';
import type { Selection } from '../../src/state/view.ts';
import { mapFeatures } from '../../src/style/features.ts';
import { projectMinZoom } from '../../src/style/style.ts';
import { readGeoFiles, validateFiles } from '../../tools/data.ts';
import { GEO_DIR } from '../data-files.ts';
import { FakeMap } from '../fake-maplibre.ts';

/**
 * Where a selection lands, for every hub, project and route of the real data at the five sizes of the page
 * (the geometry of `bringIntoView`, on a fake map with MapLibre's Web Mercator camera): each point as drawn
 * (a project's marker with its offset round its hub) ends inside the map, on screen and clear of the panel,
 * at a zoom that shows it in context. The sizes are the page's layout at each window (styles.css: the stage
 * is `min(78vh, 760px)` high with a side panel `min(400px, 45%)` wide; under 760 px it is 70vh with a bottom
 * sheet of at most half the map; the embed's stage is 420 px). `tests/e2e/in-view.test.ts` checks a few of
 * these in the real page, where MapLibre also keeps the camera inside `MAX_BOUNDS` and the panel is measured.
 */

interface Size {
  name: string;
  window: { width: number; height: number };
  /** The map's box in the window. */
  map: { left: number; top: number; width: number; height: number };
  /** What the panel covers of the map. */
  covers: Insets;
}

const side = (width: number) => Math.min(400, 0.45 * width);
const SIZES: Size[] = [
  {
    name: '375 px embed',
    window: { width: 375, height: 640 },
    map: { left: 1, top: 60, width: 373, height: 418 },
    covers: { top: 0, right: 0, bottom: 209, left: 0 },
  },
  {
    name: '390x844 phone',
    window: { width: 390, height: 844 },
    map: { left: 9, top: 110, width: 372, height: 589 },
    covers: { top: 0, right: 0, bottom: 295, left: 0 },
  },
  {
    name: '768x1024 tablet',
    window: { width: 768, height: 1024 },
    map: { left: 17, top: 190, width: 734, height: 758 },
    covers: { top: 0, right: side(734), bottom: 0, left: 0 },
  },
  {
    name: '1280x800 laptop',
    // The stage runs below the window's edge: the part off screen counts as covered.
    window: { width: 1280, height: 800 },
    map: { left: 17, top: 230, width: 1246, height: 622 },
    covers: { top: 0, right: side(1246), bottom: 0, left: 0 },
  },
  {
    name: '1920x1080 desktop',
    window: { width: 1920, height: 1080 },
    map: { left: 17, top: 200, width: 1886, height: 758 },
    covers: { top: 0, right: side(1886), bottom: 0, left: 0 },
  },
];

let data: CorridorData;
let index: DataIndex;
let features: ReturnType<typeof mapFeatures>;
let selections: Selection[];

beforeAll(() => {
  const result = validateFiles(readGeoFiles(GEO_DIR));
  if (!result.ok) throw new Error('geo/ does not validate');
  data = derive(result.data);
  index = indexData(data);
  features = mapFeatures(data);
  selections = [
    ...data.hubs.map((f) => ({ type: 'hub' as const, id: f.properties.id })),
    ...data.projects.map((f) => ({ type: 'project' as const, id: f.properties.id })),
    ...data.routes.map((r) => ({ type: 'route' as const, id: r.id })),
  ];
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fake map laid out as at `size`, on the default view, with the window and reduced motion stubbed. */
function mapAt(size: Size): FakeMap {
  vi.stubGlobal('window', { innerWidth: size.window.width, innerHeight: size.window.height });
  vi.stubGlobal('matchMedia', () => ({ matches: true }));
  const { left, top, width, height } = size.map;
  const container = {
    clientWidth: width,
    clientHeight: height,
    getBoundingClientRect: () => ({ left, top, width, height }),
  };
  return new FakeMap({ container, bounds: DEFAULT_BOUNDS } as unknown as MapOptions);
}

/** The points a selection is drawn at, in the map's pixels: a marker moved by its offset, a route's line. */
function drawn(map: FakeMap, s: Selection): { x: number; y: number; what: string }[] {
  if (s.type === 'route') {
    const r = data.routes.find((x) => x.id === s.id);
    return (r?.coordinates ?? []).map((c, i) => ({ ...map.project(c), what: `point ${i}` }));
  }
  const f = (s.type === 'hub' ? features.hubs : features.projects).features.find(
    (x) => x.properties?.id === s.id,
  );
  if (!f) throw new Error(`${s.type} ${s.id} is not among the map's features`);
  const [ox, oy] = (f.properties?.offset as [number, number] | undefined) ?? [0, 0];
  const p = map.project((f.geometry as GeoJSON.Point).coordinates);
  return [{ x: p.x + ox, y: p.y + oy, what: 'marker' }];
}

/** What of the selection is hidden at `size`: off the map, off screen, or under the panel. */
function hidden(map: FakeMap, s: Selection, size: Size): string[] {
  const { left, top, width, height } = size.map;
  const c = size.covers;
  const free = {
    left: Math.max(c.left, -left),
    right: Math.min(width - c.right, size.window.width - left),
    top: Math.max(c.top, -top),
    bottom: Math.min(height - c.bottom, size.window.height - top),
  };
  return drawn(map, s)
    .filter((p) => p.x < free.left || p.x > free.right || p.y < free.top || p.y > free.bottom)
    .map(
      (p) =>
        `${s.type} ${s.id} ${p.what} at ${Math.round(p.x)},${Math.round(p.y)} (zoom ${map.zoom.toFixed(2)})`,
    );
}

/** The least zoom a selection is shown at (see `CONTEXT_ZOOM` in src/data/extent.ts). */
function leastZoom(s: Selection, projectsFrom: number): number {
  return s.type === 'hub' ? 4 : s.type === 'project' ? Math.max(5, projectsFrom) : 0;
}

describe.each(SIZES)('bringIntoView at $name', (size) => {
  const projectsFrom = () => projectMinZoom(features, size.map.width < NARROW_MAP);

  it('shows every hub, project and route clear of the panel and on screen, from the default view', () => {
    const failures: string[] = [];
    for (const s of selections) {
      const map = mapAt(size);
      bringIntoView(map as unknown as MapLibreMap, index, s, size.covers, projectsFrom());
      failures.push(...hidden(map, s, size));
      if (map.zoom < leastZoom(s, projectsFrom()) - 1e-9)
        failures.push(`${s.type} ${s.id}: zoom ${map.zoom.toFixed(2)}`);
      if (s.type === 'route' && map.zoom > 7 + 1e-9)
        failures.push(`route ${s.id}: zoom ${map.zoom.toFixed(2)}`);
    }
    expect(failures).toEqual([]);
  });

  it('shows every one in turn from where the last left the camera, as a reader going down the list', () => {
    const map = mapAt(size);
    const failures: string[] = [];
    for (const s of [...selections, ...selections.toReversed()]) {
      bringIntoView(map as unknown as MapLibreMap, index, s, size.covers, projectsFrom());
      failures.push(...hidden(map, s, size));
      if (map.zoom < leastZoom(s, projectsFrom()) - 1e-9)
        failures.push(`${s.type} ${s.id}: zoom ${map.zoom.toFixed(2)}`);
    }
    expect(failures).toEqual([]);
  });

  it('leaves the camera where it is when the selection already shows there', () => {
    for (const s of selections) {
      const map = mapAt(size);
      bringIntoView(map as unknown as MapLibreMap, index, s, size.covers, projectsFrom());
      const camera = { center: map.center, zoom: map.zoom };
      map.clearCalls();
      bringIntoView(map as unknown as MapLibreMap, index, s, size.covers, projectsFrom());
      expect(map.callsOf('easeTo'), `${s.type} ${s.id}`).toEqual([]);
      expect({ center: map.center, zoom: map.zoom }).toEqual(camera);
    }
  });
});

describe('bringIntoView', () => {
  it('moves a selection out from under the panel, animated unless the reader asked for less motion', () => {
    const size = SIZES[3] as Size;
    const map = mapAt(size);
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    const hub = data.hubs[0]?.properties.id as string;
    // The hub drawn in the middle of the panel's part of the map.
    const { width, height } = size.map;
    map.easeTo({ center: data.hubs[0]?.geometry.coordinates, zoom: 6, offset: [width / 2 - 150, 0] });
    expect(hidden(map, { type: 'hub', id: hub }, size)).not.toEqual([]);
    map.clearCalls();
    bringIntoView(map as unknown as MapLibreMap, index, { type: 'hub', id: hub }, size.covers, 0);
    const [[options]] = map.callsOf('easeTo') as [[{ offset: [number, number]; animate: boolean }]];
    expect(options.animate).toBe(true);
    // To the middle of the free part: left of the panel, and of the part of the map on screen.
    expect(options.offset[0]).toBeCloseTo(-size.covers.right / 2, 5);
    expect(options.offset[1]).toBeCloseTo((size.window.height - size.map.top - height) / 2, 5);
    expect(hidden(map, { type: 'hub', id: hub }, size)).toEqual([]);
  });

  it('fits a route with padding that keeps it clear of the panel', () => {
    const size = SIZES[3] as Size;
    const map = mapAt(size);
    const long = [...data.routes].sort((a, b) => b.coordinates.length - a.coordinates.length)[0];
    map.jumpTo({ center: [120, 60], zoom: 8 });
    map.clearCalls();
    bringIntoView(
      map as unknown as MapLibreMap,
      index,
      { type: 'route', id: long?.id as string },
      size.covers,
      0,
    );
    const [[, options]] = map.callsOf('fitBounds') as [[unknown, { padding: Insets; maxZoom: number }]];
    expect(options.padding.right).toBeGreaterThanOrEqual(size.covers.right + 30);
    expect(options.maxZoom).toBe(7);
  });
});
