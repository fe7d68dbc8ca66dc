import type { ReactiveControllerHost } from 'lit';
import type { DataIndex } from './data-index.ts';
import type { Intent } from './intents.ts';
import type { ViewState } from './view.ts';

/** The element that owns the view: controllers read it and send it intents. */
export interface ViewHost extends ReactiveControllerHost, HTMLElement {
  readonly view: ViewState;
  /** The data index, once the data has arrived. */
  readonly index?: DataIndex;
  /** Applies an intent through `reduce`. */
  apply(intent: Intent): void;
}
