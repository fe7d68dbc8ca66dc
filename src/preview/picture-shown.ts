/**
 * Resolves once the static page's picture is on screen, or after `limitMs`: the page lets the picture's frame
 * out before the app and MapLibre's start take the threads. A browser reports the picture's
 * largest-contentful-paint entry once the frame that shows it has been presented; where it has no such entry
 * (Safari, or a browser without PerformanceObserver), two frames after the picture has loaded stand in. A
 * picture that fails to load, or no picture, waits for nothing. Measured in a fresh browser on a software GPU:
 * the picture on screen at 1.7 s instead of 3.6 s, the map's first idle within the noise (DESIGN.md, "The first
 * picture is drawn once").
 */
export function whenPictureShown(img: HTMLImageElement | null, limitMs = 1500): Promise<void> {
  if (!img) return Promise.resolve();
  return new Promise((done) => {
    let observer: PerformanceObserver | undefined;
    const finish = () => {
      clearTimeout(timer);
      observer?.disconnect();
      done();
    };
    const timer = setTimeout(finish, limitMs);
    img.addEventListener('error', finish, { once: true });
    if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => (e as PerformanceEntry & { element?: Element }).element === img))
          finish();
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      const frames = () => requestAnimationFrame(() => requestAnimationFrame(finish));
      if (img.complete) frames();
      else img.addEventListener('load', frames, { once: true });
    }
  });
}
