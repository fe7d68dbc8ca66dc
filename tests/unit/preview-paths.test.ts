import { describe, expect, it } from 'vitest';
import { clipLine, type Rect } from '../../tools/preview/paths.ts';

const box: Rect = [0, 0, 100, 50];

describe('clipLine: a picture keeps no line beyond its frame', () => {
  it('cuts a segment that crosses the frame at both edges', () => {
    expect(
      clipLine(
        [
          [-1000, 25],
          [5000, 25],
        ],
        box,
      ),
    ).toEqual([
      [
        [0, 25],
        [100, 25],
      ],
    ]);
  });

  it('keeps a line inside the frame as it is, in one run', () => {
    const line: [number, number][] = [
      [10, 10],
      [20, 30],
      [90, 40],
    ];
    expect(clipLine(line, box)).toEqual([line]);
  });

  it('splits a line that leaves the frame and comes back into two runs', () => {
    expect(
      clipLine(
        [
          [10, 10],
          [10, 200],
          [20, 200],
          [20, 10],
        ],
        box,
      ),
    ).toEqual([
      [
        [10, 10],
        [10, 50],
      ],
      [
        [20, 50],
        [20, 10],
      ],
    ]);
  });

  it('drops a diagonal that passes the corner outside the frame, though its bounds overlap it', () => {
    expect(
      clipLine(
        [
          [90, -30],
          [130, 10],
        ],
        box,
      ),
    ).toEqual([]);
  });

  it('drops nothing of a line that ends on the edge', () => {
    expect(
      clipLine(
        [
          [50, 25],
          [100, 25],
        ],
        box,
      ),
    ).toEqual([
      [
        [50, 25],
        [100, 25],
      ],
    ]);
  });
});
