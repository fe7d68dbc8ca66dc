import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lookAtSelection, openPage, type Selected, useBuiltSite, waitForMapIdle } from './harness.ts';

/**
 * What the reader sees after a selection, in the real page, for a few features that stand for the rest (a
 * crowded hub, a lone hub far east, a project's marker on the ring round its hub, one on a coast, the longest
 * route, which MapLibre's bounds keep from fitting whole on a phone, and the shortest, which is fitted
 * closer) at an embed's, a phone's and a laptop's size: the feature is drawn inside the map, on screen and
 * clear of everything over the map (panel, bottom sheet, hint); the canvas fills its frame; the page did not
 * scroll; focus is on a visible heading; and a click on each hub's circle and each project's marker opens
 * that feature. One page per size (opened on a real deep link), selecting through the app's own intents
 * between checks. Reduced motion makes each camera move a jump. Every hub, project and route at five sizes
 * is checked against the same geometry, without a browser, in `tests/unit/bring-into-view.test.ts`; what
 * this file adds is the real page: the panel measured as laid out, MapLibre's own camera inside its bounds,
 * its hit-testing of what is drawn.
 */

const { h, data } = useBuiltSite();

const SIZES = [
  { name: '375 px embed', width: 375, height: 640, embed: true, link: 'project=aktau-container-hub' },
  { name: '390x844 phone', width: 390, height: 844, embed: false, link: 'hub=kashgar' },
  {
    name: '1280x800 laptop',
    width: 1280,
    height: 800,
    embed: false,
    link: 'project=kazpost-yto-sorting-hub',
  },
] as const;

type Kind = Selected['type'];
/** How far a route reaches, in degrees, north-south or east-west. */
const reach = (r: (typeof data.routes)[number]) => {
  const xs = r.coordinates.map((c) => c[0]);
  const ys = r.coordinates.map((c) => c[1]);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
};
const byReach = [...data.routes].sort((a, b) => reach(b) - reach(a));
/** The hub with the most projects round it: its markers stand on a ring, the closest together. */
const projectsOf = (hub: string) => data.projects.filter((p) => p.properties.hub === hub).length;
const crowded = [...data.hubs].sort((a, b) => projectsOf(b.properties.id) - projectsOf(a.properties.id))[0]
  ?.properties.id as string;
const FEATURES: Selected[] = [
  { type: 'hub', id: crowded },
  { type: 'hub', id: 'kashgar' },
  { type: 'project', id: data.projects.find((p) => p.properties.hub === crowded)?.properties.id as string },
  { type: 'project', id: 'aktau-container-hub' },
  { type: 'route', id: byReach[0]?.id as string },
  { type: 'route', id: byReach.at(-1)?.id as string },
];

/** The feature a click at the page point (x, y) selects, or null. */
async function clickAt(page: Page, x: number, y: number): Promise<string | null> {
  await page.mouse.click(x, y);
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const app = document.querySelector('corridor-app') as HTMLElement & {
      view: { selection: { type: string; id: string } | null };
    };
    const s = app.view.selection;
    return s ? `${s.type}:${s.id}` : null;
  });
}

/**
 * Where to click to hit a point feature as drawn, in page pixels, zoomed in (from the settled camera) until
 * nothing drawn over it covers the spot, as a reader would zoom to tell two close features apart.
 */
