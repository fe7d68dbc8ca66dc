import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import '../../src/styles.css';
import { openApp, useAppStage, useDetailsOf } from './app-stage.ts';
import { createTranslatedData } from './fixture-data.ts';

/**
 * The side panels and sheets of `corridor-app` to axe-core (WCAG 2.0-2.2 A and AA and best practices), in
 * the page's own stylesheet: each theme, each language, the full page and the embed, on the real data with
 * its translations merged as the build merges them. The map is the fake (tests/fake-maplibre.ts): axe reads
 * the panel, not the drawing. The page as a whole (landmarks, its head, the controls over the drawn map, the list
 * unfolded) is checked in the built site: tests/e2e/a11y.test.ts.
 */

const data = createTranslatedData();

useAppStage();
useDetailsOf(data);

/** axe's violations inside `el`, one line each. */
async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

const PROJECT = 'aktau-container-hub';
const ROUTE = 'dostyk-moiynty-second-track';
const VIEWS: string[] = [];
for (const page of ['', 'embed&'])
  for (const theme of ['light', 'dark'])
    for (const panel of [`project=${PROJECT}`, `route=${ROUTE}`])
      VIEWS.push(`?${page}theme=${theme}&${panel}`);
for (const lang of ['ru', 'kk', 'zh']) VIEWS.push(`?theme=light&hub=khorgos&lang=${lang}`);
VIEWS.push(`?embed&lang=zh&theme=dark&route=${ROUTE}`);

describe('the panels to axe-core (WCAG 2.2 AA and best practices)', () => {
  it('finds the data it checks', () => {
    expect(data.projects.some((p) => p.properties.id === PROJECT)).toBe(true);
    expect(data.routes.some((r) => r.id === ROUTE)).toBe(true);
    expect(data.hubs.some((h) => h.properties.id === 'khorgos')).toBe(true);
  });

  for (const query of VIEWS) {
    it(`has no violations at ${query}`, async () => {
      const { app } = await openApp(query, { data, layout: true });
      const tag = query.includes('route=') ? 'route-panel' : 'hub-panel';
      const panel = app.querySelector(tag) as (HTMLElement & { details: unknown }) | null;
      // The panel with its texts arrived, in the theme asked for.
      await expect.poll(() => panel?.details).toBeTruthy();
      expect(document.documentElement.dataset.theme).toBe(/theme=(\w+)/.exec(query)?.[1]);
      const box = app.querySelector('.panel');
      if (!box) throw new Error(`no panel at ${query}`);
      expect(await violations(box)).toEqual([]);
    });
  }
});
