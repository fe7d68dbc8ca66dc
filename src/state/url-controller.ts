import type { ReactiveController } from 'lit';
import { type Intent, pushesHistory } from './intents.ts';
import { parseViewState, serializeViewState } from './url.ts';
import type { ViewHost } from './view-host.ts';

/**
 * Keeps the address in step with the view: reads it when the data arrives and when the reader goes back
 * or forward, and writes it after every intent (a new history entry for a new selection or story step, a
 * replaced one for the rest).
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
    return { type: 'restore', view: parseViewState(location.search, (s) => index?.known(s) ?? false) };
  }

  /** Mirrors the view in the address after `intent`. */
  write(intent: Intent): void {
    const search = serializeViewState(this.host.view, location.search);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (pushesHistory(intent)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  // Before the data has arrived there is nothing to restore: the data's arrival reads the address itself.
  private onPopState = () => {
    if (this.host.index) this.host.apply(this.read());
  };
}
