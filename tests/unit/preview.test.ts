import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_BOUNDS,
  KEY_MARGIN,
  KEY_WIDTH,
  MAX_BOUNDS,
  OPENING_MARGIN,
  openingPadding,
} from '../../src/data/extent.ts';
import type { CorridorData } from '../../src/data/types.ts';
import {
  cameraAt,
  cameraOf,
  croppedCamera,
  previewProjection,
  projectionOf,
} from '../../src/preview/preview-camera.ts';
import { mapFeatures } from '../../src/style/features.ts';
import { buildStyle } from '../../src/style/style.ts';
import { DARK, LIGHT } from '../../src/symbols/palette.ts';
import { buildBasemap } from '../../tools/basemap.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { previewHubSpots, renderPreviewSvg } from '../../tools/preview/preview.ts';
import { StyleReader } from '../../tools/preview/style.ts';
import { PREVIEW_LIMITS } from '../../tools/preview/thinning.ts';
import { GEO_DIR, syntheticData } from '../data-files.ts';

const VALID = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
const data = loadCorridorData(VALID);
const basemap = buildBasemap();

const W = 1280;
const H = 720;

function copy(d: CorridorData): CorridorData {
  return structuredClone(d);
}

/** Checks that every element is closed and nested in order (a small stand-in for an XML parser). */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const [tag, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z][\w-]*)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (tag.endsWith('/>') && selfClosing) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0 && !/<(?![/a-zA-Z])/.test(svg);
}

function attr(element: string, name: string): number {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return m ? Number(m[1]) : Number.NaN;
}

/** The elements of one `data-layer` group or path. */
function layerOf(svg: string, layer: string): string[] {
  return [...svg.matchAll(new RegExp(`<(?:g|path)[^>]*data-layer="${layer}"[^>]*>`, 'g'))].map((m) => {
    if (m[0].startsWith('<path')) return m[0];
    const end = svg.indexOf('</g>', m.index);
    return svg.slice(m.index, end);
  });
}

describe('StyleReader', () => {
  it("reads a layer's paint for a feature from the map's style, and refuses a layer the style lacks", () => {
    const style = buildStyle({
      features: mapFeatures(data),
      basemap,
      fontFaces: {},
      theme: DARK,
      lang: 'en',
    });
    const reader = new StyleReader(style, 4);
    expect(reader.value('routes-line', 'line-color', { mode: 'sea' })).toBe(DARK.mode.sea);
    expect(reader.value('routes-line', 'line-width', { mode: 'mail-air' })).toBe(1.6);
    expect(reader.value('routes-line', 'line-dasharray', { line: 'schematic' })).toEqual([2, 1.5]);
    expect(reader.value('basemap-river', 'line-width')).toBeCloseTo(0.85);
    expect(reader.value('basemap-lake', 'fill-outline-color')).toBeUndefined();
    expect(reader.filter('hubs-area', mapFeatures(data).hubs.features).length).toBeGreaterThan(0);
    expect(() => reader.layer('nope')).toThrow(/no layer/);
  });
});

