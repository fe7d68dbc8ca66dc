import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapData, Status } from '../data/types.ts';
import type { Visible } from '../state/filters.ts';
import { iconName, type MapFeatures } from '../style/features.ts';
import { HIDDEN_STATE } from '../style/layers.ts';
import { SOURCES } from '../style/style.ts';

/** What the filters and the date leave on the map, kept in MapLibre's feature state. */
export class FeatureVisibility {
  /** The ids hidden by the filters and the date, by source, as last set in feature state. */
  private hiddenIds = new Map<string, Set<string>>();
  /** The status each project's marker is drawn with, when it differs from its status now. */
  private drawnStatus = new Map<string, Status>();

  /**
   * Shows only what the filters and the date leave, by feature state (see `HIDDEN_STATE`): nothing goes
   * back to the worker, and only the features whose visibility changed are touched. Markers are redrawn
   * only when the date changes a project's status.
   */
  show(map: MapLibreMap, features: MapFeatures, data: MapData, v: Visible | null): void {
    const bySource: [string, FeatureCollection, Set<string> | undefined][] = [
      [SOURCES.projects, features.projects, v?.projects],
      [SOURCES.hubs, features.hubs, v?.hubs],
      [SOURCES.routes, features.routes, v?.routes],
      [SOURCES.places, features.places, v?.places],
    ];
    for (const [source, collection, shown] of bySource) {
      const next = new Set<string>();
      if (shown) {
        for (const f of collection.features) {
          const id = String(f.properties?.id);
          if (!shown.has(id)) next.add(id);
        }
      }
      const before = this.hiddenIds.get(source) ?? new Set<string>();
      for (const id of before) if (!next.has(id)) map.removeFeatureState({ source, id }, HIDDEN_STATE);
      for (const id of next)
        if (!before.has(id)) map.setFeatureState({ source, id }, { [HIDDEN_STATE]: true });
      this.hiddenIds.set(source, next);
    }
    const status = new Map(
      data.projects
        .filter(
          (p) => v?.status.has(p.properties.id) && v.status.get(p.properties.id) !== p.properties.status,
        )
        .map((p) => [p.properties.id, v?.status.get(p.properties.id) as Status]),
    );
    const same =
      status.size === this.drawnStatus.size && [...status].every(([k, x]) => this.drawnStatus.get(k) === x);
    if (same) return;
    this.drawnStatus = status;
    const projects = {
      ...features.projects,
      features: features.projects.features.map((f) => {
        const at = status.get(String(f.properties?.id));
        return at
          ? {
              ...f,
              properties: {
                ...f.properties,
                status: at,
                icon: iconName({ kind: f.properties?.kind, status: at }),
              },
            }
          : f;
      }),
    };
    (map.getSource(SOURCES.projects) as GeoJSONSource | undefined)?.setData(projects);
  }

  /** A new style starts with no feature state: everything is to be hidden again. */
  reset(): void {
    this.hiddenIds = new Map();
    this.drawnStatus = new Map();
  }
}
