import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenPictureShown } from '../../src/preview/picture-shown.ts';

/** A picture of `width` x `height` CSS pixels in one colour, as a data address (it loads at once). */
function pictureOf(width: number, height: number): HTMLImageElement {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#cfe0ea"/></svg>`;
  const img = new Image(width, height);
  img.src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  return img;
}

// That it waits for the picture's frame on a real page: tests/e2e/picture.test.ts (a test page here reports
// no largest-contentful-paint entries).
describe('whenPictureShown', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves at its limit when the picture is never shown, and at once without a picture or when it fails', async () => {
    const hidden = pictureOf(900, 500);
    hidden.style.display = 'none';
    document.body.append(hidden);
    let started = performance.now();
    await whenPictureShown(hidden, 400);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    hidden.remove();
    started = performance.now();
    await whenPictureShown(null, 5_000);
    const broken = new Image(900, 500);
    broken.src = 'data:image/png;base64,AAAA';
    document.body.append(broken);
    await whenPictureShown(broken, 5_000);
    expect(performance.now() - started).toBeLessThan(2_000);
    broken.remove();
  });

  it('resolves two frames after the picture has loaded where the browser reports no paint entries', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const img = pictureOf(900, 500);
    document.body.append(img);
    let frames = 0;
    const count = () => {
      frames++;
      if (frames < 10) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const started = performance.now();
    await whenPictureShown(img, 5_000);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(img.complete).toBe(true);
    expect(frames).toBeGreaterThanOrEqual(2);
    img.remove();
  });
});
