// Synthetic Corridor Map data at any scale, for the benchmark: `generateData({ scale, seed })` returns the
// five authored files of geo/ (as text, keyed by file name) filled with made-up but valid hubs, projects,
// places, routes and sources over the corridor's region. Deterministic from the seed.
//
// Counts are the real data's times `scale`: 13 hubs, 20 projects, 25 places, 11 routes (at most 10,000)
// and 41 sources (at most 2,000). Features are about the size of real ones (a summary of ~300-500
// characters, a few figures, timeline events and partners), so bytes grow as real data would.
// Names use the Latin, Cyrillic and Chinese characters of the real names, so the fonts the build subsets
// stay the same set of files at every scale (real growth would add some Chinese characters).

import {
  COUNTRIES,
  PLACE_TYPES,
  PRECISIONS,
  PROJECT_KINDS,
  QUALIFIERS,
  ROUTE_MODES,
  STATUSES,
} from '../src/data/vocabularies.ts';
import { basemapBorders } from '../tools/borders.ts';
import { checkGeography } from '../tools/geography.ts';
import { CYRILLIC, HAN, LATIN, PUBLISHERS, WORDS } from './synthetic-words.js';

/** The region synthetic points fall in: lon 46..90, lat 37..55. */
export const SYNTHETIC_REGION = { west: 46, south: 37, east: 90, north: 55 };

/** The real data's counts, which `scale` multiplies. */
export const BASE_COUNTS = { hubs: 13, projects: 20, places: 25, routes: 11, sources: 41 };

/** Caps that keep the largest scale buildable. */
export const CAPS = { routes: 10_000, sources: 2_000 };

/**
 * How many of each feature `generateData` makes at a scale.
 * @param {number} scale
 * @returns {{ hubs: number, projects: number, places: number, routes: number, sources: number }}
 */
export function countsFor(scale) {
  const n = (/** @type {number} */ base) => Math.max(1, Math.round(base * scale));
  return {
    hubs: n(BASE_COUNTS.hubs),
    projects: n(BASE_COUNTS.projects),
    places: n(BASE_COUNTS.places),
    routes: Math.min(n(BASE_COUNTS.routes), CAPS.routes),
    sources: Math.min(n(BASE_COUNTS.sources), CAPS.sources),
  };
}

/**
 * mulberry32: a tiny seeded PRNG, uniform in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A vocabulary with some values repeated, in its own order, so `pick` favours them.
 * @template {string} T
 * @param {readonly T[]} vocabulary
 * @param {Partial<Record<T, number>>} weights how many times a value appears (1 when not given)
 * @returns {T[]}
 */
function weighted(vocabulary, weights) {
  return vocabulary.flatMap((v) => Array(weights[v] ?? 1).fill(v));
}

const SOURCE_LANGUAGES = ['en', 'en', 'en', 'ru', 'zh', 'kk'];
const HUB_COUNTRIES = ['KZ', 'KZ', 'KZ', 'CN', 'CN', 'UZ', 'KG'];
const PARTNER_COUNTRIES = COUNTRIES;
const PRECISION_PICKS = weighted(PRECISIONS, { city: 3 });
const KINDS = PROJECT_KINDS;
const STATUS_PICKS = weighted(STATUSES, { operating: 2 });
const PLACE_TYPE_PICKS = weighted(PLACE_TYPES, { city: 2, station: 3 });
const MODES = weighted(ROUTE_MODES, { rail: 2, 'mail-air': 2 });
const ROLES = ['operator', 'investor', 'builder', 'co-developer', 'government'];
const FIGURE_KINDS = [
  { measure: 'area', unit: 'ha', max: 500 },
  { measure: 'throughput', unit: 't/yr', max: 5_000_000 },
  { measure: 'capacity', unit: 'TEU/yr', max: 1_000_000 },
  { measure: 'jobs-construction', unit: 'jobs', max: 3_000 },
  { measure: 'investment', unit: 'USD', max: 500_000_000 },
  { measure: 'length', unit: 'km', max: 2_000 },
];

