import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/app/corridor-app.ts';
import type { CorridorApp } from '../../src/app/corridor-app.ts';
import { CorridorMap } from '../../src/map/corridor-map.ts';
import { FakeMap, fakeMapFactory } from '../fake-maplibre.ts';
import { createData } from './fixture-data.ts';

/**
 * The controls around the map a reader meets first, in `corridor-app` on a fake MapLibre: the embed's way out
 * leads to the full map, and the filters stay open, focus on the box, while the reader unticks the last one.
 * (What needs the built page's layout and a real map, the first screen itself, stays in
 * tests/e2e/first-screen.test.ts.) The address of the test frame is put back after each test.
 */

const realCreate = CorridorMap.createMap;
let address = '';

beforeEach(() => {
  address = location.href;
  CorridorMap.createMap = fakeMapFactory();
  FakeMap.made.length = 0;
});

afterEach(() => {
  CorridorMap.createMap = realCreate;
  document.body.replaceChildren();
  history.replaceState(null, '', address);
});

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** The app on `search` (the page's address), on the fixture data, its fake map drawn. */
async function openApp(search = ''): Promise<CorridorApp> {
  history.replaceState(null, '', `${location.pathname}${search}`);
  const app = document.createElement('corridor-app');
  app.data = createData();
  app.basemap = { type: 'FeatureCollection', features: [] };
  app.fontFaces = {};
  document.body.append(app);
  await app.updateComplete;
  await frame();
  FakeMap.last.load();
  FakeMap.last.idle();
  await app.updateComplete;
  await frame();
  return app;
}

const settle = async (app: CorridorApp) => {
  await app.updateComplete;
  await frame();
  await app.updateComplete;
};

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('the first screen’s controls', () => {
  it('the embed leads out to the full map, not to the embed again', async () => {
    await openApp('?embed');
    const href = document.querySelector('footer.foot a')?.getAttribute('href');
    const url = new URL(href ?? '', location.href);
    expect(url.searchParams.has('embed')).toBe(false);
    expect(url.origin + url.pathname).toBe(location.origin + location.pathname);
  });

  it('the filters stay open, with focus on the box, when the reader unticks the last one', async () => {
    const app = await openApp();
    const filters = app.querySelector('details.filters') as HTMLDetailsElement;
    filters.querySelector('summary')?.click();
    await settle(app);
    const panel = app.querySelector('filter-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    await panel.updateComplete;
    const box = () => panel.shadowRoot?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    // As a click does: focus on the box, then the change.
    for (const checked of [true, false]) {
      box()?.focus();
      box()?.click();
      await settle(app);
      expect(box()?.checked).toBe(checked);
    }
    expect(filters.open).toBe(true);
    expect(focused()?.getAttribute('type')).toBe('checkbox');
  });
});
