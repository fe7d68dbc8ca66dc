import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBuiltSite, waitForMapIdle } from './harness.ts';

/**
 * What the reader sees after a selection, for every hub, project and route, at five sizes: the feature is
 * drawn inside the map, on screen and clear of everything over the map (panel, bottom sheet, hint); the
 * canvas fills its frame; the page did not scroll; focus is on a visible heading; and a click on each hub's
 * circle and each project's marker opens that feature. One page per size (opened on a real deep link),
 * selecting through the app's own intents between checks. Reduced motion makes each camera move a jump.
 */

const { h, data } = useBuiltSite();

const SIZES = [
  { name: '375 px embed', width: 375, height: 640, embed: true, link: 'project=aktau-container-hub' },
  { name: '390x844 phone', width: 390, height: 844, embed: false, link: 'hub=kashgar' },
  {
    name: '768x1024 tablet',
    width: 768,
    height: 1024,
    embed: false,
    link: 'route=western-europe-western-china-road-kz',
  },
  {
    name: '1280x800 laptop',
    width: 1280,
    height: 800,
    embed: false,
    link: 'project=kazpost-yto-sorting-hub',
  },
  { name: '1920x1080 desktop', width: 1920, height: 1080, embed: false, link: 'hub=urumqi' },
] as const;

type Kind = 'hub' | 'project' | 'route';
const FEATURES: { type: Kind; id: string }[] = [
  ...data.hubs.map((f) => ({ type: 'hub' as const, id: f.properties.id })),
  ...data.projects.map((f) => ({ type: 'project' as const, id: f.properties.id })),
  ...data.routes.map((r) => ({ type: 'route' as const, id: r.id })),
];

/** What the reader sees of the selected feature, read in the page. */
interface Seen {
  /** Points of the feature as drawn that lie outside the map, off screen or under a cover. */
  hidden: string[];
  /** How the canvas sits in its frame. */
  canvas: { dx: number; dy: number; dw: number; dh: number };
  scrollY: number;
  /** The focused element, through shadow roots: its tag, text and whether it is visible on screen. */
  focus: { tag: string; text: string; visible: boolean } | null;
  zoom: number;
}

