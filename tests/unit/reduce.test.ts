import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/data/types.ts';
import type { Intent } from '../../src/state/intents.ts';
import { pushesHistory } from '../../src/state/intents.ts';
import { reduce, type ViewIndex } from '../../src/state/reduce.ts';
import { parseViewState, serializeViewState } from '../../src/state/url.ts';
import { DEFAULT_VIEW, type Selection, type ViewState } from '../../src/state/view.ts';

/** A small data index: two hubs, a project, a route and a three-step story. */
function createIndex(): ViewIndex {
  const ids = new Set(['hub:khorgos', 'hub:aktau', 'project:aktau-container-hub', 'route:dostyk-moiynty']);
  const story: Story = {
    id: 'west',
    title: { en: 'West' },
    steps: [
      {
        caption: { en: 'One' },
        select: { type: 'hub', id: 'khorgos' },
        date: '2023',
        filters: { kind: ['dry-port'] },
      },
      { caption: { en: 'Two' }, camera: { center: [51, 43.6], zoom: 6 } },
      { caption: { en: 'Three' }, select: { type: 'hub', id: 'nowhere' } },
    ],
  } as Story;
  return { known: (s: Selection) => ids.has(`${s.type}:${s.id}`), stories: [story] };
}

const run = (intents: Intent[], from: ViewState = DEFAULT_VIEW) =>
  intents.reduce((v, i) => reduce(v, i, createIndex()), from);

describe('reduce: the one place the view changes', () => {
  it('selects what exists, ignores what does not, and clears', () => {
    const v = run([{ type: 'select', selection: { type: 'hub', id: 'khorgos' } }]);
    expect(v.selection).toEqual({ type: 'hub', id: 'khorgos' });
    expect(run([{ type: 'select', selection: { type: 'hub', id: 'atlantis' } }], v)).toBe(v);
    expect(run([{ type: 'select', selection: null }], v).selection).toBeNull();
  });

  it('toggles one filter value at a time, keeps values sorted, and clears every filter at once', () => {
    const v = run([
      { type: 'toggle-filter', key: 'status', value: 'planned' },
      { type: 'toggle-filter', key: 'status', value: 'operating' },
      { type: 'toggle-filter', key: 'kind', value: 'dry-port' },
    ]);
    expect(v.filters.status).toEqual(['operating', 'planned']);
    expect(v.filters.kind).toEqual(['dry-port']);
    expect(run([{ type: 'toggle-filter', key: 'status', value: 'planned' }], v).filters.status).toEqual([
      'operating',
    ]);
    expect(run([{ type: 'toggle-filter', key: null }], v).filters).toEqual(DEFAULT_VIEW.filters);
  });

  it('sets the date, the camera, the language and the theme', () => {
    const v = run([
      { type: 'date', date: '2024-06' },
      { type: 'camera', camera: { center: [70, 45], zoom: 4 } },
      { type: 'language', lang: 'kk' },
      { type: 'theme', theme: 'dark' },
    ]);
    expect(v).toMatchObject({
      date: '2024-06',
      camera: { center: [70, 45], zoom: 4 },
      lang: 'kk',
      theme: 'dark',
    });
  });

  it('opens a story on its first step, with that step’s selection, date and filters', () => {
    const v = run([
      { type: 'toggle-filter', key: 'status', value: 'planned' },
      { type: 'open-story', id: 'west' },
    ]);
    expect(v.story).toEqual({ id: 'west', step: 0 });
    expect(v.selection).toEqual({ type: 'hub', id: 'khorgos' });
    expect(v.date).toBe('2023');
    expect(v.filters.kind).toEqual(['dry-port']);
    // A step's filters replace the reader's own.
    expect(v.filters.status).toEqual([]);
  });

  it('steps through a story: a step without a selection or date shows none; an unknown one is dropped', () => {
    const two = run([
      { type: 'open-story', id: 'west' },
      { type: 'story-step', step: 1 },
    ]);
    expect(two).toMatchObject({ story: { id: 'west', step: 1 }, selection: null, date: null });
    expect(two.camera).toEqual({ center: [51, 43.6], zoom: 6 });
    const three = run([{ type: 'story-step', step: 2 }], two);
    expect(three.selection).toBeNull();
    // Past the end stays on the last step; null closes the story and keeps the view.
    expect(run([{ type: 'story-step', step: 9 }], two).story).toEqual({ id: 'west', step: 2 });
    const closed = run([{ type: 'story-step', step: null }], three);
    expect(closed.story).toBeNull();
    expect(closed.camera).toEqual(three.camera);
  });

  it('ignores a story step with no story open, and an unknown story', () => {
    expect(run([{ type: 'story-step', step: 1 }])).toBe(DEFAULT_VIEW);
    expect(run([{ type: 'open-story', id: 'nope' }]).story).toBeNull();
  });

  it('restores a view from the address, spelling out its story step', () => {
    const index = createIndex();
    const parsed = parseViewState('?story=west&step=2&lang=ru', index.known);
    const v = reduce(DEFAULT_VIEW, { type: 'restore', view: parsed }, index);
    expect(v).toMatchObject({ story: { id: 'west', step: 1 }, lang: 'ru' });
    expect(v.camera).toEqual({ center: [51, 43.6], zoom: 6 });
  });

  it('round-trips through the address: what an intent leaves is what the URL gives back', () => {
    const index = createIndex();
    const v = run([
      { type: 'select', selection: { type: 'project', id: 'aktau-container-hub' } },
      { type: 'toggle-filter', key: 'mode', value: 'rail' },
      { type: 'date', date: '2025' },
      { type: 'language', lang: 'zh' },
    ]);
    const back = reduce(
      DEFAULT_VIEW,
      { type: 'restore', view: parseViewState(serializeViewState(v, ''), index.known) },
      index,
    );
    expect(back).toEqual(v);
  });

  it('makes a history entry for selections and story steps only', () => {
    expect(pushesHistory({ type: 'select', selection: null })).toBe(true);
    expect(pushesHistory({ type: 'story-step', step: 1 })).toBe(true);
    expect(pushesHistory({ type: 'toggle-filter', key: null })).toBe(false);
    expect(pushesHistory({ type: 'camera', camera: { center: [0, 0], zoom: 1 } })).toBe(false);
  });
});
