import type { ReactiveController } from 'lit';
import { pageAddress, publicRoot, siteRoot } from '../data/site-root.ts';
import { type Intent, pushesHistory } from './intents.ts';
import { featurePagePath, parsePagePath } from './pages.ts';
import { parseViewState, serializeViewState } from './url.ts';
import type { Selection, ViewState } from './view.ts';
import type { ViewHost } from './view-host.ts';

/**
 * Keeps the address in step with the view: reads it when the data arrives and when the reader goes back
 * or forward, and writes it after every intent (a new history entry for a new selection or story step, a
 * replaced one for the rest).
 *
 * Two kinds of address. The English home page (`/`), which embeds, old links and articles use, spells the
 * whole view in its query (`?project=<id>&lang=ru`), as it always has. A page the build wrote for a language or
 * a feature (`/ru/`, `/project/<id>/`, `/ru/project/<id>/`: src/state/pages.ts) spells the language and the
 * selection in its path and the rest in its query; the app, started there, keeps to paths: selecting another
 * feature moves to that feature's page in the same language (a new history entry, so Back returns), closing the
 * panel to the language's home page, changing language to the same page in the other language. Every address
 * the app writes is then a real page, with its own title and card, that opens the same view when shared.
 * Either way the page's canonical link names the page of what is selected.
 */
export class UrlController implements ReactiveController {
  constructor(private readonly host: ViewHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The view the address spells, as an intent. */
  read(): Intent {
    const index = this.host.index;
    const known = (s: Selection) => index?.known(s) ?? false;
    const view = parseViewState(location.search, known);
    const page = this.pathMode() ? parsePagePath(this.pathBelowRoot()) : null;
    if (page) {
      // A selection in the query (an old link's `?hub=`) wins over the page's; the page's language is the view's.
      if (!view.selection && page.selection && known(page.selection)) view.selection = page.selection;
      view.lang ??= page.lang;
    }
    return { type: 'restore', view };
  }

  /** Mirrors the view in the address after `intent`. */
  write(intent: Intent): void {
    const view = this.host.view;
    this.setCanonical(view);
    let path = location.pathname;
    let search: string;
    if (this.pathMode()) {
      const rootPath = new URL(siteRoot()).pathname;
      path = `${rootPath}${featurePagePath(view.lang ?? 'en', view.selection).slice(1)}`;
      search = serializeViewState({ ...view, selection: null, lang: null }, location.search);
    } else {
      search = serializeViewState(view, location.search);
    }
    if (search === location.search && path === location.pathname) return;
    const url = `${path}${search}${location.hash}`;
    if (pushesHistory(intent)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Whether the page was written for a path of its own (any page but the English home page). */
  private pathMode(): boolean {
    return pageAddress() !== null;
  }

  private pathBelowRoot(): string {
    const rootPath = new URL(siteRoot()).pathname;
    const path = location.pathname;
    return path.startsWith(rootPath) ? `/${path.slice(rootPath.length)}` : path;
  }

  /** Points the canonical link at the page of the view's selection in its language (the home page without one). */
  private setCanonical(view: ViewState): void {
    const root = publicRoot();
    const link = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (!root || !link) return;
    const href = new URL(`.${featurePagePath(view.lang ?? 'en', view.selection)}`, root).href;
    if (link.href !== href) link.href = href;
  }

  // Before the data has arrived there is nothing to restore: the data's arrival reads the address itself.
  private onPopState = () => {
    if (this.host.index) this.host.apply(this.read());
  };
}
