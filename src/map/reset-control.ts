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
    button.textContent = '⟲';
    button.addEventListener('click', () => this.onReset());
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
  }
}
