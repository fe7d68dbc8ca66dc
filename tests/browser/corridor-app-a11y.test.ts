import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/app/corridor-app.ts';
import type { CorridorApp } from '../../src/app/corridor-app.ts';
import { CorridorMap } from '../../src/map/corridor-map.ts';
import { FakeMap, fakeMapFactory } from '../fake-maplibre.ts';
import { createData } from './fixture-data.ts';

/**
 * What a screen reader hears from `corridor-app` (its map on a fake MapLibre): the selection, said in the
 * page's polite live region. The address of the test frame is put back after each test.
 */

const realCreate = CorridorMap.createMap;
let address = '';

beforeEach(() => {
  address = location.href;
  CorridorMap.createMap = fakeMapFactory();
});

afterEach(() => {
  CorridorMap.createMap = realCreate;
  document.body.replaceChildren();
  history.replaceState(null, '', address);
});

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** The app on `search` (the page's address), on the fixture data, its map drawn. */
async function openApp(search: string): Promise<CorridorApp> {
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
  await settle(app);
  return app;
}

const settle = async (app: CorridorApp) => {
  await app.updateComplete;
  await frame();
  await app.updateComplete;
};

/** What the live region says, spaces collapsed. */
const heard = (app: CorridorApp) =>
  app.querySelector('main > p[aria-live="polite"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('corridor-app to a screen reader', () => {
  it('announces the selection by name, from a deep link and on each new selection, and nothing once closed', async () => {
    const data = createData();
    const [first, second] = data.hubs.map((h) => h.properties);
    const app = await openApp(`?hub=${first?.id}`);
    expect(heard(app)).toBe(`Selected: ${first?.name.en}`);
    app.apply({ type: 'select', selection: { type: 'hub', id: second?.id as string } });
    await settle(app);
    expect(heard(app)).toBe(`Selected: ${second?.name.en}`);
    app.apply({ type: 'select', selection: null });
    await settle(app);
    expect(heard(app)).toBe('');
  });

  it("announces in the page's language", async () => {
    const data = createData();
    const hub = data.hubs[0]?.properties;
    const app = await openApp(`?hub=${hub?.id}&lang=ru`);
    expect(heard(app)).toContain('Выбрано');
    expect(heard(app)).toContain(hub?.name.ru ?? hub?.name.en);
  });
});
