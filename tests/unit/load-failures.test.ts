import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadError, loadSiteData } from '../../src/data/load.ts';

/**
 * How the page's start-up load fails: every way the data file can fail rejects with a `LoadError` naming the
 * file and the reason (the page shows it with a retry, tests/e2e/failures.test.ts), while a missing basemap or
 * font list only leaves the map without them.
 */

const BASE = 'https://example.org/site/';
const DATA = JSON.stringify({ hubs: [], projects: [], places: [], routes: [] });

/** A fetch that answers each of the site's files with `answers[name]` (a good JSON file by default). */
function serveSite(answers: Record<string, () => Response>): void {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = url.slice(BASE.length);
    return answers[name]?.() ?? new Response(name === 'data/corridor.json' ? DATA : '{}', { status: 200 });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loading the site data', () => {
  const cases: [string, () => Response, string][] = [
    ['is missing', () => new Response('Not found', { status: 404 }), 'HTTP 404'],
    ['is not JSON', () => new Response('<html>proxy error</html>', { status: 200 }), 'not valid JSON'],
    ['is truncated', () => new Response(DATA.slice(0, DATA.length / 2), { status: 200 }), 'not valid JSON'],
  ];
  for (const [name, answer, reason] of cases) {
    it(`rejects with the file and the reason when the data file ${name}`, async () => {
      serveSite({ 'data/corridor.json': answer });
      const failure = await loadSiteData(BASE).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(LoadError);
      expect((failure as LoadError).message).toBe(`${BASE}data/corridor.json: ${reason}`);
    });
  }

  it('rejects when the network refuses the data file', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(loadSiteData(BASE)).rejects.toThrow(`${BASE}data/corridor.json: Failed to fetch`);
  });

  it('loads the data without the basemap or the font list, and says which is missing', async () => {
    serveSite({
      'data/basemap.json': () => new Response('', { status: 503 }),
      'data/font-faces.json': () => new Response('{', { status: 200 }),
    });
    const site = await loadSiteData(BASE);
    expect(site.data).toEqual(JSON.parse(DATA));
    expect(site.basemap.features).toEqual([]);
    expect(site.fontFaces).toEqual({});
    expect(site.missing).toEqual([
      `${BASE}data/basemap.json: HTTP 503`,
      `${BASE}data/font-faces.json: not valid JSON`,
    ]);
  });
});
