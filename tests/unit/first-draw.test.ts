import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_LIMIT, holdFirstDraw } from '../../src/map/first-draw.ts';

/** A map whose sources and tiles come in when the test says, and whose painter counts what it draws. */
function stubMap() {
  const handlers = new Map<string, Set<() => void>>();
  const state = { sources: false, tiles: false, drawn: 0, repaints: 0 };
  const painter = {
    render(): void {
      state.drawn++;
    },
  };
  const map = {
    painter,
    loaded: () => state.sources,
    areTilesLoaded: () => state.tiles,
    triggerRepaint: () => {
      state.repaints++;
    },
    on: (type: string, fn: () => void) => handlers.set(type, (handlers.get(type) ?? new Set()).add(fn)),
    off: (type: string, fn: () => void) => handlers.get(type)?.delete(fn),
    fire: (type: string) => {
      for (const fn of [...(handlers.get(type) ?? [])]) fn();
    },
    listening: (type: string) => handlers.get(type)?.size ?? 0,
  };
  /** One of MapLibre's frames: it asks the painter to draw. */
  const frame = () => map.painter.render.call(map.painter);
  return { map, state, frame, asMapLibre: map as unknown as MapLibreMap };
}

describe('holdFirstDraw', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws nothing while a source or a tile is still coming, then the complete view at once', () => {
    const { map, state, frame, asMapLibre } = stubMap();
    holdFirstDraw(asMapLibre);
    frame();
    state.sources = true;
    map.fire('data');
    frame();
    expect(state.drawn).toBe(0);
    // The tile that completes the view asks for the frame that draws it.
    const asked = state.repaints;
    state.tiles = true;
    map.fire('data');
    expect(state.repaints).toBe(asked + 1);
    frame();
    expect(state.drawn).toBe(1);
    // From then on every frame draws, complete or not, and nothing is left listening.
    state.tiles = false;
    frame();
    expect(state.drawn).toBe(2);
    expect(map.listening('data') + map.listening('error') + map.listening('remove')).toBe(0);
  });

  it('draws what it has after an error, or once the hold has lasted its limit', () => {
    const failed = stubMap();
    holdFirstDraw(failed.asMapLibre);
    failed.map.fire('error');
    failed.frame();
    expect(failed.state.drawn).toBe(1);

    const slow = stubMap();
    holdFirstDraw(slow.asMapLibre);
    vi.advanceTimersByTime(HOLD_LIMIT - 1);
    slow.frame();
    expect(slow.state.drawn).toBe(0);
    vi.advanceTimersByTime(1);
    slow.frame();
    expect(slow.state.drawn).toBe(1);
  });

  it('lets go of a map that is removed before it completes', () => {
    const { map, state, frame, asMapLibre } = stubMap();
    holdFirstDraw(asMapLibre);
    map.fire('remove');
    expect(vi.getTimerCount()).toBe(0);
    expect(map.listening('data')).toBe(0);
    frame();
    expect(state.drawn).toBe(0);
  });
});
