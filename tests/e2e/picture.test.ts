import { describe, expect, it } from 'vitest';
import { openPage, useBuiltSite } from './harness.ts';

const { h, data } = useBuiltSite();
const project = data.projects[0].properties.id;

/**
 * The first picture as a reader's browser picks it (the static page, JavaScript off): the file for the
 * screen's density and the reader's theme, loaded, at the pixels that density needs.
 */
async function shown(path: string, deviceScaleFactor: number, colorScheme: 'light' | 'dark' = 'light') {
  const { page, close } = await openPage(h, path, {
    context: { javaScriptEnabled: false, deviceScaleFactor, colorScheme },
    viewport: { width: 390, height: 844 },
    waitFor: '.static-preview img',
  });
  try {
    return await page.locator('.static-preview img').evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      // The file's own pixels (naturalWidth is divided by the density the srcset gives it).
      const bitmap = await createImageBitmap(await (await fetch(img.currentSrc)).blob());
      return { file: new URL(img.currentSrc).pathname, width: bitmap.width, height: bitmap.height };
    });
  } finally {
    await close();
  }
}

describe('the first picture', () => {
  for (const [path, file] of [
    ['', '/preview-light'],
    ['ru/', '/ru/preview-light'],
    [`zh/project/${project}/`, `/zh/project/${project}/picture`],
  ] as const)
    it(`on /${path} is its 1x file on a screen of one device pixel per CSS pixel, its 2x file on a phone's`, async () => {
      expect(await shown(path, 1)).toEqual({ file: `${file}.webp`, width: 1280, height: 720 });
      expect(await shown(path, 3)).toEqual({ file: `${file}@2x.webp`, width: 2560, height: 1440 });
    });

  it("is the dark picture in a reader's dark theme, on a home page and a feature page", async () => {
    expect(await shown('kk/', 2, 'dark')).toEqual({
      file: '/kk/preview-dark@2x.webp',
      width: 2560,
      height: 1440,
    });
    expect((await shown(`project/${project}/`, 1, 'dark')).file).toBe(
      `/project/${project}/picture-dark.webp`,
    );
  });

  it('is on screen before MapLibre starts, on a page of its own', async () => {
    const { page, close } = await openPage(h, 'about:blank', { waitFor: false });
    try {
      await page.addInitScript(() => {
        const w = window as unknown as { pictureShown?: number; mapStarted?: number };
        new PerformanceObserver((l) => {
          for (const e of l.getEntries())
            if ((e as PerformanceEntry & { element?: Element }).element?.matches('.static-preview img'))
              w.pictureShown ??= performance.now();
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
          if (String(args[0]).startsWith('webgl')) w.mapStarted ??= performance.now();
          return (getContext as (...a: unknown[]) => unknown).apply(this, args);
        } as typeof getContext;
      });
      await page.goto(h.url);
      await page.waitForFunction(() => performance.getEntriesByName('corridor-map-idle').length > 0, null, {
        timeout: 60_000,
      });
      const { pictureShown, mapStarted } = await page.evaluate(() => {
        const w = window as unknown as { pictureShown?: number; mapStarted?: number };
        return { pictureShown: w.pictureShown ?? Number.NaN, mapStarted: w.mapStarted ?? Number.NaN };
      });
      expect(pictureShown).toBeLessThan(mapStarted);
    } finally {
      await close();
    }
  });
});
