/**
 * Where the page stands in the site. The home page is at the site's root; the pages the build writes in
 * folders below it (`/ru/`, `/ru/project/<id>/`: tools/pages.ts, src/state/pages.ts) carry on `<html>` the
 * address they were written for (`data-page`) and the way back to the root (`data-root="../../../"`). Both are
 * read once, when the page loads: the app later moves the address to other pages' paths with the history API,
 * and the root must not move with it.
 */

interface Place {
  /** The site's root folder, where its data, fonts and pictures are (absolute). */
  root: string;
  /** The address below the root the page was written for, or null for the English home page. */
  page: string | null;
  /** The site's public address, read from the page's canonical link: the root of canonical addresses. */
  publicRoot: string | null;
}

function read(doc: Document): Place {
  const up = doc.documentElement.dataset.root;
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return {
    root: new URL(up ?? './', doc.baseURI).href,
    page: doc.documentElement.dataset.page ?? null,
    publicRoot: canonical ? new URL(up ?? './', canonical).href : null,
  };
}

let place: Place | null = typeof document === 'undefined' ? null : read(document);

function here(): Place {
  place ??= read(document);
  return place;
}

/** The site's root folder (absolute, ending in `/`): page code resolves the site's files against it. */
export function siteRoot(): string {
  return here().root;
}

/** The address (below the root) the page was written for, or null for the English home page. */
export function pageAddress(): string | null {
  return here().page;
}

/** The site's public address as the build wrote it into the canonical link, or null without one. */
export function publicRoot(): string | null {
  return here().publicRoot;
}
