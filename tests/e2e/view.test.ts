import { describe, expect, it } from 'vitest';
import { SANDBOX } from '../../src/embed/embed-code.ts';
import { goToView, openPage, pagePool, useHarness, waitForMap } from './harness.ts';

const h = useHarness();

// One page at the default size for the reader's moves and the embed code (each test sets its view first).
const pages = pagePool(h, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });

describe('the view in the URL', () => {
  it("puts the reader's moves in the URL without adding history entries, and opens on them", async () => {
    const { page } = await pages.open();
    await waitForMap(page);
    await goToView(page, '?');
    const entries = await page.evaluate(() => history.length);
    const canvas = await page.locator('corridor-map canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    const x = canvas.x + canvas.width / 2;
    const y = canvas.y + canvas.height / 2;
    for (let i = 0; i < 3; i++) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x - 120, y + 40, { steps: 5 });
      await page.mouse.up();
    }
    // Wait for the glide after the last drag to end, then for the URL to show where the map stopped.
    await page.waitForFunction(() => document.querySelector('corridor-map')?.maplibre?.isMoving() === false);
    const center = await page.evaluate(() =>
      document.querySelector('corridor-map')?.maplibre?.getCenter().toArray(),
    );
    const short = (n = 0) => String(Number(n.toFixed(4)));
    await expect
      .poll(() => new URL(page.url()).searchParams.get('center'))
      .toBe(`${short(center?.[0])},${short(center?.[1])}`);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // Opened afresh on that URL, as a shared link is.
    const url = page.url();
    await page.goto(url);
    await waitForMap(page);
    const reopened = await page.evaluate(() =>
      document.querySelector('corridor-map')?.maplibre?.getCenter().toArray(),
    );
    expect(reopened?.[0]).toBeCloseTo(center?.[0] ?? 0, 2);
    expect(reopened?.[1]).toBeCloseTo(center?.[1] ?? 0, 2);
  });

  it('opens on the default view for nonsense and unknown ids in the URL: no panel, no error', async () => {
    // Opened cold: the address is read as the page starts.
    const junk = `?zoom=NaN&center=76,400&theme=%3Cb%3E&lang=xx&hub=${'x'.repeat(10_000)}&project=%3Cscript%3E&route=atlantis`;
    const { page, errors } = await openPage(h, junk);
    expect(await waitForMap(page)).toBe('ready');
    expect(await page.locator('hub-panel, route-panel').count()).toBe(0);
    const zoom = await page.evaluate(() => document.querySelector('corridor-map')?.maplibre?.getZoom() ?? -1);
    expect(zoom).toBeGreaterThan(2);
    expect(zoom).toBeLessThan(6);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('embed code', () => {
  it('offers ready-to-paste code for the current view and copies it', async () => {
    const { page } = await pages.open();
    await goToView(page, '?project=aktau-container-hub&lang=ru');
    await page.waitForSelector('hub-panel');
    await page.locator('.embed-button').click();
    const code = await page.locator('embed-dialog textarea').inputValue();
    // The page of the view's language and project, whose picture the embed shows until the reader reaches it.
    expect(code).toContain(`src="${h.url}ru/project/aktau-container-hub/?embed"`);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('title="');
    expect(code).toContain(`sandbox="${SANDBOX}"`);
    expect(code).toContain(`<script src="${h.url}embed.js" async></script>`);
    await page.locator('embed-dialog button.copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.keyboard.press('Escape');
    await page.waitForSelector('embed-dialog', { state: 'detached' });
  });

  it('is discoverable through oEmbed', async () => {
    // The built home page as served, read without a browser: the link is in its HTML.
    const html = await (await fetch(h.url)).text();
    const href = /<link [^>]*type="application\/json\+oembed"[^>]*>/
      .exec(html)?.[0]
      .match(/href="([^"]+)"/)?.[1];
    expect(href).toBeTruthy();
    const response = await fetch(new URL((href ?? '').replaceAll('&amp;', '&'), h.url));
    const oembed = await response.json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Corridor Map' });
    expect(oembed.html).toMatch(/^<iframe src="[^"]+\?embed"/);
    expect(oembed.html).toContain(`sandbox="${SANDBOX}"`);
  });
});