describe('previewProjection', () => {
  it('fits DEFAULT_BOUNDS as fitBounds does with the opening padding: one axis edge to edge, the other inside, centred', () => {
    for (const [w, h] of [
      [1280, 720],
      [800, 600],
      [1000, 1000],
      [600, 420],
    ]) {
      const project = previewProjection(w, h);
      const pad = openingPadding(w);
      const [[west, south], [east, north]] = DEFAULT_BOUNDS;
      const [x0, y0] = project([west, north]);
      const [x1, y1] = project([east, south]);
      const [left, right, top, bottom] = [pad.left, w - pad.right, pad.top, h - pad.bottom];
      const fitsWidth = Math.abs(x0 - left) < 1 && Math.abs(x1 - right) < 1;
      const fitsHeight = Math.abs(y0 - top) < 1 && Math.abs(y1 - bottom) < 1;
      expect(fitsWidth || fitsHeight, `${w}x${h}`).toBe(true);
      for (const v of [x0, x1]) expect(v).toBeGreaterThanOrEqual(left - 1);
      for (const v of [x0, x1]) expect(v).toBeLessThanOrEqual(right + 1);
      for (const v of [y0, y1]) expect(v).toBeGreaterThanOrEqual(top - 1);
      for (const v of [y0, y1]) expect(v).toBeLessThanOrEqual(bottom + 1);
      expect((x0 + x1) / 2).toBeCloseTo((left + right) / 2, 6);
      expect((y0 + y1) / 2).toBeCloseTo((top + bottom) / 2, 6);
    }
  });

  it("leaves the compact key's column free on a wide map, and a margin round the bounds on a narrow one", () => {
    const wide = previewProjection(1280, 720);
    expect(wide([DEFAULT_BOUNDS[0][0], 45])[0]).toBeGreaterThanOrEqual(KEY_WIDTH + KEY_MARGIN);
    const narrow = previewProjection(600, 420);
    expect(narrow([DEFAULT_BOUNDS[0][0], 45])[0]).toBeCloseTo(OPENING_MARGIN, 6);
    expect(narrow([DEFAULT_BOUNDS[1][0], 45])[0]).toBeCloseTo(600 - OPENING_MARGIN, 6);
  });

  it('keeps the view inside MAX_BOUNDS as the map camera does: a tall phone screen is zoomed in', () => {
    const [w, h] = [390, 844];
    const project = previewProjection(w, h);
    const [[west, south], [east, north]] = MAX_BOUNDS;
    const [x0, y0] = project([west, north]);
    const [x1, y1] = project([east, south]);
    // Fitting the width alone would show beyond 20-67 N; MapLibre zooms in until the height fits that range.
    expect(y0).toBeCloseTo(0, 6);
    expect(y1).toBeCloseTo(h, 6);
    expect(x0).toBeLessThanOrEqual(0);
    expect(x1).toBeGreaterThanOrEqual(w);
    // Across, it stays centred on DEFAULT_BOUNDS (the longitudes of MAX_BOUNDS are far enough).
    const [[dw], [de]] = DEFAULT_BOUNDS;
    expect(project([(dw + de) / 2, 45])[0]).toBeCloseTo(w / 2, 6);
  });

  it('is Web Mercator with 512-px tiles: west-east spacing is linear, north grows faster', () => {
    const project = previewProjection(W, H);
    const [a] = project([50, 45]);
    const [b] = project([60, 45]);
    const [c] = project([70, 45]);
    expect(b - a).toBeCloseTo(c - b, 6);
    const [, y40] = project([60, 40]);
    const [, y45] = project([60, 45]);
    const [, y50] = project([60, 50]);
    expect(y40 - y45).toBeLessThan(y45 - y50);
    // 10 degrees of longitude is 10/360 of a world 512 * 2^zoom pixels wide, with zoom as fitted.
    const zoom = Math.log2(((b - a) * 36) / 512);
    expect(zoom).toBeGreaterThan(3);
    expect(zoom).toBeLessThan(6);
  });
});

describe('croppedCamera', () => {
  it('shows each point where a picture cropped as object-fit: cover shows it', () => {
    const drawn = { width: 1280, height: 720 };
    const view = cameraAt([51.2, 43.6], 6.8, drawn.width, drawn.height);
    const camera = cameraOf(view);
    expect(camera.center[0]).toBeCloseTo(51.2, 9);
    expect(camera.center[1]).toBeCloseTo(43.6, 9);
    expect(camera.zoom).toBeCloseTo(6.8, 9);
    const inPicture = projectionOf(view, drawn.width, drawn.height);
    for (const [w, h] of [
      [1280, 620],
      [390, 520],
      [375, 300],
      [1600, 900],
    ]) {
      // The picture scaled to cover the box and centred in it: a point's place in the box.
      const k = Math.max(w / drawn.width, h / drawn.height);
      const shown = ([x, y]: [number, number]): [number, number] => [
        w / 2 + (x - drawn.width / 2) * k,
        h / 2 + (y - drawn.height / 2) * k,
      ];
      const cropped = croppedCamera(camera, drawn, w, h);
      const onMap = projectionOf(cameraAt(cropped.center, cropped.zoom, w, h), w, h);
      for (const p of [
        [51.2, 43.6],
        [50.5, 44.1],
        [52, 43],
      ] as [number, number][]) {
        const [a, b] = [shown(inPicture(p)), onMap(p)];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1]), `${w}x${h} ${p}`).toBeLessThan(0.01);
      }
    }
  });
});

