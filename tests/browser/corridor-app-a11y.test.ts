import { describe, expect, it } from 'vitest';
import type { CorridorApp } from '../../src/app/corridor-app.ts';
import { openApp, settle, useAppStage } from './app-stage.ts';
import { createData } from './fixture-data.ts';

/**
 * What a screen reader hears from `corridor-app` (its map on a fake MapLibre): the selection, said in the
 * page's polite live region. The address of the test frame is put back after each test.
 */

useAppStage();

/** What the live region says, spaces collapsed. */
const heard = (app: CorridorApp) =>
  app.querySelector('main > p[aria-live="polite"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('corridor-app to a screen reader', () => {
  it('announces the selection by name, from a deep link and on each new selection, and nothing once closed', async () => {
    const data = createData();
    const [first, second] = data.hubs.map((h) => h.properties);
    const { app } = await openApp(`?hub=${first?.id}`);
    expect(heard(app)).toBe(`Selected: ${first?.name.en}`);
    app.apply({ type: 'select', selection: { type: 'hub', id: second?.id as string } });
    await settle(app);
    expect(heard(app)).toBe(`Selected: ${second?.name.en}`);
    app.apply({ type: 'select', selection: null });
    await settle(app);
    expect(heard(app)).toBe('');
  });

  it("announces in the page's language", async () => {
    const data = createData();
    const hub = data.hubs[0]?.properties;
    const { app } = await openApp(`?hub=${hub?.id}&lang=ru`);
    expect(heard(app)).toContain('Выбрано');
    expect(heard(app)).toContain(hub?.name.ru ?? hub?.name.en);
  });
});
