import type { ReactiveControllerHost } from 'lit';
import type { Selection } from '../state/view.ts';

/** The focused element, looking inside shadow roots (a list's button, not the list element). */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

/**
 * Focus around the panel: a panel opened from the keyboard (the list, search, a story) takes focus on its
 * heading; closing it gives focus back to where it was. A click on the map moves no focus.
 */
export class FocusController {
  private returnTo: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly heading: () => { focusHeading(): void } | null,
  ) {}

  /** Call before a selection changes from `from` to `to`; `fromMap` when the map asked for it. */
  async selecting(from: Selection | null, to: Selection | null, fromMap: boolean): Promise<void> {
    if (to && !from && !fromMap) this.returnTo = deepActiveElement();
    await this.host.updateComplete;
    if (!to && from) {
      this.returnTo?.focus();
      this.returnTo = null;
    } else if (to && !fromMap) {
      this.heading()?.focusHeading();
    }
  }
}
