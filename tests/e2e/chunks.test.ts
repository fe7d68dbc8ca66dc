import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_DIR } from '../data-files.ts';
import { runBuild } from './harness.ts';

const MAPLIBRE_VERSION = JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8')).version;

let out = '';
let result = { status: 1, output: '' };
beforeAll(async () => {
  // Inside the project, like `dist/` (vite warns about an output folder outside it), in git-ignored .cache/.
  mkdirSync('.cache', { recursive: true });
  out = mkdtempSync(join('.cache', 'chunks-test-'));
  // What `npm run build` prints (info level), so a warning would be in it.
  result = await runBuild(VALID_DIR, out, { logLevel: 'info' });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const assets = () => readdirSync(join(out, 'assets'));
const text = (file: string) => readFileSync(join(out, 'assets', file), 'utf8');
/** The chunks a script imports, statically (`from"./x.js"`, `import"./x.js"`). */
const imports = (code: string) =>
  [...code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);

describe('the build output', () => {
  it('builds and prints no warning (no chunk over the size limit, no timing notice)', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('built in');
    expect(result.output).not.toMatch(/\(!\)|warning|PLUGIN_TIMINGS/i);
  });

  it('puts MapLibre in a chunk of its own that imports none of our code, so our deploys keep its file name', () => {
    const chunks = assets().filter((f) => /^maplibre-[\w-]+\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    const maplibre = text(chunks[0]);
    expect(maplibre).toContain(MAPLIBRE_VERSION);
    expect(maplibre.length).toBeGreaterThan(500_000);
    // Its hash depends on its own content alone only if it imports nothing.
    expect(imports(maplibre)).toEqual([]);
    // The app's chunk holds our code and imports MapLibre's, without a copy of it; the page asks for both at once.
    const start = assets().find((f) => /^start-[\w-]+\.js$/.test(f)) ?? '';
    for (const ours of ['corridor-map-idle', 'corridor-app']) {
      expect(text(start)).toContain(ours);
      expect(maplibre).not.toContain(ours);
    }
    expect(imports(text(start))).toContain(chunks[0]);
    expect(text(start).length).toBeLessThan(maplibre.length / 2);
    // The first script (the picture's hub links) does not wait for MapLibre: it asks for the app's chunk and
    // MapLibre's together when the app is to start (Vite's preload list for the dynamic import), and the HTML
    // asks for neither, so an embed not yet seen loads neither.
    const entry = assets().find((f) => /^index-[\w-]+\.js$/.test(f)) ?? '';
    expect(imports(text(entry))).not.toContain(chunks[0]);
    expect(text(entry)).toContain(`"./${start}","./${chunks[0]}"`);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('modulepreload');
  });
});
