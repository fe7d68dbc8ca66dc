import type { CorridorData, Lang, Source } from '../src/data/types.ts';
import { escapeHtml } from '../src/html/escape-html.ts';
import { kindName, pick, punct, sentences, statusName, t } from '../src/i18n/strings.ts';
import { PREVIEW_SIZE } from '../src/preview/preview-camera.ts';
import {
  cameraAttribute,
  PICTURE_CAMERA,
  PREVIEW_HUBS_VIEWBOX,
  type PreviewSpot,
} from '../src/preview/preview-spots.ts';
import { featurePagePath, homePicturePath, pictureSrcset } from '../src/state/pages.ts';
import type { Camera } from '../src/state/view.ts';
import { DOWNLOADS } from './downloads.ts';

function sourceLinks(ids: string[], sources: Map<string, Source>): string {
  return ids
    .map((id) => sources.get(id))
    .filter((s): s is Source => Boolean(s))
    .map(
      (s) =>
        `<a href="${escapeHtml(s.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(s.publisher)}</a>` +
        (s.date ? `, ${escapeHtml(s.date)}` : ''),
    )
    .join('; ');
}

/**
 * How much of the data the static page lists in full. Past these it lists the first ones and says how many more
 * there are and where to get them all, so the HTML (and the page's DOM until the app replaces it) stays bounded
 * however large the data grows: the real data (20 projects, 11 routes) is far below both.
 */
export const STATIC_LIMITS = {
  /** Projects listed with their summary and sources. */
  projects: 200,
  /** Routes listed with their summary and sources. */
  routes: 50,
  /**
   * Characters of HTML of the project items, then of the route items, past which no more are listed, whatever
   * the counts: a guard against very long summaries or source lists (a real item is about 1,000).
   */
  projectChars: 250_000,
  routeChars: 60_000,
};

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** A picture of the map, with the hubs it draws as links over it (see src/preview/preview-spots.ts). */
export interface PreviewBlock {
  /** The picture's files, relative to the page: in the light theme and in the dark one. */
  light: string;
  dark: string;
  /** The picture's text alternative. */
  alt: string;
  /** The camera it was drawn at, where that is not the default view (`PICTURE_CAMERA`). */
  camera?: Camera;
  /** The hubs it draws, their accessible names and their addresses, and the links' group's name. */
  spots: readonly PreviewSpot[];
  name: (id: string) => string;
  href: (id: string) => string;
  label: string;
}

/**
 * The map's picture as the static page shows it, the home page's and a feature page's alike: the picture (in
 * the reader's system theme) and its hubs as links, each opening its hub's panel, by its address before the app
 * runs and in place once it does. The app adopts this picture and these links as the map's stand-in
 * (src/start.ts), and starts the map at the camera the picture shows.
 */
export function previewBlock(p: PreviewBlock): string {
  const e = escapeHtml;
  const links = p.spots.map(
    (s) =>
      `<a href="${e(p.href(s.id))}" data-hub="${e(s.id)}" aria-label="${e(p.name(s.id))}"><circle cx="${s.x}" cy="${s.y}" r="${s.r}" /></a>`,
  );
  const camera = p.camera ? ` ${PICTURE_CAMERA}="${cameraAttribute(p.camera)}"` : '';
  return [
    '<div class="static-preview"><picture>',
    `<source srcset="${e(pictureSrcset(p.dark))}" media="(prefers-color-scheme: dark)" data-theme="dark" />`,
    `<img src="${e(p.light)}" srcset="${e(pictureSrcset(p.light))}" alt="${e(p.alt)}" width="${PREVIEW_SIZE.width}" height="${PREVIEW_SIZE.height}"${camera} />`,
    '</picture>',
    `<svg class="preview-hubs" viewBox="${PREVIEW_HUBS_VIEWBOX}" preserveAspectRatio="xMidYMid slice" role="group" aria-label="${e(p.label)}">${links.join('')}</svg>`,
    '</div>',
  ].join('\n');
}

/**
 * What the page shows before its script runs, and all it shows without JavaScript: the picture of the
 * default view and the projects and routes with their sources, as plain HTML made at build time. Up to
 * STATIC_LIMITS it lists every one; beyond, the first ones and a line with the count of the rest and links
 * to the downloads that hold them all (`DOWNLOADS`: CSV and GeoJSON for the projects, CSV and the whole
 * map's GeoJSON for the routes).
 * The app replaces it once it starts.
 *
 * It is written in `lang` (a home page in that language), names and summaries falling back to English where
 * the data has none; the lines about what is past the limits, which only data far larger than the real one
 * reaches, are in English and say so (`lang="en"`).
 */
