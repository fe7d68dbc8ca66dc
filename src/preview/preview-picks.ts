import { opensElsewhere } from './preview-spots.ts';

/**
 * Until the app replaces the static page, a hub clicked (or chosen with Enter) in its picture goes into the
 * address without a reload, and is marked as chosen; the app reads the address when it starts and opens that
 * hub's panel. Returns a function that stops this (the links are then plain links again).
 */
export function keepPreviewPicks(): () => void {
  const onClick = (e: MouseEvent) => {
    const link = (e.target as Element | null)?.closest?.('.static-page a[data-hub]');
    const id = link?.getAttribute('data-hub');
    if (!link || !id || opensElsewhere(e)) return;
    e.preventDefault();
    const url = new URL(location.href);
    for (const key of ['project', 'hub', 'route']) url.searchParams.delete(key);
    url.searchParams.set('hub', id);
    history.pushState(history.state, '', url);
    for (const a of document.querySelectorAll('.static-page a[aria-current]'))
      a.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
