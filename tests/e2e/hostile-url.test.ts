import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/data/types.ts';
import { injected, openPage, useHarness, waitForMap } from './harness.ts';

/** The real site: hostile URL parameters are ignored, and nothing they carry becomes markup. */
const h = useHarness();

describe('hostile URL parameters on the real site', () => {
  const queries = [
    '?hub=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=%3Cscript%3E',
    '?project=javascript:alert(1)&theme=%22%3E%3Csvg%20onload%3Dalert(1)%3E',
    '?route=%27%20onmouseover%3D%27alert(1)&center=%3Cb%3E,1&zoom=alert(1)',
    `?embed&childId=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=${'x'.repeat(10_000)}`,
    '?hub=khorgos&lang=__proto__&theme=constructor&zoom=1e400&center=NaN,Infinity',
    '?embed=%3Cscript%3E&project=aktau-container-hub%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E#%3Cimg%20src=x%20onerror=alert(1)%3E',
  ];

  for (const query of queries) {
    it(`ignores ${query.slice(0, 90)}`, async () => {
      const { page, dialogs, errors } = await openPage(h, `${h.url}${query}`);
      expect(await waitForMap(page)).toBe('ready');
      const state = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        theme: document.documentElement.dataset.theme,
        panel: document.querySelector('hub-panel, route-panel')?.localName ?? null,
      }));
      expect(LANGUAGES as readonly string[]).toContain(state.lang);
      expect(['light', 'dark']).toContain(state.theme);
      if (!query.includes('hub=khorgos')) expect(state.panel).toBeNull();
      expect(await injected(page)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('keeps a hostile extra parameter out of the embed code as markup', async () => {
    const { page, dialogs, errors } = await openPage(
      h,
      `${h.url}?hub=khorgos&x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&y=%27%20onload%3D%27alert(1)`,
    );
    await page.click('.embed-button');
    await page.waitForFunction(
      () => document.querySelector('embed-dialog')?.shadowRoot?.querySelector('dialog')?.open === true,
    );
    const code = await page.evaluate(
      () => document.querySelector('embed-dialog')?.shadowRoot?.querySelector('textarea')?.value ?? '',
    );
    // Parsed as HTML, the code is one iframe and one script with a src, and nothing else.
    const parsed = await page.evaluate((c) => {
      const doc = new DOMParser().parseFromString(c, 'text/html');
      const all = [...doc.body.querySelectorAll('*'), ...doc.head.querySelectorAll('*')];
      return {
        tags: all.map((e) => e.localName).sort(),
        handlers: all.flatMap((e) => e.getAttributeNames().filter((a) => /^on/i.test(a))),
        inline: [...doc.scripts].filter((s) => s.textContent?.trim()).length,
        src: doc.querySelector('iframe')?.getAttribute('src') ?? '',
      };
    }, code);
    expect(parsed.tags).toEqual(['iframe', 'script']);
    expect(parsed.handlers).toEqual([]);
    expect(parsed.inline).toBe(0);
    expect(new URL(parsed.src).origin).toBe(new URL(h.url).origin);
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
