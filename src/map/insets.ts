/** Distances from each edge of the map, in CSS pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Nothing covers the map. */
export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Marks an element beside the map that lies over it (a panel): the map measures how much of it each
 * covers, and moves a selection clear of them.
 */
export const COVERS_MAP = 'data-covers-map';

/** How far `cover` lies over `map`: a box as wide as the map covers its bottom, any other its right. */
function insetOf(map: DOMRect, cover: DOMRect): Insets {
  return cover.width >= map.width - 2
    ? { ...NO_INSETS, bottom: Math.max(0, map.bottom - cover.top) }
    : { ...NO_INSETS, right: Math.max(0, map.right - cover.left) };
}

/** How far the elements marked `COVERS_MAP` beside `map` lie over it, measured now. */
export function coveredInsets(map: HTMLElement): Insets {
  const box = map.getBoundingClientRect();
  return [...(map.parentElement?.querySelectorAll(`[${COVERS_MAP}]`) ?? [])]
    .map((el) => insetOf(box, el.getBoundingClientRect()))
    .reduce(
      (a, b) => ({
        top: Math.max(a.top, b.top),
        right: Math.max(a.right, b.right),
        bottom: Math.max(a.bottom, b.bottom),
        left: Math.max(a.left, b.left),
      }),
      NO_INSETS,
    );
}
