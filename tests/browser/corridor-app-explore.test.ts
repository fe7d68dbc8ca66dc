import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/app/corridor-app.ts';
import { CorridorMap } from '../../src/map/corridor-map.ts';
import { HIDDEN_STATE } from '../../src/style/layers.ts';
import { SOURCES } from '../../src/style/style.ts';
import { FakeMap, fakeMapFactory } from '../fake-maplibre.ts';
import { createData } from './fixture-data.ts';

/**
 * `corridor-app` started on an address that names filters, its map on a fake MapLibre: the cold start of a
 * filtered link, which tests/e2e/explore.test.ts checks in place on the real map.
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

describe('corridor-app opened on a filtered link', () => {
  it('lists and draws only what the filters in the address keep, and keeps them in the address', async () => {
    const data = createData();
    const [kept, gone] = ['sea-port', 'container-terminal'].map(
      (kind) => data.projects.find((p) => p.properties.kind === kind)?.properties.id as string,
    );
    history.replaceState(null, '', `${location.pathname}?kind=sea-port`);
    const app = document.createElement('corridor-app');
    app.data = data;
    app.basemap = { type: 'FeatureCollection', features: [] };
    app.fontFaces = {};
    document.body.append(app);
    await app.updateComplete;
    await frame();
    const map = FakeMap.last;
    map.load();
    map.idle();
    await app.updateComplete;
    await frame();
    const listed = [
      ...(app.querySelector('project-list')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-project]') ??
        []),
    ].map((b) => b.dataset.project);
    expect(listed).toEqual([kept]);
    expect(map.getFeatureState({ source: SOURCES.projects, id: gone })[HIDDEN_STATE]).toBe(true);
    expect(map.getFeatureState({ source: SOURCES.projects, id: kept })[HIDDEN_STATE]).toBeUndefined();
    expect(new URLSearchParams(location.search).get('kind')).toBe('sea-port');
  });
});
