import { afterEach, describe, expect, it, vi } from 'vitest';
import { detailsPath, hubDetails } from '../../src/data/split.ts';
import { t } from '../../src/i18n/strings.ts';
import { openApp, settle, useAppStage } from './app-stage.ts';
import { createRealData } from './fixture-data.ts';

/**
 * `corridor-app` (its map on a fake MapLibre) when a panel's texts file fails: the fetch of that one file is
 * answered here, 503 first and the file once the reader retries.
 */

useAppStage();
afterEach(() => {
  vi.restoreAllMocks();
});

describe("when a panel's details fail", () => {
  it('shows the rest of the panel, says what failed, and loads them on retry', async () => {
    const data = createRealData();
    const hub = data.hubs.find((h) => data.projects.some((p) => p.properties.hub === h.properties.id));
    const project = data.projects.find((p) => p.properties.hub === hub?.properties.id);
    if (!hub || !project) throw new Error('no hub with projects in the data');
    const file = detailsPath('hub', hub.properties.id);
    const details = hubDetails(data).get(hub.properties.id);
    let broken = true;
    const fetchReal = window.fetch.bind(window);
    vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.endsWith(`/${file}`)) return fetchReal(input, init);
      return Promise.resolve(
        broken ? new Response('Service unavailable', { status: 503 }) : Response.json(details),
      );
    });
    const { app } = await openApp(`?hub=${hub.properties.id}`, { data });
    const panel = () => app.querySelector('hub-panel')?.shadowRoot;
    const failed = () => panel()?.querySelector('.details-failed');
    const text = () => panel()?.textContent?.replace(/\s+/g, ' ') ?? '';
    await expect.poll(failed).toBeTruthy();
    expect(failed()?.textContent).toContain(t('en', 'detailsFailed'));
    expect(failed()?.textContent).toContain(`${file}: HTTP 503`);
    // What the index carries is all there: the hub, its projects, their kinds, figures and sources.
    expect(text()).toContain(project.properties.name.en);
    expect(text()).not.toContain(t('en', 'detailsLoading'));
    const summary = details?.projects[project.properties.id]?.summary.en ?? '';
    expect(summary.length).toBeGreaterThan(40);
    expect(text()).not.toContain(summary.slice(0, 40));
    broken = false;
    failed()?.querySelector('button')?.click();
    await settle(app);
    await expect.poll(failed).toBeFalsy();
    await expect.poll(text).toContain(summary.slice(0, 40));
  });
});
