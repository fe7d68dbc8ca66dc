import type { ReactiveControllerHost } from 'lit';
import type { MapData } from '../data/types.ts';
import type { Intent } from './intents.ts';
import type { ViewState } from './view.ts';

/** The element that owns the view: controllers read it and send it intents. */
export interface ViewHost extends ReactiveControllerHost, HTMLElement {
  readonly view: ViewState;
  readonly data?: MapData;
  /** Applies an intent through `reduce`. */
  apply(intent: Intent): void;
}