describe('renderPreviewSvg', () => {
  const svg = renderPreviewSvg(data, basemap, { width: W, height: H });

  it('is an accessible SVG document of the asked size', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    const root = svg.slice(0, svg.indexOf('>') + 1);
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toContain(`viewBox="0 0 ${W} ${H}"`);
    expect(root).toContain(`width="${W}"`);
    expect(root).toContain(`height="${H}"`);
    expect(root).toContain('role="img"');
    expect(root).toMatch(/aria-label="[^"]*Kazakhstan[^"]*"/);
    expect(svg).toMatch(/^<svg[^>]*><title>[^<]+<\/title>/);
    expect(svg).toContain("'Noto Sans', system-ui, sans-serif");
  });

  it('draws the basemap layers and the water behind them', () => {
    expect(svg).toContain(`fill="${LIGHT.water}"`);
    for (const layer of ['basemap-country', 'basemap-lake', 'basemap-river', 'basemap-border']) {
      expect(layerOf(svg, layer), layer).toHaveLength(1);
    }
    expect(layerOf(svg, 'basemap-border')[0]).toContain('stroke-dasharray="3 2"');
    expect(svg).toContain('>KAZAKHSTAN</text>');
  });

  it('draws each hub circle at the projected hub, with the map radius', () => {
    const project = previewProjection(W, H);
    const radius = new Map(
      mapFeatures(data).hubs.features.map((f) => [f.properties?.id, f.properties?.radius]),
    );
    const circles = layerOf(svg, 'hubs-circle')[0].match(/<circle[^>]*>/g) ?? [];
    expect(circles).toHaveLength(data.hubs.length);
    for (const hub of data.hubs) {
      const [x, y] = project(hub.geometry.coordinates);
      const match = circles.find(
        (c) => Math.abs(attr(c, 'cx') - x) <= 0.05 && Math.abs(attr(c, 'cy') - y) <= 0.05,
      );
      expect(match, hub.properties.id).toBeDefined();
      // MapLibre strokes outside circle-radius: the SVG circle is half the 1.5-px stroke bigger.
      expect(
        Math.abs(attr(match as string, 'r') - Number(radius.get(hub.properties.id)) - 0.75),
      ).toBeLessThanOrEqual(0.06);
    }
    // Both fixture hubs are located only to their town: each gets the soft area ring.
    expect(layerOf(svg, 'hubs-area')[0].match(/<circle/g)).toHaveLength(2);
    expect(svg).toContain('>East Hub</text>');
  });

  it("gives each hub it draws a link target at that hub's circle, at least 18 px across the radius", () => {
    const circles = layerOf(svg, 'hubs-circle')[0].match(/<circle[^>]*>/g) ?? [];
    const spots = previewHubSpots(data, basemap, { width: W, height: H });
    expect(spots.map((s) => s.id).sort()).toEqual(data.hubs.map((h) => h.properties.id).sort());
    for (const s of spots) {
      const circle = circles.find((c) => Math.hypot(attr(c, 'cx') - s.x, attr(c, 'cy') - s.y) <= 0.75);
      expect(circle, s.id).toBeDefined();
      expect(s.r).toBeGreaterThanOrEqual(Math.max(18, attr(circle as string, 'r')));
    }
  });

  it('names hubs in the chosen language, falling back to English', () => {
    const ru = renderPreviewSvg(data, basemap, { width: W, height: H, lang: 'ru', theme: DARK });
    expect(ru).toContain('>Восточный хаб</text>');
    expect(ru).toContain('>West Hub</text>');
    expect(ru).toContain('>КАЗАХСТАН</text>');
    expect(ru).toContain(`fill="${DARK.water}"`);
  });

  it('escapes names from the data and never writes a script element', () => {
    const evil = copy(data);
    evil.hubs[0].properties.name.en = '<script>alert(1)</script>';
    evil.hubs[0].properties.name.ru = 'Tom & "Jerry\'s"';
    const out = renderPreviewSvg(evil, basemap, { width: W, height: H });
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(wellFormed(out)).toBe(true);
    const ru = renderPreviewSvg(evil, basemap, { width: W, height: H, lang: 'ru', title: 'A "map" <b>' });
    expect(ru).toContain('Tom &amp; &quot;Jerry&#39;s&quot;');
    expect(ru).toContain('aria-label="A &quot;map&quot; &lt;b&gt;"');
    expect(ru).not.toContain('<b>');
  });

  it('dashes schematic routes and draws traced ones solid, coloured by mode', () => {
    const mixed = copy(data);
    mixed.routes.push({
      ...structuredClone(mixed.routes[0]),
      id: 'schematic-road',
      mode: 'road',
      line: 'schematic',
      coordinates: [
        [80.38, 44.22],
        [69.6, 42.3],
      ],
    });
    const out = renderPreviewSvg(mixed, basemap, { width: W, height: H });
    const paths = layerOf(out, 'routes-line');
    const traced = paths.find((p) => p.includes(`stroke="${LIGHT.mode.rail}"`)) ?? '';
    const schematic = paths.find((p) => p.includes(`stroke="${LIGHT.mode.road}"`)) ?? '';
    // Schematic lines are drawn over traced ones, as the map sorts them.
    expect(paths.indexOf(schematic)).toBeGreaterThan(paths.indexOf(traced));
    expect(traced).toContain(`stroke="${LIGHT.mode.rail}"`);
    expect(traced).not.toContain('stroke-dasharray');
    expect(traced).toContain('stroke-width="2.6"');
    expect(schematic).toContain(`stroke="${LIGHT.mode.road}"`);
    // line-dasharray [2, 1.5] is in line widths: 2.6 px wide, 5.2 on and 3.9 off.
    expect(schematic).toContain('stroke-dasharray="5.2 3.9"');
  });

  it('draws project markers in the ring offsets of mapFeatures, solid or open by status', () => {
    const project = previewProjection(W, H);
    const markers = layerOf(svg, 'projects-marker')[0].match(/<use[^>]*>/g) ?? [];
    // A halo and a body per project.
    expect(markers).toHaveLength(2 * data.projects.length);
    for (const f of mapFeatures(data).projects.features) {
      const [lon, lat] = f.geometry.type === 'Point' ? f.geometry.coordinates : [Number.NaN, Number.NaN];
      const [ox, oy] = (f.properties?.offset ?? [0, 0]) as [number, number];
      const [x, y] = project([lon, lat]);
      const colour = LIGHT.status[f.properties?.status as keyof typeof LIGHT.status];
      const body = markers.find(
        (m) =>
          m.includes(`stroke="${colour}"`) &&
          Math.abs(attr(m, 'x') - (x + ox)) <= 0.05 &&
          Math.abs(attr(m, 'y') - (y + oy)) <= 0.05,
      );
      expect(body, String(f.properties?.id)).toBeDefined();
      const solid = f.properties?.status === 'operating';
      expect(body).toContain(`fill="${solid ? colour : LIGHT.labelHalo}"`);
    }
  });

  it('stays small and quick at 1280x720 with the real basemap', () => {
    const start = performance.now();
    const out = renderPreviewSvg(data, basemap, { width: W, height: H });
    const ms = performance.now() - start;
    const raw = Buffer.byteLength(out);
    const gzip = gzipSync(out).length;
    console.info(`preview 1280x720: ${raw} B raw, ${gzip} B gzip, ${ms.toFixed(0)} ms`);
    expect(raw).toBeLessThan(80 * 1024);
    expect(ms).toBeLessThan(1000);
  });

  it('stays small with the real data of geo/ too, and draws every hub in view', () => {
    const real = loadCorridorData(GEO_DIR);
    const out = renderPreviewSvg(real, basemap, { width: W, height: H });
    console.info(`preview 1280x720, geo/: ${Buffer.byteLength(out)} B raw, ${gzipSync(out).length} B gzip`);
    expect(Buffer.byteLength(out)).toBeLessThan(80 * 1024);
    expect(wellFormed(out)).toBe(true);
    const project = previewProjection(W, H);
    const inView = real.hubs.filter((h) => {
      const [x, y] = project(h.geometry.coordinates);
      return x >= 0 && y >= 0 && x <= W && y <= H;
    });
    expect(layerOf(out, 'hubs-circle')[0].match(/<circle/g)?.length).toBeGreaterThanOrEqual(inView.length);
  });
});

