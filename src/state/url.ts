import { MAX_BOUNDS, ZOOM_LIMITS } from '../data/extent.ts';
import { FILTER_VOCABULARIES, LANGUAGES, type Lang, SELECTION_TYPES, SLUG } from '../data/vocabularies.ts';
import { isEmbedded } from './embed-flag.ts';
import { FILTER_KEYS, type FilterKey, type Filters, NO_FILTERS } from './filters.ts';
import { type Camera, type Selection, THEME_NAMES, type ThemeName, type ViewState } from './view.ts';

const VOCABULARIES: Record<FilterKey, readonly string[] | null> = FILTER_VOCABULARIES;

function parseFilters(params: URLSearchParams): Filters {
  const out = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) {
    const values = (get(params, key) ?? '').split(',').filter(Boolean);
    const allowed = VOCABULARIES[key];
    const ok = values.filter((v) => (allowed ? allowed.includes(v) : SLUG.test(v)));
    (out as Record<FilterKey, string[]>)[key] = [...new Set(ok)].sort();
  }
  return out;
}

function parseStory(params: URLSearchParams): { id: string; step: number } | null {
  const id = get(params, 'story');
  const step = Number(get(params, 'step') ?? '1');
  if (!id || !SLUG.test(id) || !Number.isInteger(step) || step < 1 || step > 100) return null;
  return { id, step: step - 1 };
}

function parseDate(params: URLSearchParams): string | null {
  const d = get(params, 'date');
  if (!d || !/^\d{4}(-\d{2})?$/.test(d)) return null;
  const [y, m] = d.split('-').map(Number);
  return y >= 1990 && y <= 2100 && (m === undefined || (m >= 1 && m <= 12)) ? d : null;
}

/** Longer values are junk, not ids or numbers: ignored before any parsing. */
const MAX_VALUE = 400;
/** Parameters this codec owns; others (e.g. pym's `childId`) are kept as they are. */
const OWN_KEYS = [
  ...SELECTION_TYPES,
  'lang',
  'theme',
  'center',
  'zoom',
  'embed',
  ...FILTER_KEYS,
  'date',
  'story',
  'step',
];

function get(params: URLSearchParams, key: string): string | null {
  const v = params.get(key);
  return v !== null && v.length <= MAX_VALUE ? v : null;
}

function parseLanguage(params: URLSearchParams): Lang | null {
  const lang = get(params, 'lang');
  return (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Lang) : null;
}

/** The language a query string asks for (`?lang=`), if it names one of ours: what the view's `lang` will be. */
export function languageAsked(search: string): Lang | null {
  return parseLanguage(new URLSearchParams(search));
}

function parseCamera(params: URLSearchParams): Camera | null {
  const center = get(params, 'center')?.split(',').map(Number);
  const zoom = Number(get(params, 'zoom') ?? Number.NaN);
  if (center?.length !== 2 || !center.every(Number.isFinite) || !Number.isFinite(zoom)) return null;
  const [lng, lat] = center;
  const [[w, s], [e, n]] = MAX_BOUNDS;
  if (lng < w || lng > e || lat < s || lat > n || zoom < ZOOM_LIMITS.min || zoom > ZOOM_LIMITS.max)
    return null;
  return { center: [lng, lat], zoom };
}

/**
 * Reads the view from a query string. Never throws: a value that makes no sense (an unknown id, a zoom of
 * `NaN`, a latitude of 400, a 10 kB parameter) is ignored and the default kept. `known` says whether a
 * selected id exists in the data.
 */
export function parseViewState(search: string, known: (s: Selection) => boolean): ViewState {
  const params = new URLSearchParams(search);
  let selection: Selection | null = null;
  // A link that names more than one (not one of ours) selects the first of SELECTION_TYPES it names.
  for (const type of SELECTION_TYPES) {
    const id = get(params, type);
    if (id && SLUG.test(id) && known({ type, id })) {
      selection = { type, id };
      break;
    }
  }
  const theme = get(params, 'theme');
  return {
    selection,
    lang: parseLanguage(params),
    theme: (THEME_NAMES as readonly string[]).includes(theme ?? '') ? (theme as ThemeName) : null,
    camera: parseCamera(params),
    embed: isEmbedded(params),
    filters: parseFilters(params),
    date: parseDate(params),
    story: parseStory(params),
  };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Writes the view into a query string, keeping parameters this codec does not own. */
export function serializeViewState(state: ViewState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of OWN_KEYS) params.delete(key);
  if (state.embed) params.set('embed', '');
  if (state.selection) params.set(state.selection.type, state.selection.id);
  if (state.lang) params.set('lang', state.lang);
  if (state.theme) params.set('theme', state.theme);
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length) params.set(key, [...state.filters[key]].sort().join(','));
  }
  if (state.date) params.set('date', state.date);
  if (state.story) {
    params.set('story', state.story.id);
    params.set('step', String(state.story.step + 1));
  }
  if (state.camera) {
    params.set('center', `${round(state.camera.center[0], 4)},${round(state.camera.center[1], 4)}`);
    params.set('zoom', String(round(state.camera.zoom, 2)));
  }
  // Readable links: `embed` with no `=`, and commas unescaped in `center`.
  const s = params
    .toString()
    .replace(/(^|&)embed=(?=&|$)/, '$1embed')
    .replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
