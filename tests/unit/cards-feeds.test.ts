import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/data/validate.ts';
import { featurePagePath, siteAddress } from '../../src/state/pages.ts';
import { BASEMAP_ATTRIBUTION, buildBasemap } from '../../tools/basemap.ts';
import { planCards } from '../../tools/cards/cards.ts';
import { loadCorridorData, readGeoFiles } from '../../tools/data.ts';
import { atomFeed } from '../../tools/feeds.ts';

/** Issue 23: page addresses, the build's refusal of a card name that cannot fit, the feeds' escaping. */

const GEO = join(import.meta.dirname, '../../geo');
const temp = mkdtempSync(join(tmpdir(), 'corridor-cards-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('page addresses', () => {
  it('English at the root, other languages under their code, features under their type', () => {
    expect(featurePagePath('en', null)).toBe('/');
    expect(featurePagePath('ru', null)).toBe('/ru/');
    expect(featurePagePath('ru', { type: 'project', id: 'x' })).toBe('/ru/project/x/');
    expect(featurePagePath('en', { type: 'route', id: 'a-b' })).toBe('/route/a-b/');
    expect(featurePagePath('zh', { type: 'hub', id: 'khorgos' })).toBe('/zh/hub/khorgos/');
  });

  it('an absolute address keeps the folder of a site that lives in one', () => {
    expect(siteAddress('https://example.org/map/', '/ru/hub/x/')).toBe('https://example.org/map/ru/hub/x/');
    expect(siteAddress('https://example.org', '/')).toBe('https://example.org/');
  });
});

describe('preview cards refuse a name that cannot fit', () => {
  it('names the file, feature and field', async () => {
    const data = loadCorridorData(GEO);
    const basemap = { ...buildBasemap(), attribution: BASEMAP_ATTRIBUTION };
    const project = data.projects.find((p) => p.properties.id === 'khorgos-dry-port');
    if (!project) throw new Error('no khorgos-dry-port');
    project.properties.name = { en: Array.from({ length: 40 }, () => 'Khorgos').join(' ') };
    await expect(planCards(data, basemap, temp)).rejects.toThrow(
      /projects\.geojson: khorgos-dry-port: properties\.name\.en: the name is too long for the preview card project\/khorgos-dry-port\/card\.png/,
    );
  });

  it('lays out every card of the real data', async () => {
    const data = loadCorridorData(GEO);
    const basemap = { ...buildBasemap(), attribution: BASEMAP_ATTRIBUTION };
    const cards = await planCards(data, basemap, temp);
    expect(cards).toHaveLength(4 * (1 + data.hubs.length + data.projects.length + data.routes.length));
  });
});

describe('updates name the features they changed', () => {
  it('refuses an update naming a project that does not exist', () => {
    const files = readGeoFiles(GEO);
    const updates = JSON.parse(files['updates.json'] ?? '[]');
    updates[0].features = [{ type: 'project', id: 'no-such-project' }];
    const result = validate({ ...files, 'updates.json': JSON.stringify(updates) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        file: 'updates.json',
        field: 'features[0].id',
        message: expect.stringContaining('no-such-project'),
      }),
    );
  });
});

describe('Atom feed', () => {
  it('carries hostile text as text, and the features an update names as related links', () => {
    const data = loadCorridorData(GEO);
    data.updates = [
      {
        date: '2026-12-06',
        text: { en: 'Fixed <b>&</b> "quotes": <script>alert(1)</script>' },
        features: [{ type: 'project', id: 'khorgos-dry-port' }],
      },
    ];
    const xml = atomFeed(data, 'en', 'https://example.org/map/');
    const feed = parseFeed(xml);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0].description).toBe('Fixed <b>&</b> "quotes": <script>alert(1)</script>');
    expect(feed.items[0].title).toBe('Fixed <b>&</b> "quotes"');
    expect(feed.self).toBe('https://example.org/map/feed.xml');
    expect(xml).toContain(
      '<link rel="related" type="text/html" hreflang="en" href="https://example.org/map/project/khorgos-dry-port/"/>',
    );
  });
});
