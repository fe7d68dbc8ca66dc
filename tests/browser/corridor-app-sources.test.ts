import { describe, expect, it } from 'vitest';
import type { CorridorApp } from '../../src/app/corridor-app.ts';
import { openApp, settle, useAppStage } from './app-stage.ts';
import { createRealData } from './fixture-data.ts';

/**
 * `corridor-app` on the real data (its map on a fake MapLibre): every hub, project and route opens from the
 * address, entered as Back/Forward would, in a panel that links every source it cites. The address of the test
 * frame is put back after each test.
 */

useAppStage();

/** The open panel: its text, spaces collapsed, and its source links (address, target, rel). */
async function openPanel(app: CorridorApp) {
  const panel = app.querySelector('hub-panel, route-panel') as
    | (HTMLElement & { updateComplete: Promise<unknown> })
    | null;
  await panel?.updateComplete;
  return {
    text: panel?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
    links: [...(panel?.shadowRoot?.querySelectorAll('ol.sources a') ?? [])].map((a) => ({
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    })),
  };
}

describe('corridor-app on the real data', () => {
  it('opens every hub, project and route from its address, with all its sources linked', async () => {
    const data = createRealData();
    const { app } = await openApp('', { data });
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const targets = [
      ...data.hubs.map((f) => ({
        q: `hub=${f.properties.id}`,
        name: f.properties.name.en,
        cites: f.properties.sources,
      })),
      ...data.projects.map((f) => ({
        q: `project=${f.properties.id}`,
        name: f.properties.name.en,
        cites: f.properties.sources,
      })),
      ...data.routes.map((r) => ({ q: `route=${r.id}`, name: r.name.en, cites: r.sources })),
    ];
    expect(targets.length).toBeGreaterThan(20);
    for (const t of targets) {
      history.pushState(null, '', `?${t.q}`);
      dispatchEvent(new PopStateEvent('popstate'));
      await settle(app);
      const { text, links } = await openPanel(app);
      expect(text, t.q).toContain(t.name);
      for (const id of t.cites) {
        expect(links, `${t.q} cites ${id}`).toContainEqual({
          href: sources.get(id)?.url,
          target: '_blank',
          rel: 'noopener noreferrer',
        });
      }
    }
  });
});
