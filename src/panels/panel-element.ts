import { LitElement } from 'lit';
import { SelectEvent } from '../state/events.ts';

/** What the hub and route panels share: closing by intent, and focus on their heading. */
export abstract class PanelElement extends LitElement {
  /** The id of the panel's heading in its shadow root. */
  protected abstract readonly headingId: string;

  /** Asks to close the panel (the shell clears the selection). */
  protected close(): void {
    this.dispatchEvent(new SelectEvent(null));
  }

  /** Moves keyboard focus to the panel's heading. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>(`#${this.headingId}`)?.focus();
  }
}
