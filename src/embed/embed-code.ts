import { escapeHtml } from '../html/escape-html.ts';
import { featurePagePath } from '../state/pages.ts';
import { serializeViewState } from '../state/url.ts';
import type { ViewState } from '../state/view.ts';

/** The sandbox tokens the map needs: its scripts, its own origin (for its worker) and new-tab source links. */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The height an embed starts at before it reports its own. */
export const DEFAULT_HEIGHT = 640;

/**
 * The address of the embed view of `view`, on the site at `siteUrl`: the page of its language and selection
 * (`featurePagePath`), whose static picture is then the view the embed shows until the reader reaches for the
 * map (src/embed/when-reached.ts), with the rest of the view in the query.
 */
export function embedUrl(siteUrl: string, view: ViewState): string {
  const base = new URL('./', siteUrl).href;
  const page = featurePagePath(view.lang ?? 'en', view.selection).slice(1);
  return `${base}${page}${serializeViewState({ ...view, lang: null, selection: null, embed: true })}`;
}

/**
 * Ready-to-paste code for a news page: a lazy, titled, sandboxed iframe of the current view, and the
 * parent script that sizes it to its content.
 */
export function embedCode(siteUrl: string, view: ViewState, title: string): string {
  const base = new URL('./', siteUrl).href;
  return [
    `<iframe src="${escapeHtml(embedUrl(siteUrl, view))}" title="${escapeHtml(title)}" loading="lazy"`,
    `  width="100%" height="${DEFAULT_HEIGHT}" style="border:0;width:100%" sandbox="${SANDBOX}"`,
    '  data-corridor-map></iframe>',
    `<script src="${escapeHtml(`${base}embed.js`)}" async></script>`,
  ].join('\n');
}
