import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToView, openPage, pagePool, useHarness, waitForMap, waitForMapIdle } from './harness.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const h = useHarness();

/** Runs axe-core (WCAG 2.0-2.2 A and AA rules) on the page and returns its violations, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      // WCAG 2.0-2.2 A and AA, and axe's best practices (landmarks, one main, heading order...).
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
}

/**
 * The views axe checks in the built page, each on one of two pages kept open for the file: the full page, and
 * the embed (opened cold in Chinese and the dark theme: its compact layout and the map's gestures are set at
 * start). Each view is reached in place, as Back/Forward would: the theme and the panel are in the address.
 * Here axe reads the page whole: its landmarks and head, the controls over the map, one panel beside the
 * drawn map, the embed's list unfolded. Every panel and sheet in each theme and language is checked on its
 * own in the page's stylesheet: tests/browser/corridor-app-axe.test.ts.
 */
const VIEWS: { page: 'full' | 'embed'; query: string; unfold?: boolean }[] = [];
for (const theme of ['light', 'dark']) {
  VIEWS.push({ page: 'full', query: `?theme=${theme}` });
  VIEWS.push({ page: 'embed', query: `?embed&theme=${theme}` });
}
VIEWS.push({ page: 'full', query: '?theme=light&project=aktau-container-hub' });
// Last of the embed's views: the list stays unfolded on that page afterwards.
VIEWS.push({ page: 'embed', query: '?embed&theme=light', unfold: true });

/**
 * The full page, kept open for every test of the file that reads it (each moves it to its own view first).
 * Source links lead to other sites: they are answered locally, so the keyboard test stays off the network.
 */
const full = pagePool(h, {
  before: (_, context) =>
    context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>source</title>' }),
    ),
});
/** The embed, opened cold in Chinese and the dark theme, kept open for the embed's views. */
const embed = pagePool(h);
const EMBED_LOAD = '?embed&lang=zh&theme=dark';

describe('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  for (const { page: which, query, unfold } of VIEWS) {
    it(`has no violations at ${query}${unfold ? ', list unfolded' : ''}`, async () => {
      const { page } = which === 'full' ? await full.open() : await embed.open(EMBED_LOAD);
      await waitForMap(page);
      await goToView(page, query);
      const panel = /[?&](hub|project|route)=/.exec(query)?.[1];
      if (panel) await page.waitForSelector(panel === 'route' ? 'route-panel' : 'hub-panel');
      else await page.waitForSelector('hub-panel, route-panel', { state: 'detached' });
      if (unfold) {
        await page.locator('button.more-button').click();
        await page.locator('project-list').waitFor({ state: 'visible' });
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('a feature page (tools/pages.ts)', () => {
  it('has no violations with the app started on it, its project selected, in Russian', async () => {
    const { page, close } = await openPage(h, 'ru/project/aktau-container-hub/');
    await waitForMap(page);
    await page.waitForSelector('hub-panel', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('has no violations without JavaScript, as the static page the build wrote', async () => {
    // The page's own scripts never arrive (as where they are blocked), so the static page stays; axe still runs.
    const { page, close } = await openPage(h, 'zh/route/dostyk-moiynty-second-track/', {
      before: (_, context) => context.route(/\/assets\/[^/]+\.js$/, (route) => route.abort()),
      waitFor: '.static-feature h1',
    });
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('by keyboard alone', () => {
  it('skips to the list, opens a project, reads its sources, closes and returns', async () => {
    const { page, context } = await full.open();
    await goToView(page, '?');
    await page.waitForSelector('hub-panel, route-panel', { state: 'detached' });
    // As on a fresh load, the next Tab starts from the top of the page: from a stand-in first in <body>, gone after.
    await page.evaluate(() => {
      const start = document.createElement('span');
      start.tabIndex = -1;
      start.id = 'tab-start';
      document.body.prepend(start);
      start.focus();
    });
    await page.keyboard.press('Tab');
    await page.evaluate(() => document.getElementById('tab-start')?.remove());
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('projects');
    // Tab into the list: the first hub button, then the first project button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const chosen = await page.evaluate(
      () =>
        (document.querySelector('project-list')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset
          .project,
    );
    expect(chosen).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForSelector('hub-panel');
    // Focus moved into the panel, to the heading of the project chosen (not its hub's), and the close
    // button is the next stop.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('hub-panel')?.shadowRoot?.activeElement?.id))
      .toBe(`project-${chosen}-name`);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.querySelector('hub-panel')?.shadowRoot?.activeElement?.className),
    ).toBe('close');
    // Tab through the panel to its first source link, and follow it: it opens in a new tab.
    let link: { href: string; target: string } | null = null;
    for (let i = 0; i < 60 && !link; i++) {
      await page.keyboard.press('Tab');
      link = await page.evaluate(() => {
        const a = document.querySelector('hub-panel')?.shadowRoot?.activeElement;
        return a instanceof HTMLAnchorElement && a.closest('ol.sources')
          ? { href: a.href, target: a.target }
          : null;
      });
    }
    expect(link?.target).toBe('_blank');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(link?.href);
    await popup.close();
    // Escape closes the panel and focus returns to the project the reader chose.
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.waitForSelector('hub-panel', { state: 'detached' });
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (document.querySelector('project-list')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset
              .project,
        ),
      )
      .toBe(chosen);
  });
});

describe('four languages', () => {
  // The panel, <html lang> and the switch in each language: tests/browser/corridor-app-languages.test.ts.
  it("draws the map labels in Cyrillic and Chinese from the site's own fonts", async () => {
    const { page, requests } = await full.open();
    const shots: Record<string, Buffer> = {};
    for (const lang of ['en', 'ru', 'zh']) {
      await goToView(page, `?lang=${lang}`);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
      await waitForMapIdle(page);
      shots[lang] = await page.locator('corridor-map canvas').screenshot();
    }
    // The faces this page has fetched (an earlier test on it may have fetched them first).
    const fonts = requests.filter((u) => u.endsWith('.woff2')).map((u) => u.split('/').pop());
    expect(fonts.some((f) => f?.startsWith('noto-sans-cyrillic'))).toBe(true);
    expect(fonts.some((f) => /^noto-sans-sc-\d+/.test(f ?? ''))).toBe(true);
    expect(requests.filter((u) => u.endsWith('.woff2')).every((u) => u.startsWith(h.url))).toBe(true);
    expect(shots.ru.equals(shots.en)).toBe(false);
    expect(shots.zh.equals(shots.en)).toBe(false);
  });
});
