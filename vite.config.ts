import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { corridorData } from './tools/corridor-plugin.ts';
import { preloadApp } from './tools/preload-app.ts';

/**
 * A relative base so the built site works from any folder of any static host. `CORRIDOR_SITE_URL` is the
 * public address the site will have (oEmbed needs it absolute); `CORRIDOR_GEO_DIR` points the build at
 * another data folder and `CORRIDOR_OUT_DIR` elsewhere than `dist/` (the tests use both).
 */
/** The site's public address, where one is set; the build's one reader of `CORRIDOR_SITE_URL`. */
const siteSetting = process.env.CORRIDOR_SITE_URL;

export default defineConfig({
  base: './',
  plugins: [
    corridorData({
      geoDir: process.env.CORRIDOR_GEO_DIR ?? fileURLToPath(new URL('./geo', import.meta.url)),
      siteUrl: new URL('./', siteSetting ?? 'http://127.0.0.1:4173/').href,
      siteUrlSet: siteSetting !== undefined,
      // `CORRIDOR_CARDS=off` leaves out the pages' preview cards: for builds of synthetic data thousands of
      // features large (the bench, tests/e2e/dense.test.ts), where drawing one per page would take the most time.
      cards: process.env.CORRIDOR_CARDS !== 'off',
    }),
    preloadApp(),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200, outDir: process.env.CORRIDOR_OUT_DIR ?? 'dist' },
});
