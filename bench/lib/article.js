// The host article (issue 24): a plain long read (bench/pages/article/) written several ways into one folder,
// so Lighthouse can score what an embed costs the page around it: `plain/` without any map, `ours/` with
// our embed code (src/embed/embed-code.ts, as the site's Embed dialog gives it), `bare/` with an iframe of
// the bare MapLibre page of the same size and loading. Each with the map below the fold (after the opening
// paragraphs, where long reads put it) and, `-top`, first thing under the headline.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBED_AFTER, SECTIONS } from '../pages/article/text.js';

/**
 * The article's variants: the page without a map, and each map at each place; `ours-top-blank` is our embed at
 * the top from the site with its first picture blanked (the floor: what showing the picture costs).
 */
export const ARTICLE_VARIANTS = /** @type {const} */ ([
  'plain',
  'ours',
  'ours-top',
  'ours-top-blank',
  'bare',
  'bare-top',
]);

/** @param {string} s */
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The article's HTML with `embed` (or nothing) after `after` paragraphs. The text runs twice (the second
 * time as "a closer look"), about 3,800 words: a newsroom's long read.
 * @param {string} embed
 * @param {number} after
 */
export function articleHtml(embed, after) {
  const template = readFileSync(new URL('../pages/article/article.html', import.meta.url), 'utf8');
  const figure = embed
    ? `<figure class="embed">\n${embed}\n<figcaption>Map: Corridor Map</figcaption></figure>`
    : '';
  /** @type {string[]} */
  const body = [];
  let paragraphs = 0;
  const sections = [
    ...SECTIONS,
    ...SECTIONS.slice(1).map((s) => ({ ...s, heading: `A closer look: ${s.heading?.toLowerCase()}` })),
  ];
  if (after === 0) body.push(figure);
  for (const s of sections) {
    if (s.heading) body.push(`<h2>${escapeText(s.heading)}</h2>`);
    for (const p of s.paragraphs) {
      body.push(`<p>${escapeText(p)}</p>`);
      paragraphs += 1;
      if (paragraphs === after) body.push(figure);
    }
  }
  return template.replace('<!--ARTICLE-->', body.map((l) => `      ${l}`).join('\n'));
}

/**
 * Writes the variants into `dir` (`<variant>/index.html`). `oursUrl` and `bareUrl` are the two map sites,
 * on another host name than the article's (a newsroom embeds from another site, so the map runs in its own
 * process, as it would there); `blankUrl`, where given, is ours with its first picture blanked.
 * @param {string} dir
 * @param {{ oursUrl: string, bareUrl: string, blankUrl?: string }} urls
 */
export async function writeArticles(dir, { oursUrl, bareUrl, blankUrl }) {
  const { embedCode } = await import('../../src/embed/embed-code.ts');
  const { DEFAULT_VIEW } = await import('../../src/state/view.ts');
  const code = (/** @type {string} */ url) =>
    embedCode(url, DEFAULT_VIEW, 'Corridor Map: logistics between Kazakhstan, Xinjiang and Central Asia');
  const ours = code(oursUrl);
  // The same size and loading as ours; MapLibre alone, nothing else.
  const bare = `<iframe src="${bareUrl}" title="Map" loading="lazy" width="100%" height="640" style="border:0;width:100%"></iframe>`;
  /** @type {Partial<Record<(typeof ARTICLE_VARIANTS)[number], string>>} */
  const pages = {
    plain: articleHtml('', 0),
    ours: articleHtml(ours, EMBED_AFTER),
    'ours-top': articleHtml(ours, 0),
    ...(blankUrl ? { 'ours-top-blank': articleHtml(code(blankUrl), 0) } : {}),
    bare: articleHtml(bare, EMBED_AFTER),
    'bare-top': articleHtml(bare, 0),
  };
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'index.html'), html);
  }
}

/** The same URL on `localhost` instead of 127.0.0.1: another site for the browser, the same server. */
export function otherSite(/** @type {string} */ url) {
  const u = new URL(url);
  u.hostname = 'localhost';
  return u.href;
}
