import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorridorData } from '../../src/data/types.ts';
import { loadCorridorData } from '../../tools/data.ts';
import {
  displayWidth,
  featurePageHtml,
  firstSentence,
  PAGE_LIMITS,
  PageError,
  pageHead,
  robotsTxt,
  sitemapXml,
  sitePages,
  siteUrlSetting,
} from '../../tools/pages.ts';

const GEO = fileURLToPath(new URL('../../geo', import.meta.url));
const SITE = 'https://example.org/corridor-map/';

let data: CorridorData;
beforeAll(() => {
  data = loadCorridorData(GEO);
}, 60_000);

/** The data with one project changed. */
function withProject(change: (p: CorridorData['projects'][number]['properties']) => void): CorridorData {
  const copy = structuredClone(data);
  change(copy.projects[0].properties);
  return copy;
}

describe('the site address (CORRIDOR_SITE_URL)', () => {
  it('takes an absolute https address and makes it a folder', () => {
    expect(siteUrlSetting('https://example.org/corridor-map')).toBe(SITE);
    expect(siteUrlSetting(SITE)).toBe(SITE);
  });

  it('says in one line what it used when unset', () => {
    const lines: string[] = [];
    expect(siteUrlSetting(undefined, (l) => lines.push(l))).toBe('http://127.0.0.1:4173/');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/CORRIDOR_SITE_URL is not set.*http:\/\/127\.0\.0\.1:4173\/.*https/);
  });

  it('refuses anything but an absolute https address, saying what was given and what to do', () => {
    for (const bad of [
      'http://example.org/',
      'example.org',
      '/corridor/',
      'https://example.org/?a=1',
      'ftp://x/',
    ]) {
      expect(() => siteUrlSetting(bad), bad).toThrow(
        /CORRIDOR_SITE_URL=.*is not an absolute https address.*e\.g\./,
      );
    }
  });
});