/** Selects through the app's own intent, waits for the camera and the panel to settle, and reads what shows. */
async function selectAndLook(page: Page, selection: { type: Kind; id: string } | null): Promise<Seen> {
  return page.evaluate(async (s) => {
    const app = document.querySelector('corridor-app') as HTMLElement & {
      apply(i: unknown): void;
      updateComplete: Promise<unknown>;
    };
    const el = document.querySelector('corridor-map') as HTMLElement & {
      maplibre: import('maplibre-gl').Map;
    };
    const map = el.maplibre;
    app.apply({ type: 'select', selection: s });
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const panelBox = () => JSON.stringify(document.querySelector('.panel')?.getBoundingClientRect() ?? null);
    const details = () =>
      document.querySelector('hub-panel, route-panel') as
        | (HTMLElement & { details: unknown; detailsError: unknown })
        | null;
    // Settled: the panel's texts (loaded when it opens) arrived, and for three frames no camera move and the
    // panel unchanged (a phone's sheet grows with its texts, and the camera follows).
    let last = '';
    let same = 0;
    for (let i = 0; i < 100 && same < 3; i++) {
      await frame();
      const d = details();
      const now = `${panelBox()} ${map.getCenter().toArray()} ${map.getZoom()} ${map.isMoving()}`;
      same = now === last && (!d || d.details || d.detailsError) ? same + 1 : 0;
      last = now;
    }
    const box = map.getContainer().getBoundingClientRect();
    const covers = [...document.querySelectorAll('.panel, .zoom-hint')].map((c) => c.getBoundingClientRect());
    const points: { x: number; y: number; what: string }[] = [];
    if (s) {
      const source = s.type === 'hub' ? 'hubs' : s.type === 'project' ? 'projects' : 'routes';
      const feature = (
        map.getSource(source) as unknown as { _data: { geojson: GeoJSON.FeatureCollection } }
      )._data.geojson.features.find((f) => f.properties?.id === s.id);
      const geometry = feature?.geometry as GeoJSON.Point | GeoJSON.LineString;
      const coords = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
      const [ox, oy] = (feature?.properties?.offset as [number, number] | undefined) ?? [0, 0];
      for (const [i, c] of coords.entries()) {
        const p = map.project(c as [number, number]);
        points.push({ x: box.left + p.x + ox, y: box.top + p.y + oy, what: `point ${i} ${c}` });
      }
    }
    const hidden: string[] = [];
    const free = (p: { x: number; y: number }) =>
      p.x >= box.left &&
      p.x <= box.right &&
      p.y >= box.top &&
      p.y <= box.bottom &&
      p.x >= 0 &&
      p.x <= innerWidth &&
      p.y >= 0 &&
      p.y <= innerHeight &&
      !covers.some((c) => p.x >= c.left && p.x <= c.right && p.y >= c.top && p.y <= c.bottom);
    // Where the space does not allow a route whole (the map stays over its basemap, so the camera cannot go
    // as far out or as far south as a phone's sheet would need), it must still cross the free part of the map.
    if (s?.type === 'route' && points.some((p) => !free(p))) {
      const lngLats = points.map((p) => map.unproject([p.x - box.left, p.y - box.top]));
      const camera = { center: map.getCenter(), zoom: map.getZoom() };
      // How far the covers and the window's edge reach into the map, and a margin.
      const edges = { top: 30, bottom: 30 + Math.max(0, box.bottom - innerHeight), left: 30, right: 30 };
      for (const c of covers) {
        if (c.width >= box.width - 2) edges.bottom = Math.max(edges.bottom, box.bottom - c.top + 30);
        else if (c.top <= box.top + 1 && c.bottom >= box.bottom - 1)
          edges.right = Math.max(edges.right, box.right - c.left + 30);
        else edges.top = Math.max(edges.top, c.bottom - box.top + 30);
      }
      const fitted = map.cameraForBounds(
        [
          [Math.min(...lngLats.map((l) => l.lng)), Math.min(...lngLats.map((l) => l.lat))],
          [Math.max(...lngLats.map((l) => l.lng)), Math.max(...lngLats.map((l) => l.lat))],
        ],
        { padding: edges },
      );
      if (fitted) map.jumpTo(fitted);
      const best = lngLats.map((l) => map.project(l)).map((p) => ({ x: p.x + box.left, y: p.y + box.top }));
      map.jumpTo(camera);
      const sampled = points.flatMap((p, i) => {
        const q = points[i + 1] ?? p;
        return Array.from({ length: 20 }, (_, k) => ({
          x: p.x + ((q.x - p.x) * k) / 20,
          y: p.y + ((q.y - p.y) * k) / 20,
        }));
      });
      if (!best.every(free) && sampled.some(free)) points.length = 0;
    }
    for (const p of points) {
      const at = `${p.what} at ${Math.round(p.x)},${Math.round(p.y)}`;
      if (p.x < box.left || p.x > box.right || p.y < box.top || p.y > box.bottom)
        hidden.push(`${at}: off the map`);
      else if (p.x < 0 || p.x > innerWidth || p.y < 0 || p.y > innerHeight) hidden.push(`${at}: off screen`);
      else if (covers.some((c) => p.x >= c.left && p.x <= c.right && p.y >= c.top && p.y <= c.bottom))
        hidden.push(`${at}: under a cover`);
    }
    const canvas = map.getCanvas().getBoundingClientRect();
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    let focus = null;
    if (active && active !== document.body) {
      const r = active.getBoundingClientRect();
      const scroller = active.getRootNode() instanceof ShadowRoot ? document.querySelector('.panel') : null;
      const clip = scroller?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
      focus = {
        tag: active.localName,
        text: active.textContent?.trim() ?? '',
        visible:
          r.height > 0 &&
          r.top >= Math.max(0, clip.top) - 1 &&
          r.bottom <= Math.min(innerHeight, clip.bottom) + 1,
      };
    }
    return {
      hidden,
      canvas: {
        dx: canvas.left - box.left,
        dy: canvas.top - box.top,
        dw: canvas.width - box.width,
        dh: canvas.height - box.height,
      },
      scrollY,
      focus,
      zoom: map.getZoom(),
    };
  }, selection);
}

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
  it('every hub, project and route lands in view beside the panel, the page stays put, focus on its heading, and a click on it opens it', async () => {
    const { page, errors } = await openPage(h, `?${size.link}${size.embed ? '&embed' : ''}`, {
      viewport: { width: size.width, height: size.height },
      context: { reducedMotion: 'reduce' },
    });
    await waitForMapIdle(page);
    const failures: string[] = [];
    // The real deep link first: where the page opened.
    const [type, id] = size.link.split('=') as [Kind, string];
    const opened = await selectAndLook(page, { type, id });
    if (opened.hidden.length) failures.push(`?${size.link}: ${opened.hidden.join('; ')}`);
    for (const s of FEATURES) {
      const name = `${s.type} ${s.id}`;
      const seen = await selectAndLook(page, s);
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
  }, 240_000);
});
