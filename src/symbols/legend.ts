import {
  type LineKind,
  PROJECT_KINDS,
  type ProjectKind,
  ROUTE_MODES,
  type RouteMode,
  STATUSES,
  type Status,
} from '../data/types.ts';
import type { StringKey } from '../i18n/strings.ts';
import { isSolid } from './markers.ts';

/**
 * The legend model: what the legend lists, in order, and the words for each (the i18n keys, or the kind,
 * status and mode names). The page's `<map-legend>` and the PNG export's legend both draw it.
 */
interface LegendModel {
  /** The project kinds, each drawn as its marker in `kindStatus`'s look. */
  kinds: { kind: ProjectKind; status: Status }[];
  /** The statuses, each drawn as the marker of `kind` (a circle) in the status's look. */
  statuses: { status: Status; kind: ProjectKind; solid: boolean }[];
  /** The route modes, each drawn as a line sample in its colour (the theme's, which the map draws with). */
  modes: RouteMode[];
  /** How a line was drawn: traced (solid sample) or schematic (dashed sample). */
  lines: { line: LineKind; key: StringKey; dashed: boolean }[];
  /** The notes on hubs: the circle's size, the ring of a site not located, the count of a gathered hub. */
  hubs: { symbol: 'hub' | 'area' | 'count'; key: StringKey }[];
  /** The headings of the kinds, statuses and routes. */
  headings: { kinds: StringKey; statuses: StringKey; routes: StringKey };
}

/** The look the legend shows the kinds in (solid), and the kind whose shape (a circle) shows the statuses. */
const KIND_STATUS: Status = 'operating';
const STATUS_KIND: ProjectKind = 'logistics-hub';

/** A line sample of the legend: its width and, for a schematic line, its dash pattern (CSS pixels). */
export const LEGEND_LINE = { width: 3, dash: [6, 4] } as const;

/**
 * The legend of a map showing `kinds`, route `modes` and `statuses` (all by default; pass those present in the data, so
 * every entry names something drawn: a mode no route has would be a key to nothing). Every mode has its own
 * colour in the theme, so each line colour on the map has exactly one entry.
 */
export function legendModel(
  kinds: readonly ProjectKind[] = PROJECT_KINDS,
  modes: readonly RouteMode[] = ROUTE_MODES,
  statuses: readonly Status[] = STATUSES,
): LegendModel {
  return {
    kinds: kinds.map((kind) => ({ kind, status: KIND_STATUS })),
    statuses: STATUSES.filter((s) => statuses.includes(s)).map((status) => ({
      status,
      kind: STATUS_KIND,
      solid: isSolid(status),
    })),
    // In the theme's order, whatever order the data names them in.
    modes: ROUTE_MODES.filter((m) => modes.includes(m)),
    lines: [
      { line: 'traced', key: 'traced', dashed: false },
      { line: 'schematic', key: 'schematic', dashed: true },
    ],
    hubs: [
      { symbol: 'hub', key: 'hubSize' },
      { symbol: 'area', key: 'notLocated' },
      { symbol: 'count', key: 'hubCount' },
    ],
    headings: { kinds: 'kindsHeading', statuses: 'statusHeading', routes: 'routesHeading' },
  };
}
