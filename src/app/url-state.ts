import { LANGUAGES, type Lang } from '../data/types.ts';
import type { Selection } from './events.ts';

/** The part of the view that lives in the URL, so any view can be linked and restored. */
export interface ViewState {
  selection: Selection | null;
  lang: Lang | null;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SELECTION_KEYS = ['project', 'hub', 'route'] as const;

/**
 * Reads the view from a query string. Unknown or malformed values are ignored (the default is kept):
 * an id is accepted only if `known` says it exists.
 */
export function parseViewState(search: string, known: (s: Selection) => boolean): ViewState {
  const params = new URLSearchParams(search);
  let selection: Selection | null = null;
  for (const type of SELECTION_KEYS) {
    const id = params.get(type);
    if (id && id.length <= 80 && ID.test(id) && known({ type, id })) {
      selection = { type, id };
      break;
    }
  }
  const lang = params.get('lang');
  return { selection, lang: (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Lang) : null };
}

/** Writes the view into a query string, keeping parameters this codec does not own (e.g. `embed`). */
export function serializeViewState(state: ViewState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of [...SELECTION_KEYS, 'lang']) params.delete(key);
  if (state.selection) params.set(state.selection.type, state.selection.id);
  if (state.lang) params.set('lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}
