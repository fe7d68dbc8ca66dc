import { describe, expect, it } from 'vitest';
import { holdCommands, whenReached } from '../../src/embed/when-reached.ts';

/**
 * What an embed in another page waits for before it starts the app and MapLibre. Vitest runs this file in a
 * frame of its own page, so `window.parent` is another window here, as a newsroom's article is.
 */

/** A message as if `source` had posted `data` to this frame. */
const message = (data: unknown, source: MessageEventSource | null = window.parent) =>
  dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://news.example' }));

/** Whether `p` has settled after the events already queued. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await new Promise((r) => setTimeout(r, 20));
  return done;
}

describe('whenReached', () => {
  it('waits through scrolling, touches that scroll, other messages and messages from elsewhere', async () => {
    const reached = whenReached();
    dispatchEvent(new WheelEvent('wheel', { deltaY: 300 }));
    dispatchEvent(new Event('scroll'));
    dispatchEvent(new TouchEvent('touchmove'));
    message('pymxPYMxcorridor-mapxPYMxheightxPYMx5');
    message({ type: 'corridor-map:select', project: '<img src=x>' });
    message({ type: 'corridor-map:select', project: 'aktau-container-hub' }, window);
    expect(await settled(reached)).toBe(false);
    // A pointer over the map is a reach: the map starts while the reader's hand is still on its way.
    document.body.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(await settled(reached)).toBe(true);
  });

  it.each([
    ['a press', () => document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))],
    ['a key', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))],
    ['a focus', () => document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))],
    ['a command from the page around it', () => message({ type: 'corridor-map:set-language', lang: 'ru' })],
  ])('starts on %s', async (_, reach) => {
    const reached = whenReached();
    expect(await settled(reached)).toBe(false);
    reach();
    expect(await settled(reached)).toBe(true);
  });
});

describe('holdCommands', () => {
  it('keeps the parent page’s well-formed commands, in order, until the app takes them', () => {
    const take = holdCommands();
    message({ type: 'corridor-map:select', project: 'aktau-container-hub' });
    message({ type: 'corridor-map:height', height: 1 });
    message({ type: 'corridor-map:set-language', lang: '<script>' });
    message({ type: 'corridor-map:select', hub: 'khorgos' }, window);
    message({ type: 'corridor-map:set-language', lang: 'zh' });
    const held = take();
    expect(held.map((e) => e.data)).toEqual([
      { type: 'corridor-map:select', project: 'aktau-container-hub' },
      { type: 'corridor-map:set-language', lang: 'zh' },
    ]);
    expect(held.every((e) => e.source === window.parent)).toBe(true);
    // Taken once: what comes after goes to the app's own listener alone.
    message({ type: 'corridor-map:select', hub: 'khorgos' });
    expect(take()).toEqual([]);
  });
});
