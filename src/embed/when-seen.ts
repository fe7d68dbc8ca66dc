/**
 * Resolves once the page is on the reader's screen, or the reader reaches for it (a pointer, a key, a wheel, a
 * focus), whichever comes first. In an embed, the app and MapLibre wait for this: an iframe the host's article
 * loads (a lazy iframe loads well before it scrolls into view) then costs the article its picture and the
 * first script, not MapLibre's start-up on the article's busiest seconds. The picture's hub links work meanwhile.
 */
export function whenSeen(): Promise<void> {
  return new Promise((seen) => {
    const reach = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;
    let observer: IntersectionObserver | undefined;
    const done = () => {
      observer?.disconnect();
      for (const type of reach) removeEventListener(type, done, true);
      seen();
    };
    for (const type of reach) addEventListener(type, done, { capture: true, passive: true });
    if (typeof IntersectionObserver !== 'function') return done();
    // The implicit root is the top-level viewport, across origins: this frame's part of the host's screen.
    observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) done();
    });
    observer.observe(document.documentElement);
  });
}
