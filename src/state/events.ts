import type { Filters } from './filters.ts';
import type { Selection } from './view.ts';

/**
 * A reader selected something (or cleared the selection with `null`), on the map or in a list.
 * Bubbles and is composed so the app shell hears it from inside any element.
 */
export class SelectEvent extends Event {
  static readonly type = 'corridor-select';
  constructor(readonly selection: Selection | null) {
    super(SelectEvent.type, { bubbles: true, composed: true });
  }
}

/** The reader moved the map; the app mirrors the camera in the URL. */
export class CameraChangeEvent extends Event {
  static readonly type = 'corridor-camera-change';
  constructor(
    readonly center: [number, number],
    readonly zoom: number,
  ) {
    super(CameraChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The reader changed the filters (from the filter panel or the legend). */
export class FilterChangeEvent extends Event {
  static readonly type = 'corridor-filter-change';
  constructor(readonly filters: Filters) {
    super(FilterChangeEvent.type, { bubbles: true, composed: true });
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
    [CameraChangeEvent.type]: CameraChangeEvent;
    [FilterChangeEvent.type]: FilterChangeEvent;
    [DateChangeEvent.type]: DateChangeEvent;
    [DetailsRetryEvent.type]: DetailsRetryEvent;
    [StoryStepEvent.type]: StoryStepEvent;
  }
}
