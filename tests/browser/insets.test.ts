import { afterEach, describe, expect, it } from 'vitest';
import { CoverWatch, type Insets, NO_INSETS } from '../../src/map/insets.ts';

afterEach(() => {
  document.body.replaceChildren();
});

/** A 800 x 500 map in a stage, a way to lay a panel over its right side or its bottom, and what covers it now. */
function stage() {
  const box = document.createElement('div');
  box.style.cssText = 'position: relative; width: 800px; height: 500px';
  const map = document.createElement('div');
  map.style.cssText = 'position: absolute; inset: 0';
  box.append(map);
  document.body.append(box);
  const cover = (css: string) => {
    const panel = document.createElement('aside');
    panel.style.cssText = `position: absolute; ${css}`;
    box.append(panel);
    return panel;
  };
  const covers = () => [...box.querySelectorAll('aside')];
  return { map, cover, covers };
}

const asked = (watch: CoverWatch) => new Promise<Insets>((done) => watch.whenMeasured(done));

describe('CoverWatch', () => {
  it('answers at once with no cover, and after the layout for a new one', async () => {
    const { map, cover, covers } = stage();
    const watch = new CoverWatch(map, covers);
    let now: Insets | null = null;
    watch.whenMeasured((i) => (now = i));
    expect(now).toEqual(NO_INSETS);

    cover('top: 0; right: 0; bottom: 0; width: 300px');
    let early: Insets | null = null;
    watch.whenMeasured((i) => (early = i));
    // Not measured here (that would force a layout): after the browser's own.
    expect(early).toBeNull();
    expect(await asked(watch)).toEqual({ ...NO_INSETS, right: 300 });
    watch.disconnect();
  });

  it('keeps the measure while the cover stays, follows its size, and forgets it when it goes', async () => {
    const { map, cover, covers } = stage();
    const watch = new CoverWatch(map, covers);
    const sheet = cover('left: 0; right: 0; bottom: 0; height: 200px');
    expect(await asked(watch)).toEqual({ ...NO_INSETS, bottom: 200 });
    let again: Insets | null = null;
    watch.whenMeasured((i) => (again = i));
    expect(again).toEqual({ ...NO_INSETS, bottom: 200 });

    // Resized in a later frame, as a reader's change would be (not inside the observer's own delivery).
    await new Promise((done) => requestAnimationFrame(done));
    sheet.style.height = '250px';
    // The observer reports the new size after the next layout; from then on it is the answer.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(await asked(watch)).toEqual({ ...NO_INSETS, bottom: 250 });

    sheet.remove();
    expect(await asked(watch)).toEqual(NO_INSETS);
    watch.disconnect();
  });
});
