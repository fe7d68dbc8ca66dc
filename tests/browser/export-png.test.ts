import { Map as MapLibreMap, type StyleSpecification, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { legendItems } from '../../src/export/export-legend.ts';
import { downloadBlob, type ExportOptions, exportLayout, exportPng } from '../../src/export/export-png.ts';
import { DARK, LIGHT } from '../../src/symbols/palette.ts';

setWorkerUrl(workerUrl);

const WIDTH = 640;
const HEIGHT = 400;
const BACKGROUND = [207, 224, 234] as const; // #cfe0ea
const FILL = [220, 20, 60] as const; // #dc143c
const DOTS = [0, 0, 255] as const;

/** A style that needs nothing from the network: a background, a filled square round the centre, dots. */
const STYLE: StyleSpecification = {
  version: 8,
  sources: {
    area: {
      type: 'geojson',
      data: {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-20, -15],
              [20, -15],
              [20, 15],
              [-20, 15],
              [-20, -15],
            ],
          ],
        },
      },
    },
    dots: {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: [
          [40, 0],
          [-40, 10],
        ].map((coordinates) => ({
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates },
        })),
      },
    },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': `rgb(${BACKGROUND})` } },
    { id: 'area', type: 'fill', source: 'area', paint: { 'fill-color': `rgb(${FILL})` } },
    {
      id: 'dots',
      type: 'circle',
      source: 'dots',
      paint: { 'circle-radius': 8, 'circle-color': `rgb(${DOTS})` },
    },
  ],
};

function options(pixelRatio: 1 | 2, theme = LIGHT): ExportOptions {
  return {
    pixelRatio,
    title: 'Corridor Map: logistics hubs and routes between Kazakhstan, China and Central Asia',
    subtitle: 'Хоргос, Алматы, 霍尔果斯',
    date: '23 November 2026',
    attribution: 'Natural Earth; lakes © OpenStreetMap contributors (ODbL)',
    sourceLine: 'Data and sources: Corridor Map (CC BY 4.0)',
    legend: legendItems(theme, 'en', ['container-terminal', 'dry-port']),
    theme,
  };
}

/** The decoded picture's pixels. */
async function decode(blob: Blob): Promise<ImageData> {
  expect(blob.type).toBe('image/png');
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** The pixels of a band of rows [top, bottom) (device pixels). */
function* pixels(img: ImageData, top: number, bottom: number): Generator<[number, number, number]> {
  for (let y = Math.max(0, top); y < Math.min(img.height, bottom); y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      yield [img.data[i], img.data[i + 1], img.data[i + 2]];
    }
  }
}

const near = (a: readonly number[], b: readonly number[], tolerance = 6) =>
  a.every((v, i) => Math.abs(v - b[i]) <= tolerance);
