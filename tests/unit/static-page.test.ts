import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorridorData, Lang } from '../../src/data/types.ts';
import { escapeHtml } from '../../src/html/escape-html.ts';
import { kindName, pick, t } from '../../src/i18n/strings.ts';
import { PREVIEW_SIZE } from '../../src/preview/preview-camera.ts';
import { buildBasemap } from '../../tools/basemap.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { DOWNLOADS, downloadFiles, projectsCsv, projectsGeoJson, routesCsv } from '../../tools/downloads.ts';
import { previewHubSpots } from '../../tools/preview/preview.ts';
import { STATIC_LIMITS, staticPageHtml } from '../../tools/static-page.ts';
import { GEO_DIR, syntheticData, VALID_DIR } from '../data-files.ts';

/** What a reader (or a crawler) sees of the static page, as text: tags dropped, entities left as they are. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/** The projects and routes listed with their summary: one `<li><strong>` each. */
function listedItems(html: string): number {
  return html.match(/<li><strong>/g)?.length ?? 0;
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
}

/** The number in the closing line "… and 1,234 more projects", or 0 when the page lists them all. */
function more(html: string, what: 'projects' | 'routes'): number {
  const m = new RegExp(`class="static-more">… and ([\\d,]+) more ${what.slice(0, -1)}s?[: ]`).exec(html);
  return m ? Number(m[1].replace(/,/g, '')) : 0;
}

describe("the static page's picture", () => {
  const data = loadCorridorData(GEO_DIR);
  const spots = previewHubSpots(data, buildBasemap(), PREVIEW_SIZE);
  const html = staticPageHtml(data, spots);

  it('lays a link over each hub it draws, named for the hub, to the address that opens its panel', () => {
    const links = [
      ...html.matchAll(
        /<a href="([^"]*)" data-hub="([^"]*)" aria-label="([^"]*)"><circle cx="(\d+)" cy="(\d+)"/g,
      ),
    ];
    expect(links).toHaveLength(data.hubs.length);
    for (const [, href, id, label, x, y] of links) {
      const hub = data.hubs.find((h) => h.properties.id === id);
      expect(hub, id).toBeDefined();
      expect(href).toBe(`?hub=${id}`);
      expect(label).toBe(escapeHtml(hub?.properties.name.en ?? ''));
      const spot = spots.find((s) => s.id === id);
      expect([Number(x), Number(y)]).toEqual([spot?.x, spot?.y]);
    }
    expect(html).toContain(
      '<svg class="preview-hubs" viewBox="0 0 1280 720" preserveAspectRatio="xMidYMid slice" role="group"',
    );
  });

  it("links each hub to the hub's own page on a home page in another language, as the app's stand-in does", () => {
    const ru = staticPageHtml(data, spots, 'ru');
    const links = [...ru.matchAll(/<a href="([^"]*)" data-hub="([^"]*)" aria-label="([^"]*)">/g)];
    expect(links).toHaveLength(data.hubs.length);
    for (const [, href, id, label] of links) {
      const hub = data.hubs.find((h) => h.properties.id === id);
      expect(href).toBe(`./ru/hub/${id}/`);
      expect(label).toBe(escapeHtml(pick(hub?.properties.name ?? { en: '' }, 'ru')));
    }
  });

  it("shows each home page the picture drawn in its language, in the reader's theme", () => {
    for (const [lang, folder] of [
      ['en', ''],
      ['ru', 'ru/'],
      ['kk', 'kk/'],
      ['zh', 'zh/'],
    ] as const) {
      const page = staticPageHtml(data, spots, lang);
      expect(page, lang).toContain(
        `<img src="./${folder}preview-light.webp" srcset="./${folder}preview-light.webp 1x, ./${folder}preview-light@2x.webp 2x"`,
      );
      expect(page, lang).toContain(
        `<source srcset="./${folder}preview-dark.webp 1x, ./${folder}preview-dark@2x.webp 2x" media="(prefers-color-scheme: dark)" data-theme="dark" />`,
      );
    }
  });
});

