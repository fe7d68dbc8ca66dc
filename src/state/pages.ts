import type { Lang } from '../data/vocabularies.ts';
import type { Selection } from './view.ts';

/**
 * The addresses of the site's pages: English at the root, the other languages under their code; a hub,
 * project or route has its own page under its type and id. Every path starts and ends with a slash:
 * `featurePagePath('en', null)` is `/`, `featurePagePath('ru', {type: 'project', id: 'x'})` is
 * `/ru/project/x/`. The page's card image is `card.png` in the same folder and each language's feed is
 * `feed.xml` in its home's.
 */
export function featurePagePath(lang: Lang, selection: Pick<Selection, 'type' | 'id'> | null): string {
  const home = lang === 'en' ? '/' : `/${lang}/`;
  return selection ? `${home}${selection.type}/${selection.id}/` : home;
}

/**
 * The absolute address of a path of the site: `siteUrl` (the site's public address, ending in a slash) with
 * the path's leading slash dropped, so a site under a folder (`https://example.org/map/`) keeps its folder.
 */
export function siteAddress(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** The `<meta name>` under which the build writes the site's public address, when one is configured. */
export const SITE_URL_META = 'corridor-site-url';

/**
 * The absolute address of a page, as a reader would share it: the site's configured public address (the
 * build writes it into the page) and the page's path; without one, the address the page was opened at.
 */
export function featurePageUrl(
  lang: Lang,
  selection: Pick<Selection, 'type' | 'id'> | null,
  doc: Document = document,
): string {
  const site = doc.querySelector<HTMLMetaElement>(`meta[name="${SITE_URL_META}"]`)?.content;
  return siteAddress(site || doc.location.origin, featurePagePath(lang, selection));
}
