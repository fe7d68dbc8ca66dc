import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/data/vocabularies.ts';
import { featurePagePath, pageDepth, parsePagePath } from '../../src/state/pages.ts';

describe('page addresses', () => {
  it('puts English at the root and the other languages under their code', () => {
    expect(featurePagePath('en', null)).toBe('/');
    expect(featurePagePath('ru', null)).toBe('/ru/');
    expect(featurePagePath('en', { type: 'project', id: 'aktau-container-hub' })).toBe(
      '/project/aktau-container-hub/',
    );
    expect(featurePagePath('zh', { type: 'hub', id: 'khorgos' })).toBe('/zh/hub/khorgos/');
    expect(featurePagePath('kk', { type: 'route', id: 'r-1' })).toBe('/kk/route/r-1/');
  });

  it('reads every address it writes back as the same page', () => {
    for (const lang of LANGUAGES) {
      for (const selection of [null, { type: 'hub', id: 'a' }, { type: 'route', id: 'b-2' }] as const) {
        const path = featurePagePath(lang, selection);
        expect(parsePagePath(path)).toEqual({ lang, selection });
        expect(parsePagePath(`/some/folder${path}`.replace('/some/folder', ''))).toEqual({ lang, selection });
      }
    }
  });

  it('refuses paths that are not page addresses', () => {
    expect(parsePagePath('/fr/hub/a/')).toBeNull();
    expect(parsePagePath('/hub/')).toBeNull();
    expect(parsePagePath('/hub/Bad_Id/')).toBeNull();
    expect(parsePagePath('/ship/a/')).toBeNull();
    expect(parsePagePath('/ru/project/a/extra/')).toBeNull();
  });

  it('counts the folders back to the root', () => {
    expect(pageDepth('/')).toBe(0);
    expect(pageDepth('/ru/')).toBe(1);
    expect(pageDepth('/project/x/')).toBe(2);
    expect(pageDepth('/ru/project/x/')).toBe(3);
  });
});
