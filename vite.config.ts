import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { corridorData } from './tools/corridor-plugin.ts';
import { siteUrlSetting } from './tools/pages.ts';

/**
 * A relative base so the built site works from any folder of any static host. `CORRIDOR_SITE_URL` is the
 * public address the site will have, an absolute https address (oEmbed, canonical and hreflang links, the
 * sitemap and the cards need it; unset, the build says what it used: tools/pages.ts); `CORRIDOR_GEO_DIR` points the build at
 * another data folder and `CORRIDOR_OUT_DIR` elsewhere than `dist/` (the tests use both).
 */
/** The site's public address, where one is set; the build's one reader of `CORRIDOR_SITE_URL`. */
const siteSetting = process.env.CORRIDOR_SITE_URL;

export default defineConfig({
  base: './',
  plugins: [
    corridorData({
      geoDir: process.env.CORRIDOR_GEO_DIR ?? fileURLToPath(new URL('./geo', import.meta.url)),
      siteUrl: siteUrlSetting(siteSetting),
      siteUrlSet: siteSetting !== undefined,
      // `CORRIDOR_CARDS=off` leaves out the pages' preview cards and their own pictures: for builds of synthetic
      // data thousands of features large (the bench), where drawing them would take the most time.
      cards: process.env.CORRIDOR_CARDS !== 'off',
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    outDir: process.env.CORRIDOR_OUT_DIR ?? 'dist',
    rolldownOptions: {
      // The data plugin's work (the basemap, fonts, every page) is known to take seconds: no timing notice.
      checks: { pluginTimings: false },
      output: {
        // MapLibre's script in a chunk of its own that imports nothing of ours: its file name's hash then
        // depends on MapLibre's code alone, so a new deploy of our code leaves it in returning readers' caches.
        // Its stylesheet stays with ours in the first script's CSS (a `.css` here would make the first script
        // import the whole chunk).
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ }],
        },
      },
    },
  },
});