describe('the static page with the real data', () => {
  const data = loadCorridorData(GEO_DIR);
  const html = staticPageHtml(data, []);

  it('lists every hub, project and route with its summary and sources, and no download line', () => {
    const text = textOf(html);
    expect(listedItems(html)).toBe(data.projects.length + data.routes.length);
    expect(html.match(/<h3>/g)).toHaveLength(data.hubs.length);
    const expected = [
      ...data.hubs.map((h) => h.properties.name.en),
      ...data.projects.flatMap((p) => [p.properties.name.en, p.properties.summary.en]),
      ...data.routes.flatMap((r) => [r.name.en, r.summary.en]),
    ];
    expect(expected.filter((t) => !text.includes(escapeHtml(t)))).toEqual([]);
    expect(html).toContain('<h2>All projects</h2>');
    expect(html).toContain('<h2>Routes</h2>');
    expect(html).not.toContain('static-more');
    expect(html).not.toContain(DOWNLOADS.projectsCsv);
    expect(html).toContain('every project and its sources are listed below');
    // Every link is a source's address.
    expect(new Set(hrefs(html))).toEqual(
      new Set(
        [...data.projects.flatMap((p) => p.properties.sources), ...data.routes.flatMap((r) => r.sources)].map(
          (id) => data.sources.find((s) => s.id === id)?.url,
        ),
      ),
    );
  });

  it('is far below the limits, and small', () => {
    expect(data.projects.length).toBeLessThan(STATIC_LIMITS.projects);
    expect(data.routes.length).toBeLessThan(STATIC_LIMITS.routes);
    // 36 projects and 17 routes with their sources (issue 21 added 13 projects and a route): 16.2 KB gzip.
    expect(gzipSync(html).length).toBeLessThan(20 * 1024);
  });
});

describe('the static page of a home page in another language', () => {
  const data = loadCorridorData(GEO_DIR);

  for (const lang of ['ru', 'kk', 'zh'] as Lang[])
    it(`is written in ${lang}: names, kinds, statuses, summaries, headings and notices, with the same sources`, () => {
      const html = staticPageHtml(data, [], lang);
      const text = textOf(html);
      const expected = [
        t(lang, 'intro'),
        t(lang, 'projectsHeading'),
        t(lang, 'routesHeading'),
        t(lang, 'staticNoScript'),
        t(lang, 'basemapCredit'),
        ...data.hubs.map((h) => pick(h.properties.name, lang)),
        ...data.projects.flatMap((p) => [
          pick(p.properties.name, lang),
          pick(p.properties.summary, lang),
          kindName(lang, p.properties.kind),
        ]),
        ...data.routes.flatMap((r) => [pick(r.name, lang), pick(r.summary, lang)]),
      ];
      expect(expected.filter((x) => !text.includes(escapeHtml(x)))).toEqual([]);
      // The translations are there to be read: no English summary is left where the data has this language's.
      const english = data.projects
        .filter((p) => p.properties.summary[lang])
        .map((p) => p.properties.summary.en);
      expect(english.filter((x) => text.includes(escapeHtml(x)))).toEqual([]);
      expect(text).not.toContain('All projects');
      expect(new Set(hrefs(html))).toEqual(new Set(hrefs(staticPageHtml(data, []))));
      expect(listedItems(html)).toBe(data.projects.length + data.routes.length);
    });

  it('marks as English the lines past the limits it keeps in English', () => {
    const d = syntheticData(100);
    const html = staticPageHtml(d, [], 'ru');
    const lines = [...html.matchAll(/<(p|h2)([^>]*)>([^<]*(?:more|the first)[^<]*)/g)];
    expect(lines.length).toBeGreaterThan(0);
    for (const [, , attrs, line] of lines) expect(attrs, line).toContain('lang="en"');
  });
});

