import { dataAsOf } from '../src/data/as-of.ts';
import type {
  CorridorData,
  Figure,
  Lang,
  Localized,
  Partner,
  Source,
  TimelineEvent,
} from '../src/data/types.ts';
import { LANGUAGES } from '../src/data/vocabularies.ts';
import { escapeHtml } from '../src/html/escape-html.ts';
import {
  countryName,
  figureDate,
  formatDate,
  kindName,
  LANGUAGE_NAMES,
  modeName,
  parens,
  pick,
  punct,
  statusName,
  t,
} from '../src/i18n/strings.ts';
import { formatQuantity } from '../src/i18n/units.ts';
import type { PreviewSpot } from '../src/preview/preview-spots.ts';
import { featurePagePath, pageDepth } from '../src/state/pages.ts';
import type { Camera, Selection } from '../src/state/view.ts';
import { BASEMAP_ATTRIBUTION } from './basemap.ts';
import { citation, DATA_LICENCE, DOWNLOADS } from './downloads.ts';
import { previewBlock } from './static-page.ts';

/**
 * The site's pages: one home page and one page for every hub, project and route, in every language, at the
 * addresses of `featurePagePath` (src/state/pages.ts). This module says what each page is called, how it
 * describes itself to search engines and link previews (title, description, Open Graph, hreflang, canonical),
 * what it shows without JavaScript, and writes the sitemap and robots.txt. The plugin
 * (corridor-plugin.ts) puts them into the built HTML.
 */

/** The language tags Open Graph takes (`og:locale`), by language. */
export const OG_LOCALES: Record<Lang, string> = { en: 'en_US', ru: 'ru_RU', kk: 'kk_KZ', zh: 'zh_CN' };

/** The preview card's size (made by the build beside each page as `card.png`). */
export const CARD_SIZE = { width: 1200, height: 630 };

/** The file name of a page's preview card, in the page's own folder. */
export const CARD_FILE = 'card.png';

/**
 * The file names of a feature page's picture (the map centred on the feature, drawn at PREVIEW_SIZE), in the
 * light and the dark theme, in the page's own folder.
 */
export const PICTURE_FILES = { light: 'picture.webp', dark: 'picture-dark.webp' } as const;

/**
 * A feature page's picture: its files (1x, relative to the page), the camera it is drawn at (null for the
 * default view) and the hubs it draws (the links laid over it).
 */
export interface FeaturePicture {
  light: string;
  dark: string;
  camera: Camera | null;
  spots: readonly PreviewSpot[];
}

/**
 * The limits a page's texts must keep, in display columns (a Chinese, Japanese or Korean character counts two,
 * as it is about twice as wide): a name longer than `maxName` does not fit the card's title or a search result's
 * headline; a description (the summary's first sentence) shorter than `minDescription` says too little for a
 * link preview; one longer than `maxDescription` is cut at a word and ends with "…".
 */
export const PAGE_LIMITS = {
  maxName: 90,
  minDescription: 12,
  maxDescription: 320,
  /**
   * Features with a page of their own, in the data's order (hubs, projects, routes): past it the build writes
   * the first ones and says how many have none, so the build stays seconds long however large the data grows
   * (the synthetic data of the scale tests has thousands). The real data has 71.
   */
  maxFeatures: 150,
};

/** One page of the site. */
export interface SitePage {
  lang: Lang;
  /** What it shows: null for the home page. */
  selection: Selection | null;
  /** Its address below the site's (featurePagePath). */
  path: string;
  /** `<title>` and `og:title`. */
  title: string;
  /** `meta description` and `og:description`. */
  description: string;
  /** The card's accessible text (`og:image:alt`). */
  imageAlt: string;
}

