import { LitElement } from 'lit';
import { PageElement } from '../state/context.ts';
import { SelectEvent } from '../state/events.ts';

/** What the hub and route panels share: closing by intent, and focus on their heading. */
export abstract class PanelElement extends PageElement(LitElement) {
  /** The id, in the shadow root, of the heading that takes focus when the panel opens. */
  protected abstract get headingId(): string;

  /** Asks to close the panel (the shell clears the selection). */
  protected close(): void {
    this.dispatchEvent(new SelectEvent(null));
  }

  // The close button comes first in the panel, so that it can stick to the panel's top: Tab from the
  // focused heading goes to it, as if it came next.
  private readonly tabToClose = (e: KeyboardEvent) => {
    const close = this.renderRoot.querySelector<HTMLElement>('button.close');
    if (e.key !== 'Tab' || e.shiftKey || !close) return;
    e.preventDefault();
    close.focus();
  };

  /** Scrolls the page's panel box (`.panel`, which holds the open panel) back to its top. */
  protected scrollToTop(): void {
    const scroller = this.closest<HTMLElement>('.panel');
    if (scroller) scroller.scrollTop = 0;
  }

  /** Moves keyboard focus to the panel's heading (a project's, in a hub's panel) in the next frame; Tab then reaches the close button. */
  focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${this.headingId}`);
    if (!heading) return;
    heading.addEventListener('keydown', this.tabToClose);
    // In the next frame, which lays the page out anyway: focusing and measuring now, right after the panel was
    // written, would lay the page out once here and again in that frame (its texts arrive in between).
    requestAnimationFrame(() => {
      if (!heading.isConnected) return;
      // The panel scrolls itself to a project's heading; the page moves only to bring a panel off screen
      // (opened from the list below the map) into sight.
      heading.focus({ preventScroll: true });
      const panel = this.closest('.panel') ?? this;
      const top = panel.getBoundingClientRect().top;
      if (top < 0 || top > innerHeight - 60) panel.scrollIntoView({ block: 'start' });
    });
  }
}
