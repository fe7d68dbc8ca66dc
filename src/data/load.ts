import { detailsPath } from './split.ts';
import type { HubDetails, MapData, RouteDetails } from './types.ts';

/** The style's `font-faces`: font stack name to files and the characters each covers. */
export type FontFaces = Record<string, { url: string; 'unicode-range': string[] }[]>;

/** What the page fetches from its own site at start. */
interface SiteData {
  data: MapData;
  basemap: GeoJSON.FeatureCollection;
  fontFaces: FontFaces;
  /** What could not be loaded but is not needed to show the data (the map then draws without it). */
  missing: string[];
}

/** A fetch that failed, with the address and the reason, for the message the reader sees. */
export class LoadError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'LoadError';
  }
}

async function getJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new LoadError(url, (e as Error).message);
  }
  if (!res.ok) throw new LoadError(url, `HTTP ${res.status}`);
  try {
    return (await res.json()) as T;
  } catch {
    throw new LoadError(url, 'not valid JSON');
  }
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Loads the data, the basemap and the font list, all from `base` (the site's own folder). The data is
 * required; without the basemap or the fonts the map still draws, and `missing` says what is absent.
 */
export async function loadSiteData(base: string): Promise<SiteData> {
  const at = (path: string) => new URL(path, base).href;
  const [data, basemap, fontFaces] = await Promise.allSettled([
    getJson<MapData>(at('data/corridor.json')),
    getJson<GeoJSON.FeatureCollection>(at('data/basemap.json')),
    getJson<FontFaces>(at('data/font-faces.json')),
  ]);
  if (data.status === 'rejected') throw data.reason;
  const missing: string[] = [];
  if (basemap.status === 'rejected') missing.push(String((basemap.reason as Error).message));
  if (fontFaces.status === 'rejected') missing.push(String((fontFaces.reason as Error).message));
  return {
    data: data.value,
    basemap: basemap.status === 'fulfilled' ? basemap.value : EMPTY,
    fontFaces: fontFaces.status === 'fulfilled' ? fontFaces.value : {},
    missing,
  };
}

/** Loads the texts a hub's or a route's panel shows (see `detailsPath`); rejects with a `LoadError`. */
export function loadDetails(base: string, type: 'hub', id: string): Promise<HubDetails>;
export function loadDetails(base: string, type: 'route', id: string): Promise<RouteDetails>;
export function loadDetails(
  base: string,
  type: 'hub' | 'route',
  id: string,
): Promise<HubDetails | RouteDetails> {
  return getJson(new URL(detailsPath(type, id), base).href);
}
