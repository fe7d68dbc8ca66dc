import { describe, expect, it } from 'vitest';
import { focused, openApp, settle, useAppStage } from './app-stage.ts';

/**
 * The controls around the map a reader meets first, in `corridor-app` on a fake MapLibre: the embed's way out
 * leads to the full map, and the filters stay open, focus on the box, while the reader unticks the last one.
 * (What needs the built page's layout and a real map, the first screen itself, stays in
 * tests/e2e/first-screen.test.ts.) The address of the test frame is put back after each test.
 */

useAppStage();

describe('the first screen’s controls', () => {
  it('the embed leads out to the full map, not to the embed again', async () => {
    await openApp('?embed');
    const href = document.querySelector('footer.foot a')?.getAttribute('href');
    const url = new URL(href ?? '', location.href);
    expect(url.searchParams.has('embed')).toBe(false);
    expect(url.origin + url.pathname).toBe(location.origin + location.pathname);
  });

  it('the filters stay open, with focus on the box, when the reader unticks the last one', async () => {
    const { app } = await openApp();
    const filters = app.querySelector('details.filters') as HTMLDetailsElement;
    filters.querySelector('summary')?.click();
    await settle(app);
    const panel = app.querySelector('filter-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    await panel.updateComplete;
    const box = () => panel.shadowRoot?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    // As a click does: focus on the box, then the change.
    for (const checked of [true, false]) {
      box()?.focus();
      box()?.click();
      await settle(app);
      expect(box()?.checked).toBe(checked);
    }
    expect(filters.open).toBe(true);
    expect(focused()?.getAttribute('type')).toBe('checkbox');
  });
});
