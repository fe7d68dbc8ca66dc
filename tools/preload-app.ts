import type { Plugin } from 'vite';

/**
 * `<link rel="modulepreload">` for the scripts the page's first script imports on the fly (the app and
 * MapLibre, src/main.ts), so the browser fetches them with the page instead of a round trip after the first
 * script has run.
 */
export function preloadApp(): Plugin {
  return {
    name: 'corridor-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = ctx.chunk?.dynamicImports ?? [];
        if (chunks.length === 0) return html;
        const links = chunks.map((file) => `    <link rel="modulepreload" href="./${file}" />\n`).join('');
        return html.replace('  </head>', `${links}  </head>`);
      },
    },
  };
}
