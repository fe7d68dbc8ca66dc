import type { Lang, SelectionType } from '../data/vocabularies.ts';
import { type Filters, NO_FILTERS } from './filters.ts';

/** What a reader can select: one hub, project or route. */
export interface Selection {
  type: SelectionType;
  id: string;
}

/**
 * How a selection was made: by pointing at the map (`pointer`: focus stays where the reader is looking), with a
 * key (`keyboard`), or by a link or button that names the feature (`link`: the list, search, a story, a hub in
 * the stand-in picture, an embedding page). Focus follows: to the panel's heading, except for a pointer.
 */
export type SelectionVia = 'pointer' | 'keyboard' | 'link';

/** The colour themes a reader or an embed can ask for. */
export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** A camera: centre [lng, lat] and zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/**
 * Everything about the view that lives in the URL, so any view can be linked, embedded and restored.
 * `null` means "not in the URL": the page's default (or the reader's preference) applies.
 */
export interface ViewState {
  selection: Selection | null;
  lang: Lang | null;
  theme: ThemeName | null;
  camera: Camera | null;
  /** The compact view for iframes. */
  embed: boolean;
  filters: Filters;
  /** The time control's date: a year (`2023`) or month (`2023-06`); `null` for now. */
  date: string | null;
  /** The guided story being read, and its step (0-based; 1-based in the URL). */
  story: { id: string; step: number } | null;
}

/** The view with nothing chosen. */
export const DEFAULT_VIEW: ViewState = {
  selection: null,
  lang: null,
  theme: null,
  camera: null,
  embed: false,
  filters: NO_FILTERS,
  date: null,
  story: null,
};
