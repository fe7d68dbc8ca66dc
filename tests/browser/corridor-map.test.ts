import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS } from '../../src/data/extent.ts';
import type { CorridorData } from '../../src/data/types.ts';
import { CorridorMap } from '../../src/map/corridor-map.ts';
import { indexData } from '../../src/state/data-index.ts';
import { CameraChangeEvent, MapReadyEvent, SelectEvent } from '../../src/state/events.ts';
import { applyFilters, NO_FILTERS } from '../../src/state/filters.ts';
import type { Selection } from '../../src/state/view.ts';
import { mapFeatures } from '../../src/style/features.ts';
import { HIDDEN_STATE } from '../../src/style/layers.ts';
import { INTERACTIVE_LAYERS, SOURCES } from '../../src/style/style.ts';
import { FakeMap, type RenderedFeature } from '../fake-maplibre.ts';
import { frame, useFakeMap } from './app-stage.ts';
import { createData } from './fixture-data.ts';

/**
 * `corridor-map` on a fake MapLibre (tests/fake-maplibre.ts): what it asks of the map when the selection,
 * the camera, the language, the theme and the filters change, and what it tells the page when the reader
 * clicks or moves the map. A 400 x 500 map with a 230 px panel over its right side (past its middle).
 */

// Inside vitest's default 414 x 896 frame, so only the panel (not the window's edge) covers the map.
const WIDTH = 400;
const HEIGHT = 500;
const PANEL = 230;

useFakeMap();

/** A map element in a stage with a panel over its right side, made (on a fake) and, unless `start` is false, loaded and drawn. */
async function mapInStage(
  set: (el: CorridorMap) => void = () => {},
  { start = true, panel = true } = {},
): Promise<{ el: CorridorMap; map: FakeMap; data: CorridorData; events: Event[] }> {
  const data = createData();
  const stage = document.createElement('div');
  stage.style.cssText = `position: relative; width: ${WIDTH}px; height: ${HEIGHT}px`;
  const style = document.createElement('style');
  style.textContent =
    'corridor-map { display: block; position: absolute; inset: 0 } corridor-map .map-canvas { position: absolute; inset: 0 }';
  const el = new CorridorMap();
  el.data = data;
  el.index = indexData(data);
  el.basemap = { type: 'FeatureCollection', features: [] };
  el.fontFaces = {};
  set(el);
  stage.append(el);
  if (panel) {
    const aside = document.createElement('aside');
    aside.style.cssText = `position: absolute; top: 0; right: 0; bottom: 0; width: ${PANEL}px`;
    stage.append(aside);
    el.covers = [aside];
  }
  const events: Event[] = [];
  for (const type of [SelectEvent.type, CameraChangeEvent.type, MapReadyEvent.type])
    stage.addEventListener(type, (e) => events.push(e));
  document.body.append(style, stage);
  await el.updateComplete;
  await frame();
  const map = FakeMap.last;
  if (start) {
    map.load();
    map.idle();
    await el.updateComplete;
    await frame();
  }
  return { el, map, data, events };
}

const hubOf = (data: CorridorData, i = 0) => data.hubs[i]?.properties.id as string;
const selected = (map: FakeMap, source: string, id: string) => map.getFeatureState({ source, id }).selected;

/** Whether a lng/lat is drawn inside the map and left of the panel, with room. */
function clearOfPanel(map: FakeMap, at: [number, number]): boolean {
  const p = map.project(at);
  return p.x >= 0 && p.x <= WIDTH - PANEL && p.y >= 0 && p.y <= HEIGHT;
}

