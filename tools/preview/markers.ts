import type { Feature } from 'geojson';
import type { ProjectKind, Status } from '../../src/data/types.ts';
import type { Point } from '../../src/preview/preview-camera.ts';
import { SOURCES } from '../../src/style/style.ts';
import { isSolid, KIND_SHAPE, MARKER, MARKER_SHAPE_SIZE, markerPaint } from '../../src/symbols/markers.ts';
import type { Theme } from '../../src/symbols/palette.ts';
import { type Shape, shapePath } from '../../src/symbols/shapes.ts';
import { attrs, lngLatOf, type Project } from './paths.ts';
import type { StyleReader } from './style.ts';
import { PREVIEW_LIMITS, thin } from './thinning.ts';

/**
 * Project markers, as the style's marker layer draws the icons of src/style/icons.ts, from the one description
 * of src/symbols/markers.ts: the kind's shape in the marker's box less its inset, a halo, then solid or open in
 * the status colour. Each shape is written once in <defs> and <use>d at the point plus the layer's
 * icon-offset. With icon-allow-overlap MapLibre draws such symbols sorted by their anchor's y (symbol-z-order:
 * auto).
 */
export function markers(
  projects: Feature[],
  project: Project,
  visible: (p: Point, margin: number) => boolean,
  style: StyleReader,
  theme: Theme,
  [width, height]: [number, number],
): string {
  const layer = `${SOURCES.projects}-marker`;
  const inner = MARKER_SHAPE_SIZE;
  const all = projects
    .map((f, i) => {
      const p = f.properties ?? {};
      const at = project(lngLatOf(f));
      const [ox, oy] = style.value<[number, number]>(layer, 'icon-offset', p);
      return { i, at, x: at[0] + ox, y: at[1] + oy, kind: p.kind as ProjectKind, status: p.status as Status };
    })
    .filter((m) => KIND_SHAPE[m.kind] && visible([m.x, m.y], MARKER.size));
  if (all.length === 0) return '';
  // Past the limit, one marker per cell (in data order), at least a marker apart, so they hardly overlap.
  const dense = all.length > PREVIEW_LIMITS.projects;
  const items = (
    dense ? thin(all, (m) => [m.x, m.y], PREVIEW_LIMITS.projects, MARKER.size, width * height) : all
  ).sort((a, b) => a.at[1] - b.at[1] || a.i - b.i);
  const shapes = [...new Set(items.map((m) => KIND_SHAPE[m.kind]))];
  const id = (s: Shape) => `corridor-preview-${s}`;
  const defs = shapes
    .map(
      (s) =>
        `<path id="${id(s)}" transform="translate(${-inner / 2} ${-inner / 2})" d="${shapePath(s, inner)}"/>`,
    )
    .join('');
  const look = (m: (typeof items)[number]) => {
    const colour = theme.status[m.status] ?? theme.border;
    const { fill, strokeWidth } = markerPaint(colour, isSolid(m.status), theme.labelHalo);
    return { colour, fill, strokeWidth };
  };
  if (dense) {
    // The same halo and body, written once per shape and status as a symbol <use>d at each (whole) pixel.
    const symbols = new Map<string, string>();
    for (const m of items) {
      const key = `${KIND_SHAPE[m.kind]}-${m.status}`;
      if (symbols.has(key)) continue;
      const { colour, fill, strokeWidth } = look(m);
      const href = `#${id(KIND_SHAPE[m.kind])}`;
      symbols.set(
        key,
        `<g id="corridor-preview-m${symbols.size}"><use${attrs({ href, fill: 'none', stroke: theme.labelHalo, 'stroke-width': MARKER.halo })}/><use${attrs({ href, fill, stroke: colour, 'stroke-width': strokeWidth })}/></g>`,
      );
    }
    const ids = new Map([...symbols.keys()].map((k, i) => [k, `#corridor-preview-m${i}`]));
    const uses = items
      .map(
        (m) =>
          `<use href="${ids.get(`${KIND_SHAPE[m.kind]}-${m.status}`)}" x="${Math.round(m.x)}" y="${Math.round(m.y)}"/>`,
      )
      .join('');
    return `<defs>${defs}${[...symbols.values()].join('')}</defs><g${attrs({ 'data-layer': layer, 'stroke-linejoin': 'round' })}>${uses}</g>`;
  }
  const uses = items
    .map((m) => {
      const { colour, fill, strokeWidth } = look(m);
      const at = { href: `#${id(KIND_SHAPE[m.kind])}`, x: m.x, y: m.y };
      const halo = `<use${attrs({ ...at, fill: 'none', stroke: theme.labelHalo, 'stroke-width': MARKER.halo })}/>`;
      const body = `<use${attrs({ ...at, fill, stroke: colour, 'stroke-width': strokeWidth })}/>`;
      return halo + body;
    })
    .join('');
  return `<defs>${defs}</defs><g${attrs({ 'data-layer': layer, 'stroke-linejoin': 'round' })}>${uses}</g>`;
}