/** Display columns of a text: two for each wide (CJK) character. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1;
  return n;
}

/**
 * The first sentence of a text: up to the first full stop (or ! ?) followed by a space and a capital letter,
 * a digit or an opening quote, or up to the first 。！？ in Chinese. The whole text if it has one sentence.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const cjk = /^(.+?[。！？])/u.exec(trimmed);
  const latin = /^(.+?[.!?])\s+(?=[\p{Lu}\p{N}"«“])/u.exec(trimmed);
  const ends = [cjk?.[1], latin?.[1]].filter((s): s is string => Boolean(s));
  return ends.length ? ends.reduce((a, b) => (a.length <= b.length ? a : b)) : trimmed;
}

/** A text cut to `max` display columns at a word (or, in Chinese, anywhere), ending with "…". */
function cut(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) > max) break;
    out += ch;
  }
  const atWord = out.replace(/\s+\S*$/u, '');
  return `${(atWord.length > out.length / 2 ? atWord : out).replace(/[\s,;:.，、]+$/u, '')}…`;
}

/** A problem with the pages: which feature, which field, what is wrong and what to do. */
export interface PageProblem {
  file: string;
  id: string;
  field: string;
  message: string;
}

/** Thrown when a page cannot be written; its message lists every problem, one per line. */
export class PageError extends Error {
  constructor(readonly problems: PageProblem[]) {
    super(
      `${problems.length} problem(s) stop the pages being written:\n${problems
        .map((p) => `  geo/${p.file}: ${p.id}: ${p.field}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'PageError';
  }
}

/**
 * The site's public address, from `CORRIDOR_SITE_URL`: an absolute https address, ending in `/`. Unset, the
 * build uses `fallback` and says so in one line (`log`); set to anything else than an absolute https address,
 * the build stops with what was given and what to do.
 */
export function siteUrlSetting(
  value: string | undefined,
  log: (line: string) => void = console.warn,
  fallback = 'http://127.0.0.1:4173/',
): string {
  if (value === undefined || value.trim() === '') {
    log(
      `CORRIDOR_SITE_URL is not set: the pages' canonical, hreflang, sitemap, card and oEmbed addresses use ${fallback}. Set it to the site's public https address (e.g. CORRIDOR_SITE_URL=https://example.org/corridor-map/) before deploying.`,
    );
    return fallback;
  }
  const url = URL.canParse(value) ? new URL(value) : null;
  if (url?.protocol !== 'https:' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `CORRIDOR_SITE_URL=${JSON.stringify(value)} is not an absolute https address of a folder. Set it to the address the site will be served from, e.g. CORRIDOR_SITE_URL=https://example.org/corridor-map/ (https, no query, no #).`,
    );
  }
  return new URL('./', url.href.endsWith('/') ? url.href : `${url.href}/`).href;
}

/** The name and summary a selection has, and the file it is authored in. */
function featureTexts(
  data: CorridorData,
  s: Selection,
): { name: Localized; summary: Localized | null; file: string } | null {
  if (s.type === 'project') {
    const p = data.projects.find((f) => f.properties.id === s.id)?.properties;
    return p ? { name: p.name, summary: p.summary, file: 'projects.geojson' } : null;
  }
  if (s.type === 'route') {
    const r = data.routes.find((x) => x.id === s.id);
    return r ? { name: r.name, summary: r.summary, file: 'routes.json' } : null;
  }
  const h = data.hubs.find((f) => f.properties.id === s.id)?.properties;
  return h ? { name: h.name, summary: null, file: 'hubs.geojson' } : null;
}

/** The projects at a hub, in the data's order. */
function projectsAt(data: CorridorData, hub: string) {
  return data.projects.filter((p) => p.properties.hub === hub).map((p) => p.properties);
}

