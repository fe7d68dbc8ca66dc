import type { Story } from '../data/types.ts';
import { type FilterKey, type Filters, NO_FILTERS } from './filters.ts';
import type { Intent } from './intents.ts';
import type { Selection, ViewState } from './view.ts';

/** What `reduce` needs to know of the data: which selections exist, and the stories. */
export interface ViewIndex {
  known(selection: Selection): boolean;
  stories: readonly Story[];
}

/** The filters with one value ticked or unticked (kept sorted, as the URL writes them). */
function toggled(filters: Filters, key: FilterKey, value: string): Filters {
  const current = filters[key] as readonly string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
  return { ...filters, [key]: next };
}

/** The view a story step asks for: its selection, camera, date and filters (none given: the defaults). */
function atStep(view: ViewState, id: string, index: number, data: ViewIndex): ViewState {
  const story = data.stories.find((s) => s.id === id);
  const step = story?.steps[Math.min(Math.max(index, 0), story.steps.length - 1)];
  if (!story || !step) return { ...view, story: null };
  return {
    ...view,
    story: { id, step: story.steps.indexOf(step) },
    selection: step.select && data.known(step.select) ? step.select : null,
    camera: step.camera ?? null,
    date: step.date ?? null,
    filters: { ...NO_FILTERS, ...(step.filters as Partial<Filters>) },
  };
}

/** The next view: the one place the view changes. Pure: same view, intent and data give the same view. */
export function reduce(view: ViewState, intent: Intent, data: ViewIndex): ViewState {
  switch (intent.type) {
    case 'select':
      return intent.selection === null || data.known(intent.selection)
        ? { ...view, selection: intent.selection }
        : view;
    case 'toggle-filter':
      return {
        ...view,
        filters: intent.key === null ? NO_FILTERS : toggled(view.filters, intent.key, intent.value ?? ''),
      };
    case 'date':
      return { ...view, date: intent.date };
    case 'camera':
      return { ...view, camera: intent.camera };
    case 'language':
      return { ...view, lang: intent.lang };
    case 'theme':
      return { ...view, theme: intent.theme };
    case 'open-story':
      return atStep(view, intent.id, 0, data);
    case 'story-step':
      if (!view.story) return view;
      return intent.step === null ? { ...view, story: null } : atStep(view, view.story.id, intent.step, data);
    case 'restore': {
      const s = intent.view.story;
      return s ? atStep(intent.view, s.id, s.step, data) : intent.view;
    }
  }
}
