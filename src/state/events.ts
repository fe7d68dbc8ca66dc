import type { Lang } from '../data/vocabularies.ts';
import type { FilterKey } from './filters.ts';
import type { Camera, Selection, SelectionVia } from './view.ts';

/**
 * A reader selected something (or cleared the selection with `null`), on the map or in a list, and how
 * (`via`: pointing at the map, a key, a link or button that names it). Bubbles and is composed so the app
 * shell hears it from inside any element.
 */
export class SelectEvent extends Event {
  static readonly type = 'corridor-select';
  constructor(
    readonly selection: Selection | null,
    readonly via: SelectionVia = 'link',
  ) {
    super(SelectEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The reader moved the map; the app mirrors the camera in the URL. The map knows this very object when it
 * comes back down as the view's camera, and leaves the map where the reader put it.
 */
export class CameraChangeEvent extends Event {
  static readonly type = 'corridor-camera-change';
  constructor(readonly camera: Camera) {
    super(CameraChangeEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The reader ticked or unticked one filter value (in the filter panel), or cleared every filter (`key`
 * null: the filter panel, or the map's "nothing matches" notice). It carries the intent, not the filters
 * that follow: the state works those out.
 */
export class FilterToggleEvent extends Event {
  static readonly type = 'corridor-filter-toggle';
  constructor(
    readonly key: FilterKey | null,
    readonly value = '',
  ) {
    super(FilterToggleEvent.type, { bubbles: true, composed: true });
  }
}

/** The reader chose a date on the time control (`null`: as things stand now). */
export class DateChangeEvent extends Event {
  static readonly type = 'corridor-date-change';
  constructor(readonly date: string | null) {
    super(DateChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The map could not start (no WebGL2, or the GPU failed): the page falls back to its list. */
export class MapUnavailableEvent extends Event {
  static readonly type = 'corridor-map-unavailable';
  constructor(readonly reason: string) {
    super(MapUnavailableEvent.type, { bubbles: true, composed: true });
  }
}

/** The browser took the map's WebGL context away (`lost`), or gave it back (`restored`). */
export class MapInterruptedEvent extends Event {
  static readonly type = 'corridor-map-interrupted';
  constructor(readonly state: 'lost' | 'restored') {
    super(MapInterruptedEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The map began or stopped gathering each hub's projects into a count on its circle (below the zoom that
 * shows projects): the compact key explains the counts exactly while they are drawn.
 */
export class MapCountsEvent extends Event {
  static readonly type = 'corridor-map-counts';
  constructor(readonly counts: boolean) {
    super(MapCountsEvent.type, { bubbles: true, composed: true });
  }
}

/** The map finished drawing its first complete frame (MapLibre's first `idle`). */
export class MapReadyEvent extends Event {
  static readonly type = 'corridor-map-ready';
  constructor() {
    super(MapReadyEvent.type, { bubbles: true, composed: true });
  }
}

/** The reader asked to try loading a panel's details again, after they failed. */
export class DetailsRetryEvent extends Event {
  static readonly type = 'corridor-details-retry';
  constructor() {
    super(DetailsRetryEvent.type, { bubbles: true, composed: true });
  }
}

/** The reader moved to a step of the story (`null`: closed the story). */
export class StoryStepEvent extends Event {
  static readonly type = 'corridor-story-step';
  constructor(readonly step: number | null) {
    super(StoryStepEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [SelectEvent.type]: SelectEvent;
    [MapUnavailableEvent.type]: MapUnavailableEvent;
    [MapReadyEvent.type]: MapReadyEvent;
    [MapInterruptedEvent.type]: MapInterruptedEvent;
    [MapCountsEvent.type]: MapCountsEvent;
    [CameraChangeEvent.type]: CameraChangeEvent;
    [FilterToggleEvent.type]: FilterToggleEvent;
    [LanguageChangeEvent.type]: LanguageChangeEvent;
    [SaveImageEvent.type]: SaveImageEvent;
    [StoryOpenEvent.type]: StoryOpenEvent;
    [DateChangeEvent.type]: DateChangeEvent;
    [DetailsRetryEvent.type]: DetailsRetryEvent;
    [StoryStepEvent.type]: StoryStepEvent;
  }
}

/** The reader picked the page's language. */
export class LanguageChangeEvent extends Event {
  static readonly type = 'corridor-language-change';
  constructor(readonly lang: Lang) {
    super(LanguageChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The reader asked for a PNG of the view, at 1x or 2x. */
export class SaveImageEvent extends Event {
  static readonly type = 'corridor-save-image';
  constructor(readonly pixelRatio: 1 | 2) {
    super(SaveImageEvent.type, { bubbles: true, composed: true });
  }
}

/** The reader opened a guided story. */
export class StoryOpenEvent extends Event {
  static readonly type = 'corridor-story-open';
  constructor(readonly id: string) {
    super(StoryOpenEvent.type, { bubbles: true, composed: true });
  }
}
