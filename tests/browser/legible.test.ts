/**
 * Issue 20, "legible at a glance": an empty map says why and offers the way back; a button that cannot be
 * used looks it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NoMatchNotice } from '../../src/controls/no-match.ts';
import { StoryPlayer } from '../../src/controls/story-player.ts';
import { TimeControl } from '../../src/controls/time-control.ts';
import type { Lang } from '../../src/data/types.ts';
import { FilterToggleEvent } from '../../src/state/events.ts';
import type { Visible } from '../../src/state/filters.ts';
import { mount } from './fixture-data.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function visible(projects: string[] = [], routes: string[] = []): Visible {
  return {
    projects: new Set(projects),
    routes: new Set(routes),
    hubs: new Set(projects.length ? ['h'] : []),
    places: new Set(['osh']),
    status: new Map(),
  };
}

function notice(v: Visible | null, language: Lang = 'en') {
  const el = new NoMatchNotice();
  el.visible = v;
  el.language = language;
  return mount(el);
}

describe('no-match-notice', () => {
  it('says nothing matches, and clears the filters from its button', async () => {
    const el = await notice(visible());
    expect(text(el)).toContain('Nothing on the map matches these filters.');
    const heard: FilterToggleEvent[] = [];
    document.body.addEventListener(FilterToggleEvent.type, (e) => heard.push(e as FilterToggleEvent));
    const button = el.shadowRoot?.querySelector('button');
    expect(button?.textContent?.trim()).toBe('Clear filters');
    button?.click();
    expect(heard.map((e) => e.key)).toEqual([null]);
  });

  it.each([
    ['ru', 'Сбросить фильтры'],
    ['kk', 'Сүзгілерді тазарту'],
    ['zh', '清除筛选'],
  ] as const)('speaks %s', async (lang, clear) => {
    const el = await notice(visible(), lang);
    expect(el.shadowRoot?.querySelector('button')?.textContent?.trim()).toBe(clear);
    expect(text(el)).not.toMatch(/Nothing|Clear/);
  });

  it('says nothing, and has no button, while something shows', async () => {
    for (const v of [null, visible(['p']), visible([], ['r'])]) {
      const el = await notice(v);
      expect(text(el)).toBe('');
      expect(el.shadowRoot?.querySelector('button')).toBeNull();
      el.remove();
    }
  });

  it('stands over the middle of the box it is in', async () => {
    const stage = document.createElement('div');
    stage.style.cssText = 'position: relative; width: 600px; height: 400px';
    document.body.append(stage);
    const el = new NoMatchNotice();
    el.visible = visible();
    stage.append(el);
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    const outer = stage.getBoundingClientRect();
    expect(box.height).toBeGreaterThan(0);
    expect(Math.abs(box.left + box.width / 2 - (outer.left + outer.width / 2))).toBeLessThan(2);
    expect(Math.abs(box.top + box.height / 2 - (outer.top + outer.height / 2))).toBeLessThan(2);
  });
});

/** What tells a disabled button from an enabled one at a glance: its opacity, colour and border. */
function look(b: Element | null | undefined): string {
  if (!b) throw new Error('no button');
  const s = getComputedStyle(b);
  return `${s.opacity} ${s.color} ${s.borderTopStyle} ${s.borderTopColor}`;
}

describe('disabled buttons', () => {
  it('"Now" looks disabled while the map shows now, and enabled at a year', async () => {
    const control = new TimeControl();
    control.range = [2016, 2026];
    control.date = null;
    await mount(control);
    const now = () => control.shadowRoot?.querySelector<HTMLButtonElement>('button.now');
    const play = control.shadowRoot?.querySelector('button.play');
    expect(now()?.disabled).toBe(true);
    const disabled = look(now());
    expect(disabled).not.toBe(look(play));
    control.date = '2020';
    await control.updateComplete;
    expect(now()?.disabled).toBe(false);
    expect(look(now())).toBe(look(play));
  });

  it('the last step’s "Next" and the first step’s "Previous" look disabled', async () => {
    const player = new StoryPlayer();
    player.story = {
      id: 's',
      title: { en: 'A story' },
      steps: [{ caption: { en: 'One.' } }, { caption: { en: 'Two.' } }],
    };
    player.step = 1;
    await mount(player);
    const next = player.shadowRoot?.querySelector<HTMLButtonElement>('button.next');
    const prev = player.shadowRoot?.querySelector<HTMLButtonElement>('button.prev');
    expect(next?.disabled).toBe(true);
    expect(look(next)).not.toBe(look(prev));
    player.step = 0;
    await player.updateComplete;
    expect(look(prev)).not.toBe(look(next));
  });
});
