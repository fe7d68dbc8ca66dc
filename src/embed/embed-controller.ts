import type { ReactiveController } from 'lit';
import type { ViewHost } from '../state/view-host.ts';
import { parseCommand } from './messages.ts';
import { reportHeight } from './resize.ts';

/**
 * The iframe host: in an embed, reports the page's height to the parent page (pym.js, Datawrapper, AMP and
 * Medium messages) and turns the parent's two commands into intents; every other message is ignored.
 */
export class EmbedController implements ReactiveController {
  private stopReporting?: () => void;

  constructor(private readonly host: ViewHost) {
    host.addController(this);
  }

  private get embedded(): boolean {
    return window.parent !== window;
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
    this.stopReporting?.();
  }

  hostUpdated(): void {
    if (this.host.view.embed && this.embedded && !this.stopReporting) {
      const id = new URLSearchParams(location.search).get('childId') ?? 'corridor-map';
      this.stopReporting = reportHeight(id.slice(0, 80));
    }
  }

  private onMessage = (e: MessageEvent) => {
    if (e.source !== window.parent || !this.embedded) return;
    const command = parseCommand(e.data);
    if (!command) return;
    this.host.apply(
      command.type === 'language'
        ? { type: 'language', lang: command.lang }
        : { type: 'select', selection: command.selection },
    );
  };
}
