import {
  CameraChangeEvent,
  DateChangeEvent,
  FilterToggleEvent,
  LanguageChangeEvent,
  SelectEvent,
  StoryOpenEvent,
  StoryStepEvent,
} from './events.ts';
import type { Intent } from './intents.ts';

/** The events elements send up, each read as the reader's intent. */
export const INTENT_EVENTS: Record<string, (e: Event) => Intent> = {
  [SelectEvent.type]: (e) => {
    const { selection, via } = e as SelectEvent;
    return { type: 'select', selection, via };
  },
  [FilterToggleEvent.type]: (e) => {
    const { key, value } = e as FilterToggleEvent;
    return { type: 'toggle-filter', key, value };
  },
  [DateChangeEvent.type]: (e) => ({ type: 'date', date: (e as DateChangeEvent).date }),
  [CameraChangeEvent.type]: (e) => ({ type: 'camera', camera: (e as CameraChangeEvent).camera }),
  [LanguageChangeEvent.type]: (e) => ({ type: 'language', lang: (e as LanguageChangeEvent).lang }),
  [StoryOpenEvent.type]: (e) => ({ type: 'open-story', id: (e as StoryOpenEvent).id }),
  [StoryStepEvent.type]: (e) => ({ type: 'story-step', step: (e as StoryStepEvent).step }),
};
