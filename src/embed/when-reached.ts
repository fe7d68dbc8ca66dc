import { parseCommand } from './messages.ts';

/** What reaching for the map looks like: a pointer over it or pressed on it, a key, a focus. */
const REACH = ['pointerover', 'pointerdown', 'keydown', 'focusin'] as const;

/** Whether a message is one of our commands from the page around this frame. */
const isCommand = (e: MessageEvent) => e.source === window.parent && parseCommand(e.data) !== null;

/**
 * The address's keys that ask for nothing the static page's picture does not show: the embed itself, its theme,
 * and what pym.js's parent adds to every frame's address.
 */
const SHOWN = new Set(['embed', 'theme', 'childId', 'initialWidth', 'parentTitle', 'parentUrl']);

/**
 * Whether the page's static picture shows the view its address asks for: nothing in the query but what it
 * shows, and the page's own language (a feature's page shows its feature; `embedUrl` writes such addresses).
 */
export function pictureShowsView(search: string, pageLang: string): boolean {
  const params = new URLSearchParams(search);
  return [...params.keys()].every((k) => SHOWN.has(k) || (k === 'lang' && params.get(k) === pageLang));
}

/**
 * Resolves once the reader reaches for the map, or the page around it sends one of our commands; with `seen`,
 * also once the frame is on the reader's screen. In an embed in another page, the app and MapLibre wait for
 * this: an article's reader who scrolls past the map, above or below the fold, costs the article the picture
 * and the first script, never MapLibre's start-up on the article's main thread (which shares a process with
 * this frame on many phones). The picture's hub links work meanwhile. An embed whose picture does not show its
 * view (a story, a filter, another camera: `pictureShowsView`) starts once seen, so the reader sees that view.
 */
export function whenReached({ seen = false } = {}): Promise<void> {
  return new Promise((reached) => {
    let observer: IntersectionObserver | undefined;
    const done = () => {
      observer?.disconnect();
      for (const type of REACH) removeEventListener(type, done, true);
      removeEventListener('message', onMessage);
      reached();
    };
    const onMessage = (e: MessageEvent) => {
      if (isCommand(e)) done();
    };
    for (const type of REACH) addEventListener(type, done, { capture: true, passive: true });
    addEventListener('message', onMessage);
    if (!seen) return;
    if (typeof IntersectionObserver !== 'function') return done();
    // The implicit root is the top-level viewport, across origins: this frame's part of the host's screen.
    observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) done();
    });
    observer.observe(document.documentElement);
  });
}

/**
 * Keeps the commands the page around this frame sends before the app listens for them; the returned function
 * stops keeping them and hands them over, in order, for the app to replay (a scrolling story's host may send
 * its first step while the map is still loading).
 */
export function holdCommands(): () => MessageEvent[] {
  const held: MessageEvent[] = [];
  const onMessage = (e: MessageEvent) => {
    if (isCommand(e)) held.push(e);
  };
  addEventListener('message', onMessage);
  return () => {
    removeEventListener('message', onMessage);
    return held.splice(0);
  };
}
