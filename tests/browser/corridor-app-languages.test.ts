import { describe, expect, it } from 'vitest';
import type { CorridorApp } from '../../src/app/corridor-app.ts';
import { LANGUAGES } from '../../src/data/types.ts';
import { t } from '../../src/i18n/strings.ts';
import { openApp, settle, useAppStage } from './app-stage.ts';
import { createData } from './fixture-data.ts';

/**
 * `corridor-app` in each language (its map on a fake MapLibre): the language asked for in the address, or
 * picked with the switch, reaches the panel, `<html lang>` and the address. The address of the test frame
 * is put back after each test.
 */

useAppStage();

/** The open hub panel's text, spaces collapsed. */
async function panelText(app: CorridorApp): Promise<string> {
  const panel = app.querySelector('hub-panel');
  await panel?.updateComplete;
  return panel?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('corridor-app in four languages', () => {
  it('shows the panel and the page in the language the address asks for, and sets <html lang>', async () => {
    const { app, data } = await openApp();
    const hub = data.hubs[0]?.properties.id;
    for (const lang of LANGUAGES) {
      // Entered as Back/Forward would: the app reads the address again, in place.
      history.pushState(null, '', `?hub=${hub}&lang=${lang}`);
      dispatchEvent(new PopStateEvent('popstate'));
      await settle(app);
      expect(document.documentElement.lang).toBe(lang);
      expect(await panelText(app), lang).toContain(t(lang, 'projectsAtHub'));
    }
  });

  it('lets the reader switch language with the switch, and keeps it in the address', async () => {
    const hub = createData().hubs[0]?.properties.id;
    const { app } = await openApp(`?hub=${hub}`);
    expect(document.documentElement.lang).toBe('en');
    const select = app.querySelector<HTMLSelectElement>('.language-switch select');
    if (!select) throw new Error('no language switch');
    select.value = 'kk';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(app);
    expect(new URLSearchParams(location.search).get('lang')).toBe('kk');
    expect(new URLSearchParams(location.search).get('hub')).toBe(hub);
    expect(document.documentElement.lang).toBe('kk');
    expect(await panelText(app)).toContain(t('kk', 'projectsAtHub'));
  });
});
