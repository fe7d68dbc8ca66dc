/**
 * Whether an address asks for the embed: `?embed`, `?embed=1` or `?embed=true`. Read by the address parser
 * (`parseView`) and by the page's first script, which must decide before the app is loaded whether to wait
 * until the frame is seen; this module imports nothing, so that script stays small.
 */
export function isEmbedded(params: URLSearchParams): boolean {
  return params.has('embed') && ['', '1', 'true'].includes(params.get('embed') ?? '');
}
