import { afterEach, beforeEach, vi } from 'vitest';
import '../../src/app/corridor-app.ts';
import type { CorridorApp } from '../../src/app/corridor-app.ts';
import { detailsPath, hubDetails, routeDetails } from '../../src/data/split.ts';
import type { CorridorData } from '../../src/data/types.ts';
import { CorridorMap } from '../../src/map/corridor-map.ts';
import { FakeMap, fakeMapFactory } from '../fake-maplibre.ts';
import { createData } from './fixture-data.ts';

/**
 * The stage of the component tests of `corridor-app`: its map made on the fake MapLibre
 * (tests/fake-maplibre.ts), the page emptied and the test frame's address put back after each test. Call it
 * once at the top of a test file.
 */
export function useAppStage(): void {
  useFakeMap();
  let address = '';
  beforeEach(() => {
    address = location.href;
  });
  afterEach(() => {
    history.replaceState(null, '', address);
  });
}

/**
 * The stage of every component test that makes a `corridor-map`: its MapLibre is the fake (none made yet at
 * each test's start), and the page is emptied after each test. Call it once at the top of a test file.
 */
export function useFakeMap(): void {
  const realCreate = CorridorMap.createMap;
  beforeEach(() => {
    CorridorMap.createMap = fakeMapFactory();
    FakeMap.made.length = 0;
  });
  afterEach(() => {
    CorridorMap.createMap = realCreate;
    document.body.replaceChildren();
  });
}

/** The next animation frame, and the tasks queued in it. */
export const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** The app's render, a frame, and the render that frame caused. */
export async function settle(app: CorridorApp): Promise<void> {
  await app.updateComplete;
  await frame();
  await app.updateComplete;
}

/** The focused element, through shadow roots. */
export function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Just enough layout for the map and a side panel to have sizes: a 400 px stage, the panel 200 px wide. */
const STAGE_CSS =
  'corridor-app .stage { position: relative; display: flex; height: 400px; width: 400px } corridor-map { display: block; position: relative; flex: 1 } .map-canvas { position: absolute; inset: 0 } .panel { position: absolute; top: 0; right: 0; bottom: 0; width: 200px; overflow: auto }';

/**
 * The app on `search` (the page's address) and `data` (the fixture data by default), its map made on the fake
 * and, unless `start` is false, loaded and drawn; `layout` adds the stage's sizes (STAGE_CSS).
 */
export async function openApp(
  search = '',
  {
    data = createData(),
    start = true,
    layout = false,
  }: { data?: CorridorData; start?: boolean; layout?: boolean } = {},
): Promise<{ app: CorridorApp; map: FakeMap; data: CorridorData }> {
  history.replaceState(null, '', `${location.pathname}${search}`);
  const app = document.createElement('corridor-app');
  app.data = data;
  app.basemap = { type: 'FeatureCollection', features: [] };
  app.fontFaces = {};
  if (layout) {
    const style = document.createElement('style');
    style.textContent = STAGE_CSS;
    document.body.append(style);
  }
  document.body.append(app);
  await app.updateComplete;
  await frame();
  const map = FakeMap.last;
  if (start) {
    map.load();
    map.idle();
    await settle(app);
  }
  return { app, map, data };
}

/**
 * Answers the panels' texts files (`data/hubs/<id>.json`, `data/routes/<id>.json`) from `data`, as the build
 * writes them, for each test of the file; every other request goes through. Call it once at the top of a file.
 */
export function useDetailsOf(data: CorridorData): void {
  const files = new Map<string, unknown>([
    ...[...hubDetails(data)].map(([id, d]) => [detailsPath('hub', id), d] as const),
    ...data.routes.map((r) => [detailsPath('route', r.id), routeDetails(r)] as const),
  ]);
  beforeEach(() => {
    const fetchReal = window.fetch.bind(window);
    vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
      const path = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
      const file = [...files.keys()].find((f) => path.endsWith(`/${f}`));
      return file ? Promise.resolve(Response.json(files.get(file))) : fetchReal(input, init);
    });
  });
  afterEach(() => {
    vi.mocked(window.fetch).mockRestore();
  });
}
