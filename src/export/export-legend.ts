import type { Lang, ProjectKind, RouteMode } from '../data/types.ts';
import { kindName, modeName, statusName, t } from '../i18n/strings.ts';
import { legendModel } from '../symbols/legend.ts';
import { isSolid, KIND_SHAPE } from '../symbols/markers.ts';
import type { Theme } from '../symbols/palette.ts';
import type { LegendItem } from './export-png.ts';

/**
 * The picture's legend, from the page legend's model (src/symbols/legend.ts): kinds (shapes), statuses (colour,
 * solid or open), route modes (colour), traced and schematic lines (solid, dashed). Pass the kinds and
 * modes present.
 */
export function legendItems(
  theme: Theme,
  lang: Lang,
  kinds?: readonly ProjectKind[],
  modes?: readonly RouteMode[],
): LegendItem[] {
  const model = legendModel(kinds, modes);
  return [
    ...model.kinds.map(({ kind, status }) => ({
      label: kindName(lang, kind),
      draw: 'marker' as const,
      shape: KIND_SHAPE[kind],
      colour: theme.status[status],
      solid: isSolid(status),
    })),
    ...model.statuses.map(({ status, kind, solid }) => ({
      label: statusName(lang, status),
      draw: 'marker' as const,
      shape: KIND_SHAPE[kind],
      colour: theme.status[status],
      solid,
    })),
    ...model.modes.map((m) => ({ label: modeName(lang, m), draw: 'line' as const, colour: theme.mode[m] })),
    ...model.lines.map(({ key, dashed }) => ({
      label: t(lang, key),
      draw: 'line' as const,
      colour: theme.placeLabel,
      dashed,
    })),
  ];
}
