// The bench's altered copies of our built site, each to measure what one part of the page costs: the first
// picture blanked (`ours-blank-picture`) and the interface laid out but not drawn (`ours-no-interface`).
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Copies the built site `from` to `to` (emptied first) and alters the copy.
 * @param {string} from
 * @param {string} to
 * @param {(dir: string) => Promise<void> | void} alter
 */
export async function copySite(from, to, alter) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  await alter(to);
}

/** The home pictures a copy of the site blanks (`blankPictures`). */
const HOME_PICTURES = [
  'preview-light.webp',
  'preview-light@2x.webp',
  'preview-dark.webp',
  'preview-dark@2x.webp',
];

/**
 * Blanks the English home page's pictures in a copy of the site: each the same size, in its most common colour
 * (while the picture was an SVG, its raster on the emulated GPU cost a second and more).
 * @param {string} dir
 */
export async function blankPictures(dir) {
  for (const name of HOME_PICTURES) {
    const file = join(dir, name);
    if (existsSync(file)) writeFileSync(file, await blankPicture(readFileSync(file)));
  }
}

/**
 * A picture (WebP) of the same size with nothing drawn: every pixel its most common colour.
 * @param {Uint8Array} webp
 * @returns {Promise<Uint8Array>}
 */
async function blankPicture(webp) {
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

/**
 * Keeps the interface of the English home page of a copy of the site from being drawn: the stylesheet written
 * beside it and linked from it. In a fresh browser what that saves is the GPU process compiling the shader
 * programs the interface's first raster needs, before it runs MapLibre's commands.
 * @param {string} dir
 */
export function hideInterface(dir) {
  const index = join(dir, 'index.html');
  writeFileSync(join(dir, INTERFACE_HIDDEN_FILE), INTERFACE_HIDDEN_CSS);
  writeFileSync(index, withoutInterface(readFileSync(index, 'utf8')));
}
