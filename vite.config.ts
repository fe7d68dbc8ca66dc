import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { corridorData } from './build/corridor-plugin.ts';

/** A relative base so the built site works from any folder of any static host. */
export default defineConfig({
  base: './',
  plugins: [corridorData({ geoDir: fileURLToPath(new URL('./geo', import.meta.url)) })],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
});