/**
 * @typedef {{ en: string, ru?: string, kk?: string, zh?: string }} Localized
 * @typedef {{ type: 'Feature', id: string, geometry: { type: 'Point', coordinates: [number, number] }, properties: Record<string, unknown> }} Point
 */

/**
 * Makes the five authored files at a scale. Every id is unique across files, every cited source exists
 * and is listed, every route stop is a hub or place, every point lies in its country and every line on its
 * ground; the result passes `validate` (src/data/validate.ts) and the build's `checkGeography`.
 * @param {{ scale?: number, seed?: number }} [options]
 * @returns {Record<'sources.json' | 'hubs.geojson' | 'projects.geojson' | 'places.geojson' | 'routes.json', string>}
 */
export function generateData({ scale = 1, seed = 1 } = {}) {
  const rand = mulberry32(seed);
  const counts = countsFor(scale);
  const int = (/** @type {number} */ n) => Math.floor(rand() * n);
  /** @template T @param {readonly T[]} xs @returns {T} */
  const pick = (xs) => xs[int(xs.length)];
  const round4 = (/** @type {number} */ x) => Math.round(x * 1e4) / 1e4;
  const R = SYNTHETIC_REGION;
  /** @returns {[number, number]} */
  const lonLat = () => [
    round4(R.west + rand() * (R.east - R.west)),
    round4(R.south + rand() * (R.north - R.south)),
  ];
  const capital = (/** @type {string} */ s) => s.charAt(0).toUpperCase() + s.slice(1);
  const word = (/** @type {string[]} */ syllables, /** @type {number} */ n) =>
    Array.from({ length: n }, () => pick(syllables)).join('');
  /** A place name in up to four languages; `full` gives all four, as most capitals and hubs have. */
  const placeName = (/** @type {boolean} */ full) => {
    const syllables = 2 + int(2);
    /** @type {Localized} */
    const name = { en: capital(word(LATIN, syllables)) };
    if (full || rand() < 0.6) name.ru = word(CYRILLIC, syllables);
    if (full || rand() < 0.4) name.kk = word(CYRILLIC, syllables);
    if (full || rand() < 0.5) name.zh = word(HAN, syllables + 1);
    return name;
  };
  const sentence = (/** @type {number} */ n) => {
    let s = capital(pick(WORDS));
    for (let i = 1; i < n; i++) s += ` ${pick(WORDS)}`;
    return `${s}.`;
  };
  /** Plain text of about `chars` characters, in sentences. */
  const text = (/** @type {number} */ chars) => {
    const parts = [];
    let length = 0;
    while (length < chars) {
      const s = sentence(8 + int(10));
      parts.push(s);
      length += s.length + 1;
    }
    return parts.join(' ');
  };
  const date = () => {
    const y = 2015 + int(12);
    const r = rand();
    if (r < 0.2) return String(y);
    const m = String(1 + int(12)).padStart(2, '0');
    if (r < 0.5) return `${y}-${m}`;
    return `${y}-${m}-${String(1 + int(28)).padStart(2, '0')}`;
  };

  // Sources.
  const sources = Array.from({ length: counts.sources }, (_, i) => {
    const publisher = pick(PUBLISHERS);
    /** @type {Record<string, string>} */
    const s = { id: `source-${i + 1}`, publisher };
    if (rand() < 0.5) s.title = capital(sentence(6 + int(6)).slice(0, -1));
    if (rand() < 0.9) s.date = date();
    s.url = `https://example.org/${publisher.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${i + 1}`;
    s.language = pick(SOURCE_LANGUAGES);
    if (rand() < 0.6) s.note = text(80 + int(160));
    return s;
  });
  const sourceId = () => sources[int(sources.length)].id;
  const sourceIds = (/** @type {number} */ n) => [...new Set(Array.from({ length: n }, sourceId))];

  /** @param {string} id @param {[number, number]} coordinates @param {Record<string, unknown>} properties @returns {Point} */
  const point = (id, coordinates, properties) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { id, ...properties },
  });

  // Hubs and places: the points routes run through, each in the country it lies in on the map's borders
  // (the build refuses a point outside its country), drawn again until it falls in one of HUB_COUNTRIES.
  const borders = basemapBorders();
  const codeAt = (/** @type {[number, number]} */ p) =>
    borders.countriesAt(p).map((c) => borders.countries[c].code)[0] ?? null;
  /** @returns {{ at: [number, number], country: string }} */
  const located = () => {
    for (;;) {
      const at = lonLat();
      const country = codeAt(at);
      if (country && HUB_COUNTRIES.includes(country)) return { at, country };
    }
  };
  const hubs = Array.from({ length: counts.hubs }, (_, i) => {
    const { at, country } = located();
    return point(`hub-${i + 1}`, at, {
      name: placeName(rand() < 0.7),
      country,
      precision: pick(PRECISION_PICKS),
      locationNote: text(60 + int(100)),
      sources: sourceIds(1 + int(3)),
    });
  });
  const places = Array.from({ length: counts.places }, (_, i) => {
    const { at, country } = located();
    return point(`place-${i + 1}`, at, {
      name: placeName(rand() < 0.3),
      country,
      type: pick(PLACE_TYPE_PICKS),
      precision: pick(PRECISION_PICKS),
      locationNote: text(50 + int(80)),
      label: rand() < 0.75,
    });
  });

  /** Figures, timeline and partners citing sources; returns them with the list of ids cited. */
  const claims = (/** @type {boolean} */ withPartners) => {
    /** @type {string[]} */
    const cited = [];
    const cite = () => {
      const s = sourceId();
      cited.push(s);
      return s;
    };
    const figures = Array.from({ length: int(4) }, () => {
      const k = pick(FIGURE_KINDS);
      /** @type {Record<string, unknown>} */
      const f = { measure: k.measure, value: 1 + int(k.max), unit: k.unit };
      if (rand() < 0.3) f.qualifier = pick(QUALIFIERS);
      if (rand() < 0.5) f.date = date();
      f.label = { en: capital(sentence(3 + int(4)).slice(0, -1)) };
      f.source = cite();
      return f;
    });
    const timeline = Array.from({ length: 1 + int(4) }, () => {
      /** @type {Record<string, unknown>} */
      const e = { date: date(), text: { en: sentence(10 + int(14)) } };
      if (rand() < 0.5) e.status = pick(STATUS_PICKS);
      e.source = cite();
      return e;
    });
    const partners = withPartners
      ? Array.from({ length: int(3) }, () => ({
          name: {
            en: `${capital(word(LATIN, 2))} ${pick(['Logistics', 'Holding', 'Group', 'Rail', 'Port'])}`,
          },
          country: pick(PARTNER_COUNTRIES),
          role: pick(ROLES),
          source: cite(),
        }))
      : [];
    const sourcesListed = [...new Set([...cited, ...sourceIds(1)])];
    return { figures, timeline, partners, sources: sourcesListed };
  };

  // Projects, each at a hub (on its point where only the town is known, near it otherwise).
  const projects = Array.from({ length: counts.projects }, (_, i) => {
    const hub = i < hubs.length ? hubs[i] : hubs[int(hubs.length)];
    const precision = pick(PRECISION_PICKS);
    const [x, y] = hub.geometry.coordinates;
    /** @type {[number, number]} */
    const near = [round4(x + (rand() - 0.5) * 0.1), round4(y + (rand() - 0.5) * 0.1)];
    // Near the hub, in its country; on the hub's own point where only the town is known or near a border.
    const at = precision !== 'city' && codeAt(near) === hub.properties.country ? near : [x, y];
    /** @type {Localized} */
    const name = {
      en: `${capital(word(LATIN, 2))} ${pick(['logistics centre', 'container terminal', 'dry port', 'sorting hub', 'free zone', 'cargo terminal'])}`,
    };
    if (rand() < 0.15) name.zh = word(HAN, 4);
    const { figures, timeline, partners, sources: cited } = claims(true);
    return point(`project-${i + 1}`, at, {
      hub: hub.properties.id,
      name,
      kind: pick(KINDS),
      status: pick(STATUS_PICKS),
      precision,
      locationNote: text(60 + int(120)),
      summary: { en: text(250 + int(270)) },
      partners,
      figures,
      timeline,
      sources: cited,
      lastVerified: date(),
    });
  });

  // Routes through nearby stops: a grid of 2-degree cells finds the next stop close to the last.
  const stops = [...hubs, ...places];
  const CELL = 2;
  /** @type {Map<string, Point[]>} */
  const grid = new Map();
  const cellOf = (/** @type {[number, number]} */ [x, y]) => [Math.floor(x / CELL), Math.floor(y / CELL)];
  for (const s of stops) {
    const [cx, cy] = cellOf(s.geometry.coordinates);
    const key = `${cx},${cy}`;
    const cell = grid.get(key);
    if (cell) cell.push(s);
    else grid.set(key, [s]);
  }
  const near = (/** @type {Point} */ from, /** @type {Set<string>} */ used) => {
    const [cx, cy] = cellOf(from.geometry.coordinates);
    for (let r = 1; r <= 30; r++) {
      // The cells within r of the last stop (arrays, not copies); a few random tries find an unused stop.
      /** @type {Point[][]} */
      const cells = [];
      let total = 0;
      for (let dx = -r; dx <= r; dx++)
        for (let dy = -r; dy <= r; dy++) {
          const cell = grid.get(`${cx + dx},${cy + dy}`);
          if (cell) {
            cells.push(cell);
            total += cell.length;
          }
        }
      for (let attempt = 0; attempt < 8 && total > 0; attempt++) {
        let k = int(total);
        const cell = cells.find((c) => {
          if (k < c.length) return true;
          k -= c.length;
          return false;
        });
        const s = cell?.[k];
        if (s && !used.has(s.properties.id)) return s;
      }
      const free = cells.flat().filter((s) => !used.has(s.properties.id));
      if (free.length) return pick(free);
    }
    return stops.find((s) => !used.has(s.properties.id));
  };
  const routes = Array.from({ length: counts.routes }, (_, i) => {
    const mode = pick(MODES);
    const first = i < hubs.length ? hubs[i] : pick(stops);
    const n = rand() < 0.7 ? 2 : 3 + int(6);
    const used = new Set([first.properties.id]);
    let last = first;
    for (let j = 1; j < n; j++) {
      const next = near(last, used);
      if (!next) break;
      used.add(next.properties.id);
      last = next;
    }
    /** @type {Localized} */
    const name = {
      en: `${capital(word(LATIN, 2))}-${capital(word(LATIN, 2))} ${mode.replace('mail-', 'mail ')} route`,
    };
    if (rand() < 0.1) Object.assign(name, { ru: word(CYRILLIC, 4), kk: word(CYRILLIC, 4), zh: word(HAN, 5) });
    const { figures, timeline, sources: cited } = claims(false);
    return {
      id: `route-${i + 1}`,
      name,
      mode,
      status: pick(STATUS_PICKS),
      stops: [...used],
      line: rand() < 0.5 ? 'traced' : 'schematic',
      lineNote: text(80 + int(120)),
      summary: { en: text(200 + int(300)) },
      figures,
      timeline,
      sources: cited,
      lastVerified: date(),
    };
  });

  // Lines on their ground, as the build requires (tools/geography.ts): a traced route that leaves the
  // countries of its stops is drawn schematic; one that still leaves them (all its stops in one country),
  // or a sea route over land, is flown instead (air routes are not held to the ground).
  const refused = () =>
    new Set(
      checkGeography(/** @type {never} */ ({ hubs, places, projects: [], routes }), borders).map((e) => e.id),
    );
  const leaving = refused();
  for (const r of routes) if (leaving.has(r.id) && r.line === 'traced') r.line = 'schematic';
  const grounded = refused();
  for (const r of routes) if (grounded.has(r.id)) r.mode = 'air';

  const collection = (/** @type {Point[]} */ features) => ({ type: 'FeatureCollection', features });
  const json = (/** @type {unknown} */ v) => `${JSON.stringify(v, null, 2)}\n`;
  return {
    'sources.json': json(sources),
    'hubs.geojson': json(collection(hubs)),
    'projects.geojson': json(collection(projects)),
    'places.geojson': json(collection(places)),
    'routes.json': json(routes),
  };
}
