import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LIGHT } from '../../src/symbols/palette.ts';
import {
  canvasColours,
  DIST,
  goToView,
  pagePool,
  useBuiltSite,
  waitForMap,
  waitForMapIdle,
} from './harness.ts';

const { h, data } = useBuiltSite();

// One page for the whole file, at the default size: each test first moves it to the view it needs.
const pages = pagePool(h);

/**
 * Moves the shared page to `query` in place and the map back to its starting view with the reader's reset
 * button (a view without a camera leaves the camera where it was), and waits until it is drawn.
 */
async function atStart(query: string): Promise<Page> {
  const { page } = await pages.open();
  await waitForMap(page);
  await goToView(page, query);
  await page.locator('.corridor-reset').click();
  await waitForMapIdle(page);
  return page;
}

/** The ids of the projects in a status, sorted, as the map and the list report them. */
const idsWithStatus = (status: string) =>
  data.projects
    .filter((p) => p.properties.status === status)
    .map((p) => p.properties.id)
    .sort();

/**
 * The ids of the project markers the map has actually drawn, once it is idle: those in the rendered tiles
 * whose marker is not made transparent by the `hidden` feature state the filters set.
 */
async function drawnProjects(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const map = document.querySelector('corridor-map')?.maplibre;
    if (!map) return [];
    if (!map.loaded()) await new Promise((done) => map.once('idle', done));
    const ids = map
      .queryRenderedFeatures({ layers: ['projects-marker'] })
      .filter((f) => f.state?.hidden !== true)
      .map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  });
}

/** The ids of the projects the list shows. */
function listedProjects(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...(document
        .querySelector('project-list')
        ?.shadowRoot?.querySelectorAll<HTMLElement>('[data-project]') ?? []),
    ]
      .map((b) => b.dataset.project ?? '')
      .sort(),
  );
}

describe('filters', () => {
  it('change what the map draws, and the list and counts agree', async () => {
    const page = await atStart('?');
    const all = await drawnProjects(page);
    expect(all).toEqual(data.projects.map((p) => p.properties.id).sort());
    // The colours of the statuses the filter will hide, as the screen shows them before.
    const hiddenColours = [
      ...new Set(
        data.projects
          .filter((p) => p.properties.status !== 'operating')
          .map((p) => LIGHT.status[p.properties.status]),
      ),
    ];
    const before = (await canvasColours(page)).counts;
    const seen = hiddenColours.filter((c) => (before[c] ?? 0) > 0);
    expect(seen.length).toBeGreaterThan(0);
    if (!(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open)))
      await page.locator('details.filters summary').click();
    const box = page.locator('filter-panel input[name="status"][value="operating"]');
    const label = await page
      .locator('filter-panel label', { has: page.locator('input[name="status"][value="operating"]') })
      .textContent();
    await box.check();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('operating');
    const operating = idsWithStatus('operating');
    await expect.poll(() => drawnProjects(page)).toEqual(operating);
    expect(await listedProjects(page)).toEqual(operating);
    // And on screen: no marker in a hidden status's colour is left.
    const after = (await canvasColours(page)).counts;
    for (const c of seen) expect(after[c] ?? 0, c).toBe(0);
    // The count beside the option said how many projects and routes it would show.
    const routes = data.routes.filter((r) => r.status === 'operating').length;
    expect(label).toContain(`(${operating.length + routes})`);
  });

  it('open from the URL', async () => {
    const page = await atStart('?kind=office-of-exchange');
    const want = data.projects
      .filter((p) => p.properties.kind === 'office-of-exchange')
      .map((p) => p.properties.id)
      .sort();
    await expect.poll(() => drawnProjects(page)).toEqual(want);
    expect(await listedProjects(page)).toEqual(want);
  });
});

describe('time control', () => {
  it('at 2023 hides what the data dates later, and shows it by 2026', async () => {
    const page = await atStart('?date=2023');
    const at2023 = await drawnProjects(page);
    expect(at2023).not.toContain('kokshetau-agri-logistics-hub');
    expect(at2023).toContain('kashgar-office-of-exchange');
    expect(await listedProjects(page)).toEqual(at2023);
    await page.locator('time-control input[type="range"]').fill('2026');
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2026');
    await expect.poll(() => drawnProjects(page)).toContain('kokshetau-agri-logistics-hub');
  });
});

describe('search', () => {
  // Each search starts from the default view, with no panel open.
  for (const query of ['霍尔果斯', 'Хоргос', 'Қорғас']) {
    it(`finds Khorgos by "${query}" and opens it`, async () => {
      const { page } = await pages.open();
      await goToView(page, '?');
      await page.waitForSelector('hub-panel, route-panel', { state: 'detached' });
      await page.locator('search-box input').fill(query);
      await page.locator('search-box input').press('Enter');
      await page.waitForSelector('hub-panel, route-panel');
      expect(new URL(page.url()).searchParams.get('hub')).toBe('khorgos');
    });
  }
});

describe('take away', () => {
  for (const ratio of [1, 2] as const) {
    it(`saves a PNG of the view at ${ratio}x that decodes, has the size asked for, and is not blank`, async () => {
      const { page } = await pages.open();
      await waitForMap(page);
      await goToView(page, '?hub=khorgos');
      await page.waitForSelector('hub-panel');
      await waitForMapIdle(page);
      const width = await page.evaluate(
        () => document.querySelector('corridor-map canvas')?.getBoundingClientRect().width ?? 0,
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(ratio === 1 ? 'button.export-png' : 'button.export-png-2x').click(),
      ]);
      // Streamed: the browser is shared over a connection, so the file is not on this side's disk (`path()`).
      const png = Buffer.concat(await (await download.createReadStream()).toArray());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const pngWidth = png.readUInt32BE(16);
      const pngHeight = png.readUInt32BE(20);
      expect(pngWidth).toBe(Math.round(width * ratio));
      expect(pngHeight).toBeGreaterThan(pngWidth / 3);
      const colours = await page.evaluate(async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const c = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
        ctx.drawImage(bitmap, 0, 0);
        const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
        return seen.size;
      }, png.toString('base64'));
      expect(colours).toBeGreaterThan(100);
    });
  }

  it('offers the projects as CSV that parses back to the same projects, with their sources', async () => {
    const { page } = await pages.open();
    const href = await page.locator('.downloads a[href$="data/projects.csv"]').getAttribute('href');
    const csv = await (await page.request.get(new URL(href ?? '', h.url).href)).text();
    const [header, ...rows]: string[][] = parse(csv, { bom: true });
    const col = (name: string) => header.indexOf(name);
    expect(rows.map((r) => r[col('id')])).toEqual(data.projects.map((p) => p.properties.id));
    const urls = new Map(data.sources.map((s) => [s.id, s.url]));
    for (const [i, p] of data.projects.entries()) {
      expect(rows[i][col('name_en')]).toBe(p.properties.name.en);
      expect(rows[i][col('source_urls')].split(' ')).toEqual(p.properties.sources.map((s) => urls.get(s)));
    }
    expect(readFileSync(`${DIST}/data/projects.csv`, 'utf8')).toBe(csv);
  });
});
