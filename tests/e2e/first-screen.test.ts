import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  goToView,
  lookAtSelection,
  openingViewAt,
  openPage,
  pagePool,
  pngColours,
  useBuiltSite,
  waitForMapIdle,
} from './harness.ts';

/**
 * What a reader meets first and what the controls around the map do: a phone's first screen is the map;
 * every step of every story shows its place beside the panel, with Next where it was; the embed's unfolded
 * list stays a figure's height. One page, kept open for the file, each test setting the size and view it
 * needs in place; the picture while MapLibre loads needs a load of its own. The embed's way out and the
 * filters staying open are app wiring, checked on a fake map in tests/browser/corridor-app-first-screen.test.ts.
 */

const { h, data } = useBuiltSite();

/** The full page, opened once for the file and set, in place, to a size and its opening view. */
const pool = pagePool(h, { context: { reducedMotion: 'reduce' } });
function sized(viewport: { width: number; height: number }) {
  return async () => {
    const opened = await pool.open();
    await goToView(opened.page, '?');
    await openingViewAt(opened.page, viewport);
    return opened;
  };
}
const phone = sized({ width: 390, height: 844 });
const laptop = sized({ width: 1280, height: 800 });

/** What of the selection is off the map, off screen or under the panel, once the camera settles. */
async function hiddenSelection(page: Page): Promise<string[]> {
  const seen = await lookAtSelection(page, 'current');
  return seen.selection ? seen.hidden : ['no selection'];
}

describe('while MapLibre loads', () => {
  it('shows the picture in the map’s place, not an empty box', async () => {
    const { page, close } = await openPage(h, 'about:blank', { waitFor: false });
    // MapLibre's worker held back: the map exists, with its controls, but draws nothing yet.
    await page.route('**/maplibre-gl-worker-*.mjs', () => {});
    await page.goto(h.url);
    await page.locator('corridor-map .maplibregl-ctrl-zoom-in').waitFor();
    const shot = await page.locator('corridor-map').screenshot();
    const { counts } = await pngColours(page, shot);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    // An empty box is one colour nearly everywhere (98.5% of the map here); the picture, land with water,
    // borders, routes and hubs on it, about 86%.
    expect(Math.max(...Object.values(counts)) / total).toBeLessThan(0.93);
    expect(Object.keys(counts).length).toBeGreaterThan(50);
    await close();
  });
});

describe('a phone', () => {
  it('shows the map in its first screen, the stories, search and time control under it', async () => {
    const { page } = await phone();
    const map = await page.locator('corridor-map').boundingBox();
    const search = await page.locator('search-box').boundingBox();
    const stories = await page.locator('.stories').boundingBox();
    expect(map?.y).toBeLessThan(200);
    expect(map?.height).toBeGreaterThan(844 * 0.55);
    expect(search?.y).toBeGreaterThan((map?.y ?? 0) + (map?.height ?? 0));
    expect(stories?.y).toBeGreaterThan((map?.y ?? 0) + (map?.height ?? 0));
  });
});

describe.each([
  { name: 'a phone', open: phone },
  { name: 'a laptop', open: laptop },
])('the stories on $name', ({ open }) => {
  it('show each step’s place beside the panel, keep Next where it was, and never scroll the page', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const failures: string[] = [];
    for (const story of data.stories) {
      await page.evaluate((id) => {
        (document.querySelector('corridor-app') as HTMLElement & { apply(i: unknown): void }).apply({
          type: 'open-story',
          id,
        });
      }, story.id);
      let next: { x: number; y: number } | null = null;
      for (const [i] of story.steps.entries()) {
        if (i > 0) await page.locator('story-player .next').click();
        const hidden = await hiddenSelection(page);
        if (hidden.length) failures.push(`${story.id} step ${i + 1}: ${hidden.join('; ')}`);
        const box = await page.locator('story-player .next').boundingBox();
        if (next && box && (Math.abs(box.x - next.x) > 1 || Math.abs(box.y - next.y) > 1))
          failures.push(
            `${story.id} step ${i + 1}: Next moved from ${next.x},${next.y} to ${box.x},${box.y}`,
          );
        next = box && { x: box.x, y: box.y };
        const scrolled = await page.evaluate(() => scrollY);
        if (scrolled !== 0) failures.push(`${story.id} step ${i + 1}: the page scrolled to ${scrolled}`);
      }
      await page.evaluate(() =>
        (document.querySelector('corridor-app') as HTMLElement & { apply(i: unknown): void }).apply({
          type: 'story-step',
          step: null,
        }),
      );
    }
    expect(failures).toEqual([]);
  });
});

describe('the embed', () => {
  it('unfolds its list in a box of its own, so the article keeps its length', async () => {
    const { page } = await openPage(h, '?embed', { viewport: { width: 375, height: 300 } });
    await page.getByRole('button', { name: 'List, filters and legend' }).click();
    await page.locator('project-list').waitFor({ state: 'visible' });
    const list = await page.locator('project-list').evaluate((el) => ({
      client: el.clientHeight,
      scroll: el.scrollHeight,
    }));
    expect(list.scroll).toBeGreaterThan(list.client);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2200);
    await page.close();
  });
});
