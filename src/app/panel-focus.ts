import type { ReactiveControllerHost } from 'lit';
import type { Selection, SelectionVia } from '../state/view.ts';

/** The focused element, looking inside shadow roots (a list's button, not the list element). */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

/**
 * Focus around the panel, following how the reader selected (`SelectionVia`): a panel opened from the
 * keyboard or a link (the list, search, a story) takes focus on its heading; closing it gives focus back to
 * where it was. A selection made by pointing at the map moves no focus.
 */
export class PanelFocus {
  private returnTo: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly heading: () => { focusHeading(): void } | null,
  ) {}

  /** Call before a selection changes from `from` to `to`, made `via` a pointer, a key or a link. */
  async selecting(from: Selection | null, to: Selection | null, via: SelectionVia): Promise<void> {
    const follows = via !== 'pointer';
    if (to && !from && follows) this.returnTo = deepActiveElement();
    await this.host.updateComplete;
    if (!to && from) {
      this.returnTo?.focus();
      this.returnTo = null;
    } else if (to && follows) {
      this.heading()?.focusHeading();
    }
  }
}