describe('corridor-map on a fake map', () => {
  it('makes its map once it has data, on the default view or the camera it is given', async () => {
    const { map } = await mapInStage(() => {}, { start: false });
    expect(map.options.bounds).toEqual(DEFAULT_BOUNDS);
    const { map: linked } = await mapInStage((el) => (el.camera = { center: [71.4, 51.1], zoom: 7 }), {
      start: false,
    });
    expect(linked.options).toMatchObject({ center: [71.4, 51.1], zoom: 7 });
    expect(linked.options.bounds).toBeUndefined();
  });

  it('marks the selection in feature state and brings it clear of the panel, then moves the mark to the next', async () => {
    const { el, map, data } = await mapInStage();
    const [west, east] = [data.hubs[1], data.hubs[0]];
    // The first hub drawn under the panel.
    map.jumpTo({ center: east?.geometry.coordinates as [number, number], zoom: 6 });
    map.easeTo({ center: east?.geometry.coordinates as [number, number], offset: [100, 0] });
    expect(clearOfPanel(map, east?.geometry.coordinates as [number, number])).toBe(false);
    map.clearCalls();
    el.selection = { type: 'hub', id: hubOf(data, 0) };
    await el.updateComplete;
    await frame();
    expect(selected(map, SOURCES.hubs, hubOf(data, 0))).toBe(true);
    expect(map.callsOf('easeTo')).toHaveLength(1);
    expect(clearOfPanel(map, east?.geometry.coordinates as [number, number])).toBe(true);
    el.selection = { type: 'hub', id: hubOf(data, 1) };
    await el.updateComplete;
    await frame();
    expect(selected(map, SOURCES.hubs, hubOf(data, 0))).toBeUndefined();
    expect(selected(map, SOURCES.hubs, hubOf(data, 1))).toBe(true);
    expect(clearOfPanel(map, west?.geometry.coordinates as [number, number])).toBe(true);
    el.selection = null;
    await el.updateComplete;
    expect(selected(map, SOURCES.hubs, hubOf(data, 1))).toBeUndefined();
  });

  it('leaves the camera alone for a selection already in sight beside the panel', async () => {
    const { el, map, data } = await mapInStage();
    const west = data.hubs[1]?.geometry.coordinates as [number, number];
    map.jumpTo({ center: west, zoom: 6 });
    map.easeTo({ center: west, offset: [-80, 0] });
    expect(clearOfPanel(map, west)).toBe(true);
    map.clearCalls();
    el.selection = { type: 'hub', id: hubOf(data, 1) };
    await el.updateComplete;
    await frame();
    expect(selected(map, SOURCES.hubs, hubOf(data, 1))).toBe(true);
    expect(map.calls.filter((c) => ['easeTo', 'jumpTo', 'fitBounds', 'flyTo'].includes(c.method))).toEqual(
      [],
    );
  });

  it('fits a route with padding clear of the panel', async () => {
    const { el, map, data } = await mapInStage();
    map.jumpTo({ center: [30, 60], zoom: 9 });
    map.clearCalls();
    const route = data.routes[0]?.id as string;
    el.selection = { type: 'route', id: route };
    await el.updateComplete;
    await frame();
    expect(selected(map, SOURCES.routes, route)).toBe(true);
    const [[, options]] = map.callsOf('fitBounds') as [[unknown, { padding: { right: number } }]];
    expect(options.padding.right).toBeGreaterThanOrEqual(PANEL);
    for (const c of data.routes[0]?.coordinates ?? []) expect(clearOfPanel(map, c)).toBe(true);
  });

  it('on a deep link, marks the selection when the style loads but moves the camera only after the first full frame', async () => {
    const { el, map, data, events } = await mapInStage(
      (el) => (el.selection = { type: 'project', id: el.data?.projects[0]?.properties.id as string }),
      { start: false },
    );
    const project = data.projects[0]?.properties.id as string;
    map.load();
    await el.updateComplete;
    await frame();
    expect(selected(map, SOURCES.projects, project)).toBe(true);
    expect(map.callsOf('easeTo')).toEqual([]);
    expect(el.querySelector('map-stand-in')).not.toBeNull();
    map.idle();
    await el.updateComplete;
    await frame();
    expect(events.filter((e) => e.type === MapReadyEvent.type)).toHaveLength(1);
    expect(map.callsOf('easeTo')).toHaveLength(1);
    expect(map.zoom).toBeGreaterThanOrEqual(5);
    expect(el.querySelector('map-stand-in')).toBeNull();
  });

  it('jumps to a camera it is given, but not back to one it reported itself', async () => {
    const { el, map, events } = await mapInStage();
    map.clearCalls();
    el.camera = { center: [60, 45], zoom: 5 };
    await el.updateComplete;
    expect(map.callsOf('jumpTo')).toEqual([[{ center: [60, 45], zoom: 5 }]]);
    map.readerMove({ center: [70, 48], zoom: 6 });
    const reported = events.filter((e): e is CameraChangeEvent => e.type === CameraChangeEvent.type).at(-1);
    el.camera = reported?.camera ?? null;
    await el.updateComplete;
    expect(map.callsOf('jumpTo')).toHaveLength(1);
  });

  it('tells the page where the reader moved the map, and not where the page moved it', async () => {
    const { el, map, events } = await mapInStage();
    el.camera = { center: [60, 45], zoom: 5 };
    await el.updateComplete;
    expect(events.filter((e) => e.type === CameraChangeEvent.type)).toEqual([]);
    map.readerMove({ center: [70, 48], zoom: 6 });
    const moves = events.filter((e): e is CameraChangeEvent => e.type === CameraChangeEvent.type);
    expect(moves.map((e) => [e.camera.center, e.camera.zoom])).toEqual([[[70, 48], 6]]);
  });

  it('asks to select what is drawn under a click: a project marker where it is drawn, a hub, a route, or nothing', async () => {
    const { el, map, data, events } = await mapInStage(() => {}, { panel: false });
    const features = mapFeatures(data);
    const drawnAs = (layer: string, source: string, f: GeoJSON.Feature): RenderedFeature => ({
      layer: { id: layer },
      source,
      properties: f.properties as Record<string, unknown>,
      geometry: f.geometry as RenderedFeature['geometry'],
    });
    map.rendered = [
      ...features.projects.features.map((f) => drawnAs(INTERACTIVE_LAYERS.projects[0], SOURCES.projects, f)),
      ...features.hubs.features.map((f) => drawnAs(INTERACTIVE_LAYERS.hubs[0], SOURCES.hubs, f)),
      ...features.routes.features.map((f) => drawnAs(INTERACTIVE_LAYERS.routes[0], SOURCES.routes, f)),
    ];
    map.jumpTo({ center: data.hubs[0]?.geometry.coordinates as [number, number], zoom: 7 });
    const picked = (): Selection | null => (events.at(-1) as SelectEvent).selection;
    // A project's marker is drawn on a ring round its hub: a click there picks it, not the hub under it.
    const project = features.projects.features.find((f) =>
      (f.properties?.offset as number[] | undefined)?.some((d) => Math.abs(d) > 10),
    ) as GeoJSON.Feature<GeoJSON.Point>;
    const [ox, oy] = (project.properties?.offset ?? [0, 0]) as [number, number];
    map.jumpTo({ center: project.geometry.coordinates as [number, number], zoom: 7 });
    const at = map.project(project.geometry.coordinates);
    map.click({ x: at.x + ox, y: at.y + oy });
    expect(picked()).toEqual({ type: 'project', id: project.properties?.id });
    // The hub's own point: its circle.
    const hub = features.hubs.features.find(
      (h) => h.properties?.id === project.properties?.hub,
    ) as GeoJSON.Feature<GeoJSON.Point>;
    const hubAt = map.project(hub.geometry.coordinates);
    map.click(hubAt);
    expect(picked()).toEqual({ type: 'hub', id: hub.properties?.id });
    // A hidden project (filtered out) is not there to click: the hub under it answers.
    el.visible = { ...applyFilters(data, NO_FILTERS, null), projects: new Set() };
    await el.updateComplete;
    map.click({ x: at.x + ox, y: at.y + oy });
    expect(picked()).not.toEqual({ type: 'project', id: project.properties?.id });
    // Far from everything: nothing, which closes the panel.
    map.click({ x: 2, y: 2 });
    expect(picked()).toBeNull();
    // Half-way along a route, away from hubs.
    const line = data.routes[0]?.coordinates as [number, number][];
    const mid = line[Math.floor(line.length / 2)] as [number, number];
    map.jumpTo({ center: mid, zoom: 8 });
    map.click(map.project(mid));
    expect(picked()).toEqual({ type: 'route', id: data.routes[0]?.id });
  });

  it('hides what the filters leave out by feature state, and shows it again when they are cleared', async () => {
    const { el, map, data } = await mapInStage();
    const [kept, ...gone] = data.projects.map((p) => p.properties.id);
    el.visible = { ...applyFilters(data, NO_FILTERS, null), projects: new Set([kept as string]) };
    await el.updateComplete;
    for (const id of gone)
      expect(map.getFeatureState({ source: SOURCES.projects, id })[HIDDEN_STATE]).toBe(true);
    expect(
      map.getFeatureState({ source: SOURCES.projects, id: kept as string })[HIDDEN_STATE],
    ).toBeUndefined();
    el.visible = null;
    await el.updateComplete;
    for (const id of gone)
      expect(map.getFeatureState({ source: SOURCES.projects, id })[HIDDEN_STATE]).toBeUndefined();
  });

  it('on a new language, sets only the names in that language, and its controls in the next frame', async () => {
    const { el, map } = await mapInStage();
    map.clearCalls();
    el.language = 'ru';
    await el.updateComplete;
    expect(map.callsOf('setStyle')).toEqual([]);
    const textFields = map
      .callsOf('setLayoutProperty')
      .filter(([, name]) => name === 'text-field')
      .map(([layer, , value]) => [layer, JSON.stringify(value)]);
    const hubLabels = textFields.find(([layer]) => layer === INTERACTIVE_LAYERS.hubLabels[0]);
    expect(hubLabels?.[1]).toContain('ru');
    expect(map.callsOf('removeControl')).toEqual([]);
    await frame();
    expect(map.callsOf('removeControl')).toHaveLength(4);
    expect(map.callsOf('addControl')).toHaveLength(4);
    expect(map._locale['NavigationControl.ZoomIn']).toMatch(/[а-я]/);
  });

  it('sets the style again on a new theme, and not when nothing the style shows changed', async () => {
    const { el, map } = await mapInStage();
    map.clearCalls();
    el.cooperative = true;
    await el.updateComplete;
    expect(map.callsOf('setStyle')).toEqual([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(map.callsOf('setStyle')).toHaveLength(1);
    // A new style keeps no feature state: the selection is set again when it loads.
    el.selection = { type: 'hub', id: 'hub-east' };
    await el.updateComplete;
    map.removeFeatureState({ source: SOURCES.hubs });
    map.load();
    expect(selected(map, SOURCES.hubs, 'hub-east')).toBe(true);
  });

  it('returns to the starting view, and gives its map back when it leaves the page', async () => {
    const { el, map } = await mapInStage();
    el.resetView();
    expect(map.callsOf('fitBounds')[0]?.[0]).toEqual(DEFAULT_BOUNDS);
    el.remove();
    expect(map.removed).toBe(true);
  });
});
