import { Task, TaskStatus } from '@lit/task';
import { loadDetails } from '../data/load.ts';
import { siteRoot } from '../data/site-root.ts';
import type { HubDetails, RouteDetails } from '../data/types.ts';
import type { DataIndex } from './data-index.ts';
import type { ViewState } from './view.ts';
import type { ViewHost } from './view-host.ts';

/** Which details the open panel shows (`DataIndex.detailsOf`), as a key: `hub:<id>` or `route:<id>`. */
function detailsKey(view: ViewState, index: DataIndex | undefined): string | null {
  const d = view.selection && index?.detailsOf(view.selection);
  return d ? `${d.type}:${d.id}` : null;
}

/**
 * Loads the open panel's texts (`data/hubs/<id>.json`, `data/routes/<id>.json`) when the selection needs
 * them, keeps what was loaded, and retries on request.
 */
export class DetailsController {
  private readonly loaded = new Map<string, HubDetails | RouteDetails>();
  private readonly task: Task<[string | null], HubDetails | RouteDetails | null>;

  constructor(private readonly host: ViewHost) {
    this.task = new Task(host, {
      args: () => [this.key()] as [string | null],
      task: async ([key]) => {
        if (!key) return null;
        const cached = this.loaded.get(key);
        if (cached) return cached;
        const [type, id] = key.split(':') as ['hub' | 'route', string];
        const details =
          type === 'hub'
            ? await loadDetails(siteRoot(), 'hub', id)
            : await loadDetails(siteRoot(), 'route', id);
        this.loaded.set(key, details);
        return details;
      },
    });
  }

  private key(): string | null {
    return detailsKey(this.host.view, this.host.index);
  }

  /** The open panel's details, once loaded (never another panel's, while the next ones load). */
  get value(): HubDetails | RouteDetails | null {
    const key = this.key();
    return (key && this.loaded.get(key)) || null;
  }

  /** Why the open panel's details could not be loaded, if they could not. */
  get error(): string | null {
    if (this.value || this.task.status !== TaskStatus.ERROR) return null;
    const e = this.task.error;
    return e instanceof Error ? e.message : String(e);
  }

  /** Tries again after a failure. */
  retry(): void {
    void this.task.run();
  }
}
