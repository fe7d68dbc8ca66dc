import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/data/vocabularies.ts';
import { PREVIEW_SIZE } from '../../src/preview/preview-camera.ts';
import { homePicturePath, PICTURE_DENSITIES, pictureAt } from '../../src/state/pages.ts';
import { buildBasemap } from '../../tools/basemap.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { renderPreviewSvg } from '../../tools/preview/preview.ts';
import { createValidFiles } from '../data-files.ts';
import { filesOf, hostileData, LONG } from '../hostile-data.ts';
import { buildSite, injected, openPage, useHarness } from './harness.ts';

/**
 * Hostile text in the data is text: whatever the validator lets through (entities, template syntax, quotes,
 * `javascript:` as plain words, bidi overrides, very long strings: tests/hostile-data.ts) the build writes as
 * text into the static page, the pictures and the data it ships. The validator's side is in
 * tests/unit/hostile-text.test.ts; the app's panels showing every payload literally, in
 * tests/browser/corridor-app-hostile.test.ts. Hostile URL parameters: tests/e2e/hostile-url.test.ts.
 */

/** The site this file serves, built from the hostile data. */
let out = '';
const h = useHarness({
  dir: async (h) => {
    out = await buildSite(h, filesOf(hostileData(createValidFiles())));
    return out;
  },
});

describe('a site built from hostile data', () => {
  const data = hostileData(createValidFiles());

  it('writes the payloads into the static page as text, with JavaScript off', async () => {
    const { page, close } = await openPage(h, '', {
      context: { javaScriptEnabled: false },
      waitFor: '.static-page',
    });
    const text = await page.evaluate(() => document.querySelector('.static-page')?.textContent ?? '');
    const d = data;
    const expected = [
      ...d.hubs.map((x) => x.properties.name.en),
      ...d.projects.flatMap((x) => [x.properties.name.en, x.properties.summary.en]),
      ...d.routes.flatMap((r) => [r.name.en, r.summary.en]),
      ...d.sources.map((s) => s.publisher),
    ];
    expect(expected.filter((t) => !text.includes(t))).toEqual([]);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('.static-list a')].map((a) => a.getAttribute('href')),
    );
    expect(new Set(links)).toEqual(new Set(d.sources.map((s) => s.url)));
    // The picture's hub links: each to its hub, named by the hub's name as plain text.
    const hubLinks = await page.evaluate(() =>
      [...document.querySelectorAll('.static-page .preview-hubs a')].map((a) => [
        a.getAttribute('href'),
        a.getAttribute('aria-label'),
      ]),
    );
    expect(hubLinks.sort()).toEqual(
      d.hubs.map((x) => [`?hub=${x.properties.id}`, x.properties.name.en]).sort(),
    );
    expect(await page.locator('.static-page a').count()).toBe(links.length + hubLinks.length);
    expect(await injected(page)).toEqual([]);
    await close();
  });

  it('escapes the payloads in the pictures it draws, and ships them as images, not markup', () => {
    // The data as the build reads it, from the same files.
    const geo = mkdtempSync(join(tmpdir(), 'hostile-geo-'));
    for (const [name, text] of Object.entries(filesOf(data))) writeFileSync(join(geo, name), text);
    const built = loadCorridorData(geo);
    rmSync(geo, { recursive: true });
    const basemap = buildBasemap();
    for (const lang of LANGUAGES) {
      // The tags only: a payload shown as a label's text (escaped) is what the picture should draw.
      const tags = renderPreviewSvg(built, basemap, { ...PREVIEW_SIZE, lang }).replace(/>[^<]*</g, '><');
      expect(
        tags.match(/.{0,80}(<script|\son[a-z]+\s*=|javascript:|\sautofocus).{0,80}/i)?.[0],
        lang,
      ).toBeUndefined();
    }
    for (const name of LANGUAGES.flatMap((l) => [
      homePicturePath(l, 'light'),
      homePicturePath(l, 'dark'),
    ]).flatMap((p) => PICTURE_DENSITIES.map((d) => pictureAt(p, d)))) {
      const bytes = readFileSync(join(out, name));
      expect([bytes.subarray(0, 4).toString(), bytes.subarray(8, 12).toString()], name).toEqual([
        'RIFF',
        'WEBP',
      ]);
    }
  });

  it('ships the data as the validator accepted it, not rewritten', () => {
    const shipped = JSON.parse(readFileSync(join(out, 'data/corridor.json'), 'utf8'));
    expect(shipped.sources.map((s: { url: string }) => s.url)).toEqual(data.sources.map((s) => s.url));
    // A project's summary ships with its hub's details, which its panel loads.
    const p = data.projects[0].properties;
    const details = JSON.parse(readFileSync(join(out, `data/hubs/${p.hub}.json`), 'utf8'));
    expect(details.projects[p.id].summary.en).toBe(p.summary.en);
    expect(details.projects[p.id].summary.en.length).toBeGreaterThan(LONG);
  });
});
