import { CoverWatch, type Insets } from './insets.ts';

/**
 * Moves the camera for a selection: the one place that does. The selection is brought clear of what covers
 * the map (measured by `CoverWatch`) in the task after the next frame, so the frame that first shows it draws
 * only its highlight and its panel; the camera's move (a redraw, and tiles at a new zoom) is drawn in the
 * frame after. A cover that changes later (a phone's sheet that grows when its texts arrive, the zoom hint)
 * moves it again the same way, unless the reader has moved the map since the selection changed.
 */
export class SelectionCamera {
  private readonly watch: CoverWatch;
  /** The move asked for last, until it is made (0: none waits); a new selection asks afresh. */
  private pending = 0;
  private asked = 0;
  private readerMoved = false;

  /**
   * `covers` lists what lies over `host` now; `bring` moves the camera to the current selection, clear of
   * `insets` (it does nothing where there is no selection or no map drawn yet).
   */
  constructor(
    host: HTMLElement,
    covers: () => readonly Element[],
    private readonly bring: (insets: Insets) => void,
  ) {
    this.watch = new CoverWatch(host, covers, () => {
      if (!this.readerMoved && !this.pending) this.schedule();
    });
  }

  /** The selection changed (or the map can now show one): bring it into view after the next frame. */
  select(): void {
    this.readerMoved = false;
    this.schedule();
  }

  /** The reader moved the map: a cover that changes from now on leaves the camera where the reader put it. */
  moved(): void {
    this.readerMoved = true;
  }

  /** Looks for covers again (one came or went). */
  rescan(): void {
    this.watch.rescan();
  }

  /** Stops watching the covers; a move already asked for is dropped. */
  disconnect(): void {
    this.watch.disconnect();
    this.pending = 0;
  }

  private schedule(): void {
    const move = ++this.asked;
    this.pending = move;
    // The task after the next frame's rendering: covers laid out in that frame have been measured by then.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.pending !== move) return;
        this.pending = 0;
        if (!this.readerMoved) this.watch.whenMeasured((insets) => this.bring(insets));
      }),
    );
  }
}
