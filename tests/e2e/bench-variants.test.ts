import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  INTERFACE_HIDDEN_CSS,
  INTERFACE_HIDDEN_FILE,
  INTERFACE_PARTS,
  withoutInterface,
} from '../../bench/lib/variants.js';
import { openPage, useBuiltSite, waitForMap } from './harness.ts';

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
    // The bench's copy, made from the built page by the bench's own helper; the stylesheet is a file, as the
    // page's policy wants.
    const copy = await openPage(h, '', {
      waitFor: false,
      before: (page) =>
        Promise.all([
          page.route(`${h.url}`, async (route) => {
            const response = await route.fetch();
            await route.fulfill({ response, body: withoutInterface(await response.text()) });
          }),
          page.route(`**/${INTERFACE_HIDDEN_FILE}`, (route) =>
            route.fulfill({ contentType: 'text/css', body: INTERFACE_HIDDEN_CSS }),
          ),
        ]),
    });
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
