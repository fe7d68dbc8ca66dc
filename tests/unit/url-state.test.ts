import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from '../../src/app/url-state.ts';

const known = (s: { id: string }) => ['khorgos', 'aktau-container-hub', 'dostyk-moiynty'].includes(s.id);

describe('URL state', () => {
  it.each([
    ['?hub=khorgos', { selection: { type: 'hub', id: 'khorgos' }, lang: null }],
    [
      '?project=aktau-container-hub&lang=ru',
      { selection: { type: 'project', id: 'aktau-container-hub' }, lang: 'ru' },
    ],
    ['?route=dostyk-moiynty', { selection: { type: 'route', id: 'dostyk-moiynty' }, lang: null }],
  ])('reads %s', (search, state) => {
    expect(parseViewState(search, known)).toEqual(state);
  });

  it('writes what it reads', () => {
    for (const search of ['?hub=khorgos', '?project=aktau-container-hub&lang=zh', '']) {
      expect(serializeViewState(parseViewState(search, known))).toBe(search);
    }
  });

  it.each([
    '?hub=nowhere',
    '?project=<script>',
    `?hub=${'a'.repeat(10_000)}`,
    '?route=',
    '?lang=xx',
    '?hub=KHORGOS',
  ])('ignores %s and keeps the default', (search) => {
    expect(parseViewState(search, known)).toEqual({ selection: null, lang: null });
  });

  it('keeps parameters it does not own', () => {
    expect(
      serializeViewState({ selection: { type: 'hub', id: 'khorgos' }, lang: null }, '?embed&hub=x'),
    ).toBe('?embed=&hub=khorgos');
  });
});
