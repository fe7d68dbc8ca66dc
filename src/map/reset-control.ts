import type { IControl } from 'maplibre-gl';

/** A map control with one button that returns the map to its starting view. */
export class ResetControl implements IControl {
  private container?: HTMLElement;

  constructor(
    private readonly onReset: () => void,
    private readonly label = 'Reset view',
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'corridor-reset';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    // An icon drawn in SVG, so it shows whatever fonts the reader has.
    button.innerHTML =
      '<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M10 4a6 6 0 1 1-5.7 4.1" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><path d="M3 3v5h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>';
    button.addEventListener('click', () => this.onReset());
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
  }
}
