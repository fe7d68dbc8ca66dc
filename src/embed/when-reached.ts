import { parseCommand } from './messages.ts';

/** What reaching for the map looks like: a pointer over it or pressed on it, a key, a focus. */
const REACH = ['pointerover', 'pointerdown', 'keydown', 'focusin'] as const;

/** Whether a message is one of our commands from the page around this frame. */
const isCommand = (e: MessageEvent) => e.source === window.parent && parseCommand(e.data) !== null;

/**
 * Resolves once the reader reaches for the map, or the page around it sends one of our commands. In an embed
 * in another page, the app and MapLibre wait for this: an article's reader who scrolls past the map, above or
 * below the fold, costs the article the picture and the first script, never MapLibre's start-up on the
 * article's main thread (which shares a process with this frame on many phones). The picture's hub links
 * work meanwhile.
 */
export function whenReached(): Promise<void> {
  return new Promise((reached) => {
    const done = () => {
      for (const type of REACH) removeEventListener(type, done, true);
      removeEventListener('message', onMessage);
      reached();
    };
    const onMessage = (e: MessageEvent) => {
      if (isCommand(e)) done();
    };
    for (const type of REACH) addEventListener(type, done, { capture: true, passive: true });
    addEventListener('message', onMessage);
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