/** A hub's description, which has no summary: its country and the projects at it. */
function hubDescription(data: CorridorData, id: string, lang: Lang): string {
  const h = data.hubs.find((f) => f.properties.id === id)?.properties;
  if (!h) return '';
  const p = punct(lang);
  const names = projectsAt(data, id).map((x) => pick(x.name, lang));
  const where = `${pick(h.name, lang)}${parens(lang, `${t(lang, 'hub')}${p.comma}${countryName(lang, h.country)}`)}`;
  return names.length
    ? `${where}${p.stop.trimEnd()}${lang === 'zh' ? '' : ' '}${t(lang, 'projectsAtHub')}${p.colon}${names.join(p.comma)}${lang === 'zh' ? '。' : '.'}`
    : `${where}${lang === 'zh' ? '。' : '.'}`;
}

/** Every selection the data has a page for: hubs, projects and routes, in the data's order. */
export function selections(data: CorridorData): Selection[] {
  return [
    ...data.hubs.map((h) => ({ type: 'hub' as const, id: h.properties.id })),
    ...data.projects.map((p) => ({ type: 'project' as const, id: p.properties.id })),
    ...data.routes.map((r) => ({ type: 'route' as const, id: r.id })),
  ];
}

/**
 * Every page of the site, with its title and description, checked before any is written: a name too long
 * for a title or a summary whose first sentence is too short for a description stops the build with every
 * such problem (PageError).
 */
export function sitePages(data: CorridorData, log: (line: string) => void = console.warn): SitePage[] {
  const pages: SitePage[] = [];
  const all = selections(data);
  if (all.length > PAGE_LIMITS.maxFeatures)
    log(
      `${all.length - PAGE_LIMITS.maxFeatures} of ${all.length} hubs, projects and routes have no page of their own: past PAGE_LIMITS.maxFeatures (${PAGE_LIMITS.maxFeatures}, tools/pages.ts).`,
    );
  const problems: PageProblem[] = [];
  for (const lang of LANGUAGES) {
    pages.push({
      lang,
      selection: null,
      path: featurePagePath(lang, null),
      title: `${t(lang, 'title')}${lang === 'zh' ? '：' : ': '}${t(lang, 'mapLabel')}`,
      description: t(lang, 'intro'),
      imageAlt: t(lang, 'previewAlt'),
    });
  }
  for (const selection of all.slice(0, PAGE_LIMITS.maxFeatures)) {
    const texts = featureTexts(data, selection);
    if (!texts) continue;
    for (const lang of LANGUAGES) {
      const name = pick(texts.name, lang);
      // A language without its own name shows the English one, whose problem is told once, under `en`.
      const own = (text: Localized | null) =>
        lang === 'en' || (text as Partial<Record<Lang, string>> | null)?.[lang] !== undefined;
      if (own(texts.name) && displayWidth(name) > PAGE_LIMITS.maxName) {
        problems.push({
          file: texts.file,
          id: selection.id,
          field: `name.${lang}`,
          message: `${JSON.stringify(name)} is ${displayWidth(name)} columns long, more than the ${PAGE_LIMITS.maxName} a page title and its preview card hold (a Chinese character counts two). Shorten the name; put the full form in the summary.`,
        });
      }
      const sentence = texts.summary
        ? firstSentence(pick(texts.summary, lang))
        : hubDescription(data, selection.id, lang);
      if (texts.summary && own(texts.summary) && displayWidth(sentence) < PAGE_LIMITS.minDescription) {
        problems.push({
          file: lang === 'en' ? texts.file : `translations/${lang}.json`,
          id: selection.id,
          field: `summary.${lang}`,
          message: `its first sentence, ${JSON.stringify(sentence)}, is ${displayWidth(sentence)} columns long: a page description needs at least ${PAGE_LIMITS.minDescription}. Make the summary's first sentence say what the ${selection.type} is and where.`,
        });
      }
      pages.push({
        lang,
        selection,
        path: featurePagePath(lang, selection),
        // A hub may share its name with a project at it ("Kalzhat"): its title says it is the hub.
        title: `${selection.type === 'hub' ? `${name}${parens(lang, t(lang, 'hub'))}` : name} | ${t(lang, 'title')}`,
        description: cut(sentence, PAGE_LIMITS.maxDescription),
        imageAlt: `${name}${punct(lang).colon}${t(lang, 'mapLabel')}`,
      });
    }
  }
  if (problems.length) throw new PageError(problems);
  return pages;
}

