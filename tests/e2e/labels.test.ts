/**
 * Issue 20, "legible at a glance": at the opening view, at four screen sizes and in the four languages, no
 * name the map has placed lies over a hub's circle, a project's marker or another name.
 *
 * Where the names are: MapLibre's own collision index (`map.style.placement.collisionIndex.grid`), which
 * holds the box of every symbol it placed in the last placement, in the map's CSS pixels shifted by its
 * viewport padding (100 px), each keyed by the bucket it came from; the bucket gives the layer. These are
 * the boxes MapLibre itself keeps names apart with, measured from the shaped glyphs (so Cyrillic, Chinese,
 * bold and wrapped names are measured as drawn), padded by text-padding (2 px), which is taken off again.
 * Hub circles and markers are read from what the map drew (queryRenderedFeatures), placed with
 * `map.project`: a hub's circle is its `radius` plus its outline; a marker is its point moved by its
 * `offset` property, its shape MARKER_SHAPE_SIZE wide.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/data/types.ts';
import { MARKER_SHAPE_SIZE } from '../../src/symbols/markers.ts';
import { openingViewAt, pagePool, useBuiltSite, waitForMapIdle } from './harness.ts';

const { h } = useBuiltSite();

/** The layers whose symbols are names (the count in a gathered hub's circle belongs to the circle). */
const LABEL_LAYERS = ['basemap-country-label', 'places-label', 'hubs-label'];
/** MapLibre's text-padding (the style spec's default), which pads each name's box in the index. */
const TEXT_PADDING = 2;
/** A hub circle's outline at rest (hubs-circle's circle-stroke-width). */
const HUB_OUTLINE = 1.5;

type Box = [number, number, number, number];
interface Drawn {
  labels: { layer: string; name: string; box: Box }[];
  hubs: { id: string; x: number; y: number; r: number }[];
  markers: { id: string; box: Box }[];
  width: number;
  height: number;
}

async function drawn(
  page: Page,
): Promise<Omit<Drawn, 'markers'> & { points: [string, number, number, [number, number]][] }> {
  await waitForMapIdle(page);
  return page.evaluate(
    ({ layers, padding }) => {
      // biome-ignore lint/suspicious/noExplicitAny: MapLibre's placement is internal, read as MapLibre keeps it.
      const map = document.querySelector('corridor-map')?.maplibre as any;
      const placement = map.style.placement;
      const grid = placement.collisionIndex.grid;
      const VIEWPORT_PADDING = 100;
      const labels: { layer: string; name: string; box: [number, number, number, number] }[] = [];
      for (let i = 0; i < grid.boxKeys.length; i++) {
        const key = grid.boxKeys[i];
        const data = placement.retainedQueryData[key.bucketInstanceId];
        const layer = data?.featureIndex.bucketLayerIDs[data.bucketIndex]?.[0];
        if (!layers.includes(layer)) continue;
        const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4);
        const box: [number, number, number, number] = [
          x1 - VIEWPORT_PADDING + padding,
          y1 - VIEWPORT_PADDING + padding,
          x2 - VIEWPORT_PADDING - padding,
          y2 - VIEWPORT_PADDING - padding,
        ];
        const centre: [number, number] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
        const f = map.queryRenderedFeatures(centre, { layers: [layer] })[0];
        const name = f?.layer?.layout?.['text-field']
          ? String(f.properties?.name_en ?? f.properties?.id)
          : '';
        labels.push({ layer, name, box });
      }
      const at = (f: { geometry: { coordinates: [number, number] } }) => map.project(f.geometry.coordinates);
      const hubs = new Map<string, { id: string; x: number; y: number; r: number }>();
      for (const f of map.queryRenderedFeatures({ layers: ['hubs-circle'] })) {
        if (f.state?.hidden) continue;
        const p = at(f);
        hubs.set(String(f.properties.id), {
          id: String(f.properties.id),
          x: p.x,
          y: p.y,
          r: f.properties.radius,
        });
      }
      const points = new Map<string, [string, number, number, [number, number]]>();
      for (const f of map.queryRenderedFeatures({ layers: ['projects-marker'] })) {
        if (f.state?.hidden) continue;
        const p = at(f);
        const offset =
          typeof f.properties.offset === 'string' ? JSON.parse(f.properties.offset) : f.properties.offset;
        points.set(String(f.properties.id), [String(f.properties.id), p.x, p.y, offset]);
      }
      const canvas = map.getCanvas() as HTMLCanvasElement;
      return {
        labels,
        hubs: [...hubs.values()],
        points: [...points.values()],
        width: canvas.clientWidth,
        height: canvas.clientHeight,
      };
    },
    { layers: LABEL_LAYERS, padding: TEXT_PADDING },
  );
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Whether a box and a circle share any point. */
function boxMeetsCircle(b: Box, c: { x: number; y: number }, r: number): boolean {
  const dx = c.x - Math.max(b[0], Math.min(c.x, b[2]));
  const dy = c.y - Math.max(b[1], Math.min(c.y, b[3]));
  return dx * dx + dy * dy < r * r;
}

/** Every clash on the map as drawn: a name over a hub circle, a marker or another name. */
function clashes(d: Drawn): string[] {
  const onScreen = d.labels.filter((l) => overlaps(l.box, [0, 0, d.width, d.height]));
  const found: string[] = [];
  const named = (l: Drawn['labels'][number]) => `${l.layer} "${l.name}"`;
  for (const [i, l] of onScreen.entries()) {
    for (const hub of d.hubs)
      if (boxMeetsCircle(l.box, hub, hub.r + HUB_OUTLINE)) found.push(`${named(l)} over hub ${hub.id}`);
    for (const m of d.markers) if (overlaps(l.box, m.box)) found.push(`${named(l)} over marker ${m.id}`);
    for (const other of onScreen.slice(i + 1))
      if (overlaps(l.box, other.box)) found.push(`${named(l)} over ${named(other)}`);
  }
  return found;
}

async function measure(page: Page): Promise<Drawn> {
  const { points, ...rest } = await drawn(page);
  const half = MARKER_SHAPE_SIZE / 2;
  return {
    ...rest,
    markers: points.map(([id, x, y, [dx, dy]]) => ({
      id,
      box: [x + dx - half, y + dy - half, x + dx + half, y + dy + half] as Box,
    })),
  };
}

const SIZES = [
  [390, 844],
  [768, 1024],
  [1280, 800],
  [1920, 1080],
] as const;
const LANGS: Lang[] = ['en', 'ru', 'kk', 'zh'];

describe('names at the opening view', () => {
  // One page, drawn once, set to each size in turn and put on the opening camera there by the map's own
  // reset (the camera a fresh load opens on: the same fit of the same bounds for the map's width).
  const pages = pagePool(h);

  it.each(SIZES)(
    'at %ix%i, in every language, lie over no hub circle, marker or other name',
    async (width, height) => {
      const { page } = await pages.open();
      await openingViewAt(page, { width, height });
      const found: string[] = [];
      for (const lang of LANGS) {
        await page.evaluate((l) => {
          (document.querySelector('corridor-app') as HTMLElement & { apply(i: unknown): void }).apply({
            type: 'language',
            lang: l,
          });
        }, lang);
        await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 15_000 }).toBe(lang);
        const d = await measure(page);
        // The check sees the map: names and hubs are there to be checked.
        expect(d.labels.length, `${lang}: names placed`).toBeGreaterThan(3);
        expect(d.hubs.length, `${lang}: hubs drawn`).toBeGreaterThan(3);
        found.push(...clashes(d).map((c) => `${lang}: ${c}`));
      }
      expect(found).toEqual([]);
    },
    120_000,
  );
});
