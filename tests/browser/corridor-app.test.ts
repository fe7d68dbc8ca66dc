import { describe, expect, it } from 'vitest';
import type { CorridorData } from '../../src/data/types.ts';
import { SelectEvent } from '../../src/state/events.ts';
import { SOURCES } from '../../src/style/style.ts';
import { focused, openApp as openStage, settle, useAppStage } from './app-stage.ts';
import { createData } from './fixture-data.ts';

/**
 * `corridor-app` with its map on a fake MapLibre (tests/fake-maplibre.ts): an intent goes through the
 * reducer to the elements, the address, the panel, focus and the map. The address of the test frame is put
 * back after each test.
 */

useAppStage();

/** The fixture data with a two-step story, each step naming a camera and a selection. */
function storyData(): CorridorData {
  const data = createData();
  const [east, west] = data.hubs.map((h) => h.properties.id);
  data.stories = [
    {
      id: 'two-hubs',
      title: { en: 'Two hubs' },
      steps: [
        {
          caption: { en: 'The east.' },
          select: { type: 'hub', id: east as string },
          camera: { center: [80, 44], zoom: 6 },
        },
        {
          caption: { en: 'The west.' },
          select: { type: 'hub', id: west as string },
          camera: { center: [51, 43.6], zoom: 6 },
        },
      ],
    },
  ] as CorridorData['stories'];
  return data;
}

/** The app on `search` with the story fixture, laid out with a side panel; `start: false` leaves the map unloaded. */
const openApp = (search = '', { start = true } = {}) =>
  openStage(search, { data: storyData(), layout: true, start });

const params = () => new URLSearchParams(location.search);