/** The same page in every language, by language. */
export function alternates(page: SitePage): Record<Lang, string> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, featurePagePath(l, page.selection)])) as Record<
    Lang,
    string
  >;
}

/** A page's absolute address. */
export function pageUrl(siteUrl: string, path: string): string {
  return new URL(`.${path}`, siteUrl).href;
}

/** The relative way from a page's folder back to the site's root: `./`, `../`, `../../`, ... */
export function upTo(path: string): string {
  const depth = pageDepth(path);
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** The schema.org Dataset of the downloads, for the home pages (JSON-LD). */
export function datasetJsonLd(data: CorridorData, siteUrl: string, lang: Lang): Record<string, unknown> {
  const at = (path: string) => new URL(path, siteUrl).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: t(lang, 'title'),
    description: t(lang, 'intro'),
    url: pageUrl(siteUrl, featurePagePath(lang, null)),
    inLanguage: lang,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    creditText: `Corridor Map (${DATA_LICENCE})`,
    citation: citation(data),
    dateModified: dataAsOf(data),
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: 'Corridor Map' },
    spatialCoverage: 'Kazakhstan, Xinjiang (China) and Central Asia',
    distribution: [
      { path: DOWNLOADS.projectsCsv, format: 'text/csv' },
      { path: DOWNLOADS.routesCsv, format: 'text/csv' },
      { path: DOWNLOADS.hubsCsv, format: 'text/csv' },
      { path: DOWNLOADS.projectsGeoJson, format: 'application/geo+json' },
      { path: DOWNLOADS.corridorGeoJson, format: 'application/geo+json' },
    ].map((d) => ({ '@type': 'DataDownload', encodingFormat: d.format, contentUrl: at(d.path) })),
  };
}

/** JSON for a `<script>` element: no `</script>` or `<!--` can end or confuse it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The tags a page's `<head>` carries for search engines and link previews: title, description, canonical,
 * hreflang alternates (the four languages and x-default, the English page), the language's Atom feed, Open
 * Graph and Twitter card, and on home pages the Dataset (JSON-LD).
 */
export function pageHead(page: SitePage, siteUrl: string, data: CorridorData): string {
  const url = pageUrl(siteUrl, page.path);
  const alt = alternates(page);
  const up = upTo(page.path);
  const feed = `${up}${page.lang === 'en' ? '' : `${page.lang}/`}feed.xml`;
  const e = escapeHtml;
  const lines = [
    `<title>${e(page.title)}</title>`,
    `<meta name="description" content="${e(page.description)}" />`,
    `<link rel="canonical" href="${e(url)}" />`,
    ...LANGUAGES.map((l) => `<link rel="alternate" hreflang="${l}" href="${e(pageUrl(siteUrl, alt[l]))}" />`),
    `<link rel="alternate" hreflang="x-default" href="${e(pageUrl(siteUrl, alt.en))}" />`,
    `<link rel="alternate" type="application/atom+xml" href="${e(feed)}" title="${e(`${t(page.lang, 'title')}: ${t(page.lang, 'updatesHeading')}`)}" />`,
    `<meta property="og:type" content="${page.selection ? 'article' : 'website'}" />`,
    '<meta property="og:site_name" content="Corridor Map" />',
    `<meta property="og:title" content="${e(page.title)}" />`,
    `<meta property="og:description" content="${e(page.description)}" />`,
    `<meta property="og:url" content="${e(url)}" />`,
    `<meta property="og:image" content="${e(new URL(CARD_FILE, url).href)}" />`,
    '<meta property="og:image:type" content="image/png" />',
    `<meta property="og:image:width" content="${CARD_SIZE.width}" />`,
    `<meta property="og:image:height" content="${CARD_SIZE.height}" />`,
    `<meta property="og:image:alt" content="${e(page.imageAlt)}" />`,
    `<meta property="og:locale" content="${OG_LOCALES[page.lang]}" />`,
    ...LANGUAGES.filter((l) => l !== page.lang).map(
      (l) => `<meta property="og:locale:alternate" content="${OG_LOCALES[l]}" />`,
    ),
    '<meta name="twitter:card" content="summary_large_image" />',
    ...(page.selection
      ? []
      : [
          `<script type="application/ld+json">${scriptJson(datasetJsonLd(data, siteUrl, page.lang))}</script>`,
        ]),
  ];
  return lines.map((l) => `    ${l}\n`).join('');
}

