import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LIGHT } from '../../src/symbols/palette.ts';
import {
  canvasColours,
  DIST,
  goToView,
  openPage,
  pagePool,
  panelText,
  useBuiltSite,
  useHarness,
  waitForMap,
  waitForMapIdle,
} from './harness.ts';

const { h, data } = useBuiltSite();

// The tests at the default size share one page, and those at a phone's size another: each test moves its
// page to the view it needs. The first tests count what the page fetched and logged from its load.
const pages = pagePool(h);
const phones = pagePool(h, { viewport: { width: 390, height: 800 } });

describe('the built site', () => {
  it('paints the map: land, water and data colours, not a blank canvas', async () => {
    const { page, errors } = await pages.open();
    expect(await waitForMap(page)).toBe('ready');
    const { distinct, counts } = await canvasColours(page);
    const share = (hex: string) => (counts[hex] ?? 0) / Object.values(counts).reduce((a, b) => a + b, 0);
    expect(distinct).toBeGreaterThan(50);
    expect(share(LIGHT.land)).toBeGreaterThan(0.2);
    expect(share(LIGHT.water)).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
  });

  it('fetches the data and label fonts it names in the HTML once each: the preloads are used, not repeated', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const preloads = [...html.matchAll(/<link rel="preload" href="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(preloads).toEqual(expect.arrayContaining(['data/corridor.json', 'data/basemap.json']));
    expect(preloads.some((p) => p.startsWith('fonts/'))).toBe(true);
    // Every file the head links to is in the build, the content-named Chinese stylesheet too.
    const links = [...html.matchAll(/<link [^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(links.some((l) => /^fonts\/cjk\.[0-9a-f]{10}\.css$/.test(l))).toBe(true);
    for (const l of links) expect(existsSync(join(DIST, l)), l).toBe(true);
    const { page, requests } = await pages.open();
    await waitForMap(page);
    for (const p of preloads) {
      expect(
        requests.filter((u) => u === `${h.url}${p}`),
        p,
      ).toHaveLength(1);
    }
  });

  it('asks nothing of any other host', async () => {
    // Everything the shared page asked for since its load, with a hub's panel (its details) and the map's
    // labels in Chinese (their fonts) on top.
    const { page, requests } = await pages.open();
    await waitForMap(page);
    await goToView(page, '?hub=khorgos');
    await page.waitForSelector('hub-panel >> #hub-title');
    await goToView(page, '?hub=urumqi&lang=zh');
    await page.waitForFunction(() => document.documentElement.lang === 'zh');
    await waitForMapIdle(page);
    await page.waitForLoadState('networkidle');
    expect(requests.some((u) => /\/fonts\/.*noto-sans-sc-\d+/.test(u))).toBe(true);
    expect(requests.length).toBeGreaterThan(5);
    expect(
      requests.filter((u) => !u.startsWith(h.url) && !u.startsWith('data:') && !u.startsWith('blob:')),
    ).toEqual([]);
  });
});

describe('reading the map', () => {
  it('keeps its controls through selections, and puts them in the language the reader picks', async () => {
    const { page } = await pages.open();
    await waitForMap(page);
    await goToView(page, '?lang=en');
    await expect.poll(() => page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('Zoom in');
    const zoomIn = await page.evaluateHandle(() => document.querySelector('.maplibregl-ctrl-zoom-in'));
    for (const query of ['?lang=en&hub=khorgos', '?lang=en&route=dostyk-moiynty-second-track', '?lang=en']) {
      await goToView(page, query);
      await page.waitForFunction((q) => location.search === q, query);
    }
    // The same button: a selection does not rebuild the map's controls.
    expect(await zoomIn.evaluate((b) => (b as Element).isConnected)).toBe(true);
    expect(await zoomIn.evaluate((b) => (b as Element).getAttribute('title'))).toBe('Zoom in');
    // Once the camera has come back from the selections (each now moves it), the language changes.
    await waitForMapIdle(page);
    await goToView(page, '?lang=ru');
    await expect
      .poll(() => page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title'), { timeout: 10_000 })
      .toBe('Приблизить');
    expect(await page.locator('.corridor-reset').getAttribute('title')).toBe('Вернуть исходный вид');
  });

  it('selects a hub by a click on its circle, highlights it, and closes with Escape', async () => {
    // The starting view, no panel open: the view without a selection, then the reader's reset button.
    const { page } = await pages.open();
    await waitForMap(page);
    await goToView(page, '?');
    await page.waitForSelector('hub-panel, route-panel', { state: 'detached' });
    await page.locator('.corridor-reset').click();
    await waitForMapIdle(page);
    const hub = data.hubs.find((f) => f.properties.id === 'almaty') ?? data.hubs[0];
    const point = await page.evaluate((lngLat) => {
      const map = document.querySelector('corridor-map')?.maplibre;
      const p = map?.project(lngLat as [number, number]);
      const box = map?.getCanvas().getBoundingClientRect();
      return { x: (box?.left ?? 0) + (p?.x ?? 0), y: (box?.top ?? 0) + (p?.y ?? 0) };
    }, hub.geometry.coordinates);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('hub-panel');
    expect(await panelText(page)).toContain(hub.properties.name.en);
    expect(new URL(page.url()).searchParams.get('hub')).toBe(hub.properties.id);
    const selected = await page.evaluate(
      (id) =>
        document.querySelector('corridor-map')?.maplibre?.getFeatureState({ source: 'hubs', id })?.selected,
      hub.properties.id,
    );
    expect(selected).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('hub-panel', { state: 'detached' });
  });

  for (const view of ['?embed&', '?']) {
    it(`fits 300 px (${view === '?' ? 'full page' : 'embed'}): no sideways scroll, the panel a sheet, the controls in view`, async () => {
      const hub = data.hubs[0].properties.id;
      const size = { width: 300, height: 640 };
      // The embed opens cold at that size, as in a narrow frame; the full page is the phone's page narrowed.
      let page: Page;
      if (view === '?') {
        page = (await phones.open()).page;
        await page.setViewportSize(size);
        await goToView(page, `?hub=${hub}`);
      } else {
        page = (await openPage(h, `${view}hub=${hub}`, { viewport: size })).page;
      }
      expect(await waitForMap(page)).toBe('ready');
      await page.waitForSelector('hub-panel');
      const box = await page.evaluate(() => {
        const rect = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().toJSON();
        return {
          scrollWidth: document.documentElement.scrollWidth,
          panel: rect('.panel'),
          stage: rect('.stage'),
          attribution: rect('.maplibregl-ctrl-attrib'),
          zoom: rect('.maplibregl-ctrl-zoom-in'),
        };
      });
      expect(box.scrollWidth).toBeLessThanOrEqual(300);
      expect(Math.abs(box.panel.width - box.stage.width)).toBeLessThan(3);
      expect(Math.abs(box.panel.bottom - box.stage.bottom)).toBeLessThan(3);
      for (const control of [box.attribution, box.zoom]) {
        expect(control.left).toBeGreaterThanOrEqual(0);
        expect(control.right).toBeLessThanOrEqual(300);
      }
      if (view !== '?') await page.close();
    });
  }

  it('draws the panel as a bottom sheet on a phone', async () => {
    const { page } = await phones.open();
    await page.setViewportSize({ width: 390, height: 800 });
    await goToView(page, `?hub=${data.hubs[0].properties.id}`);
    await page.waitForSelector('hub-panel');
    const [panel, stage] = await Promise.all([
      page.locator('.panel').boundingBox(),
      page.locator('.stage').boundingBox(),
    ]);
    expect(panel && stage).toBeTruthy();
    if (!panel || !stage) return;
    expect(Math.abs(panel.x - stage.x)).toBeLessThan(2);
    expect(Math.abs(panel.width - stage.width)).toBeLessThan(3);
    expect(Math.abs(panel.y + panel.height - (stage.y + stage.height))).toBeLessThan(3);
  });

  it("scrolls a phone's sheet to a project asked for, not the page", async () => {
    // The last project of the hub with the most: far down its sheet.
    const counts = new Map<string, string[]>();
    for (const p of data.projects)
      counts.set(p.properties.hub, [...(counts.get(p.properties.hub) ?? []), p.properties.id]);
    const ids = [...counts.values()].sort((a, b) => b.length - a.length)[0];
    const id = ids[ids.length - 1];
    const { page } = await phones.open();
    await page.setViewportSize({ width: 390, height: 800 });
    await goToView(page, `?project=${id}`);
    await page.waitForSelector('hub-panel');
    await expect
      .poll(
        () =>
          page.evaluate((id) => {
            const sheet = document.querySelector('.panel') as HTMLElement;
            const heading = document.querySelector('hub-panel')?.shadowRoot?.querySelector(`#project-${id}`);
            if (!heading) return 'no heading';
            const top = heading.getBoundingClientRect().top - sheet.getBoundingClientRect().top;
            return sheet.scrollTop > 0 && Math.abs(top) < 2
              ? 'at the top of the sheet'
              : `${sheet.scrollTop} ${top}`;
          }, id),
        // Moved in place, the sheet scrolls again when the hub's texts arrive, however long they take.
        { timeout: 20_000 },
      )
      .toBe('at the top of the sheet');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

describe('without WebGL', () => {
  // Its own browser: WebGL is off for the whole browser, by its flags.
  const noGl = useHarness({ args: ['--disable-3d-apis', '--disable-webgl', '--disable-webgl2'] });

  it('says so and still lists every project with its sources', async () => {
    const { page } = await openPage(noGl);
    expect(await waitForMap(page)).toBe('unavailable');
    await expect(page.locator('.map-unavailable').textContent()).resolves.toContain('WebGL2');
    const listed = await page.evaluate(() =>
      [...(document.querySelector('project-list')?.shadowRoot?.querySelectorAll('[data-project]') ?? [])].map(
        (b) => (b as HTMLElement).dataset.project,
      ),
    );
    expect(listed.sort()).toEqual(data.projects.map((p) => p.properties.id).sort());
    const links = await page.evaluate(
      () => document.querySelector('project-list')?.shadowRoot?.querySelectorAll('ul.src a').length ?? 0,
    );
    expect(links).toBeGreaterThanOrEqual(data.projects.length);
    // A project still opens its panel from the list, with the texts its hub's details bring.
    const id = await page.evaluate(() => {
      const button = document
        .querySelector('project-list')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-project]');
      button?.click();
      return button?.dataset.project;
    });
    await page.waitForSelector('hub-panel');
    const project = data.projects.find((p) => p.properties.id === id)?.properties;
    const details = await fetch(`${noGl.url}data/hubs/${project?.hub}.json`).then((r) => r.json());
    await expect.poll(() => panelText(page)).toContain(details.projects[id ?? ''].summary.en.slice(0, 40));
    await page.close();
  });
});
