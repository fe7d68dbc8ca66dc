import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { openPage, useHarness } from './harness.ts';

/**
 * Issue 23: the panel's "Copy link" gives the absolute address of the feature's own page in the reader's
 * language and says so; "Share" is there only where the platform has a share sheet, and hands it the same
 * address; the embed dialog offers the page too. The clipboard and the share sheet are stubbed in the page
 * (an init script), so the test reads exactly what the page handed them.
 */

const h = useHarness();
const PROJECT = 'khorgos-dry-port';

/** Records what the page writes to the clipboard and, with `share`, gives it a share sheet that records too. */
const stubs = (share: boolean) => {
  const w = window as unknown as { __copied: string[]; __shared: ShareData[] };
  w.__copied = [];
  w.__shared = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void w.__copied.push(text) },
  });
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: share ? async (data: ShareData) => void w.__shared.push(data) : undefined,
  });
};

async function openProject(share: boolean) {
  const opened = await openPage(h, `?project=${PROJECT}&lang=ru`, {
    before: (page) => page.addInitScript(stubs, share),
    waitFor: 'hub-panel',
  });
  const section = opened.page.locator(`hub-panel #project-${PROJECT}`);
  await section.locator('share-link button.copy-link').waitFor();
  return { ...opened, section };
}

/** The page's own address for a path: the site address the build wrote, or the page's origin. */
function expected(origin: string, site: string | null, path: string): string {
  return new URL(path.slice(1), site ?? `${origin}/`).href;
}

describe('Copy link and Share', () => {
  it('copies the Russian page of a project and says so', { timeout: 120_000 }, async () => {
    const { page, section, close } = await openProject(false);
    try {
      const site = await page.evaluate(
        () => document.querySelector<HTMLMetaElement>('meta[name="corridor-site-url"]')?.content ?? null,
      );
      const origin = new URL(h.url).origin;
      await section.locator('share-link button.copy-link').click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __copied: string[] }).__copied))
        .toEqual([expected(origin, site, `/ru/project/${PROJECT}/`)]);
      await expect
        .poll(() => section.locator('share-link [role="status"]').textContent())
        .toBe(t('ru', 'linkCopied'));
      // No share sheet here, so no Share button.
      expect(await section.locator('share-link button.share').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('offers Share where the platform has a share sheet, with the same address', {
    timeout: 120_000,
  }, async () => {
    const { page, section, close } = await openProject(true);
    try {
      const share = section.locator('share-link button.share');
      await expect.poll(() => share.textContent()).toContain(t('ru', 'share'));
      await share.click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared.length))
        .toBe(1);
      const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
      expect(shared[0].url).toMatch(new RegExp(`/ru/project/${PROJECT}/$`));
      expect(shared[0].title).toBeTruthy();
      // The hub's own link is there too, to the hub's page.
      await page.locator('hub-panel share-link').first().locator('button.copy-link').click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __copied: string[] }).__copied.at(-1)))
        .toMatch(/\/ru\/hub\/khorgos\/$/);
    } finally {
      await close();
    }
  });

  it('the embed dialog offers the page of what is selected', async () => {
    const { page, close } = await openProject(false);
    try {
      await page.locator('map-toolbar button.embed-button').click();
      const link = page.locator('embed-dialog .page-link a');
      await link.waitFor();
      expect(await link.getAttribute('href')).toMatch(new RegExp(`/ru/project/${PROJECT}/$`));
    } finally {
      await close();
    }
  });
});