async function target(
  page: Page,
  s: { type: Kind; id: string },
): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(async (s) => {
    const map = (
      document.querySelector('corridor-map') as HTMLElement & { maplibre: import('maplibre-gl').Map }
    ).maplibre;
    const features = (id: string) =>
      (map.getSource(id) as unknown as { _data: { geojson: GeoJSON.FeatureCollection } })._data.geojson
        .features;
    const hubs = features('hubs');
    const f = features(s.type === 'hub' ? 'hubs' : 'projects').find((x) => x.properties?.id === s.id);
    if (!f) throw new Error(`${s.type} ${s.id} is not on the map`);
    const c = (f.geometry as GeoJSON.Point).coordinates as [number, number];
    const [ox, oy] = (f.properties?.offset as [number, number] | undefined) ?? [0, 0];
    // Where to click: the marker's centre; for a hub, its centre or else a spot on its circle (a project's
    // marker may stand on the hub's point). Crowded: another hub's circle, or another project's marker
    // (drawn above the hubs), over every such spot.
    const spots = () => {
      const p = map.project(c);
      const r = s.type === 'hub' ? Number(f.properties?.radius) * 0.75 : 0;
      return [
        [0, 0],
        ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) => [
          r * Math.cos((k * Math.PI) / 4),
          r * Math.sin((k * Math.PI) / 4),
        ]),
      ]
        .filter(([dx, dy], i) => i === 0 || dx || dy)
        .map(([dx, dy]) => ({ x: p.x + ox + dx, y: p.y + oy + dy }));
    };
    const covered = (at: { x: number; y: number }) => {
      const over = (o: GeoJSON.Feature, reach: number) => {
        if (o.properties?.id === s.id) return false;
        const q = map.project((o.geometry as GeoJSON.Point).coordinates as [number, number]);
        const [qx, qy] = (o.properties?.offset as [number, number] | undefined) ?? [0, 0];
        return Math.hypot(at.x - q.x - qx, at.y - q.y - qy) < reach;
      };
      // Markers show from their layer's least zoom (a narrow map gathers them into their hubs below it).
      const markers =
        map.getZoom() >= (map.getLayer('projects-marker')?.minzoom ?? 0) ? features('projects') : [];
      // A hub's circle reaches its radius, its outline and the pointer's pixel of slack.
      return (
        markers.some((o) => over(o, 12)) ||
        (s.type === 'hub' && hubs.some((o) => over(o, Number(o.properties?.radius) + 5)))
      );
    };
    const free = () => spots().find((at) => !covered(at));
    if (!map.loaded()) await new Promise((done) => map.once('idle', done));
    while (!free() && map.getZoom() < 12) {
      map.jumpTo({ center: c, zoom: Math.min(12, map.getZoom() + 1) });
      await new Promise((done) => map.once('idle', done));
    }
    const box = map.getContainer().getBoundingClientRect();
    const at = free() ?? spots()[0];
    return { x: box.left + at.x, y: box.top + at.y, zoom: map.getZoom() };
  }, s);
}

describe.each(SIZES)('at $name', (size) => {
  it('a hub, a project and a route land in view beside the panel, the page stays put, focus on its heading, and a click on it opens it', async () => {
    const { page, errors } = await openPage(h, `?${size.link}${size.embed ? '&embed' : ''}`, {
      viewport: { width: size.width, height: size.height },
      context: { reducedMotion: 'reduce' },
    });
    await waitForMapIdle(page);
    const failures: string[] = [];
    // The real deep link first: where the page opened.
    const [type, id] = size.link.split('=') as [Kind, string];
    const opened = await lookAtSelection(page, { type, id });
    if (opened.hidden.length) failures.push(`?${size.link}: ${opened.hidden.join('; ')}`);
    for (const s of FEATURES) {
      const name = `${s.type} ${s.id}`;
      const seen = await lookAtSelection(page, s);
      if (seen.hidden.length)
        failures.push(`${name}: ${seen.hidden.join('; ')} (zoom ${seen.zoom.toFixed(2)})`);
      if (Object.values(seen.canvas).some((d) => Math.abs(d) > 1))
        failures.push(`${name}: the canvas does not fill its frame ${JSON.stringify(seen.canvas)}`);
      if (seen.scrollY !== opened.scrollY) failures.push(`${name}: the page scrolled to ${seen.scrollY}`);
      if (!seen.focus || !/^h[1-6]$/.test(seen.focus.tag) || !seen.focus.visible)
        failures.push(`${name}: focus on ${JSON.stringify(seen.focus)}`);
      if (s.type === 'route') continue;
      // Close the panel (the camera stays), then click where the feature is drawn.
      await page.evaluate(() =>
        (document.querySelector('corridor-app') as HTMLElement & { apply(i: unknown): void }).apply({
          type: 'select',
          selection: null,
        }),
      );
      const at = await target(page, s);
      const picked = await clickAt(page, at.x, at.y);
      if (picked !== `${s.type}:${s.id}`)
        failures.push(
          `${name}: a click at ${Math.round(at.x)},${Math.round(at.y)} (zoom ${at.zoom.toFixed(2)}) opened ${picked}`,
        );
      const after = await page.evaluate(() => scrollY);
      if (after !== opened.scrollY) failures.push(`${name}: the click scrolled the page to ${after}`);
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
