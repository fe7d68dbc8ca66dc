import { describe, expect, it } from 'vitest';
import {
  EN,
  formatDate,
  formatNumber,
  guessLanguage,
  missingTranslations,
  t,
} from '../../src/i18n/strings.ts';

describe('translations', () => {
  // The list of what is missing per language: shown when a key is added without its translations.
  it.each(['ru', 'kk', 'zh'] as const)(
    '%s translates every interface string, kind, status and mode',
    (lang) => {
      expect(missingTranslations(lang)).toEqual([]);
    },
  );

  it('falls back to English for a key a language lacks', () => {
    expect(t('en', 'title')).toBe(EN.title);
    expect(t('ru', 'close')).not.toBe(EN.close);
  });

  it('guesses the language from the browser, else English', () => {
    expect(guessLanguage(['kk-KZ', 'ru'])).toBe('kk');
    expect(guessLanguage(['de-DE', 'zh-Hans-CN'])).toBe('zh');
    expect(guessLanguage(['fr'])).toBe('en');
    expect(guessLanguage([])).toBe('en');
  });

  it('formats partial dates at their own precision, per language', () => {
    expect(formatDate('en', '2025')).toBe('2025');
    expect(formatDate('en', '2025-06')).toBe('June 2025');
    expect(formatDate('en', '2025-06-17')).toBe('June 17, 2025');
    expect(formatDate('ru', '2025-06-17')).toMatch(/17 июня 2025/);
    expect(formatDate('zh', '2025-06-17')).toBe('2025年6月17日');
  });

  it('formats numbers per language', () => {
    expect(formatNumber('en', 340000)).toBe('340,000');
    expect(formatNumber('ru', 340000).replace(/\s/g, ' ')).toBe('340 000');
  });
});
