import { describe, expect, it } from 'vitest';
import { isEmbedded, MARK_EMBED_SCRIPT } from '../../src/state/embed-flag.ts';

/** What the page's blocking script does on a page at `search`: whether it marks `<html data-embed>`. */
function marks(search: string): boolean {
  const dataset: Record<string, string> = {};
  new Function('location', 'document', MARK_EMBED_SCRIPT)({ search }, { documentElement: { dataset } });
  return 'embed' in dataset;
}

describe('the embed flag', () => {
  const addresses: [string, boolean][] = [
    ['?embed', true],
    ['?embed=1', true],
    ['?embed=true', true],
    ['?project=aktau-container-hub&embed', true],
    ['', false],
    ['?embed=0', false],
    ['?embed=false', false],
    ['?embedded', false],
    ['?project=embed', false],
  ];

  it.each(addresses)('%s asks for the embed: %s', (search, embed) => {
    expect(isEmbedded(new URLSearchParams(search))).toBe(embed);
  });

  it('is read the same by the page’s blocking script, which marks the page before its first paint', () => {
    for (const [search, embed] of addresses) expect(marks(search), search).toBe(embed);
  });
});
