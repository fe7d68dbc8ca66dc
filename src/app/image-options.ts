import { dataAsOf } from '../data/as-of.ts';
import type { MapData } from '../data/types.ts';
import type { Lang } from '../data/vocabularies.ts';
import { legendItems } from '../export/export-legend.ts';
import { downloadBlob, type ExportOptions } from '../export/export-png.ts';
import { formatDate, t } from '../i18n/strings.ts';
import type { CorridorMap } from '../map/corridor-map.ts';
import type { ThemeName, ViewState } from '../state/view.ts';
import { THEMES } from '../symbols/palette.ts';

/** What a saved image says around the map: title, date line, legend, attribution and source line. */
export function imageOptions(
  data: MapData,
  view: ViewState,
  lang: Lang,
  theme: ThemeName,
  attribution: string,
  pixelRatio: 1 | 2,
): ExportOptions {
  const asOf = dataAsOf(data);
  const kinds = [...new Set(data.projects.map((p) => p.properties.kind))];
  const modes = [...new Set(data.routes.map((r) => r.mode))];
  return {
    pixelRatio,
    title: t(lang, 'title'),
    subtitle: t(lang, 'mapLabel'),
    date: `${view.date ? `${t(lang, 'timeLabel')} ${view.date}. ` : ''}${formatDate(lang, asOf)}`,
    dateLabel: t(lang, 'asOf'),
    attribution,
    sourceLine: t(lang, 'sourceLine'),
    legend: legendItems(THEMES[theme], lang, kinds, modes),
    theme: THEMES[theme],
  };
}

/** Saves a PNG of the map's view, with what `options` says around it, named by the data's date. */
export async function saveImage(map: CorridorMap, data: MapData, options: ExportOptions): Promise<void> {
  const blob = await map.toPng(options);
  const suffix = options.pixelRatio === 2 ? '@2x' : '';
  if (blob) downloadBlob(blob, `corridor-map-${dataAsOf(data)}${suffix}.png`);
}
