import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX } from '../../src/embed/embed-code.ts';
import {
  builtData,
  goToView,
  openPage,
  pagePool,
  reachForEmbed,
  type Served,
  useHarness,
} from './harness.ts';

const h = useHarness();
let host: Served;
beforeAll(async () => {
  host = await h.host({
    'story.html': `<!doctype html><title>News</title><iframe src="${h.url}?embed&story=urumqi-to-the-caspian" sandbox="${SANDBOX}" style="width:100%;height:900px;border:0"></iframe>`,
  });
});

const story = builtData().stories[0];

/** Steps through the whole story with the Next button, checking each step's caption and selection. */
async function runStory(target: Page | Frame): Promise<void> {
  for (const [i, step] of story.steps.entries()) {
    await expect
      .poll(() =>
        target.evaluate(() => document.querySelector('story-player')?.shadowRoot?.textContent ?? ''),
      )
      .toContain(step.caption.en);
    const params = new URL(await target.evaluate(() => location.href)).searchParams;
    expect(params.get('step')).toBe(String(i + 1));
    if (step.select) expect(params.get(step.select.type)).toBe(step.select.id);
    if (step.date) expect(params.get('date')).toBe(step.date);
    if (i < story.steps.length - 1) {
      await target.evaluate(() =>
        document
          .querySelector('story-player')
          ?.shadowRoot?.querySelector<HTMLButtonElement>('button.next')
          ?.click(),
      );
    }
  }
  const nextDisabled = await target.evaluate(
    () =>
      document.querySelector('story-player')?.shadowRoot?.querySelector<HTMLButtonElement>('button.next')
        ?.disabled,
  );
  expect(nextDisabled).toBe(true);
}

describe('guided story', () => {
  /**
   * The page itself, kept open for the tests that run the story in it (each moves it to its own view first).
   * A story opened cold, from a link, is the embed's below.
   */
  const pages = pagePool(h);

  it('can be linked at any step, and steps back with the arrow keys', async () => {
    const { page } = await pages.open(`?story=${story.id}&step=3`);
    await goToView(page, `?story=${story.id}&step=3`);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('story-player')?.shadowRoot?.textContent ?? ''))
      .toContain(story.steps[2].caption.en);
    await page.locator('story-player section').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
  });

  it('runs from start to end in the page, opened from its button', async () => {
    const { page } = await pages.open(`?story=${story.id}&step=3`);
    await goToView(page, '?');
    await page.waitForSelector('story-player', { state: 'detached' });
    await page.locator(`button.open-story[data-story="${story.id}"]`).click();
    await runStory(page);
  });

  it('runs from start to end inside an iframe on another site, opened there on its link', async () => {
    const { page } = await openPage(h, `${host.url}story.html`, { waitFor: false });
    const frame = await reachForEmbed(page);
    await frame.waitForSelector('story-player');
    await runStory(frame);
    await page.close();
  });
});