/** The `<circle>`s or `<use>`s of a layer. */
function elements(svg: string, layer: string, tag: 'circle' | 'use'): string[] {
  return layerOf(svg, layer).flatMap((g) => g.match(new RegExp(`<${tag}[^>]*>`, 'g')) ?? []);
}

describe('renderPreviewSvg at 100 and 1000 times the data', () => {
  const scales = [100, 1000] as const;
  const made = new Map<number, { data: CorridorData; svg: string }>();
  beforeAll(() => {
    for (const scale of scales) {
      const d = syntheticData(scale);
      made.set(scale, { data: d, svg: renderPreviewSvg(d, basemap, { width: W, height: H }) });
    }
  }, 180_000);

  for (const scale of scales) {
    it(`stays bounded at ${scale}x: at most 40 KB gzip, and well formed`, () => {
      const { svg } = made.get(scale) as { svg: string };
      const raw = Buffer.byteLength(svg);
      const gzip = gzipSync(svg).length;
      console.info(`preview 1280x720 at ${scale}x: ${raw} B raw, ${gzip} B gzip`);
      expect(gzip).toBeLessThanOrEqual(40 * 1024);
      expect(raw).toBeLessThan(200 * 1024);
      expect(wellFormed(svg)).toBe(true);
    });

    it(`draws at ${scale}x a spread subset of the hubs, projects and places, each where the map draws it`, () => {
      const { data: d, svg } = made.get(scale) as { data: CorridorData; svg: string };
      const project = previewProjection(W, H);
      const features = mapFeatures(d);

      const hubAt = new Set(
        d.hubs.map((h) => {
          const [x, y] = project(h.geometry.coordinates);
          return `${Math.round(x * 10)},${Math.round(y * 10)}`;
        }),
      );
      const circles = elements(svg, 'hubs-circle', 'circle');
      expect(circles.length).toBeGreaterThan(PREVIEW_LIMITS.hubs / 2);
      expect(circles.length).toBeLessThanOrEqual(PREVIEW_LIMITS.hubs);
      for (const c of circles)
        expect(hubAt.has(`${Math.round(attr(c, 'cx') * 10)},${Math.round(attr(c, 'cy') * 10)}`), c).toBe(
          true,
        );
      // Spread over the frame: every quarter of the picture has hubs.
      for (const [qx, qy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ]) {
        const inQuarter = circles.filter(
          (c) => Math.floor(attr(c, 'cx') / (W / 2)) === qx && Math.floor(attr(c, 'cy') / (H / 2)) === qy,
        );
        expect(inQuarter.length, `quarter ${qx},${qy}`).toBeGreaterThan(PREVIEW_LIMITS.hubs / 16);
      }
      // Labels only for hubs drawn.
      expect(layerOf(svg, 'hubs-label')[0].match(/<text/g)?.length ?? 0).toBeLessThanOrEqual(circles.length);

      const projectAt = new Set(
        features.projects.features.map((f) => {
          const [lon, lat] = f.geometry.type === 'Point' ? f.geometry.coordinates : [Number.NaN, Number.NaN];
          const [ox, oy] = (f.properties?.offset ?? [0, 0]) as [number, number];
          const [x, y] = project([lon, lat]);
          return `${Math.round(x + ox)},${Math.round(y + oy)}`;
        }),
      );
      const markers = elements(svg, 'projects-marker', 'use');
      expect(markers.length).toBeGreaterThan(PREVIEW_LIMITS.projects / 2);
      expect(markers.length).toBeLessThanOrEqual(PREVIEW_LIMITS.projects);
      for (const m of markers) expect(projectAt.has(`${attr(m, 'x')},${attr(m, 'y')}`), m).toBe(true);
      // Each marker is one <use> of a halo-and-body symbol defined once per shape and status.
      expect(svg.match(/<g id="corridor-preview-m\d+">/g)?.length ?? 0).toBeLessThanOrEqual(
        Object.keys(LIGHT.status).length * 12,
      );

      const dots = elements(svg, 'places-dot', 'circle');
      expect(dots.length).toBeGreaterThan(0);
      expect(dots.length).toBeLessThanOrEqual(PREVIEW_LIMITS.places);
    });

    it(`links at ${scale}x exactly the hubs it draws, inside the frame`, () => {
      const { data: d, svg } = made.get(scale) as { data: CorridorData; svg: string };
      const drawn = elements(svg, 'hubs-circle', 'circle')
        .map((c) => [attr(c, 'cx'), attr(c, 'cy')])
        .filter(([x, y]) => x >= 0 && y >= 0 && x <= W && y <= H);
      const spots = previewHubSpots(d, basemap, { width: W, height: H });
      expect(spots.length).toBe(drawn.length);
      for (const s of spots)
        expect(
          drawn.some(([x, y]) => Math.hypot(x - s.x, y - s.y) <= 0.75),
          s.id,
        ).toBe(true);
    });

    it(`draws at ${scale}x routes of every mode, within the budget of path data`, () => {
      const { svg } = made.get(scale) as { svg: string };
      const paths = layerOf(svg, 'routes-line');
      const chars = paths.reduce((n, p) => n + (/ d="([^"]*)"/.exec(p)?.[1].length ?? 0), 0);
      expect(chars).toBeGreaterThan(PREVIEW_LIMITS.routeChars / 2);
      expect(chars).toBeLessThanOrEqual(PREVIEW_LIMITS.routeChars);
      const colours = new Set(paths.map((p) => /stroke="([^"]*)"/.exec(p)?.[1]));
      expect(colours.size).toBeGreaterThanOrEqual(4);
    });
  }

  it('keeps the basemap as at 1x', () => {
    const { svg } = made.get(1000) as { svg: string };
    const small = renderPreviewSvg(data, basemap, { width: W, height: H });
    for (const layer of ['basemap-country', 'basemap-lake', 'basemap-river', 'basemap-border'])
      expect(layerOf(svg, layer)).toEqual(layerOf(small, layer));
  });
});