// ---------------------------------------------------------------------------------------------------------
// What a feature page shows without JavaScript.

function sourceItem(s: Source, lang: Lang): string {
  const title = s.title ? `: ${escapeHtml(s.title)}` : '';
  const date = s.date ? formatDate(lang, s.date) : t(lang, 'undated');
  return `<li id="src-${escapeHtml(s.id)}"><a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(
    s.publisher,
  )}${title}</a>${parens(lang, `${t(lang, 'sourceDate')} ${escapeHtml(date)}`)}</li>`;
}

/** A link to a cited source in the page's list of sources. */
function cite(id: string, numbers: Map<string, number>): string {
  const n = numbers.get(id);
  return n ? ` <a class="cite" href="#src-${escapeHtml(id)}">[${n}]</a>` : '';
}

function figureList(figures: Figure[], lang: Lang, numbers: Map<string, number>): string {
  if (!figures.length) return '';
  const p = punct(lang);
  const items = figures.map(
    (f) =>
      `<li>${escapeHtml(pick(f.label, lang))}${escapeHtml(figureDate(f, lang))}${p.colon}${escapeHtml(
        formatQuantity(lang, f.value, f.unit, f.qualifier),
      )}${cite(f.source, numbers)}</li>`,
  );
  return `<h2>${escapeHtml(t(lang, 'figures'))}</h2><ul class="static-figures">${items.join('')}</ul>`;
}

function timelineList(events: TimelineEvent[], lang: Lang, numbers: Map<string, number>): string {
  if (!events.length) return '';
  const p = punct(lang);
  const items = [...events]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(
      (ev) =>
        `<li><time datetime="${escapeHtml(ev.date)}">${escapeHtml(formatDate(lang, ev.date))}</time>${p.colon}${escapeHtml(
          pick(ev.text, lang),
        )}${ev.status ? escapeHtml(parens(lang, statusName(lang, ev.status))) : ''}${cite(ev.source, numbers)}</li>`,
    );
  return `<h2>${escapeHtml(t(lang, 'timeline'))}</h2><ol class="static-timeline">${items.join('')}</ol>`;
}

function partnerList(partners: Partner[], lang: Lang, numbers: Map<string, number>): string {
  if (!partners.length) return '';
  const p = punct(lang);
  const items = partners.map(
    (x) =>
      `<li>${escapeHtml(pick(x.name, lang))}${escapeHtml(parens(lang, countryName(lang, x.country)))}${p.colon}${escapeHtml(
        pick(x.role, lang),
      )}${cite(x.source, numbers)}</li>`,
  );
  return `<h2>${escapeHtml(t(lang, 'partners'))}</h2><ul class="static-partners">${items.join('')}</ul>`;
}

/** The sources a feature cites, numbered in the order of `ids` (the feature's `sources`, then any other cited). */
function sourceSection(
  ids: string[],
  data: CorridorData,
  lang: Lang,
): { html: string; numbers: Map<string, number> } {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const listed = [...new Set(ids)].map((id) => byId.get(id)).filter((s): s is Source => Boolean(s));
  const numbers = new Map(listed.map((s, i) => [s.id, i + 1]));
  return {
    numbers,
    html: `<h2>${escapeHtml(t(lang, 'sources'))}</h2><ol class="static-sources">${listed.map((s) => sourceItem(s, lang)).join('')}</ol>`,
  };
}

