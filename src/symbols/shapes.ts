/** The marker shapes: the reader tells project kinds apart by shape (see `KIND_SHAPE` in markers.ts). */
export type Shape =
  | 'circle'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'triangle-down'
  | 'pentagon'
  | 'hexagon'
  | 'saltire'
  | 'star'
  | 'cross'
  | 'bowtie'
  | 'hull';

/** A regular polygon's points in a 0..1 box, starting at `rotation` radians from the top. */
function polygon(sides: number, rotation = 0, radius = 0.46): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [0.5 + radius * Math.sin(a), 0.5 - radius * Math.cos(a)];
  });
}

function star(points: number, outer = 0.48, inner = 0.22): [number, number][] {
  return Array.from({ length: points * 2 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const a = (i * Math.PI) / points;
    return [0.5 + r * Math.sin(a), 0.5 - r * Math.cos(a)];
  });
}

const CROSS: [number, number][] = [
  [0.36, 0.06],
  [0.64, 0.06],
  [0.64, 0.36],
  [0.94, 0.36],
  [0.94, 0.64],
  [0.64, 0.64],
  [0.64, 0.94],
  [0.36, 0.94],
  [0.36, 0.64],
  [0.06, 0.64],
  [0.06, 0.36],
  [0.36, 0.36],
];

/**
 * A wide hexagon, flat on top and bottom, as long as a container seen side on: a dry port. A regular hexagon
 * read as the circle at 16 px.
 */
const WIDE_HEXAGON: [number, number][] = [
  [0.04, 0.5],
  [0.26, 0.2],
  [0.74, 0.2],
  [0.96, 0.5],
  [0.74, 0.8],
  [0.26, 0.8],
];

/** The cross turned a quarter right (an X): a special economic zone. The octagon it replaces read as the circle. */
const SALTIRE: [number, number][] = CROSS.map(([x, y]) => {
  const a = Math.PI / 4;
  const [dx, dy] = [x - 0.5, y - 0.5];
  // Turned and grown a little, so its arms reach the box's corners as the cross's reach its sides.
  const k = 1.08;
  return [0.5 + k * (dx * Math.cos(a) - dy * Math.sin(a)), 0.5 + k * (dx * Math.sin(a) + dy * Math.cos(a))];
});

/** Two triangles meeting at a waist: a border crossing, a gate between two sides. */
const BOWTIE: [number, number][] = [
  [0.06, 0.1],
  [0.5, 0.38],
  [0.94, 0.1],
  [0.94, 0.9],
  [0.5, 0.62],
  [0.06, 0.9],
];

/** A ship seen side on, hull and sail, so it is not read as the sea port's triangle (carriers and their fleets). */
const HULL: [number, number][] = [
  [0.04, 0.58],
  [0.44, 0.58],
  [0.44, 0.06],
  [0.88, 0.58],
  [0.96, 0.58],
  [0.76, 0.9],
  [0.24, 0.9],
];

/** The outline of each marker shape in a 0..1 box; `null` is a circle. */
export const SHAPE_POINTS: Record<Shape, [number, number][] | null> = {
  circle: null,
  square: polygon(4, Math.PI / 4, 0.6),
  diamond: polygon(4, 0, 0.5),
  triangle: polygon(3, 0, 0.52).map(([x, y]) => [x, y + 0.08]),
  'triangle-down': polygon(3, Math.PI, 0.52).map(([x, y]) => [x, y - 0.08]),
  pentagon: polygon(5),
  hexagon: WIDE_HEXAGON,
  saltire: SALTIRE,
  star: star(5),
  cross: CROSS,
  bowtie: BOWTIE,
  hull: HULL,
};

/**
 * A shape's outline as SVG path data in a `size`-pixel box: the one path every renderer draws (a `Path2D` on
 * a canvas, a `<path d>` in SVG).
 */
export function shapePath(shape: Shape, size: number): string {
  const pts = SHAPE_POINTS[shape];
  if (!pts) {
    const r = size * 0.46;
    const c = size / 2;
    return `M${c - r},${c}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
  return `${pts.map(([x, y], i) => `${i ? 'L' : 'M'}${(x * size).toFixed(2)},${(y * size).toFixed(2)}`).join('')}Z`;
}
