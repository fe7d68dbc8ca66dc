import { escapeHtml } from '../html/escape-html.ts';
import { serializeViewState } from '../state/url.ts';
import type { ViewState } from '../state/view.ts';

/** The sandbox tokens the map needs: its scripts, its own origin (for its worker) and new-tab source links. */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The height an embed starts at before it reports its own. */
export const DEFAULT_HEIGHT = 640;

/** The address of the embed view of `view`, on the site at `siteUrl`. */
export function embedUrl(siteUrl: string, view: ViewState): string {
  const base = new URL('./', siteUrl).href;
  return `${base}${serializeViewState({ ...view, embed: true })}`;
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
