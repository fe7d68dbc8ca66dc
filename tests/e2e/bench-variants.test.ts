import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { copySite, hideInterface, INTERFACE_PARTS } from '../../bench/lib/variants.js';
import { DIST, openPage, useBuiltSite, waitForMap } from './harness.ts';

const { h } = useBuiltSite();

/** Where the map's canvas is, and how each part of the interface the bench hides stands. */
async function look(page: Page) {
  await waitForMap(page);
  return page.evaluate((parts) => {
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r && { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return {
      map: box(document.querySelector('canvas.maplibregl-canvas')),
      masthead: getComputedStyle(document.querySelector('corridor-app header') as Element).visibility,
      parts: parts.map((selector) => {
        const found = [...document.querySelectorAll(`corridor-app ${selector}`)];
        return {
          selector,
          count: found.length,
          hidden: found.every((el) => getComputedStyle(el).visibility === 'hidden'),
        };
      }),
    };
  }, INTERFACE_PARTS);
}

describe("the bench's copy of our page with its interface not drawn", () => {
  it('hides every part of the interface it names, and leaves the masthead and the map where they are', async () => {
    const ours = await openPage(h, '', { waitFor: false });
    const asIs = await look(ours.page).finally(() => ours.close());
    // The bench's copy, made from the built site by the bench's own helpers and served as the bench serves it.
    const dir = h.temp('no-interface');
    await copySite(DIST, dir, hideInterface);
    const copy = await openPage(h, (await h.serve(dir)).url, { waitFor: false });
    try {
      const hidden = await look(copy.page);
      // Each part is on our page (a renamed one would leave the bench hiding nothing) and hidden in the copy.
      for (const part of asIs.parts) expect(part.count, part.selector).toBeGreaterThan(0);
      for (const part of asIs.parts) expect(part.hidden, part.selector).toBe(false);
      expect(hidden.parts.map((p) => [p.selector, p.hidden])).toEqual(INTERFACE_PARTS.map((s) => [s, true]));
      expect(hidden.masthead).toBe('visible');
      expect(hidden.map).toEqual(asIs.map);
      expect(copy.errors).toEqual([]);
    } finally {
      await copy.close();
    }
  });
});
