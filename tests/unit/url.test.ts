import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, LANGUAGES, PROJECT_KINDS, ROUTE_MODES, STATUSES } from '../../src/data/types.ts';
import { indexData } from '../../src/state/data-index.ts';
import { parseViewState, serializeViewState } from '../../src/state/url.ts';
import type { Selection } from '../../src/state/view.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { GEO_DIR } from '../data-files.ts';

const IDS = ['khorgos', 'aktau-container-hub', 'dostyk-moiynty'];
const known = (s: Selection) => IDS.includes(s.id);

/** Any view the page can be in. */
const arbitraryView: fc.Arbitrary<ViewState> = fc.record({
  selection: fc.option(
    fc.record({
      type: fc.constantFrom('hub', 'project', 'route') as fc.Arbitrary<Selection['type']>,
      id: fc.constantFrom(...IDS),
    }),
    { nil: null },
  ),
  lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
  theme: fc.option(fc.constantFrom('light' as const, 'dark' as const), { nil: null }),
  camera: fc.option(
    fc.record({
      center: fc.tuple(
        fc.double({ min: 25, max: 117, noNaN: true }).map((n) => Number(n.toFixed(4))),
        fc.double({ min: 20, max: 67, noNaN: true }).map((n) => Number(n.toFixed(4))),
      ),
      zoom: fc.double({ min: 1, max: 12, noNaN: true }).map((n) => Number(n.toFixed(2))),
    }),
    { nil: null },
  ),
  embed: fc.boolean(),
  filters: fc.record({
    status: fc.uniqueArray(fc.constantFrom(...STATUSES)).map((a) => [...a].sort()),
    kind: fc.uniqueArray(fc.constantFrom(...PROJECT_KINDS)).map((a) => [...a].sort()),
    mode: fc.uniqueArray(fc.constantFrom(...ROUTE_MODES)).map((a) => [...a].sort()),
    country: fc.uniqueArray(fc.constantFrom(...COUNTRIES)).map((a) => [...a].sort()),
    partner: fc.uniqueArray(fc.constantFrom('kazpost', 'yto-express', 'ktz')).map((a) => [...a].sort()),
  }),
  date: fc.option(
    fc.oneof(
      fc.integer({ min: 1990, max: 2100 }).map(String),
      fc
        .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    ),
    { nil: null },
  ),
  story: fc.option(
    fc.record({
      id: fc.constantFrom('urumqi-to-the-caspian', 'a-story'),
      step: fc.integer({ min: 0, max: 99 }),
    }),
    { nil: null },
  ),
});

describe('URL state', () => {
  it.each([
    ['?hub=khorgos', { ...DEFAULT_VIEW, selection: { type: 'hub', id: 'khorgos' } }],
    [
      '?project=aktau-container-hub&lang=ru',
      { ...DEFAULT_VIEW, selection: { type: 'project', id: 'aktau-container-hub' }, lang: 'ru' },
    ],
    [
      '?embed&theme=dark&center=76.9,43.25&zoom=6.5',
      { ...DEFAULT_VIEW, embed: true, theme: 'dark', camera: { center: [76.9, 43.25], zoom: 6.5 } },
    ],
  ])('reads %s', (search, state) => {
    expect(parseViewState(search, known)).toEqual(state);
  });

  it('gives back the same view after a round trip through the URL (any view)', () => {
    fc.assert(
      fc.property(arbitraryView, (view) => {
        expect(parseViewState(serializeViewState(view), known)).toEqual(view);
      }),
    );
  });

  it('writes readable links', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      embed: true,
      selection: { type: 'hub', id: 'khorgos' },
      camera: { center: [76.9, 43.25], zoom: 6 },
    };
    expect(serializeViewState(view)).toBe('?embed&hub=khorgos&center=76.9,43.25&zoom=6');
  });

  it('reads every hub, project and route of the real data from its address, as the app knows them', () => {
    const data = loadCorridorData(GEO_DIR);
    const { known } = indexData(data);
    const selections: Selection[] = [
      ...data.hubs.map((f) => ({ type: 'hub' as const, id: f.properties.id })),
      ...data.projects.map((f) => ({ type: 'project' as const, id: f.properties.id })),
      ...data.routes.map((r) => ({ type: 'route' as const, id: r.id })),
    ];
    for (const s of selections) {
      expect(parseViewState(`?${s.type}=${s.id}`, known).selection, `${s.type}=${s.id}`).toEqual(s);
      expect(parseViewState(`?lang=ru&${s.type}=${encodeURIComponent(s.id)}`, known).selection).toEqual(s);
    }
  });

  it.each([
    '?hub=nowhere',
    '?project=<script>alert(1)</script>',
    `?hub=${'a'.repeat(10_000)}`,
    '?route=',
    '?lang=xx',
    '?theme=neon',
    '?hub=KHORGOS',
    '?center=76,43&zoom=NaN',
    '?center=76,400&zoom=5',
    '?center=1e400,43&zoom=5',
    '?center=76&zoom=5',
    '?center=76,43&zoom=99',
    '?status=opened,<b>&kind=spaceport&date=2025-13',
    '?date=99999&country=XX&mode=teleport',
    `?center=${'7'.repeat(10_000)},43&zoom=5`,
  ])('ignores %s and keeps the default', (search) => {
    expect(parseViewState(search, known)).toEqual(DEFAULT_VIEW);
  });

  it('never throws on junk, and what it reads is always well formed', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webQueryParameters(), fc.string({ unit: 'grapheme', maxLength: 300 })),
        (junk) => {
          const view = parseViewState(junk, known);
          expect(view.selection === null || IDS.includes(view.selection.id)).toBe(true);
          expect(view.camera === null || Number.isFinite(view.camera.zoom)).toBe(true);
          expect(() => serializeViewState(view, junk)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps parameters it does not own, such as pym.js's childId", () => {
    expect(
      serializeViewState(
        { ...DEFAULT_VIEW, selection: { type: 'hub', id: 'khorgos' } },
        '?childId=map1&hub=x',
      ),
    ).toBe('?childId=map1&hub=khorgos');
  });
});
