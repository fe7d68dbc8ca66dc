import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  facetCounts,
  happenedBy,
  NO_FILTERS,
  statusAt,
  today,
  yearRange,
} from '../../src/state/filters.ts';
import { fold, search, searchIndex } from '../../src/state/search.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { GEO_DIR } from '../data-files.ts';

const data = loadCorridorData(GEO_DIR);
const project = (id: string) => {
  const p = data.projects.find((x) => x.properties.id === id);
  if (!p) throw new Error(`no ${id}`);
  return p.properties;
};

describe('filters', () => {
  it('shows only what every group allows, and the hubs of what shows', () => {
    const v = applyFilters(
      data,
      { ...NO_FILTERS, status: ['operating'], kind: ['office-of-exchange'] },
      null,
    );
    expect([...v.projects].sort()).toEqual([
      'kashgar-office-of-exchange',
      'khorgos-international-mail-unit',
      'urumqi-office-of-exchange',
    ]);
    expect(v.hubs.has('urumqi')).toBe(true);
    // Routes have no kind, so a kind filter leaves no route.
    expect(v.routes.size).toBe(0);
  });

  it('filters routes by mode', () => {
    const v = applyFilters(data, { ...NO_FILTERS, mode: ['rail'] }, null);
    expect([...v.routes].every((id) => data.routes.find((r) => r.id === id)?.mode === 'rail')).toBe(true);
    expect(v.projects.size).toBe(0);
  });

  it('hides the stops that serve only hidden routes, and keeps the places no route stops at', () => {
    const v = applyFilters(data, { ...NO_FILTERS, mode: ['rail'] }, null);
    const stopsOf = (ids: Iterable<string>) =>
      new Set([...ids].flatMap((id) => data.routes.find((r) => r.id === id)?.stops ?? []));
    const shownStops = stopsOf(v.routes);
    const allStops = stopsOf(data.routes.map((r) => r.id));
    for (const { properties: p } of data.places) {
      const want = shownStops.has(p.id) || !allStops.has(p.id);
      expect(v.places.has(p.id), p.id).toBe(want);
    }
    // Astana is only an air-mail stop; Dostyk a rail crossing; Osh no route's stop.
    expect(v.places.has('astana')).toBe(false);
    expect(v.places.has('dostyk')).toBe(true);
    expect(v.places.has('osh')).toBe(true);
    // A kind filter leaves no route, so no stop.
    const kind = applyFilters(data, { ...NO_FILTERS, kind: ['dry-port'] }, null);
    expect([...kind.places].filter((id) => allStops.has(id))).toEqual([]);
  });

  it('counts each option as the list would show it with the other groups kept', () => {
    const filters = { ...NO_FILTERS, status: ['operating' as const] };
    const counts = facetCounts(data, filters, null);
    const visible = applyFilters(data, { ...filters, kind: ['office-of-exchange'] }, null);
    expect(counts.kind.find((c) => c.value === 'office-of-exchange')?.count).toBe(visible.projects.size);
    // The status group's own counts ignore the status filter.
    const all = facetCounts(data, NO_FILTERS, null);
    expect(counts.status).toEqual(all.status);
  });
});

describe('time', () => {
  it('compares partial dates at the precision asked', () => {
    expect(happenedBy('2025-06-17', '2025')).toBe(true);
    expect(happenedBy('2025-06-17', '2025-05')).toBe(false);
    expect(happenedBy('2023', '2024')).toBe(true);
  });

  it('gives a project its status as the timeline stood, and hides it before its first event', () => {
    const icic = project('icic-central-asia');
    expect(statusAt(icic, '2023')).toBeNull();
    expect(statusAt(icic, '2024')).toBe('planned');
    expect(statusAt(icic, '2025-12')).toBe('under-construction');
    expect(statusAt(icic, null)).toBe(icic.status);
  });

  it('hides at 2023 what the data dates later, and shows it by 2026', () => {
    const at2023 = applyFilters(data, NO_FILTERS, '2023');
    const at2026 = applyFilters(data, NO_FILTERS, '2026');
    expect(at2023.projects.has('kokshetau-agri-logistics-hub')).toBe(false);
    expect(at2023.projects.has('kashgar-office-of-exchange')).toBe(true);
    expect(at2026.projects.has('kokshetau-agri-logistics-hub')).toBe(true);
  });

  it('hides, at a date, the stops of routes not yet dated by then', () => {
    const at = applyFilters(data, NO_FILTERS, '2020');
    for (const r of data.routes) {
      if (at.routes.has(r.id)) continue;
      for (const stop of r.stops) {
        const servesShown = data.routes.some((x) => at.routes.has(x.id) && x.stops.includes(stop));
        if (!servesShown && data.places.some((p) => p.properties.id === stop))
          expect(at.places.has(stop), stop).toBe(false);
      }
    }
    expect(data.places.filter((p) => !at.places.has(p.properties.id)).length).toBeGreaterThan(0);
  });
});

describe('the time control’s years', () => {
  it('end at the present, not at the latest planned date', () => {
    // The data dates plans years ahead (2032 when this was written); on the day of this check it is 2026.
    const dated = [...data.projects.map((p) => p.properties), ...data.routes].flatMap((x) =>
      x.timeline.map((e) => Number(e.date.slice(0, 4))),
    );
    expect(Math.max(...dated)).toBeGreaterThan(2026);
    expect(yearRange(data, '2026-12-06')).toEqual([2016, 2026]);
    // By the reader's clock: never past this year.
    expect(yearRange(data)[1]).toBeLessThanOrEqual(Number(today().slice(0, 4)));
  });

  it('end at the last event that has happened, and not past the date the data was last checked', () => {
    // A year ago by the clock, the present was 2025.
    expect(yearRange(data, '2025-12-06')[1]).toBe(2025);
    // Read years after the data was last checked, an event dated after that check is still a plan.
    const checked = data.routes.map((r) => ({ ...r, lastVerified: '2026-06-01' }));
    const projects = data.projects.map((p) => ({
      ...p,
      properties: { ...p.properties, lastVerified: '2026-06-01' },
    }));
    expect(yearRange({ ...data, routes: checked, projects }, '2031-01-01')[1]).toBe(2026);
  });
});

describe('search', () => {
  const index = searchIndex(data);
  it.each([
    ['霍尔果斯', 'khorgos'],
    ['Хоргос', 'khorgos'],
    ['Қорғас', 'khorgos'],
    ['коргас', 'khorgos'],
    ['aktau', 'aktau'],
    ['Ақтау', 'aktau'],
  ])('finds %s', (query, id) => {
    expect(search(index, query).map((e) => e.selection.id)).toContain(id);
  });

  it('folds Kazakh letters to their Russian look-alikes', () => {
    expect(fold('Қорғас Өскемен Үржар')).toBe('коргас оскемен уржар');
  });

  it('finds nothing for nothing', () => {
    expect(search(index, '   ')).toEqual([]);
  });
});
