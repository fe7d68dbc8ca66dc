import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  expression,
  featureFilter,
  latest,
  type StylePropertyExpression,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';

/**
 * Reads the map's style (`buildStyle`) as the picture needs it: the value of a layer's paint or layout
 * property for a feature, evaluated with the style spec's own expression evaluator at the picture's zoom,
 * with no feature state (nothing hovered, selected or hidden), or the spec's default where the layer leaves
 * the property out. So the picture's colours, widths, sizes and dashes are the map's, not copies of them.
 */
export class StyleReader {
  private readonly layers = new Map<string, LayerSpecification>();
  private readonly compiled = new Map<string, { expr: StylePropertyExpression; colour: boolean }>();

  constructor(
    style: StyleSpecification,
    /** The zoom the picture is drawn at. */
    readonly zoom: number,
  ) {
    for (const layer of style.layers) this.layers.set(layer.id, layer);
  }

  /** The layer `id`; throws for a layer the style does not have (the preview and the style disagree). */
  layer(id: string): LayerSpecification {
    const layer = this.layers.get(id);
    if (!layer) throw new Error(`The map style has no layer "${id}".`);
    return layer;
  }

  /** The features the layer `id` draws: those its filter keeps (all of them where it has none). */
  filter<F extends Feature>(id: string, features: F[]): F[] {
    const layer = this.layer(id);
    if (!('filter' in layer) || !layer.filter) return features;
    const { filter } = featureFilter(layer.filter, 'filter');
    return features.filter((f) =>
      filter({ zoom: this.zoom }, {
        type: (f.geometry && GEOMETRY_TYPE[f.geometry.type]) || 'Unknown',
        properties: f.properties ?? {},
      } as never),
    );
  }

  /**
   * The value of `property` (paint or layout) of layer `id` for a feature with `properties`. Colours come as
   * `#rrggbb` (or `rgba(...)` where not opaque), as the themes write them; `undefined` for a property the
   * layer leaves out that has no default (a fill's outline colour, a line's dashes).
   */
  value<T = unknown>(id: string, property: string, properties: Record<string, unknown> = {}): T {
    const key = `${id}\u0000${property}`;
    let entry = this.compiled.get(key);
    if (!entry) {
      const layer = this.layer(id);
      const [spec, raw] = specOf(layer, property);
      if (raw === undefined) return undefined as T;
      const expr = expression.normalizePropertyExpression(raw as never, property, spec);
      entry = { expr, colour: spec.type === 'color' };
      this.compiled.set(key, entry);
    }
    const value = entry.expr.evaluate({ zoom: this.zoom }, { type: 'Point', properties } as never, {});
    return (entry.colour ? colourString(value as Colour) : value) as T;
  }
}

/** The geometry types of the style spec's features (1 point, 2 line, 3 polygon). */
const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = {
  Point: 1,
  MultiPoint: 1,
  LineString: 2,
  MultiLineString: 2,
  Polygon: 3,
  MultiPolygon: 3,
};

interface Colour {
  r: number;
  g: number;
  b: number;
  a: number;
}

type Reference = Record<string, Record<string, StylePropertySpecification> | undefined>;

/** The spec of a layer's property and the layer's value of it (the spec's default where it sets none). */
function specOf(layer: LayerSpecification, property: string): [StylePropertySpecification, unknown] {
  const reference = latest as unknown as Reference;
  for (const kind of ['paint', 'layout'] as const) {
    const spec = reference[`${kind}_${layer.type}`]?.[property];
    if (!spec) continue;
    const values = layer[kind as keyof LayerSpecification] as Record<string, unknown> | undefined;
    return [spec, values?.[property] ?? (spec as { default?: unknown }).default];
  }
  throw new Error(`A ${layer.type} layer has no property "${property}".`);
}

/** A colour as the themes write it: `#rrggbb` when opaque. */
function colourString(c: Colour): string {
  if (c.a !== 1) return `rgba(${[c.r, c.g, c.b].map((v) => Math.round((v / c.a) * 255)).join(',')},${c.a})`;
  return `#${[c.r, c.g, c.b]
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
