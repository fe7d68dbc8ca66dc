import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/data/types.ts';
import { goToView, injected, openPage, pagePool, useHarness, waitForMap, waitForMapIdle } from './harness.ts';

/** The real site: hostile URL parameters are ignored, and nothing they carry becomes markup. */
const h = useHarness();

/** What the page made of the address: a known language and theme, no panel unless `panel`, nothing injected. */
async function expectIgnored(
  page: Page,
  { dialogs, errors }: { dialogs: string[]; errors: string[] },
  panel = false,
): Promise<void> {
  const state = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.theme,
    panel: document.querySelector('hub-panel, route-panel')?.localName ?? null,
  }));
  expect(LANGUAGES as readonly string[]).toContain(state.lang);
  expect(['light', 'dark']).toContain(state.theme);
  expect(state.panel).toBe(panel ? 'hub-panel' : null);
  expect(await injected(page)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
}

describe('hostile URL parameters on the real site', () => {
  // Opened cold: the language is read before the app runs, and the page the app then starts on.
  const FIRST = '?hub=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=%3Cscript%3E';
  // Read as Back/Forward or a link within the page brings them, on the page FIRST opened: the app reads every
  // parameter of its view from an address the same way whenever it reads one (the parser's own cases:
  // tests/unit/url.test.ts).
  const IN_PLACE = [
    '?project=javascript:alert(1)&theme=%22%3E%3Csvg%20onload%3Dalert(1)%3E',
    '?route=%27%20onmouseover%3D%27alert(1)&center=%3Cb%3E,1&zoom=alert(1)',
    '?hub=khorgos&lang=__proto__&theme=constructor&zoom=1e400&center=NaN,Infinity',
    '?embed=%3Cscript%3E&project=aktau-container-hub%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E#%3Cimg%20src=x%20onerror=alert(1)%3E',
  ];
  // Opened cold: only a load makes a page an embed, with its host's child id.
  const EMBED = `?embed&childId=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=${'x'.repeat(10_000)}`;

  const pages = pagePool(h);

  it(`ignores ${FIRST.slice(0, 90)} at start-up`, async () => {
    const opened = await pages.open(FIRST);
    expect(await waitForMap(opened.page)).toBe('ready');
    await expectIgnored(opened.page, opened);
  });

  for (const query of IN_PLACE) {
    it(`ignores ${query.slice(0, 90)} in place`, async () => {
      const opened = await pages.open(FIRST);
      expect(await waitForMap(opened.page)).toBe('ready');
      await goToView(opened.page, query);
      const panel = query.includes('hub=khorgos');
      if (panel) await opened.page.waitForSelector('hub-panel h2');
      // The map has taken the view too (a camera of NaN or 1e400 would throw there).
      await waitForMapIdle(opened.page);
      await expectIgnored(opened.page, opened, panel);
    });
  }

  it(`ignores ${EMBED.slice(0, 90)} in an embed at start-up`, async () => {
    const opened = await openPage(h, `${h.url}${EMBED}`);
    expect(await waitForMap(opened.page)).toBe('ready');
    await expectIgnored(opened.page, opened);
    await opened.close();
  });

  it('keeps a hostile extra parameter out of the embed code as markup', async () => {
    const opened = await pages.open(FIRST);
    const { page } = opened;
    await goToView(
      page,
      '?hub=khorgos&x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&y=%27%20onload%3D%27alert(1)',
    );
    await page.waitForSelector('hub-panel h2');
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
    expect(opened.dialogs).toEqual([]);
    expect(opened.errors).toEqual([]);
    await page.keyboard.press('Escape');
  });
});
