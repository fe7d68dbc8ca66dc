// Builds what the bench measures: our site from a data folder (the project's own `vite build`, pointed with
// CORRIDOR_GEO_DIR / CORRIDOR_OUT_DIR), and the three reference pages (Vite's API, no config file).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE_BIN = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/**
 * Runs the project's production build on a data folder into an output folder, in a child process (the
 * 1000x build needs its own heap). Resolves with the build's wall time in ms; rejects with its output.
 * @param {{ geoDir: string, outDir: string, cards?: boolean }} options
 * @returns {Promise<number>}
 */
export function buildSite({ geoDir, outDir, cards = true }) {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=8192', VITE_BIN, 'build', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          CORRIDOR_GEO_DIR: geoDir,
          CORRIDOR_OUT_DIR: outDir,
          ...(cards ? {} : { CORRIDOR_CARDS: 'off' }),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (b) => {
      output += b;
    });
    child.stderr.on('data', (b) => {
      output += b;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(performance.now() - started);
      else
        fail(
          new Error(`vite build of ${geoDir} into ${outDir} failed (exit ${code}):\n${output.slice(-4000)}`),
        );
    });
  });
}

/** The reference pages: their title and entry script (their HTML is bench/pages/reference.html). */
const REFERENCE_PAGES = {
  bare: { title: 'bare MapLibre', entry: 'main.js' },
  leaflet: { title: 'Leaflet on a canvas', entry: 'main.js' },
  'same-style': { title: 'our style, MapLibre alone', entry: 'main.ts' },
};

/**
 * Builds a reference page (bench/pages/<name>/) with Vite into `outDir`. Resolves with the wall time in ms.
 * @param {'bare' | 'leaflet' | 'same-style'} name
 * @param {string} outDir
 * @returns {Promise<number>}
 */
export async function buildReference(name, outDir) {
  const started = performance.now();
  const { build } = await import('vite');
  const root = fileURLToPath(new URL(`../pages/${name}/`, import.meta.url));
  const page = REFERENCE_PAGES[name];
  const template = readFileSync(new URL('../pages/reference.html', import.meta.url), 'utf8');
  writeFileSync(`${root}index.html`, template.replace('%TITLE%', page.title).replace('%ENTRY%', page.entry));
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  });
  return performance.now() - started;
}

/**
 * The features of a built site's `data/corridor.json` as one GeoJSON FeatureCollection for the reference
 * pages: hubs and projects as points, routes as their drawn lines; only id, kind, English name and status.
 * @param {string} corridorJsonPath
 * @returns {string}
 */
export function referenceGeoJson(corridorJsonPath) {
  const data = JSON.parse(readFileSync(corridorJsonPath, 'utf8'));
  /** @param {any} f @param {string} kind */
  const pointOf = (f, kind) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: {
      id: f.properties.id,
      kind,
      name: f.properties.name.en,
      status: f.properties.status ?? null,
    },
  });
  const features = [
    ...data.routes.map((/** @type {any} */ r) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: r.coordinates },
      properties: { id: r.id, kind: 'route', name: r.name.en, status: r.status },
    })),
    ...data.hubs.map((/** @type {any} */ h) => pointOf(h, 'hub')),
    ...data.projects.map((/** @type {any} */ p) => pointOf(p, 'project')),
  ];
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/**
 * Writes a reference data file into a built reference page.
 * @param {string} refDir
 * @param {string} fileName
 * @param {string} geojson
 */
export function writeReferenceData(refDir, fileName, geojson) {
  mkdirSync(`${refDir}/data`, { recursive: true });
  writeFileSync(`${refDir}/data/${fileName}`, geojson);
}

/**
 * Copies the built site's data/ (corridor.json, basemap.json, font-faces.json, the details) and fonts/
 * into a built reference page, so the same-style page loads the very files our page loads.
 * @param {string} siteDir
 * @param {string} refDir
 */
export function copySiteData(siteDir, refDir) {
  for (const folder of ['data', 'fonts'])
    cpSync(join(siteDir, folder), join(refDir, folder), { recursive: true });
}
