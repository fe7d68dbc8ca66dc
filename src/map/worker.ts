import { prewarm } from 'maplibre-gl';

/** Starts loading MapLibre's worker (its own script) now, while the page's data loads, not after it. */
export function startMapWorker(): void {
  prewarm();
}
