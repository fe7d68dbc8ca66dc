import type { CorridorData, Source } from '../src/data/types.ts';
import { KIND_NAMES, STATUS_NAMES } from '../src/i18n/strings.ts';
import { BASEMAP_ATTRIBUTION } from './basemap.ts';

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

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
 * What the page shows before its script runs, and all it shows without JavaScript: the picture of the
 * default view and every project and route with its sources, as plain HTML made at build time.
 * The app replaces it once it starts.
 */
export function staticPageHtml(data: CorridorData, previewAlt: string): string {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const hubs = data.hubs.map((h) => {
    const projects = data.projects
      .filter((p) => p.properties.hub === h.properties.id)
      .map(
        ({ properties: p }) =>
          `<li><strong>${escapeHtml(p.name.en)}</strong>: ${escapeHtml(KIND_NAMES[p.kind])}, ${escapeHtml(
            STATUS_NAMES[p.status].toLowerCase(),
          )}. ${escapeHtml(p.summary.en)} <small>Sources: ${sourceLinks(p.sources, sources)}</small></li>`,
      )
      .join('');
    return `<li><h3>${escapeHtml(h.properties.name.en)}</h3><ul>${projects}</ul></li>`;
  });
  const routes = data.routes.map(
    (r) =>
      `<li><strong>${escapeHtml(r.name.en)}</strong>. ${escapeHtml(r.summary.en)} <small>Sources: ${sourceLinks(
        r.sources,
        sources,
      )}</small></li>`,
  );
  return [
    '<div class="static-page">',
    '<header class="masthead"><h1>Corridor Map</h1>',
    '<p>The hubs, terminals, dry ports and routes being built between Kazakhstan, Xinjiang and Central Asia, with the sources behind every claim.</p></header>',
    '<div class="static-preview"><picture>',
    '<source srcset="./preview-dark.svg" media="(prefers-color-scheme: dark)" />',
    `<img src="./preview-light.svg" alt="${escapeHtml(previewAlt)}" width="1280" height="720" />`,
    '</picture></div>',
    `<p class="static-credit">Basemap: ${escapeHtml(BASEMAP_ATTRIBUTION)}</p>`,
    '<noscript><p class="notice">The interactive map needs JavaScript; every project and its sources are listed below.</p></noscript>',
    '<section class="static-list"><h2>All projects</h2>',
    `<ul class="static-hubs">${hubs.join('')}</ul>`,
    `<h2>Routes</h2><ul>${routes.join('')}</ul>`,
    '</section></div>',
  ].join('\n');
}
