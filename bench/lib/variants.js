// The bench's altered copies of our built site, each to measure what one part of the page costs: the first
// picture blanked (`ours-blank-picture`) and the interface laid out but not drawn (`ours-no-interface`).

/**
 * A picture (WebP) of the same size with nothing drawn: every pixel its most common colour.
 * @param {Uint8Array} webp
 * @returns {Promise<Uint8Array>}
 */
export async function blankPicture(webp) {
  const { default: sharp } = await import('sharp');
  const image = sharp(webp);
  const { width, height } = await image.metadata();
  const { dominant } = await image.stats();
  return sharp({ create: { width, height, channels: 3, background: dominant } })
    .webp()
    .toBuffer();
}

/** The stylesheet that keeps our interface from being drawn, in the bench's copy of our site (`ours-no-interface`). */
export const INTERFACE_HIDDEN_FILE = 'interface-hidden.css';
/**
 * Everything the app draws round the map but the masthead (which the static page drew first), by selector under
 * `corridor-app`: the stories and the controls row, the key, MapLibre's controls, the toolbar, the filters and the
 * legend, the project list and the updates.
 */
export const INTERFACE_PARTS = [
  '.stories',
  '.controls',
  'map-key',
  '.maplibregl-control-container',
  'map-toolbar',
  'details',
  'section',
];
/** The interface laid out as always (so the map keeps its place and size) but not painted. */
export const INTERFACE_HIDDEN_CSS = `corridor-app :is(${INTERFACE_PARTS.join(', ')}) {
  visibility: hidden !important;
}
`;

/**
 * A page of ours that links `INTERFACE_HIDDEN_FILE` last in its head (a file, not a `<style>`: the page's
 * Content-Security-Policy allows only the site's own stylesheets).
 * @param {string} html
 */
export function withoutInterface(html) {
  if (!html.includes('</head>')) throw new Error('withoutInterface: the page has no </head>');
  return html.replace('</head>', `<link rel="stylesheet" href="./${INTERFACE_HIDDEN_FILE}" />\n</head>`);
}
