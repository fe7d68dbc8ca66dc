import {
  AttributionControl,
  type IControl,
  type Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
} from 'maplibre-gl';
import { ResetControl } from './reset-control.ts';

/**
 * The map's controls: zoom in and out, reset, the scale and the attribution (plain text), added with the
 * strings in the map's locale as it stands. Returns them, so they can be removed and added again in another
 * language.
 */
export function addControls(
  map: MapLibreMap,
  onReset: () => void,
  resetLabel: string | undefined,
  attribution: string,
): IControl[] {
  const controls: [IControl, 'top-right' | 'bottom-left' | 'bottom-right'][] = [
    [new NavigationControl({ showCompass: false }), 'top-right'],
    [new ResetControl(onReset, resetLabel), 'top-right'],
    [new ScaleControl({ unit: 'metric' }), 'bottom-left'],
    [new AttributionControl({ compact: false, customAttribution: attribution }), 'bottom-right'],
  ];
  for (const [control, where] of controls) map.addControl(control, where);
  return controls.map(([control]) => control);
}
