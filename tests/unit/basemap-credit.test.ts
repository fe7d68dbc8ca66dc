import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { BASEMAP_ATTRIBUTION } from '../../tools/basemap.ts';

describe('the basemap credit the page shows', () => {
  it('is in English what the basemap itself carries, and in each language names the same sources', () => {
    expect(t('en', 'basemapCredit')).toBe(BASEMAP_ATTRIBUTION);
    for (const lang of ['ru', 'kk', 'zh'] as const) {
      const credit = t(lang, 'basemapCredit');
      expect(credit).not.toBe(BASEMAP_ATTRIBUTION);
      for (const name of ['Natural Earth', 'OpenStreetMap', 'ODbL']) expect(credit).toContain(name);
    }
  });
});