export function staticPageHtml(data: CorridorData, spots: readonly PreviewSpot[], lang: Lang = 'en'): string {
  const p = punct(lang);
  const en = lang === 'en' ? '' : ' lang="en"';
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const cited = (ids: string[]) =>
    `<small>${escapeHtml(t(lang, 'sources'))}${p.colon}${sourceLinks(ids, sources)}</small>`;
  const names = new Map(data.hubs.map((h) => [h.properties.id, pick(h.properties.name, lang)]));
  const byHub = new Map<string, CorridorData['projects']>();
  for (const f of data.projects) {
    const list = byHub.get(f.properties.hub);
    if (list) list.push(f);
    else byHub.set(f.properties.hub, [f]);
  }
  let chars = 0;
  let listedProjects = 0;
  let listedHubs = 0;
  const full = () => listedProjects >= STATIC_LIMITS.projects || chars >= STATIC_LIMITS.projectChars;
  const hubs: string[] = [];
  for (const h of data.hubs) {
    if (full()) break;
    const all = byHub.get(h.properties.id) ?? [];
    const items: string[] = [];
    for (const { properties: x } of all) {
      if (full()) break;
      const facts = `${kindName(lang, x.kind)}${p.comma}${statusName(lang, x.status).toLocaleLowerCase(lang)}`;
      const item = `<li><strong>${escapeHtml(pick(x.name, lang))}</strong>${p.colon}${escapeHtml(
        sentences(lang, facts, pick(x.summary, lang)),
      )} ${cited(x.sources)}</li>`;
      items.push(item);
      chars += item.length;
      listedProjects++;
    }
    // The last hub listed may be cut short: it says so, so its list is not read as complete.
    const rest = all.length - items.length;
    const more =
      rest > 0 ? `<p${en}>… and ${plural(rest, 'more project', 'more projects')} at this hub.</p>` : '';
    hubs.push(
      `<li><h3>${escapeHtml(pick(h.properties.name, lang))}</h3><ul>${items.join('')}</ul>${more}</li>`,
    );
    listedHubs++;
  }
  const routes: string[] = [];
  chars = 0;
  for (const r of data.routes) {
    if (routes.length >= STATIC_LIMITS.routes || chars >= STATIC_LIMITS.routeChars) break;
    const item = `<li><strong>${escapeHtml(pick(r.name, lang))}</strong>${p.stop.trimEnd()}${lang === 'zh' ? '' : ' '}${escapeHtml(
      pick(r.summary, lang),
    )} ${cited(r.sources)}</li>`;
    routes.push(item);
    chars += item.length;
  }
  const moreProjects = data.projects.length - listedProjects;
  const moreHubs = data.hubs.length - listedHubs;
  const moreRoutes = data.routes.length - routes.length;
  const downloads = `download the full list of all ${plural(data.projects.length, 'project', 'projects')}, with their sources, as <a href="./${DOWNLOADS.projectsCsv}" download>CSV</a> or <a href="./${DOWNLOADS.projectsGeoJson}" download>GeoJSON</a>`;
  const projectsRest =
    moreProjects > 0
      ? `<p class="static-more"${en}>… and ${plural(moreProjects, 'more project', 'more projects')}${
          moreHubs > 0 ? ` at ${plural(moreHubs, 'more hub', 'more hubs')}` : ''
        }: ${downloads}.</p>`
      : moreHubs > 0
        ? `<p class="static-more"${en}>… and ${plural(moreHubs, 'more hub', 'more hubs')} with no project yet. Every project is listed above; ${downloads}.</p>`
        : '';
  const routesRest =
    moreRoutes > 0
      ? `<p class="static-more"${en}>… and ${plural(moreRoutes, 'more route', 'more routes')}: all ${plural(
          data.routes.length,
          'route',
          'routes',
        )}, with their stops, length and sources, are in the <a href="./${DOWNLOADS.routesCsv}" download>routes CSV</a> and, with hubs and projects, in the <a href="./${DOWNLOADS.corridorGeoJson}" download>GeoJSON of the whole map</a>.</p>`
      : '';
  const complete = moreProjects === 0 && moreHubs === 0 && moreRoutes === 0;
  return [
    '<div class="static-page">',
    `<header class="masthead"><h1>${escapeHtml(t(lang, 'title'))}</h1>`,
    `<p>${escapeHtml(t(lang, 'intro'))}</p></header>`,
    previewBlock({
      light: `./${homePicturePath(lang, 'light')}`,
      dark: `./${homePicturePath(lang, 'dark')}`,
      alt: t(lang, 'mapLabel'),
      spots,
      name: (id) => names.get(id) ?? id,
      // As the app's stand-in links them: the English home by its address, the other home pages to the hub's page.
      href: (id) =>
        lang === 'en'
          ? `?hub=${encodeURIComponent(id)}`
          : `./${featurePagePath(lang, { type: 'hub', id }).slice(1)}`,
      label: t(lang, 'previewHubs'),
    }),
    `<p class="static-credit">${escapeHtml(t(lang, 'basemapHeading'))}${p.colon}${escapeHtml(t(lang, 'basemapCredit'))}</p>`,
    `<noscript><p class="notice">${escapeHtml(t(lang, complete ? 'staticNoScript' : 'staticNoScriptPart'))}</p></noscript>`,
    `<section class="static-list"><h2${moreProjects > 0 ? en : ''}>${
      moreProjects > 0
        ? `Projects: the first ${listedProjects.toLocaleString('en-US')} of ${data.projects.length.toLocaleString('en-US')}`
        : escapeHtml(t(lang, 'projectsHeading'))
    }</h2>`,
    `<ul class="static-hubs">${hubs.join('')}</ul>${projectsRest}`,
    `<h2${moreRoutes > 0 ? en : ''}>${
      moreRoutes > 0
        ? `Routes: the first ${routes.length.toLocaleString('en-US')} of ${data.routes.length.toLocaleString('en-US')}`
        : escapeHtml(t(lang, 'routesHeading'))
    }</h2><ul>${routes.join('')}</ul>${routesRest}`,
    '</section></div>',
  ].join('\n');
}