describe('the pages of the real data', () => {
  it('has one home page and one page per hub, project and route, in each language', () => {
    const pages = sitePages(data);
    const features = data.hubs.length + data.projects.length + data.routes.length;
    expect(pages).toHaveLength(4 * (1 + features));
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it('describes each page by the first sentence of its summary, in its language', () => {
    const pages = sitePages(data);
    const p = data.projects[0].properties;
    const ru = pages.find((x) => x.lang === 'ru' && x.selection?.id === p.id);
    expect(ru?.description).toBe(firstSentence(p.summary.ru ?? ''));
    expect(ru?.description).not.toBe(
      pages.find((x) => x.lang === 'en' && x.selection?.id === p.id)?.description,
    );
    for (const page of pages) {
      expect(displayWidth(page.description), page.path).toBeGreaterThanOrEqual(PAGE_LIMITS.minDescription);
      expect(displayWidth(page.description), page.path).toBeLessThanOrEqual(PAGE_LIMITS.maxDescription);
    }
  });

  it('writes head tags with absolute addresses from the site address', () => {
    const page = sitePages(data).find((x) => x.lang === 'zh' && x.selection?.type === 'route');
    if (!page) throw new Error('no Chinese route page');
    const head = pageHead(page, SITE, data);
    expect(head).toContain(`<link rel="canonical" href="${SITE}zh/route/${page.selection?.id}/" />`);
    expect(head).toContain(
      `<meta property="og:image" content="${SITE}zh/route/${page.selection?.id}/card.png" />`,
    );
    expect(head).toContain(`hreflang="x-default" href="${SITE}route/${page.selection?.id}/"`);
    expect(head).toContain('<meta property="og:locale" content="zh_CN" />');
    expect(head).not.toContain('application/ld+json');
    expect(sitemapXml(sitePages(data), SITE)).toContain(`<loc>${SITE}zh/route/${page.selection?.id}/</loc>`);
    expect(robotsTxt(SITE)).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it('writes a feature page with every source of the feature as a link', () => {
    const page = sitePages(data).find((x) => x.lang === 'kk' && x.selection?.type === 'project');
    const p = data.projects.find((x) => x.properties.id === page?.selection?.id)?.properties;
    if (!page || !p) throw new Error('no Kazakh project page');
    const hub = data.hubs.find((h) => h.properties.id === p.hub)?.properties;
    if (!hub) throw new Error(`no hub ${p.hub}`);
    const html = featurePageHtml(data, page, {
      light: './picture.webp',
      dark: './picture-dark.webp',
      camera: { center: [51.25, 43.65], zoom: 6.75 },
      spots: [{ id: hub.id, x: 640, y: 360, r: 18 }],
    });
    expect(html).toContain(`<h1>`);
    // The map's picture as on the home page (the app's stand-in), at its camera, with its hub as a link to the
    // hub's page in the page's language.
    expect(html).toContain(
      '<source srcset="./picture-dark.webp 1x, ./picture-dark@2x.webp 2x" media="(prefers-color-scheme: dark)" data-theme="dark" />',
    );
    expect(html).toMatch(
      /<div class="static-preview"><picture>\n<source [^>]+>\n<img src="\.\/picture\.webp" srcset="\.\/picture\.webp 1x, \.\/picture@2x\.webp 2x" alt="[^"]+" width="1280" height="720" data-camera="51\.250000 43\.650000 6\.75000" \/>/,
    );
    expect(html).toContain(
      `<a href="../../../kk/hub/${hub.id}/" data-hub="${hub.id}" aria-label="${hub.name.kk ?? hub.name.en}"><circle cx="640" cy="360" r="18" /></a>`,
    );
    for (const id of p.sources) {
      const url = data.sources.find((s) => s.id === id)?.url ?? '';
      expect(html).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
    }
  });
});

describe('bad input stops the build before any page is written', () => {
  it('refuses a name too long for a title, naming file, id, field and what to do', () => {
    const bad = withProject((p) => {
      p.name = { ...p.name, ru: 'Очень длинное название '.repeat(6) };
    });
    let error: unknown;
    try {
      sitePages(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PageError);
    const problems = (error as PageError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'projects.geojson',
      id: data.projects[0].properties.id,
      field: 'name.ru',
    });
    expect((error as Error).message).toMatch(/columns long.*Shorten the name/);
  });

  it('refuses a summary whose first sentence is too short for a description', () => {
    const bad = withProject((p) => {
      p.summary = { ...p.summary, zh: '一个码头。后面的句子很长，说明了很多事情，但描述只取第一句。' };
    });
    expect(() => sitePages(bad)).toThrow(
      new RegExp(
        `geo/translations/zh.json: ${data.projects[0].properties.id}: summary.zh: .*at least ${PAGE_LIMITS.minDescription}`,
      ),
    );
  });

  it('writes pages for the first features past the limit, and says how many have none', () => {
    const many = structuredClone(data);
    const hub = many.hubs[0];
    for (let i = 0; i < PAGE_LIMITS.maxFeatures; i++)
      many.hubs.push({ ...hub, properties: { ...hub.properties, id: `extra-hub-${i}` } });
    const lines: string[] = [];
    const pages = sitePages(many, (l) => lines.push(l));
    expect(pages).toHaveLength(4 * (1 + PAGE_LIMITS.maxFeatures));
    const total = many.hubs.length + many.projects.length + many.routes.length;
    expect(lines).toEqual([expect.stringContaining(`${total - PAGE_LIMITS.maxFeatures} of ${total}`)]);
  });

  it('cuts a long first sentence at a word, with an ellipsis', () => {
    const bad = withProject((p) => {
      p.summary = { ...p.summary, en: `${'A very long sentence with many words '.repeat(20)}end. Second.` };
    });
    const page = sitePages(bad).find(
      (x) => x.lang === 'en' && x.selection?.id === bad.projects[0].properties.id,
    );
    expect(displayWidth(page?.description ?? '')).toBeLessThanOrEqual(PAGE_LIMITS.maxDescription);
    expect(page?.description).toMatch(/\w…$/);
  });
});
