import { describe, expect, it } from 'vitest';
import { type PreviewSpot, spotsInView } from '../../src/preview/preview-spots.ts';

const spot = (id: string, x: number, y: number): PreviewSpot => ({ id, x, y, r: 18 });
const spots = [
  spot('west', 100, 360),
  spot('middle', 640, 360),
  spot('east', 1200, 360),
  spot('north', 640, 20),
];
const ids = (list: PreviewSpot[]) => list.map((s) => s.id);

describe('spotsInView', () => {
  it('keeps every spot where the box has the picture’s shape', () => {
    expect(ids(spotsInView(spots, 1280, 720))).toEqual(['west', 'middle', 'east', 'north']);
    expect(ids(spotsInView(spots, 640, 360))).toEqual(['west', 'middle', 'east', 'north']);
  });

  it('drops the spots a narrow box crops off the sides, and a wide one off the top and bottom', () => {
    // 400 x 720: the picture is scaled to 720 high, 1280 wide, and 400 of it shown around the middle.
    expect(ids(spotsInView(spots, 400, 720))).toEqual(['middle', 'north']);
    // 1280 x 360: scaled to 1280 x 720, 360 of its height shown around the middle.
    expect(ids(spotsInView(spots, 1280, 360))).toEqual(['west', 'middle', 'east']);
  });

  it('keeps them all while the box has no size yet', () => {
    expect(spotsInView(spots, 0, 0)).toHaveLength(4);
  });
});
