/**
 * Whether an address asks for the embed: `?embed`, `?embed=1` or `?embed=true`. Read by the address parser
 * (`parseView`) and by the page's first script, which must decide before the app is loaded whether to wait
 * until the frame is seen; this module imports nothing, so that script stays small.
 */
export function isEmbedded(params: URLSearchParams): boolean {
  return params.has('embed') && ['', '1', 'true'].includes(params.get('embed') ?? '');
}

/**
 * The page's one blocking script, made from `isEmbedded` itself: marks `<html data-embed>` before the first
 * paint when the address asks for the embed, so the static page is painted in the embed's shape
 * (styles.css) rather than shifted into it once the module script runs. The build writes it as a file of its
 * own (tools/corridor-plugin.ts): the site's Content-Security-Policy allows no inline script.
 */
export const MARK_EMBED_SCRIPT = `(${isEmbedded})(new URLSearchParams(location.search))&&(document.documentElement.dataset.embed='');\n`;
