import { describe, expect, it } from 'vitest';
import { PROJECT_KINDS, STATUSES } from '../../src/data/types.ts';
import { iconName } from '../../src/style/features.ts';
import { MARKER_SIZE, markerImage } from '../../src/style/icons.ts';
import { THEMES } from '../../src/symbols/palette.ts';

describe('markerImage', () => {
  it('draws the marker of every kind and status the map can ask for, in the theme colours', () => {
    for (const kind of PROJECT_KINDS) {
      for (const status of STATUSES) {
        const img = markerImage(iconName({ kind, status }), THEMES.light);
        expect(img, `${kind} ${status}`).not.toBeNull();
        expect(img?.image.width).toBe(MARKER_SIZE * (img?.pixelRatio ?? 0));
        // Not blank: some pixels are opaque.
        expect(img?.image.data.some((v, i) => i % 4 === 3 && v > 200)).toBe(true);
      }
    }
    const light = markerImage('marker-ring', THEMES.light)?.image.data;
    const dark = markerImage('marker-ring', THEMES.dark)?.image.data;
    expect(light && dark && light.some((v, i) => v !== dark[i])).toBe(true);
  });

  it('fills a solid marker with its status colour and an open one with the halo colour', () => {
    const theme = THEMES.light;
    const centre = (status: (typeof STATUSES)[number]) => {
      const img = markerImage(iconName({ kind: 'logistics-hub', status }), theme)?.image;
      if (!img) throw new Error(status);
      const i = ((img.height / 2) * img.width + img.width / 2) * 4;
      return `#${[...img.data.slice(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    };
    expect(centre('operating')).toBe(theme.status.operating);
    expect(centre('planned')).toBe(theme.labelHalo);
  });

  it('draws nothing for a name that is not one of ours', () => {
    for (const name of [
      '',
      'marker-',
      'marker-circle-nope',
      'marker-nope-operating',
      'airport',
      'marker-ring-x',
    ]) {
      expect(markerImage(name, THEMES.light), name).toBeNull();
    }
  });
});
