import { siteRoot } from '../data/site-root.ts';
import { LANGUAGES, type Lang, SELECTION_TYPES, SLUG } from '../data/vocabularies.ts';
import type { Selection, ThemeName } from './view.ts';

/**
 * The addresses of the site's pages, one for the map as a whole and one for every hub, project and route, in
 * every language: English at the site's root, the others under their code.
 *
 *   home:    `/`, `/ru/`, `/kk/`, `/zh/`
 *   feature: `/project/<id>/`, `/ru/project/<id>/`, `/hub/<id>/`, `/zh/route/<id>/`, ...
 *
 * Each is a folder with its own `index.html` (and `card.png`), written by the build. The paths are relative
 * to the site's address (`CORRIDOR_SITE_URL`), with a leading and a trailing slash.
 */
export function featurePagePath(lang: Lang, selection: Selection | null): string {
  const prefix = lang === 'en' ? '/' : `/${lang}/`;
  return selection ? `${prefix}${selection.type}/${selection.id}/` : prefix;
}

/**
 * The home page's picture of the default view in a language and theme, its 1x file (`preview-light.webp`,
 * `ru/preview-dark.webp`), relative to the site's root: its labels are in the page's language.
 */
export function homePicturePath(lang: Lang, theme: ThemeName): string {
  return `${lang === 'en' ? '' : `${lang}/`}preview-${theme}.webp`;
}

/** The home page's picture in a language and theme as the running page asks for it: from the site's root. */
export function homePicture(lang: Lang, theme: ThemeName): string {
  return `${siteRoot()}${homePicturePath(lang, theme)}`;
}

/** The densities every picture is drawn at, for screens of one and of two or more device pixels per CSS pixel. */
export const PICTURE_DENSITIES = [1, 2] as const;

/** A picture's file at `density`, from its 1x file: `preview-light.webp` -> `preview-light@2x.webp`. */
export function pictureAt(path: string, density: number): string {
  return density === 1 ? path : path.replace(/\.webp$/, `@${density}x.webp`);
}

/** A picture's `srcset`, from its 1x file: that file at every density. */
export function pictureSrcset(path: string): string {
  return PICTURE_DENSITIES.map((d) => `${pictureAt(path, d)} ${d}x`).join(', ');
}

/** A page address read back: its language and what it shows (null for the home page). */
export interface PageAddress {
  lang: Lang;
  selection: Selection | null;
}

/**
 * The page a path names, relative to the site's root (`featurePagePath`'s inverse), or `null` when the path
 * is none of the site's page addresses. The ids are checked for form only, not against the data.
 */
export function parsePagePath(path: string): PageAddress | null {
  const parts = path.split('/').filter(Boolean);
  let lang: Lang = 'en';
  if (parts.length > 0 && parts[0] !== 'en' && (LANGUAGES as readonly string[]).includes(parts[0])) {
    lang = parts.shift() as Lang;
  }
  if (parts.length === 0) return { lang, selection: null };
  const [type, id] = parts;
  if (parts.length !== 2 || !(SELECTION_TYPES as readonly string[]).includes(type) || !SLUG.test(id))
    return null;
  return { lang, selection: { type: type as Selection['type'], id } };
}

/** How many folders deep a page is below the site's root: `../` that many times leads back to it. */
export function pageDepth(path: string): number {
  return path.split('/').filter(Boolean).length;
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
 * build writes it into the page) and the page's path; without one, the site's root as this page reached it.
 */
export function featurePageUrl(
  lang: Lang,
  selection: Pick<Selection, 'type' | 'id'> | null,
  doc: Document = document,
): string {
  const site = doc.querySelector<HTMLMetaElement>(`meta[name="${SITE_URL_META}"]`)?.content;
  return siteAddress(site || siteRoot(), featurePagePath(lang, selection));
}
