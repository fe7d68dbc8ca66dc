import type { RouteMode, Status } from '../data/types.ts';

/** The colours of one theme: basemap, data and text. */
export interface Theme {
  name: 'light' | 'dark';
  water: string;
  land: string;
  landAlt: string;
  border: string;
  lake: string;
  river: string;
  countryLabel: string;
  placeLabel: string;
  hubLabel: string;
  labelHalo: string;
  hubFill: string;
  hubStroke: string;
  /** Halo of a hovered or selected marker. */
  highlight: string;
  status: Record<Status, string>;
  mode: Record<RouteMode, string>;
}

/**
 * Status colours from the Okabe-Ito palette, which readers with the common colour-vision deficiencies can
 * tell apart; status is also carried by the marker's fill (solid or open), never by colour alone.
 */
const STATUS_LIGHT: Record<Status, string> = {
  operating: '#007a5a',
  'under-construction': '#b86e00',
  planned: '#0066a8',
  proposed: '#a64d89',
  suspended: '#6b6b6b',
  cancelled: '#3d3d3d',
};

const MODE_LIGHT: Record<RouteMode, string> = {
  rail: '#7a2f14',
  road: '#8a6d00',
  sea: '#006d9c',
  air: '#5b3f9e',
  'mail-surface': '#b03030',
  // Its own colour: sharing surface mail's red drew the Urumqi air-mail lines as surface mail.
  'mail-air': '#b8307f',
};

/** The default theme: a calm, pale basemap so the data stands out. */
export const LIGHT: Theme = {
  name: 'light',
  water: '#cfe0ea',
  land: '#f4f1ea',
  landAlt: '#ebe7dd',
  border: '#a39d90',
  lake: '#cfe0ea',
  river: '#a9c6d6',
  countryLabel: '#6e6a62',
  placeLabel: '#3c3a36',
  hubLabel: '#1b1a18',
  labelHalo: '#f4f1ea',
  hubFill: '#ffffff',
  hubStroke: '#3c3a36',
  highlight: '#111111',
  status: STATUS_LIGHT,
  mode: MODE_LIGHT,
};

/** The dark theme, with lighter data colours so they keep their contrast. */
export const DARK: Theme = {
  name: 'dark',
  water: '#16222b',
  land: '#25272a',
  landAlt: '#2b2d31',
  border: '#6c6f75',
  lake: '#16222b',
  river: '#2b4656',
  countryLabel: '#a7a9ad',
  placeLabel: '#d7d8da',
  hubLabel: '#f2f2f2',
  labelHalo: '#25272a',
  hubFill: '#3a3d42',
  hubStroke: '#e6e6e6',
  highlight: '#ffffff',
  status: {
    operating: '#3fc9a0',
    'under-construction': '#f0b44c',
    planned: '#62b3ec',
    proposed: '#e08cc6',
    suspended: '#b5b5b5',
    cancelled: '#8d8d8d',
  },
  mode: {
    rail: '#e07a52',
    road: '#d9bf4a',
    sea: '#4fb6e3',
    air: '#a98ee8',
    'mail-surface': '#ef6f6f',
    'mail-air': '#f08ac4',
  },
};

/** The themes by name. */
export const THEMES = { light: LIGHT, dark: DARK } as const;

/**
 * The theme's data colours as the page's CSS custom properties (`--status-<status>`, `--mode-<mode>`), so
 * the panels, the legend and the inline icons use the very colours the map draws with.
 */
export function themeProperties(theme: Theme): Record<string, string> {
  return Object.fromEntries([
    ...Object.entries(theme.status).map(([k, v]) => [`--status-${k}`, v]),
    ...Object.entries(theme.mode).map(([k, v]) => [`--mode-${k}`, v]),
  ]);
}
