import type { Lang } from '../../src/data/types.ts';
import type { Point } from '../../src/preview/preview-camera.ts';
import type { Theme } from '../../src/symbols/palette.ts';
import type { Rect } from './paths.ts';
import type { StyleReader } from './style.ts';

/** What every layer of the picture draws with: its size, projection, frame and the style it reads. */
export interface Canvas {
  width: number;
  height: number;
  project: (lngLat: [number, number]) => Point;
  /** The frame, and the box geometry is cut to (the frame with a margin). */
  frame: Rect;
  box: Rect;
  /** Whether a point is in the frame or within `margin` px of it. */
  visible: (p: Point, margin: number) => boolean;
  style: StyleReader;
  theme: Theme;
  lang: Lang;
}