const count = (it: Iterable<[number, number, number]>, test: (p: [number, number, number]) => boolean) => {
  let n = 0;
  for (const p of it) if (test(p)) n++;
  return n;
};
const luminance = ([r, g, b]: readonly number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

describe('exportPng', () => {
  let container: HTMLDivElement;
  let map: MapLibreMap;

  beforeAll(async () => {
    container = document.createElement('div');
    container.style.cssText = `position: absolute; left: 0; top: 0; width: ${WIDTH}px; height: ${HEIGHT}px`;
    document.body.append(container);
    map = new MapLibreMap({
      container,
      style: STYLE,
      center: [0, 0],
      zoom: 2,
      attributionControl: false,
      fadeDuration: 0,
    });
    await map.once('idle');
  });

  afterAll(() => {
    map.remove();
    container.remove();
  });

  it.each([1, 2] as const)(
    'draws the map with its header, legend and footer at pixel ratio %i',
    async (ratio) => {
      const ratioBefore = map.getPixelRatio();
      const layout = exportLayout(WIDTH, HEIGHT, options(ratio));
      expect(layout.header).toBeGreaterThan(0);
      expect(layout.legend).toBeGreaterThan(0);
      expect(layout.footer).toBeGreaterThan(0);
      expect(layout.height).toBe(layout.header + HEIGHT + layout.legend + layout.footer);

      const img = await decode(await exportPng(map, options(ratio)));
      expect(img.width).toBe(WIDTH * ratio);
      expect(img.height).toBe(layout.height * ratio);

      // Not blank: the map, texts and legend give many colours.
      const colours = new Set<number>();
      for (const [r, g, b] of pixels(img, 0, img.height)) colours.add((r << 16) | (g << 8) | b);
      expect(colours.size).toBeGreaterThan(50);

      // The map band holds the map as drawn: its background, the filled square at the centre, the dots.
      const mapTop = layout.header * ratio;
      const mapBottom = (layout.header + HEIGHT) * ratio;
      const centre = (Math.round((layout.header + HEIGHT / 2) * ratio) * img.width + (WIDTH / 2) * ratio) * 4;
      expect([...img.data.slice(centre, centre + 3)]).toEqual([...FILL]);
      const fill = count(pixels(img, mapTop, mapBottom), (p) => near(p, FILL));
      // The square spans 40° by 30° at zoom 2: about 114 × 86 CSS pixels.
      expect(fill).toBeGreaterThan(100 * 75 * ratio * ratio);
      expect(count(pixels(img, mapTop, mapBottom), (p) => near(p, BACKGROUND))).toBeGreaterThan(
        (WIDTH * HEIGHT * ratio * ratio) / 2,
      );
      expect(count(pixels(img, mapTop, mapBottom), (p) => near(p, DOTS, 20))).toBeGreaterThan(
        50 * ratio * ratio,
      );
      // Nothing of the map outside its band.
      expect(count(pixels(img, 0, mapTop), (p) => near(p, FILL))).toBe(0);
      expect(count(pixels(img, mapBottom, img.height), (p) => near(p, FILL))).toBe(0);

      // The header holds the dark title on the pale theme background.
      expect(count(pixels(img, 0, mapTop), (p) => luminance(p) < 60)).toBeGreaterThan(100 * ratio * ratio);
      // The legend draws its markers in the status colour (operating, #007a5a) and its lines in mode colours.
      const legend = [mapBottom, mapBottom + layout.legend * ratio] as const;
      expect(count(pixels(img, ...legend), (p) => near(p, [0, 0x7a, 0x5a], 10))).toBeGreaterThan(
        20 * ratio * ratio,
      );
      expect(count(pixels(img, ...legend), (p) => near(p, [0x7a, 0x2f, 0x14], 10))).toBeGreaterThan(
        20 * ratio * ratio,
      );
      // The footer holds text.
      expect(count(pixels(img, legend[1], img.height), (p) => luminance(p) < 150)).toBeGreaterThan(
        50 * ratio,
      );

      // The map is back at its own pixel ratio.
      expect(map.getPixelRatio()).toBe(ratioBefore);
      expect(map.getCanvas().width).toBe(Math.round(WIDTH * ratioBefore));
    },
  );

  it('draws in the dark theme', async () => {
    const layout = exportLayout(WIDTH, HEIGHT, options(1, DARK));
    const img = await decode(await exportPng(map, options(1, DARK)));
    expect(img.height).toBe(layout.height);
    const header = [...pixels(img, 0, layout.header - 2)];
    // Mostly the dark theme's land colour, with light title pixels.
    expect(count(header, (p) => near(p, [0x25, 0x27, 0x2a], 2))).toBeGreaterThan(header.length / 2);
    expect(count(header, (p) => luminance(p) > 200)).toBeGreaterThan(100);
  });

  it('lays a long title and footer out on several lines, each within the width', () => {
    const long = options(1);
    long.title = `${long.title} ${long.title}`;
    long.attribution = `${long.attribution}; ${long.attribution}; ${long.attribution}`;
    const narrow = exportLayout(320, HEIGHT, long);
    const wide = exportLayout(1280, HEIGHT, long);
    expect(narrow.title.length).toBeGreaterThan(wide.title.length);
    expect(narrow.header).toBeGreaterThan(wide.header);
    expect(narrow.footer).toBeGreaterThan(wide.footer);
    expect(narrow.legend).toBeGreaterThan(wide.legend);
    expect(exportLayout(WIDTH, HEIGHT, { ...long, legend: [] }).legend).toBe(0);
    // A Chinese title, without spaces, still wraps.
    expect(exportLayout(200, HEIGHT, { ...long, title: '霍尔果斯'.repeat(20) }).title.length).toBeGreaterThan(
      1,
    );
  });
});

describe('downloadBlob', () => {
  it('clicks a temporary download link on an object URL, and revokes the URL afterwards', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    try {
      downloadBlob(new Blob(['x'], { type: 'image/png' }), 'corridor-map.png');
      expect(clicked).toHaveLength(1);
      expect(clicked[0].href).toMatch(/^blob:/);
      expect(clicked[0].download).toBe('corridor-map.png');
      expect(clicked[0].attached).toBe(true);
      expect(document.querySelector('a[download]')).toBeNull();
      vi.runAllTimers();
      expect(revoke).toHaveBeenCalledWith(clicked[0].href);
    } finally {
      click.mockRestore();
      revoke.mockRestore();
      vi.useRealTimers();
    }
  });
});
