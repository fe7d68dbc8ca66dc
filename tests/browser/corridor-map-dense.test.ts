import { describe, expect, it } from 'vitest';
import type { CorridorData } from '../../src/data/types.ts';
import { t } from '../../src/i18n/strings.ts';
import { CorridorMap } from '../../src/map/corridor-map.ts';
import { indexData } from '../../src/state/data-index.ts';
import { DENSE, DETAIL_ZOOM } from '../../src/style/style.ts';
import { FakeMap } from '../fake-maplibre.ts';
import { frame, useFakeMap } from './app-stage.ts';
import { createData } from './fixture-data.ts';

/**
 * `corridor-map` with more projects than the map draws when zoomed out (DENSE), on a fake MapLibre: the hint
 * that says to zoom in for them. What MapLibre draws at which zoom is tests/e2e/dense.test.ts.
 */

useFakeMap();

/** The fixture data with its projects copied (each copy a new id) until there are more than DENSE. */
function denseData(): CorridorData {
  const data = createData();
  const copies = Math.ceil((DENSE + 1) / data.projects.length);
  data.projects = Array.from({ length: copies }, (_, i) =>
    data.projects.map((f) => ({ ...f, properties: { ...f.properties, id: `${f.properties.id}-${i}` } })),
  ).flat();
  return data;
}

/**
 * A map of `data` on a fake, loaded and drawn, zoomed out below the detail zoom; 800 px wide, so wide that it does
 * not gather projects into their hubs (NARROW_MAP): only density holds them back.
 */
async function drawnMap(data: CorridorData): Promise<{ el: CorridorMap; map: FakeMap }> {
  const el = new CorridorMap();
  el.data = data;
  el.index = indexData(data);
  el.basemap = { type: 'FeatureCollection', features: [] };
  el.fontFaces = {};
  el.style.cssText = 'display: block; position: relative; width: 800px; height: 500px';
  document.body.append(el);
  await el.updateComplete;
  await frame();
  const map = FakeMap.last;
  map.load();
  map.idle();
  map.readerMove({ center: [70, 46], zoom: DETAIL_ZOOM - 1.5 });
  await el.updateComplete;
  return { el, map };
}

const hint = (el: CorridorMap) => el.querySelector('.zoom-hint')?.textContent ?? null;

describe('corridor-map with thousands of projects', () => {
  it('says to zoom in for the projects below the detail zoom, and stops saying so from it', async () => {
    const { el, map } = await drawnMap(denseData());
    expect(hint(el)).toBe(t('en', 'zoomForProjects'));
    expect(el.querySelector('.zoom-hint')?.getAttribute('role')).toBe('status');
    map.readerMove({ center: [70, 46], zoom: DETAIL_ZOOM + 0.5 });
    await el.updateComplete;
    expect(hint(el)).toBeNull();
    map.readerMove({ center: [70, 46], zoom: DETAIL_ZOOM - 1 });
    await el.updateComplete;
    expect(hint(el)).toBe(t('en', 'zoomForProjects'));
  });

  it("says so in the reader's language", async () => {
    const { el } = await drawnMap(denseData());
    el.language = 'ru';
    await el.updateComplete;
    expect(hint(el)).toBe(t('ru', 'zoomForProjects'));
  });

  it('leaves the map to an open panel: no hint while a feature is selected', async () => {
    const data = denseData();
    const { el } = await drawnMap(data);
    el.selection = { type: 'hub', id: data.hubs[0]?.properties.id as string };
    await el.updateComplete;
    expect(hint(el)).toBeNull();
  });

  it('gives no hint when every project is drawn at every zoom (the real data)', async () => {
    const { el } = await drawnMap(createData());
    expect(hint(el)).toBeNull();
  });
});
