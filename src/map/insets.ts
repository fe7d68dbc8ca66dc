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
 * How far `cover` lies over `map`, from the edge it stands on: a box as wide as the map covers its bottom (a
 * bottom sheet) or its top; one as tall as the map, the side it touches (a side panel); a smaller box (the
 * zoom hint), the top or bottom half it sits in, or, in a corner (the compact key), the side it stands on where
 * that leaves more of the map.
 */
function insetOf(map: DOMRect, cover: DOMRect): Insets {
  if (cover.width === 0 || cover.height === 0) return NO_INSETS;
  const middle = (map.top + map.bottom) / 2;
  const fromTop = { ...NO_INSETS, top: Math.max(0, cover.bottom - map.top) };
  const fromBottom = { ...NO_INSETS, bottom: Math.max(0, map.bottom - cover.top) };
  if (cover.width >= map.width - 2)
    return cover.top <= map.top + 1 && cover.bottom < middle ? fromTop : fromBottom;
  if (cover.top <= map.top + 1 && cover.bottom >= map.bottom - 1)
    return cover.left + cover.right > map.left + map.right
      ? { ...NO_INSETS, right: Math.max(0, map.right - cover.left) }
      : { ...NO_INSETS, left: Math.max(0, cover.right - map.left) };
  const vertical = cover.top + cover.bottom < 2 * middle ? fromTop : fromBottom;
  // A box in a corner (the compact key): its side, if that leaves more of the map than its top or bottom.
  const corner = 16;
  const side =
    cover.left <= map.left + corner
      ? { ...NO_INSETS, left: Math.max(0, cover.right - map.left) }
      : cover.right >= map.right - corner
        ? { ...NO_INSETS, right: Math.max(0, map.right - cover.left) }
        : null;
  const lost = (i: Insets) => (i.top + i.bottom) * map.width + (i.left + i.right) * map.height;
  return side && lost(side) < lost(vertical) ? side : vertical;
}

/** How far `covers` lie over `map`, measured now. */
function coveredInsets(map: HTMLElement, covers: readonly Element[]): Insets {
  const box = map.getBoundingClientRect();
  return covers
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

/**
 * How far the elements that cover the map (`covers`: the panel the page hands the map, the map's own zoom
 * hint) lie over it, kept by a ResizeObserver: measured after the
 * browser's own layout, so asking never forces one. A panel already measured is answered at once; a new one
 * once the browser has laid it out (before that frame is painted).
 */
export class CoverWatch {
  private readonly observer = new ResizeObserver(() => this.measure());
  private readonly watched = new Set<Element>();
  private insets: Insets = NO_INSETS;
  private measured = false;
  /** A cover was added and the observer has not reported it yet. */
  private observing = false;
  private waiting: ((insets: Insets) => void) | null = null;

  /** `changed` hears of every new measure that differs from the last (a sheet that grew, a hint that came). */
  constructor(
    private readonly map: HTMLElement,
    private readonly covers: () => readonly Element[],
    private readonly changed: (insets: Insets) => void = () => {},
  ) {
    this.observer.observe(map);
  }

  /** Calls `use` with the insets of the covers now: at once, or after the next layout. */
  whenMeasured(use: (insets: Insets) => void): void {
    const added = this.watchCovers();
    this.waiting = null;
    if (this.watched.size === 0) {
      this.insets = NO_INSETS;
      use(NO_INSETS);
    } else if (this.measured) use(this.insets);
    // Only a cover gone: no observation will come, so measure now.
    else if (!added && !this.observing) {
      this.measure();
      use(this.insets);
    } else this.waiting = use;
  }

  /** Looks for covers again (one came or went without a selection): a change is reported to `changed`. */
  rescan(): void {
    if (!this.watchCovers() && !this.measured && !this.observing) this.measure();
  }

  /** Observes the covers now, and forgets those gone; says whether one was added. */
  private watchCovers(): boolean {
    const covers = this.covers();
    for (const el of this.watched) {
      if (covers.includes(el)) continue;
      this.observer.unobserve(el);
      this.watched.delete(el);
      this.measured = false;
    }
    let added = false;
    for (const el of covers) {
      if (this.watched.has(el)) continue;
      this.observer.observe(el);
      this.watched.add(el);
      this.measured = false;
      this.observing = true;
      added = true;
    }
    return added;
  }

  /** Stops watching. */
  disconnect(): void {
    this.observer.disconnect();
    this.watched.clear();
    this.measured = false;
    this.observing = false;
    this.waiting = null;
  }

  private measure(): void {
    const before = this.insets;
    this.insets = coveredInsets(this.map, [...this.watched]);
    this.measured = true;
    this.observing = false;
    const use = this.waiting;
    this.waiting = null;
    if (use) use(this.insets);
    else if ((Object.keys(before) as (keyof Insets)[]).some((k) => Math.abs(before[k] - this.insets[k]) > 1))
      this.changed(this.insets);
  }
}
