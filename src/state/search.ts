import type { Localized, MapData } from '../data/types.ts';
import type { Selection } from './view.ts';

/** Kazakh letters and their Russian look-alikes, so a reader typing either finds both. */
const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  й: 'и',
};

/** Folds a name for matching: lower case, no accents, Kazakh letters as Russian, no punctuation. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[әғқңөұүһіёй]/g, (c) => KAZAKH_TO_RUSSIAN[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One thing a reader can find by name. */
export interface SearchEntry {
  selection: Selection;
  name: Localized;
  /** Every name in every language, folded. */
  keys: string[];
}

/** Builds the search index: hubs, projects and routes, by every name they have. */
export function searchIndex(data: MapData): SearchEntry[] {
  const entry = (selection: Selection, name: Localized): SearchEntry => ({
    selection,
    name,
    keys: Object.values(name).map((n) => fold(n as string)),
  });
  return [
    ...data.hubs.map((h) => entry({ type: 'hub', id: h.properties.id }, h.properties.name)),
    ...data.projects.map((p) => entry({ type: 'project', id: p.properties.id }, p.properties.name)),
    ...data.routes.map((r) => entry({ type: 'route', id: r.id }, r.name)),
  ];
}

/** The entries matching a query (every word of it starts a word of a name, or occurs in a Chinese name). */
export function search(index: SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const matches = (key: string) =>
    words.every((w) => key.includes(w) && (/[\p{Script=Han}]/u.test(w) || ` ${key}`.includes(` ${w}`)));
  const rank = (e: SearchEntry) => (e.selection.type === 'hub' ? 0 : e.selection.type === 'project' ? 1 : 2);
  return index
    .filter((e) => e.keys.some(matches))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, limit);
}
