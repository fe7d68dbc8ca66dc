import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { derive } from '../../src/data/derive.ts';
import { hostileData, hubPanelTexts, routePanelTexts } from '../hostile-data.ts';
import { injectedIn } from '../injected.ts';
import { openApp, useAppStage, useDetailsOf } from './app-stage.ts';
import { VALID_FILES } from './fixture-data.ts';

/**
 * `corridor-app` (its map on a fake MapLibre) on the hostile data (tests/hostile-data.ts: a payload in every
 * text field the validator lets through): every panel shows every payload literally, links each source to its
 * address exactly, and nothing in it becomes a handler, a tag or a script, even hovered and focused. The
 * panels' texts files are answered as the build writes them. The built site with that data (its static page,
 * pictures and shipped files): tests/e2e/hostile-text.test.ts.
 */

const valid = hostileData(VALID_FILES);
const data = derive(structuredClone(valid));

useAppStage();
useDetailsOf(data);
// A payload that ran would call alert: recorded, never shown.
beforeEach(() => {
  vi.spyOn(window, 'alert').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.mocked(window.alert).mockRestore();
});

const panels: {
  query: string;
  tag: 'hub-panel' | 'route-panel';
  want: () => ReturnType<typeof hubPanelTexts>;
}[] = [
  // Every hub's panel is also opened through its projects below.
  { query: '?hub=hub-east', tag: 'hub-panel', want: () => hubPanelTexts(valid, 'hub-east', 'en') },
  { query: '?hub=hub-east&lang=zh', tag: 'hub-panel', want: () => hubPanelTexts(valid, 'hub-east', 'zh') },
  ...valid.projects.map(({ properties: p }) => ({
    query: `?project=${p.id}`,
    tag: 'hub-panel' as const,
    want: () => hubPanelTexts(valid, p.hub, 'en'),
  })),
  ...valid.routes.map((r) => ({
    query: `?route=${r.id}`,
    tag: 'route-panel' as const,
    want: () => routePanelTexts(valid, r.id, 'en'),
  })),
  {
    query: `?route=${valid.routes[0].id}&lang=ru`,
    tag: 'route-panel',
    want: () => routePanelTexts(valid, valid.routes[0].id, 'ru'),
  },
];

describe('corridor-app on hostile data', () => {
  for (const panel of panels) {
    it(`shows every payload literally in ${panel.tag} at ${panel.query}`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      addEventListener('error', onError);
      try {
        const { app } = await openApp(panel.query, { data });
        const el = app.querySelector(panel.tag) as (HTMLElement & { details: unknown }) | null;
        if (!el?.shadowRoot) throw new Error(`no ${panel.tag} at ${panel.query}`);
        const want = panel.want();
        // The panel shows this view once its texts file has arrived.
        const missing = () => want.texts.filter((t) => !(el.shadowRoot?.textContent ?? '').includes(t));
        await expect.poll(missing, { message: 'payloads not shown literally' }).toEqual([]);
        // Entities stay entities: nothing decoded them into a tag or a character.
        const hrefs = [...el.shadowRoot.querySelectorAll('ol.sources a')].map((a) => a.getAttribute('href'));
        expect(hrefs.sort()).toEqual([...want.urls].sort());
        // Hover and focus what carries the payloads, in case anything became a handler.
        const heading = el.shadowRoot.querySelector('h2');
        if (!heading) throw new Error('no heading');
        await userEvent.hover(heading);
        await userEvent.tab();
        expect(injectedIn(app)).toEqual([]);
        expect(window.alert).not.toHaveBeenCalled();
        expect(errors).toEqual([]);
      } finally {
        removeEventListener('error', onError);
      }
    });
  }
});
