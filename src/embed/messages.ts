import { LANGUAGES, type Lang } from '../data/types.ts';
import { SELECTION_TYPES, SLUG } from '../data/vocabularies.ts';
import type { Selection } from '../state/view.ts';

/** The prefix of every message of ours, so a host page can tell them from others. */
const MESSAGE_PREFIX = 'corridor-map:';

/**
 * The page's address when it loaded (the iframe's `src`). Medium's message carries it; the live address
 * would tell the parent page what the reader has since selected.
 */
const LOADED_FROM = typeof location === 'undefined' ? '' : location.href;

/** A command a parent page may send to an embedded map. */
type Command = { type: 'select'; selection: Selection | null } | { type: 'language'; lang: Lang };

/**
 * Reads a message from the parent page. Accepts only our own commands with well-formed values:
 * `{type: 'corridor-map:select', project|hub|route: id}` (or with none of them, to clear),
 * `{type: 'corridor-map:set-language', lang}`. Everything else is ignored (returns `null`); nothing in
 * a message is ever treated as markup or code.
 */
export function parseCommand(data: unknown): Command | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m.type === `${MESSAGE_PREFIX}select`) {
    const types = SELECTION_TYPES.filter((t) => m[t] !== undefined);
    if (types.length === 0) return { type: 'select', selection: null };
    const id = m[types[0]];
    if (types.length !== 1 || typeof id !== 'string' || id.length > 80 || !SLUG.test(id)) return null;
    return { type: 'select', selection: { type: types[0], id } };
  }
  if (m.type === `${MESSAGE_PREFIX}set-language`) {
    return (LANGUAGES as readonly unknown[]).includes(m.lang)
      ? { type: 'language', lang: m.lang as Lang }
      : null;
  }
  return null;
}

/**
 * The height messages a newsroom's page may be listening for, all at once: pym.js, Datawrapper, AMP,
 * Medium (embed.ly) and our own parent script's.
 */
export function heightMessages(id: string, height: number): unknown[] {
  const px = Math.ceil(height);
  return [
    `pymxPYMx${id}xPYMxheightxPYMx${px}`,
    { 'datawrapper-height': { [id]: px } },
    { sentinel: 'amp', type: 'embed-size', height: px },
    JSON.stringify({ src: LOADED_FROM, context: 'iframe.resize', height: px }),
    { type: `${MESSAGE_PREFIX}height`, id, height: px },
  ];
}
