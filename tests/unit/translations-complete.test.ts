import { describe, expect, it } from 'vitest';
import { loadTranslationGaps } from '../../tools/data.ts';
import { formatGap } from '../../tools/translations.ts';
import { GEO_DIR } from '../data-files.ts';

/**
 * Every text a panel shows has its ru, kk and zh version, and every name a decided form (translated, or
 * kept in its English form with `"keep": true`): new data must arrive translated. Runs on `geo/`, or on the
 * data folder `CORRIDOR_GEO_DIR` names, with the catalogs of its `translations/` or of the folder
 * `CORRIDOR_TRANSLATIONS_DIR` names, e.g. `CORRIDOR_GEO_DIR=tests/fixtures/valid
 * CORRIDOR_TRANSLATIONS_DIR=tests/fixtures/translations/complete`. How the check itself works is tested on
 * fixtures in `translations.test.ts`.
 */
const DIR = process.env.CORRIDOR_GEO_DIR ?? GEO_DIR;
const TRANSLATIONS = process.env.CORRIDOR_TRANSLATIONS_DIR;

describe(`the translations of ${DIR}`, () => {
  it('leave no text shown in a panel without its ru, kk or zh version, and no name undecided', () => {
    const gaps = loadTranslationGaps(DIR, { translations: TRANSLATIONS }).map(formatGap);
    expect(gaps, `${gaps.length} undecided:\n${gaps.slice(0, 20).join('\n')}`).toEqual([]);
  });
});