describe('the static page at 1000 times the data', () => {
  let data: CorridorData;
  let html: string;
  beforeAll(() => {
    data = syntheticData(1000);
    html = staticPageHtml(data, []);
  }, 120_000);

  it('has the counts of the 1000x bench data', () => {
    expect(data.projects.length).toBe(20_000);
    expect(data.hubs.length).toBe(13_000);
    expect(data.routes.length).toBe(10_000);
  });

  it('stays bounded: the first projects and routes, up to the limits', () => {
    const raw = Buffer.byteLength(html);
    const gzip = gzipSync(html).length;
    console.info(`static page at 1000x: ${raw} B raw, ${gzip} B gzip`);
    // The limits in characters, plus the page around the lists.
    expect(raw).toBeLessThan(STATIC_LIMITS.projectChars + STATIC_LIMITS.routeChars + 20 * 1024);
    expect(gzip).toBeLessThan(64 * 1024);
    const listed = listedItems(html);
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(STATIC_LIMITS.projects + STATIC_LIMITS.routes);
    expect(html.match(/<h3>/g)?.length ?? 0).toBeLessThanOrEqual(STATIC_LIMITS.projects);
  });

  it('says how many more projects and routes there are, and the counts add up', () => {
    const projectItems = html.slice(html.indexOf('static-hubs'), html.indexOf('<h2>Routes'));
    const routeItems = html.slice(html.indexOf('<h2>Routes'));
    const listedProjects = listedItems(projectItems);
    const listedRoutes = listedItems(routeItems);
    expect(listedProjects).toBe(STATIC_LIMITS.projects);
    expect(listedProjects + more(html, 'projects')).toBe(data.projects.length);
    expect(listedRoutes + more(html, 'routes')).toBe(data.routes.length);
    expect(html).toContain(`Projects: the first ${listedProjects} of 20,000`);
    expect(html).toContain('download the full list of all 20,000 projects');
  });

  it('points the reader without JavaScript to every project and route, through the downloads the build emits', () => {
    const links = hrefs(html);
    const offered = [
      DOWNLOADS.projectsCsv,
      DOWNLOADS.projectsGeoJson,
      DOWNLOADS.routesCsv,
      DOWNLOADS.corridorGeoJson,
    ];
    for (const file of offered) expect(links).toContain(`./${file}`);
    expect(html).toMatch(/<noscript>[\s\S]*every one is in the downloads[\s\S]*<\/noscript>/);
    // The build emits these files, under these names...
    const plugin = readFileSync(new URL('../../tools/corridor-plugin.ts', import.meta.url), 'utf8');
    expect(plugin).toContain('...downloadFiles(data)');
    const emitted = downloadFiles(data).map(([path]) => path);
    for (const file of offered) expect(emitted).toContain(file);
    // ...and they hold every project and route.
    const ids = new Set(data.projects.map((p) => p.properties.id));
    const geojson = JSON.parse(projectsGeoJson(data)) as { features: { id: string }[] };
    expect(new Set(geojson.features.map((f) => f.id))).toEqual(ids);
    const csvIds = (parse(projectsCsv(data), { bom: true, columns: true }) as { id: string }[]).map(
      (r) => r.id,
    );
    expect(new Set(csvIds)).toEqual(ids);
    const routeIds = (parse(routesCsv(data), { bom: true, columns: true }) as { id: string }[]).map(
      (r) => r.id,
    );
    expect(routeIds).toEqual(data.routes.map((r) => r.id));
  });

  it('is as large at 1000x as at 100x: its size does not follow the data', () => {
    const at100 = staticPageHtml(syntheticData(100), []);
    expect(Math.abs(Buffer.byteLength(at100) - Buffer.byteLength(html))).toBeLessThan(
      0.1 * Buffer.byteLength(html),
    );
  }, 60_000);
});

describe('the static page limits', () => {
  const fixture = loadCorridorData(VALID_DIR);

  function withProjects(count: number, summary: (i: number) => string): CorridorData {
    const d = structuredClone(fixture);
    const [first] = d.projects;
    d.projects = Array.from({ length: count }, (_, i) => {
      const p = structuredClone(first);
      p.properties.id = `p-${i}`;
      p.properties.name.en = `Project ${i}`;
      p.properties.summary.en = summary(i);
      return p;
    });
    return d;
  }

  it('lists the fixture in full, unchanged', () => {
    const html = staticPageHtml(fixture, []);
    expect(listedItems(html)).toBe(fixture.projects.length + fixture.routes.length);
    expect(html).not.toContain('static-more');
  });

  it('cuts a hub with too many projects short, and says so at the hub', () => {
    const d = withProjects(STATIC_LIMITS.projects + 5, (i) => `Summary ${i}.`);
    const html = staticPageHtml(d, []);
    expect(listedItems(html)).toBe(STATIC_LIMITS.projects + d.routes.length);
    expect(html).toContain('<p>… and 5 more projects at this hub.</p>');
    expect(more(html, 'projects')).toBe(5);
    expect(html).toContain(`Projects: the first ${STATIC_LIMITS.projects} of ${STATIC_LIMITS.projects + 5}`);
  });

  it('stops listing when the text grows too long, however few the projects', () => {
    const d = withProjects(100, (i) => `${i} ${'x'.repeat(20_000)}`);
    const html = staticPageHtml(d, []);
    const listed = listedItems(html) - d.routes.length;
    expect(listed).toBeLessThan(100);
    expect(listed + more(html, 'projects')).toBe(100);
    expect(Buffer.byteLength(html)).toBeLessThan(STATIC_LIMITS.projectChars + 2 * 20_500 + 10 * 1024);
  });

  it('escapes what it writes in the lines about the rest', () => {
    const d = withProjects(STATIC_LIMITS.projects + 1, () => '<script>alert(1)</script>');
    const html = staticPageHtml(d, []);
    expect(html).not.toContain('<script>');
    // Elements open and close in pairs.
    for (const tag of ['li', 'ul', 'p', 'h2', 'h3', 'section', 'div', 'a'])
      expect(html.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0, tag).toBe(
        html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0,
      );
  });
});
