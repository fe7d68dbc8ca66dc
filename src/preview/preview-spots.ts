import type { Camera } from '../state/view.ts';
import { PREVIEW_SIZE } from './preview-camera.ts';

/**
 * The hubs of the first-paint picture as links, laid over it: a reader can open a hub's panel from the picture
 * before MapLibre has drawn anything. The build writes them into the static page (tools/static-page.ts), where
 * they work without the app (`?hub=` is the hub's address, and src/preview/preview-picks.ts keeps a click until the app
 * runs); the map's stand-in (stand-in.ts) draws them again and opens the panel in place.
 */

/** A hub in the picture (PREVIEW_SIZE): its id, centre and the radius of its target, in the picture's pixels. */
export interface PreviewSpot {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** The links' layer: the picture's coordinates, cropped as the picture is (`object-fit: cover`). */
export const PREVIEW_HUBS_VIEWBOX = `0 0 ${PREVIEW_SIZE.width} ${PREVIEW_SIZE.height}`;

/**
 * The spots a `width` x `height` box shows of the picture, cropped as `object-fit: cover` crops it: the others
 * are off the edges, and a link there would take the keyboard's focus out of sight.
 */
export function spotsInView(spots: readonly PreviewSpot[], width: number, height: number): PreviewSpot[] {
  const scale = Math.max(width / PREVIEW_SIZE.width, height / PREVIEW_SIZE.height);
  if (!(scale > 0)) return [...spots];
  const halfW = width / scale / 2;
  const halfH = height / scale / 2;
  const [cx, cy] = [PREVIEW_SIZE.width / 2, PREVIEW_SIZE.height / 2];
  return spots.filter((s) => Math.abs(s.x - cx) <= halfW && Math.abs(s.y - cy) <= halfH);
}

/** The spots written into the static page, read back before the app replaces it. */
export function readPreviewSpots(root: ParentNode): PreviewSpot[] {
  return [...root.querySelectorAll('.preview-hubs a[data-hub]')].flatMap((a) => {
    const c = a.querySelector('circle');
    const [x, y, r] = ['cx', 'cy', 'r'].map((k) => Number(c?.getAttribute(k)));
    const id = a.getAttribute('data-hub') ?? '';
    return id && [x, y, r].every(Number.isFinite) ? [{ id, x, y, r } as PreviewSpot] : [];
  });
}

/**
 * The static page's picture, made ready to stand in for the map: the same element, not a copy, so what the
 * reader sees is not swapped for another image when the app takes over.
 */
export function adoptPreviewPicture(root: ParentNode): HTMLPictureElement | null {
  const picture = root.querySelector<HTMLPictureElement>('.static-preview picture');
  const img = picture?.querySelector('img');
  if (!picture || !img) return null;
  // Beside the map region, which has its own name, the picture says nothing.
  img.alt = '';
  picture.setAttribute('aria-hidden', 'true');
  img.classList.add('map-preview');
  return picture;
}

/**
 * The attribute of a picture's `<img>` that names the camera it was drawn at (at PREVIEW_SIZE), where that is
 * not the default view: a feature's page centres its picture on the feature, and the map starts there.
 */
export const PICTURE_CAMERA = 'data-camera';

/** `PICTURE_CAMERA`'s value: longitude, latitude and zoom, space-separated. */
export function cameraAttribute({ center: [lng, lat], zoom }: Camera): string {
  return `${lng.toFixed(6)} ${lat.toFixed(6)} ${zoom.toFixed(5)}`;
}

/** The camera a picture was drawn at (`PICTURE_CAMERA`), or null for one of the default view. */
export function pictureCamera(picture: Element | null): Camera | null {
  const value = picture?.querySelector('img')?.getAttribute(PICTURE_CAMERA);
  const [lng, lat, zoom] = (value ?? '').split(' ').map(Number);
  return value && [lng, lat, zoom].every(Number.isFinite) ? { center: [lng, lat], zoom } : null;
}

/** Whether a click asks for something else than following the link here (a new tab or window). */
export function opensElsewhere(e: MouseEvent): boolean {
  return e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
