import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { fitCamera } from '../../src/preview/preview-camera.ts';
import { hold, lookAtSelection, openPage, panelText, useBuiltSite, waitForMap } from './harness.ts';

const { h, data } = useBuiltSite();

/** The camera as MapLibre reports it. */
function camera(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('corridor-map')?.maplibre;
    const c = map?.getCenter();
    return { lng: c?.lng ?? Number.NaN, lat: c?.lat ?? Number.NaN, zoom: map?.getZoom() ?? Number.NaN };
  });
}

const withProjects = data.hubs.filter((hub) =>
  data.projects.some((p) => p.properties.hub === hub.properties.id),
);
const [first, second] = withProjects;

describe("the first picture's hubs, before MapLibre has drawn", () => {
  it("open the hub's panel with its details, and the map then shows the same selection without moving", async () => {
    const { page, errors, requests, close } = await openPage(h, 'about:blank', { waitFor: false });
    const worker = await hold(page, '**/maplibre-gl-worker-*.mjs');
    await page.goto(h.url);
    // The app runs and stands the picture in for the map, with the hubs as links; MapLibre waits for its worker.
    const link = page.locator(`corridor-map .preview-hubs a[data-hub="${first.properties.id}"]`);
    await link.waitFor();
    await worker.held;
    expect(await page.locator('corridor-app[data-map]').count()).toBe(0);
    // The stand-in is the static page's own picture, moved, not loaded or painted again; hidden from
    // assistive technology beside the map region.
    expect(
      await page.locator('corridor-map picture[aria-hidden="true"] img.map-preview[alt=""]').count(),
    ).toBe(1);
    expect(requests.filter((u) => /preview-(light|dark)(@2x)?\.webp/.test(u))).toHaveLength(1);
    expect(await link.getAttribute('aria-label')).toBe(first.properties.name.en);
    expect(await page.locator('corridor-map .preview-hubs').getAttribute('aria-label')).toBe(
      t('en', 'previewHubs'),
    );

    await link.click();
    await page.locator('hub-panel').waitFor();
    const project = data.projects.find((p) => p.properties.hub === first.properties.id);
    await expect.poll(() => panelText(page)).toContain(project?.properties.name.en ?? '?');
    // The details (the panel's own file) have come too, not only the index.
    await expect.poll(() => panelText(page)).not.toContain(t('en', 'detailsLoading'));
    expect(new URL(page.url()).searchParams.get('hub')).toBe(first.properties.id);

    // The keyboard way: a link in the tab order, Enter opens another hub.
    const other = page.locator(`corridor-map .preview-hubs a[data-hub="${second.properties.id}"]`);
    expect(await other.evaluate((a) => (a as SVGAElement).tabIndex)).toBe(0);
    await other.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain(second.properties.name.en);
    expect(new URL(page.url()).searchParams.get('hub')).toBe(second.properties.id);

    // MapLibre takes over: it starts where the picture was (the default view), before its first frame (its
    // worker is still held), then draws the same hub highlighted, and brings it clear of the panel if need be.
    const size = await page
      .locator('corridor-map .map-canvas')
      .evaluate((el) => [el.clientWidth, el.clientHeight]);
    const fitted = fitCamera(size[0], size[1]);
    await page.waitForFunction(() => document.querySelector('corridor-map')?.maplibre);
    const shown = await camera(page);
    expect(shown.lng).toBeCloseTo(fitted.x * 360 - 180, 3);
    const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - fitted.y * 360) * Math.PI) / 180)) - 90;
    expect(shown.lat).toBeCloseTo(lat, 3);
    expect(shown.zoom).toBeCloseTo(Math.log2(fitted.scale / 512), 3);
    worker.release();
    expect(await waitForMap(page)).toBe('ready');
    expect(await page.locator('.preview-hubs').count()).toBe(0);
    const selected = await page.evaluate(
      (id) =>
        document.querySelector('corridor-map')?.maplibre?.getFeatureState({ source: 'hubs', id })?.selected,
      second.properties.id,
    );
    expect(selected).toBe(true);
    expect(await panelText(page)).toContain(second.properties.name.en);
    const seen = await lookAtSelection(page, 'current');
    expect(seen.selection).toBe(`hub:${second.properties.id}`);
    expect(seen.hidden).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('on a phone, link only the hubs the cropped picture shows, so focus never goes out of sight', async () => {
    const { page, close } = await openPage(h, 'about:blank', {
      waitFor: false,
      viewport: { width: 390, height: 800 },
    });
    await hold(page, '**/maplibre-gl-worker-*.mjs');
    await page.goto(h.url);
    await page.locator('corridor-map .preview-hubs a').first().waitFor();
    // Once the map's size is known (a frame after the app's first render), the cropped hubs' links go.
    await expect
      .poll(() => page.locator('corridor-map .preview-hubs a').count())
      .toBeLessThan(data.hubs.length);
    const { links, outside, box } = await page.evaluate(() => {
      const map = document.querySelector('corridor-map') as HTMLElement;
      const box = map.getBoundingClientRect();
      const rects = [...map.querySelectorAll('.preview-hubs a circle')].map((c) => c.getBoundingClientRect());
      const centreOut = rects.filter((r) => {
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        return x < box.left || x > box.right || y < box.top || y > box.bottom;
      });
      return { links: rects.length, outside: centreOut.length, box: [box.width, box.height] };
    });
    expect(box[0]).toBeLessThan(400);
    // The picture is 16:9 and the phone's map is tall: most of its width is cropped away, and so are those hubs.
    expect(links).toBeGreaterThan(0);
    expect(links).toBeLessThan(data.hubs.length);
    expect(outside).toBe(0);
    await close();
  });

  it('keep a click made before the app has loaded, without a reload, and the app opens that panel', async () => {
    const { page, errors, close } = await openPage(h, 'about:blank', { waitFor: false });
    const app = await hold(page, '**/assets/start-*.js');
    await page.goto(h.url);
    const link = page.locator(`.static-page .preview-hubs a[data-hub="${first.properties.id}"]`);
    await link.waitFor();
    await app.held;
    await page.evaluate(() => {
      (window as { beforeClick?: boolean }).beforeClick = true;
    });
    const before = page.url();
    await link.click();
    expect(await link.getAttribute('aria-current')).toBe('true');
    // Still the same document: no reload; the address waits for the app, its one writer.
    expect(await page.evaluate(() => (window as { beforeClick?: boolean }).beforeClick)).toBe(true);
    expect(page.url()).toBe(before);

    app.release();
    await page.locator('hub-panel').waitFor();
    await expect.poll(() => panelText(page)).toContain(first.properties.name.en);
    expect(new URL(page.url()).searchParams.get('hub')).toBe(first.properties.id);
    expect(await page.locator('.static-page').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('are plain links to the hub without JavaScript', async () => {
    const { page, close } = await openPage(h, '', {
      waitFor: '.static-page',
      context: { javaScriptEnabled: false },
    });
    const link = page.locator(`.static-page .preview-hubs a[data-hub="${first.properties.id}"]`);
    await link.click();
    await page.waitForURL(`**/?hub=${first.properties.id}`);
    await close();
  });
});
