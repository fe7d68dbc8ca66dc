import { opensElsewhere } from './preview-spots.ts';

/** What `keepPreviewPicks` keeps until the app starts. */
export interface PreviewPicks {
  /** The hub last chosen in the static page's picture, if one was. */
  picked(): string | null;
  /** Stops keeping picks: the links are plain links to the hub's address again. */
  stop(): void;
}

/**
 * Until the app replaces the static page, a hub clicked (or chosen with Enter) in its picture is kept, without
 * a reload, and marked as chosen; the app opens that hub's panel when it starts (and writes the address, its
 * only writer).
 */
export function keepPreviewPicks(): PreviewPicks {
  let picked: string | null = null;
  const onClick = (e: MouseEvent) => {
    const link = (e.target as Element | null)?.closest?.('.static-page a[data-hub]');
    const id = link?.getAttribute('data-hub');
    if (!link || !id || opensElsewhere(e)) return;
    e.preventDefault();
    picked = id;
    for (const a of document.querySelectorAll('.static-page a[aria-current]'))
      a.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
  };
  document.addEventListener('click', onClick);
  return {
    picked: () => picked,
    stop: () => document.removeEventListener('click', onClick),
  };
}
