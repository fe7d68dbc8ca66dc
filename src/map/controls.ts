import {
  AttributionControl,
  type IControl,
  type Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
} from 'maplibre-gl';
import type { Lang } from '../data/vocabularies.ts';
import { t } from '../i18n/strings.ts';
import { ResetControl } from './reset-control.ts';

const uiStrings = new Map<Lang, Record<string, string>>();

/**
 * MapLibre's own interface strings (its locale ids) in a language: one object per language, made once.
 */
export function mapUiStrings(lang: Lang): Record<string, string> {
  let strings = uiStrings.get(lang);
  if (!strings) {
    strings = {
      'NavigationControl.ZoomIn': t(lang, 'zoomIn'),
      'NavigationControl.ZoomOut': t(lang, 'zoomOut'),
      'ScaleControl.Kilometers': t(lang, 'kilometres'),
      'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'gestureWindows'),
      'CooperativeGesturesHandler.MacHelpText': t(lang, 'gestureMac'),
      'CooperativeGesturesHandler.MobileHelpText': t(lang, 'gestureMobile'),
    };
    uiStrings.set(lang, strings);
  }
  return strings;
}

/**
 * The map's controls: zoom in and out, reset, the scale and the attribution (plain text), added with the
 * strings in the map's locale as it stands. Returns them, so they can be removed and added again in another
 * language.
 */
export function addControls(map: MapLibreMap, onReset: () => void, lang: Lang): IControl[] {
  const controls: [IControl, 'top-right' | 'bottom-left' | 'bottom-right'][] = [
    [new NavigationControl({ showCompass: false }), 'top-right'],
    [new ResetControl(onReset, t(lang, 'resetView')), 'top-right'],
    [new ScaleControl({ unit: 'metric' }), 'bottom-left'],
    [new AttributionControl({ compact: false, customAttribution: t(lang, 'basemapCredit') }), 'bottom-right'],
  ];
  for (const [control, where] of controls) map.addControl(control, where);
  return controls.map(([control]) => control);
}
