import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from '../../src/embed/embed-code.ts';
import { pictureShowsView } from '../../src/embed/when-reached.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';

const SITE = 'https://example.org/corridor-map/';

describe('the embed code', () => {
  it('points at the page of the view’s language and selection, whose picture shows that view', () => {
    expect(embedUrl(SITE, DEFAULT_VIEW)).toBe(`${SITE}?embed`);
    expect(embedUrl(SITE, { ...DEFAULT_VIEW, lang: 'zh' })).toBe(`${SITE}zh/?embed`);
    const project = { type: 'project', id: 'aktau-container-hub' } as const;
    expect(embedUrl(SITE, { ...DEFAULT_VIEW, selection: project })).toBe(
      `${SITE}project/aktau-container-hub/?embed`,
    );
    expect(embedUrl(SITE, { ...DEFAULT_VIEW, lang: 'ru', selection: project, theme: 'dark' })).toBe(
      `${SITE}ru/project/aktau-container-hub/?embed&theme=dark`,
    );
    // The view's other parts stay in the query: the page's picture does not show them.
    expect(embedUrl(SITE, { ...DEFAULT_VIEW, story: { id: 'urumqi-to-the-caspian', step: 1 } })).toBe(
      `${SITE}?embed&story=urumqi-to-the-caspian&step=2`,
    );
    expect(embedCode(SITE, { ...DEFAULT_VIEW, lang: 'kk' }, 'Map')).toContain(
      `<iframe src="${SITE}kk/?embed" title="Map" loading="lazy"`,
    );
  });
});

describe('pictureShowsView', () => {
  it('is true where the static picture shows what the address asks for, so the embed may wait for the reader', () => {
    expect(pictureShowsView('?embed', 'en')).toBe(true);
    expect(pictureShowsView('?embed&theme=dark&childId=map-1', 'en')).toBe(true);
    // What pym.js's parent adds to the frame's address.
    expect(
      pictureShowsView(
        '?embed&initialWidth=700&childId=pym&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F',
        'en',
      ),
    ).toBe(true);
    expect(pictureShowsView('?embed&lang=ru', 'ru')).toBe(true);
    // Another language than the page's, a selection by query, a story, a camera, a filter, a date: not shown.
    for (const search of [
      '?embed&lang=zh',
      '?embed&project=aktau-container-hub',
      '?embed&story=urumqi-to-the-caspian',
      '?embed&center=76.9,43.25&zoom=6',
      '?embed&status=operating',
      '?embed&date=2024',
    ])
      expect(pictureShowsView(search, 'en'), search).toBe(false);
  });
});
