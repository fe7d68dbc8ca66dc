import { describe, expect, it } from 'vitest';
import { HIDDEN_STATE } from '../../src/style/layers.ts';
import { SOURCES } from '../../src/style/style.ts';
import { openApp, useAppStage } from './app-stage.ts';
import { createData } from './fixture-data.ts';

/**
 * `corridor-app` started on an address that names filters, its map on a fake MapLibre: the cold start of a
 * filtered link, which tests/e2e/explore.test.ts checks in place on the real map.
 */

useAppStage();

describe('corridor-app opened on a filtered link', () => {
  it('lists and draws only what the filters in the address keep, and keeps them in the address', async () => {
    const data = createData();
    const [kept, gone] = ['sea-port', 'container-terminal'].map(
      (kind) => data.projects.find((p) => p.properties.kind === kind)?.properties.id as string,
    );
    const { app, map } = await openApp('?kind=sea-port', { data });
    const listed = [
      ...(app.querySelector('project-list')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-project]') ??
        []),
    ].map((b) => b.dataset.project);
    expect(listed).toEqual([kept]);
    expect(map.getFeatureState({ source: SOURCES.projects, id: gone })[HIDDEN_STATE]).toBe(true);
    expect(map.getFeatureState({ source: SOURCES.projects, id: kept })[HIDDEN_STATE]).toBeUndefined();
    expect(new URLSearchParams(location.search).get('kind')).toBe('sea-port');
  });
});
