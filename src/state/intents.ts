import type { Lang } from '../data/vocabularies.ts';
import type { FilterKey } from './filters.ts';
import type { Camera, Selection, SelectionVia, ThemeName, ViewState } from './view.ts';

/**
 * What a reader (or an embedding page) asks of the view. Elements send intents up; `reduce` alone turns
 * them into the next view, so every change of view is one pure, testable step.
 */
export type Intent =
  /** `via`: how the reader made it (see `SelectionVia`); none given, `link`. */
  | { type: 'select'; selection: Selection | null; via?: SelectionVia }
  /** Tick or untick one value of a filter; `key: null` clears every filter. */
  | { type: 'toggle-filter'; key: FilterKey | null; value?: string }
  | { type: 'date'; date: string | null }
  | { type: 'camera'; camera: Camera }
  | { type: 'language'; lang: Lang }
  | { type: 'theme'; theme: ThemeName }
  | { type: 'open-story'; id: string }
  /** Go to a step of the open story; `null` closes it. */
  | { type: 'story-step'; step: number | null }
  /** The address changed under the page (back and forward): the view it spells. */
  | { type: 'restore'; view: ViewState };

/** Whether an intent makes a new history entry (Back undoes it) or replaces the current one. */
export function pushesHistory(intent: Intent): boolean {
  return intent.type === 'select' || intent.type === 'open-story' || intent.type === 'story-step';
}