describe('corridor-app with a fake map', () => {
  it('on a select intent: a new history entry, the panel open on its heading, the map marking it', async () => {
    const { app, map, data } = await openApp();
    const hub = data.hubs[0]?.properties;
    const before = location.href;
    app.apply({ type: 'select', selection: { type: 'hub', id: hub?.id as string } });
    await settle(app);
    expect(params().get('hub')).toBe(hub?.id);
    const panel = app.querySelector('hub-panel');
    expect(panel?.hub?.id).toBe(hub?.id);
    expect(app.querySelector('.stage')?.classList.contains('with-panel')).toBe(true);
    expect(focused()?.localName).toBe('h2');
    expect(focused()?.textContent).toBe(hub?.name.en);
    expect(map.getFeatureState({ source: SOURCES.hubs, id: hub?.id as string }).selected).toBe(true);
    // A new history entry: Back returns to the address before. (Not history.length: Chromium caps it at 50,
    // which the other tests of this browser reach.)
    const back = new Promise((done) => addEventListener('popstate', done, { once: true }));
    history.back();
    await back;
    expect(location.href).toBe(before);
  });

  it('measures nothing while a selection is written: the panel is measured and focused in the next frame', async () => {
    const { app, data } = await openApp();
    // A box read right after the panel was written lays the whole page out there, and again in the frame that
    // draws it once the panel's texts have arrived.
    const read: string[] = [];
    const box = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      read.push(this.localName);
      return box.call(this);
    };
    try {
      app.apply({ type: 'select', selection: { type: 'hub', id: data.hubs[0]?.properties.id as string } });
      await app.updateComplete;
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(app.querySelector('hub-panel')).not.toBeNull();
      expect(read).toEqual([]);
    } finally {
      Element.prototype.getBoundingClientRect = box;
    }
    await settle(app);
    expect(focused()?.localName).toBe('h2');
  });

  it('shows a selection in the frame that lays its panel out, and moves the camera in a later one, once', async () => {
    const { app, map, data } = await openApp();
    const project = data.projects[0]?.properties.id as string;
    const moves = () =>
      map.calls.filter((c) => ['easeTo', 'jumpTo', 'fitBounds', 'flyTo'].includes(c.method)).length;
    map.clearCalls();
    app.apply({ type: 'select', selection: { type: 'project', id: project } });
    await app.updateComplete;
    // Made after the map's own observer, so it hears of the panel's first layout after the map does, in the
    // same frame: what the map has asked for by then is what that frame draws.
    const firstFrame = new Promise<{ moves: number; selected: unknown }>((done) => {
      const seen = new ResizeObserver(() => {
        seen.disconnect();
        done({
          moves: moves(),
          selected: map.getFeatureState({ source: SOURCES.projects, id: project }).selected,
        });
      });
      seen.observe(app.querySelector('.panel') as Element);
    });
    expect(await firstFrame).toEqual({ moves: 0, selected: true });
    await settle(app);
    await settle(app);
    expect(moves()).toBe(1);
    expect(map.zoom).toBeGreaterThanOrEqual(5);
    const at = map.project(data.projects[0]?.geometry.coordinates as [number, number]);
    expect(at.x).toBeLessThan(200);
  });

  it('opens a route from its heading after a panel scrolled down, its heading in sight', async () => {
    const { app, data } = await openApp();
    app.apply({ type: 'select', selection: { type: 'hub', id: data.hubs[0]?.properties.id as string } });
    await settle(app);
    const box = app.querySelector('.panel') as HTMLElement;
    box.scrollTop = box.scrollHeight;
    expect(box.scrollTop).toBeGreaterThan(0);
    app.apply({ type: 'select', selection: { type: 'route', id: data.routes[0]?.id as string } });
    await settle(app);
    expect(box.scrollTop).toBe(0);
    const heading = focused() as Element;
    expect(heading.localName).toBe('h2');
    expect(heading.getBoundingClientRect().top).toBeGreaterThanOrEqual(box.getBoundingClientRect().top);
  });

  it('on a click on the map: the panel opens but focus stays; Escape closes it and the address forgets it', async () => {
    const { app, map, data } = await openApp();
    const hub = data.hubs[1]?.properties.id as string;
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    app.querySelector('corridor-map')?.dispatchEvent(new SelectEvent({ type: 'hub', id: hub }, 'pointer'));
    await settle(app);
    expect(app.querySelector('hub-panel')?.hub?.id).toBe(hub);
    expect(focused()).toBe(button);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await settle(app);
    expect(app.querySelector('hub-panel')).toBeNull();
    expect(params().has('hub')).toBe(false);
    expect(map.getFeatureState({ source: SOURCES.hubs, id: hub }).selected).toBeUndefined();
  });

  it('opened from the keyboard and closed, gives focus back to where it was', async () => {
    const { app, data } = await openApp();
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    app.apply({ type: 'select', selection: { type: 'hub', id: data.hubs[0]?.properties.id as string } });
    await settle(app);
    expect(focused()?.localName).toBe('h2');
    app.apply({ type: 'select', selection: null });
    await settle(app);
    expect(focused()).toBe(button);
  });

  it('opens a deep link on its feature: the panel at once, the map moving to it once drawn', async () => {
    const hub = createData().hubs[0]?.properties.id as string;
    const { app, map } = await openApp(`?hub=${hub}`, { start: false });
    expect(app.querySelector('hub-panel')?.hub?.id).toBe(hub);
    map.load();
    expect(map.getFeatureState({ source: SOURCES.hubs, id: hub }).selected).toBe(true);
    expect(map.callsOf('easeTo')).toEqual([]);
    map.idle();
    await settle(app);
    expect(app.dataset.map).toBe('ready');
    expect(map.zoom).toBeGreaterThanOrEqual(4);
    expect(params().get('hub')).toBe(hub);
  });

  it('opens a link to each kind of feature on its panel, named', async () => {
    const data = createData();
    const project = data.projects[0]?.properties;
    const route = data.routes[0];
    for (const [search, tag, name] of [
      [`?project=${project?.id}`, 'hub-panel', project?.name.en],
      [`?route=${route?.id}`, 'route-panel', route?.name.en],
      [`?hub=${data.hubs[1]?.properties.id}`, 'hub-panel', data.hubs[1]?.properties.name.en],
    ] as const) {
      const { app } = await openApp(search);
      await settle(app);
      expect(app.querySelector(tag)?.shadowRoot?.textContent, search).toContain(name);
      app.remove();
    }
  });

  it('goes back and forward through selections with the browser', async () => {
    const { app, data } = await openApp();
    const [hub, route] = [data.hubs[0]?.properties.id as string, data.routes[0]?.id as string];
    app.apply({ type: 'select', selection: { type: 'hub', id: hub } });
    await settle(app);
    app.apply({ type: 'select', selection: { type: 'route', id: route } });
    await settle(app);
    expect(app.querySelector('route-panel')).not.toBeNull();
    const popped = () => new Promise((done) => addEventListener('popstate', done, { once: true }));
    let pop = popped();
    history.back();
    await pop;
    await settle(app);
    expect(app.querySelector('hub-panel')?.hub?.id).toBe(hub);
    expect(app.view.selection).toEqual({ type: 'hub', id: hub });
    pop = popped();
    history.forward();
    await pop;
    await settle(app);
    expect(app.querySelector('route-panel')).not.toBeNull();
    expect(params().get('route')).toBe(route);
  });

  it("writes the reader's moves of the map into the address without a new history entry", async () => {
    const { app, map } = await openApp();
    // The entry's key stays through a replace and changes with a new entry (the Navigation API); history.length
    // would not tell once Chromium's cap of 50, which the other tests of this browser reach, is reached.
    const entryKey = () =>
      (globalThis as { navigation?: { currentEntry?: { key: string } } }).navigation?.currentEntry?.key;
    const before = entryKey();
    expect(before).toBeTruthy();
    map.readerMove({ center: [70.5, 47.25], zoom: 6.5 });
    await settle(app);
    expect(params().get('zoom')).toBe('6.5');
    expect(location.search).toContain('70.5');
    expect(entryKey()).toBe(before);
  });

  it("a story step sets the map's camera before its selection, so the selection is brought in from the step's view", async () => {
    const { app, map, data } = await openApp();
    map.clearCalls();
    app.apply({ type: 'open-story', id: 'two-hubs' });
    await settle(app);
    const methods = map.calls.map((c) => c.method);
    const jump = methods.indexOf('jumpTo');
    const mark = map.calls.findIndex(
      (c) => c.method === 'setFeatureState' && (c.args[1] as { selected?: boolean }).selected,
    );
    expect(jump).toBeGreaterThanOrEqual(0);
    expect(mark).toBeGreaterThan(jump);
    expect(map.callsOf('jumpTo')[0]).toEqual([{ center: [80, 44], zoom: 6 }]);
    expect(params().get('story')).toBeTruthy();
    expect(
      map.getFeatureState({ source: SOURCES.hubs, id: data.hubs[0]?.properties.id as string }).selected,
    ).toBe(true);
    app.apply({ type: 'story-step', step: 1 });
    await settle(app);
    expect(
      map.getFeatureState({ source: SOURCES.hubs, id: data.hubs[1]?.properties.id as string }).selected,
    ).toBe(true);
    expect(
      map.getFeatureState({ source: SOURCES.hubs, id: data.hubs[0]?.properties.id as string }).selected,
    ).toBeUndefined();
  });

  it('in an embed: compact layout, a foot with the way to the full map, and a map that lets the page scroll', async () => {
    const { app, map } = await openApp('?embed');
    expect(app.classList.contains('embed')).toBe(true);
    expect(app.querySelector('.embed-head')).not.toBeNull();
    expect(app.querySelector('.masthead')).toBeNull();
    expect(app.querySelector('footer.foot a')?.getAttribute('target')).toBe('_blank');
    expect(map.options.cooperativeGestures).toBe(true);
    const { map: full } = await openApp('');
    expect(full.options.cooperativeGestures).toBe(false);
  });

  it('on a new language: the address, the page and the map all change', async () => {
    const { app, map } = await openApp();
    map.clearCalls();
    app.apply({ type: 'language', lang: 'ru' });
    await settle(app);
    expect(params().get('lang')).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(app.querySelector('corridor-map')?.language).toBe('ru');
    // Only the names change: their text fields are set in Russian, the style is not replaced.
    expect(map.callsOf('setStyle')).toEqual([]);
    const names = map.callsOf('setLayoutProperty').filter(([, name]) => name === 'text-field');
    expect(names.length).toBeGreaterThan(0);
    expect(names.every(([, , value]) => JSON.stringify(value).includes('name_ru'))).toBe(true);
  });
});
