import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../bench/lib/stats.js';
import { INTERFACE_HIDDEN_CSS, INTERFACE_HIDDEN_FILE, withoutInterface } from '../../bench/lib/variants.js';

/** Pages as the bench summarises them (each figure's median, least and most all the same value). */
function pages(figures: Record<string, Record<string, number>>) {
  return Object.fromEntries(
    Object.entries(figures).map(([id, f]) => [
      id,
      {
        summary: Object.fromEntries(
          Object.entries(f).map(([k, v]) => [k, { median: v, min: v, max: v, n: 1 }]),
        ),
        runs: [],
      },
    ]),
  ) as Parameters<typeof checkTargets>[0];
}

const KB = 1024;

describe("the bench's bytes target", () => {
  it('says the floor: bare MapLibre with the basemap and label fonts, and MapLibre alone with our data', () => {
    const checks = checkTargets(
      pages({
        ours: { totalBytes: 651 * KB },
        bare: { totalBytes: 442 * KB },
        'same-style': { totalBytes: 562 * KB, basemapBytes: 43 * KB, fontsBytes: 10 * KB },
      }),
    );
    const bytes = checks.find((c) => c.id === 'bytes');
    expect(bytes?.met).toBe(false);
    expect(bytes?.detail).toContain('missed by 149 KB');
    expect(bytes?.detail).toContain('floor: bare with the basemap and label fonts 495 KB');
    expect(bytes?.detail).toContain('(same-style) 562 KB');
  });

  it('says no floor where the same-style page was not measured', () => {
    const checks = checkTargets(pages({ ours: { totalBytes: 480 * KB }, bare: { totalBytes: 442 * KB } }));
    const bytes = checks.find((c) => c.id === 'bytes');
    expect(bytes?.met).toBe(true);
    expect(bytes?.detail).not.toContain('floor');
  });

  it('gives the other floors and clocks where they were measured', () => {
    const checks = checkTargets(
      pages({
        ours: { idleMs: 2800, fcpMs: 400, firstPictureMs: 450, previewPresentedMs: 900 },
        'same-style': { idleMs: 2000 },
        'ours-blank-picture': { idleMs: 2400 },
        'ours-no-interface': { idleMs: 2100 },
        leaflet: { idleMs: 500, fcpPresentedMs: 450 },
        'ours-1': { idleMs: 3000 },
        'ours-1000': { idleMs: 12000 },
        'same-style-1000': { idleMs: 9000 },
      }),
    );
    const detail = (id: string) => checks.find((c) => c.id === id)?.detail;
    expect(detail('idle-same-style')).toContain(
      'with the first picture blanked, ours 2400 ms, 1.20× same-style',
    );
    expect(detail('idle-same-style')).toContain(
      'with its interface laid out but not drawn, ours 2100 ms, 1.05× same-style',
    );
    expect(detail('first-picture')).toContain('presented on screen: ours 900 ms');
    expect(detail('first-picture')).toContain('missed by 450 ms on that clock');
    expect(detail('scale')).toContain(
      'floor: MapLibre alone drawing our style at 1000x 9000 ms, 3.00× our 1x',
    );
  });

  it('gives the same-style page as the floor of a selection and of a language change', () => {
    const checks = checkTargets(
      pages({
        ours: { selectMs: 1290, languageMs: 590 },
        'same-style': { selectMs: 570, languageMs: 450 },
      }),
    );
    const detail = (id: string) => checks.find((c) => c.id === id)?.detail;
    expect(detail('select')).toBe(
      'missed by 1240 ms (2480% over): 1290 ms against 50 ms (floor: MapLibre alone highlighting and jumping to the same feature, same-style page, 570 ms)',
    );
    expect(detail('language')).toContain(
      "(floor: MapLibre alone changing our style's language, same-style page, 450 ms)",
    );
    // Without the same-style page, no floor is claimed.
    const alone = checkTargets(pages({ ours: { selectMs: 40, languageMs: 90 } }));
    expect(alone.find((c) => c.id === 'select')?.detail).toBe('met: 40 ms against 50 ms');
  });

  it('gives the embed at the top its floor: the same embed with its first picture blanked', () => {
    const run = (variant: string, score: number, tbtMs: number, cls = 0) => ({
      preset: 'mobile',
      variant,
      score,
      tbtMs,
      cls,
    });
    const checks = checkTargets(pages({}), {
      article: [
        run('plain', 100, 10),
        run('ours', 99, 0),
        run('ours-top', 72, 1500),
        run('ours-top-blank', 99, 0),
      ] as never,
    });
    const top = checks.find((c) => c.id === 'article-ours-top');
    expect(top?.met).toBe(false);
    expect(top?.detail).toContain(
      '; floor: the same embed with its first picture blanked costs 1 points (99), TBT 0 ms',
    );
    // Below the fold, met: no floor to give.
    expect(checks.find((c) => c.id === 'article-ours')?.detail).not.toContain('floor');
  });
});

describe("the bench's copy of our page without its interface drawn", () => {
  it("links the stylesheet that hides the interface last in the head, where the page's policy allows it", () => {
    const page = '<html><head><link rel="stylesheet" href="./assets/index.css"></head><body></body></html>';
    const out = withoutInterface(page);
    expect(out.indexOf(`href="./${INTERFACE_HIDDEN_FILE}"`)).toBeGreaterThan(out.indexOf('index.css'));
    expect(out.indexOf(INTERFACE_HIDDEN_FILE)).toBeLessThan(out.indexOf('</head>'));
    expect(INTERFACE_HIDDEN_CSS).toContain('visibility: hidden');
    expect(() => withoutInterface('<p>no head</p>')).toThrow(/no <\/head>/);
  });

  it('gives the fresh browser its own figure beside the warm one', () => {
    const checks = checkTargets(
      pages({
        ours: { idleMs: 3000 },
        'same-style': { idleMs: 2500 },
        'ours-fresh': { idleMs: 5600 },
        'same-style-fresh': { idleMs: 3400 },
        'ours-no-interface-fresh': { idleMs: 3700 },
      }),
    );
    const fresh = checks.find((c) => c.id === 'fresh-idle-same-style')?.detail;
    expect(fresh).toContain('with its interface laid out but not drawn, ours 3700 ms, 1.09× same-style');
    expect(checks.find((c) => c.id === 'idle-same-style')?.detail).not.toContain('not drawn');
  });
});
