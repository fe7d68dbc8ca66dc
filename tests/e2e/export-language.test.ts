import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate, t } from '../../src/i18n/strings.ts';
import { builtData, pagePool, useHarness, waitForMap, waitForMapIdle } from './harness.ts';

/**
 * Issue 15 §4 (part): the PNG export and the print stylesheet use the reader's language. The page's
 * canvas text calls are recorded (an init script wraps `fillText`), the PNG is saved through the page's
 * own button, and the map's label layers are read back from MapLibre. One page for the file, opened cold in
 * Russian; each test puts it in its language with the page's own language switch.
 */

const h = useHarness();

/** Records every text drawn on a 2D canvas, with the font it was drawn in. */
const RECORD = () => {
  const w = window as unknown as { __drawn: { text: string; font: string }[] };
  w.__drawn = [];
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text, ...rest) {
    w.__drawn.push({ text: String(text), font: this.font });
    return fill.call(this, text, ...rest);
  };
};

const pages = pagePool(h, { before: (page) => page.addInitScript(RECORD) });

/** The shared page in `lang` (switched to it as the reader does), drawn, its fonts loaded, nothing recorded yet. */
async function open(lang: 'ru' | 'zh'): Promise<Page> {
  const { page } = await pages.open('?lang=ru');
  await waitForMap(page);
  if ((await page.evaluate(() => document.documentElement.lang)) !== lang) {
    await page.selectOption('.language-switch select', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
  await waitForMapIdle(page);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    (window as unknown as { __drawn: unknown[] }).__drawn = [];
  });
  return page;
}

describe('the PNG export in the reader’s language', () => {
  for (const lang of ['ru', 'zh'] as const) {
    it(`draws its title, legend and date line in ${lang}, in fonts that have the characters`, async () => {
      const page = await open(lang);
      const download = page.waitForEvent('download');
      await page.locator('button.export-png').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^corridor-map-.*\.png$/);
      const drawn: { text: string; font: string }[] = await page.evaluate(
        () => (window as unknown as { __drawn: { text: string; font: string }[] }).__drawn,
      );
      const texts = drawn.map((d) => d.text).join('\n');
      expect(texts).toContain(t(lang, 'title'));
      expect(texts).toContain(t(lang, 'traced'));
      expect(texts).toContain(t(lang, 'asOf'));
      // The date line, written as the language writes dates (2026年11月30日, 30 ноября 2026 г.).
      const d = builtData();
      const asOf = [
        ...d.projects.map((p) => p.properties.lastVerified),
        ...d.routes.map((r) => r.lastVerified),
      ]
        .sort()
        .at(-1) as string;
      expect(texts).toContain(formatDate(lang, asOf));
      console.info(
        `PNG footer (${lang}): ${drawn
          .slice(-3)
          .map((x) => x.text)
          .join(' | ')}`,
      );
      // Every text the picture drew has its fonts loaded: nothing fell back to a box.
      const unloaded = await page.evaluate(
        (list) => list.filter((d) => !document.fonts.check(d.font, d.text)).map((d) => d.text),
        drawn,
      );
      expect(unloaded).toEqual([]);
    });

    it(`labels the map in ${lang}, the picture's map included`, async () => {
      const page = await open(lang);
      const fields = await page.evaluate(() => {
        const map = (
          document.querySelector('corridor-map') as unknown as { maplibre: import('maplibre-gl').Map }
        ).maplibre;
        return map
          .getStyle()
          .layers.filter((l) => l.type === 'symbol')
          .map((l) => JSON.stringify(map.getLayoutProperty(l.id, 'text-field') ?? ''))
          .filter((f) => f.includes('name_'));
      });
      expect(fields.length).toBeGreaterThan(2);
      for (const f of fields) expect(f).toContain(`name_${lang}`);
    });
  }
});

describe('the printed page in the reader’s language', () => {
  it('keeps the language and the page fonts for print, and hides the controls', async () => {
    const page = await open('zh');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      font: getComputedStyle(document.body).fontFamily,
      controls: getComputedStyle(document.querySelector('.controls') as Element).display,
      heading: document.querySelector('h1')?.textContent ?? '',
    }));
    expect(printed.lang).toBe('zh');
    expect(printed.font.startsWith('"Corridor Noto Sans SC"')).toBe(true);
    expect(printed.controls).toBe('none');
    expect(printed.heading).toBe(t('zh', 'title'));
    await page.emulateMedia({ media: null });
  });
});
