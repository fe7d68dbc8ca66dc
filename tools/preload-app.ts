import type { Plugin } from 'vite';

/**
 * `<link rel="modulepreload">` for the scripts the page's first script imports on the fly (the app, src/main.ts)
 * and for what they import in turn (MapLibre's chunk, vite.config.ts), so the browser fetches them with the page
 * instead of a round trip after the first script has run.
 */
export function preloadApp(): Plugin {
  return {
    name: 'corridor-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const entry = ctx.chunk?.fileName;
        const chunks: string[] = [];
        for (const file of ctx.chunk?.dynamicImports ?? []) {
          const chunk = ctx.bundle?.[file];
          const imports = chunk?.type === 'chunk' ? chunk.imports.filter((f) => f !== entry) : [];
          for (const f of [file, ...imports]) if (!chunks.includes(f)) chunks.push(f);
        }
        if (chunks.length === 0) return html;
        const links = chunks.map((file) => `    <link rel="modulepreload" href="./${file}" />\n`).join('');
        return html.replace('  </head>', `${links}  </head>`);
      },
    },
  };
}