/**
 * A feature page's content before the app runs and without JavaScript: the site's name, the other languages,
 * the feature's name, kind and status, its picture (centred on it, the feature marked), summary, figures,
 * timeline, partners and every source with its date and link, the date it was last checked and the data's
 * "as of" date. Links are relative to the page's folder. The app replaces it once it starts, and keeps its
 * picture (`picture`) as the map's stand-in, as on the home page.
 */
export function featurePageHtml(data: CorridorData, page: SitePage, picture: FeaturePicture): string {
  const { lang, selection } = page;
  if (!selection) return '';
  const up = upTo(page.path);
  const rel = (path: string) => `${up}${path.slice(1)}`;
  const p = punct(lang);
  const e = escapeHtml;
  const parts: string[] = [];
  let name = '';
  let facts = '';
  let summary = '';
  let body = '';
  let checked = '';
  let cited: string[] = [];
  if (selection.type === 'project') {
    const x = data.projects.find((f) => f.properties.id === selection.id)?.properties;
    if (!x) return '';
    const hub = data.hubs.find((h) => h.properties.id === x.hub)?.properties;
    name = pick(x.name, lang);
    facts = `${kindName(lang, x.kind)} · ${statusName(lang, x.status)}`;
    summary = pick(x.summary, lang);
    cited = [
      ...x.sources,
      ...x.figures.map((f) => f.source),
      ...x.timeline.map((f) => f.source),
      ...x.partners.map((f) => f.source),
    ];
    const { html, numbers } = sourceSection(cited, data, lang);
    body = [
      hub
        ? `<p>${e(t(lang, 'location'))}${p.colon}<a href="${e(rel(featurePagePath(lang, { type: 'hub', id: hub.id })))}">${e(pick(hub.name, lang))}</a>${e(parens(lang, countryName(lang, hub.country)))}. ${e(pick(x.locationNote, lang))}</p>`
        : '',
      figureList(x.figures, lang, numbers),
      timelineList(x.timeline, lang, numbers),
      partnerList(x.partners, lang, numbers),
      html,
    ].join('\n');
    checked = x.lastVerified;
  } else if (selection.type === 'route') {
    const r = data.routes.find((x) => x.id === selection.id);
    if (!r) return '';
    name = pick(r.name, lang);
    facts = `${modeName(lang, r.mode)} · ${statusName(lang, r.status)}`;
    summary = pick(r.summary, lang);
    cited = [...r.sources, ...r.figures.map((f) => f.source), ...r.timeline.map((f) => f.source)];
    const { html, numbers } = sourceSection(cited, data, lang);
    const stopNames = new Map<string, Localized>([
      ...data.hubs.map((h) => [h.properties.id, h.properties.name] as const),
      ...data.places.map((h) => [h.properties.id, h.properties.name] as const),
    ]);
    const hubIds = new Set(data.hubs.map((h) => h.properties.id));
    const stops = r.stops.map((id) => {
      const label = e(pick(stopNames.get(id) ?? { en: id }, lang));
      return hubIds.has(id)
        ? `<li><a href="${e(rel(featurePagePath(lang, { type: 'hub', id })))}">${label}</a></li>`
        : `<li>${label}</li>`;
    });
    body = [
      `<h2>${e(t(lang, 'stops'))}</h2><ol class="static-stops">${stops.join('')}</ol>`,
      `<p>${e(t(lang, 'lineNote'))}${p.colon}${e(pick(r.lineNote, lang))}</p>`,
      figureList(r.figures, lang, numbers),
      timelineList(r.timeline, lang, numbers),
      html,
    ].join('\n');
    checked = r.lastVerified;
  } else {
    const h = data.hubs.find((x) => x.properties.id === selection.id)?.properties;
    if (!h) return '';
    name = pick(h.name, lang);
    facts = `${t(lang, 'hub')} · ${countryName(lang, h.country)}`;
    summary = pick(h.locationNote, lang);
    const here = projectsAt(data, h.id);
    cited = [...h.sources];
    const { html } = sourceSection(cited, data, lang);
    const items = here.map(
      (x) =>
        `<li><a href="${e(rel(featurePagePath(lang, { type: 'project', id: x.id })))}">${e(pick(x.name, lang))}</a>${p.colon}${e(
          kindName(lang, x.kind),
        )}${p.comma}${e(statusName(lang, x.status))}</li>`,
    );
    body = [
      here.length
        ? `<h2>${e(t(lang, 'projectsAtHub'))}</h2><ul class="static-projects">${items.join('')}</ul>`
        : '',
      html,
    ].join('\n');
  }
  const languages = LANGUAGES.map((l) =>
    l === lang
      ? `<li><a href="./" aria-current="page" lang="${l}">${e(LANGUAGE_NAMES[l])}</a></li>`
      : `<li><a href="${e(rel(featurePagePath(l, selection)))}" lang="${l}" hreflang="${l}">${e(LANGUAGE_NAMES[l])}</a></li>`,
  );
  parts.push(
    '<div class="static-page static-feature">',
    `<header class="masthead"><p class="static-site"><a href="${e(rel(featurePagePath(lang, null)))}">${e(t(lang, 'title'))}</a></p>`,
    `<nav aria-label="${e(t(lang, 'languageLabel'))}"><ul class="static-languages">${languages.join('')}</ul></nav></header>`,
    '<main class="static-list">',
    `<h1>${e(name)}</h1>`,
    `<p class="static-facts">${e(facts)}</p>`,
    // The map's picture, as on the home page: the app stands it in for the map and starts the map at its camera.
    previewBlock({
      light: picture.light,
      dark: picture.dark,
      alt: page.imageAlt,
      camera: picture.camera ?? undefined,
      spots: picture.spots,
      name: (id) => {
        const hub = data.hubs.find((h) => h.properties.id === id)?.properties;
        return hub ? pick(hub.name, lang) : id;
      },
      href: (id) => rel(featurePagePath(lang, { type: 'hub', id })),
      label: t(lang, 'previewHubs'),
    }),
    `<p class="static-summary">${e(summary)}</p>`,
    body,
    checked
      ? `<p>${e(t(lang, 'lastVerified'))}${p.colon}<time datetime="${e(checked)}">${e(formatDate(lang, checked))}</time></p>`
      : '',
    `<p>${e(t(lang, 'asOf'))}${p.colon}<time datetime="${e(dataAsOf(data))}">${e(formatDate(lang, dataAsOf(data)))}</time></p>`,
    `<p><a href="${e(rel(featurePagePath(lang, null)))}">${e(t(lang, 'projectsHeading'))}</a> · <a href="${e(`${up}${DOWNLOADS.projectsCsv}`)}" download>CSV</a> · <a href="${e(`${up}${DOWNLOADS.projectsGeoJson}`)}" download>GeoJSON</a></p>`,
    `<p class="static-credit">${e(BASEMAP_ATTRIBUTION)}</p>`,
    '</main></div>',
  );
  return parts.filter(Boolean).join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// For search engines: the sitemap and robots.txt.

/** Every page of the site with its alternates in the other languages (sitemaps.org, with xhtml:link). */
export function sitemapXml(pages: SitePage[], siteUrl: string): string {
  const urls = pages.map((page) => {
    const alt = alternates(page);
    const links = [
      ...LANGUAGES.map(
        (l) =>
          `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(pageUrl(siteUrl, alt[l]))}"/>`,
      ),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeHtml(pageUrl(siteUrl, alt.en))}"/>`,
    ];
    return `  <url>\n    <loc>${escapeHtml(pageUrl(siteUrl, page.path))}</loc>\n${links.join('\n')}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap is named. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`;
}
