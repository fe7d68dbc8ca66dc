import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/data/vocabularies.ts';
import { PREVIEW_SIZE } from '../../src/preview/preview-camera.ts';
import { DARK, LIGHT } from '../../src/symbols/palette.ts';
import { buildBasemap } from '../../tools/basemap.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { renderPreviewSvg } from '../../tools/preview/preview.ts';

/**
 * THIRD_PARTY.md names everything of others that the built site ships, with the licence each package
 * declares: the npm code in dist/assets (found from the page's module graph, not from a hand-kept list),
 * the fonts in dist/fonts and the data behind the basemap, with the attribution it requires.
 */

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const NODE_MODULES = join(ROOT, 'node_modules');

/** dist/ as `npm test` builds it; its absence is a failure, not a reason to skip. */
function dist(path = ''): string {
  const p = join(DIST, path);
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST} is missing or incomplete: run \`npx vite build\` (or \`npm test\`) first`);
  }
  return p;
}

/** THIRD_PARTY.md's table rows: `| \`name\` | version | licence | ...`, by name. */
function entries(): Map<string, { version: string; license: string; row: string }> {
  const text = readFileSync(join(ROOT, 'THIRD_PARTY.md'), 'utf8');
  const out = new Map<string, { version: string; license: string; row: string }>();
  for (const line of text.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|([^|]*)\|([^|]*)\|/.exec(line);
    if (m) out.set(m[1], { version: m[2].trim(), license: m[3].trim().replace(/`/g, ''), row: line });
  }
  return out;
}

const thirdParty = () => readFileSync(join(ROOT, 'THIRD_PARTY.md'), 'utf8');

interface PackageJson {
  name: string;
  version: string;
  license?: string | { type: string };
  licenses?: { type: string }[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

function licenseOf(p: PackageJson): string {
  if (typeof p.license === 'string') return p.license;
  if (p.license) return p.license.type;
  return (p.licenses ?? []).map((l) => l.type).join(' OR ');
}

/** Node's lookup: `name` in the nearest node_modules from `from` upwards (within the project). */
function packageDir(name: string, from: string): string | null {
  for (let dir = resolve(from); dir.startsWith(ROOT); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === ROOT) break;
  }
  return null;
}

/** The package a bare specifier names: `@scope/name/sub?x` -> `@scope/name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('?')[0].split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The file inside the package a bare specifier names: `maplibre-gl/dist/x.mjs?url` -> `dist/x.mjs`. */
function subpath(specifier: string): string {
  return specifier.split('?')[0].slice(packageName(specifier).length).replace(/^\//, '');
}

type Exports = string | { [condition: string]: Exports } | null | undefined;

/** The file a browser build loads for the package's main entry (`exports`, then `module`, then `main`). */
function entryOf(p: PackageJson & { exports?: Exports; module?: string; main?: string }): string {
  const pickCondition = (e: Exports): string | undefined => {
    if (typeof e === 'string') return e;
    if (!e) return undefined;
    if ('.' in e) return pickCondition(e['.']);
    for (const c of ['browser', 'import', 'module', 'default']) {
      const found = c in e ? pickCondition(e[c]) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  return (pickCondition(p.exports) ?? p.module ?? p.main ?? 'index.js').replace(/^\.\//, '');
}

/** Import statements of a module's source that load code at run time (not `import type`). */
function importsOf(source: string): string[] {
  const out: string[] = [];
  const statement = /^\s*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s*from\s*)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(statement)) if (!m[1]) out.push(m[2]);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
  return out;
}

/**
 * The npm packages the page imports (with the files of each it names, `''` for the main entry): a walk of
 * its module graph from index.html's module script.
 */
function pageImports(): Map<string, { from: string; files: Set<string> }> {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const entry = /<script\b[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('index.html has no module script');
  const packages = new Map<string, { from: string; files: Set<string> }>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = resolve(dirname(file), spec.split('?')[0]);
        const candidates = [target, `${target}.ts`, join(target, 'index.ts')];
        const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
        if (found && /\.[cm]?[jt]s$/.test(found)) visit(found);
      } else {
        const name = packageName(spec);
        const entry = packages.get(name) ?? { from: file.slice(ROOT.length + 1), files: new Set<string>() };
        entry.files.add(subpath(spec));
        packages.set(name, entry);
      }
    }
  };
  visit(resolve(ROOT, entry));
  return packages;
}

/**
 * npm packages that the files of `dir` the page loads contain already bundled, from their source maps
 * (MapLibre ships its dependencies inside dist/maplibre-gl.mjs and dist/maplibre-gl-worker.mjs); null
 * when those files have no source map naming other packages.
 */
function bundledBySourceMaps(dir: string, files: Set<string>): string[] | null {
  const p = readPackage(dir);
  const used = [...files].map((f) => (f === '' ? entryOf(p) : f)).filter((f) => /\.[cm]?js$/.test(f));
  const names = new Set<string>();
  for (const f of used) {
    const mapFile = join(dir, `${f}.map`);
    if (!existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources?: string[] };
    for (const s of map.sources ?? []) {
      const m = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s);
      if (m) names.add(m[1]);
    }
  }
  return names.size > 0 ? [...names].sort() : null;
}

interface Shipped {
  name: string;
  version: string;
  license: string;
  /** Why it is in the list: imported by a page module, or a dependency of another package. */
  via: string;
}

/**
 * Every npm package whose code can be in the shipped JavaScript: the page's imports and, transitively,
 * their production dependencies (type packages aside), or for a prebuilt bundle what its source maps
 * list. A superset of what tree-shaking keeps, which is what a licence list should cover.
 */
function shippedPackages(): Shipped[] {
  const out = new Map<string, Shipped>();
  const missing: string[] = [];
  const add = (name: string, from: string, via: string, recurse: boolean, files = new Set([''])) => {
    if (name.startsWith('@types/')) return;
    const dir = packageDir(name, from);
    if (!dir) {
      missing.push(`${name} (${via})`);
      return;
    }
    const p = readPackage(dir);
    const key = `${name}@${p.version}`;
    if (out.has(key)) return;
    out.set(key, { name, version: p.version, license: licenseOf(p), via });
    if (!recurse) return;
    const bundled = bundledBySourceMaps(dir, files);
    if (bundled) {
      for (const dep of bundled) add(dep, dir, `bundled inside ${name}`, false);
      return;
    }
    for (const dep of Object.keys({ ...p.dependencies, ...p.optionalDependencies })) {
      add(dep, dir, `dependency of ${name}`, true);
    }
  };
  for (const [name, { from, files }] of pageImports()) add(name, ROOT, `imported by ${from}`, true, files);
  if (missing.length > 0) throw new Error(`not installed: ${missing.join(', ')}`);
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

describe('THIRD_PARTY.md', () => {
  it('exists beside a built site', () => {
    expect(existsSync(dist('assets'))).toBe(true);
    expect(existsSync(join(ROOT, 'THIRD_PARTY.md'))).toBe(true);
  });

  it('finds the code the page ships from its module graph', () => {
    dist();
    const names = shippedPackages().map((p) => p.name);
    // The graph walk must at least find what the page is made of, and nothing build-only.
    expect(names).toEqual(expect.arrayContaining(['maplibre-gl', 'lit', 'lit-html', 'd3-scale', 'earcut']));
    expect(names).not.toContain('@turf/turf');
    expect(names).not.toContain('vite');
    // And the shipped JavaScript is where that code went.
    const js = readdirSync(dist('assets')).filter((f) => /\.m?js$/.test(f));
    expect(js.some((f) => f.startsWith('maplibre-gl-worker'))).toBe(true);
  });

  it('names every npm package in the shipped JavaScript, with the version and licence it declares', () => {
    dist();
    const listed = entries();
    const problems = shippedPackages().flatMap((p) => {
      const e = listed.get(p.name);
      if (!e) return [`${p.name}@${p.version} (${p.license}, ${p.via}) has no entry`];
      const wrong: string[] = [];
      if (e.license !== p.license)
        wrong.push(`${p.name}: licence "${e.license}", package.json says "${p.license}"`);
      if (e.version !== p.version) wrong.push(`${p.name}: version "${e.version}", installed ${p.version}`);
      return wrong;
    });
    expect(problems).toEqual([]);
  });

  it('carries the notices MapLibre asks to keep for code it contains (mapbox-gl-js, glfx.js, d3-color)', () => {
    const license = readFileSync(join(packageDir('maplibre-gl', ROOT) as string, 'LICENSE.txt'), 'utf8');
    const credited = [...license.matchAll(/^Contains (?:code from|a portion of) (\S+)/gm)].map((m) => m[1]);
    expect(credited.length).toBeGreaterThan(0);
    const text = thirdParty();
    expect(credited.filter((c) => !text.includes(c))).toEqual([]);
  });

  it('names every font family in dist/fonts, with the SIL Open Font License', () => {
    const files = readdirSync(dist('fonts')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const fontsource = join(NODE_MODULES, '@fontsource');
    const families = new Map<string, string[]>();
    const unknown: string[] = [];
    for (const f of files) {
      // The build subsets each @fontsource file and names the cut after it, plus a hash of its content.
      const source = f.replace(/\.[0-9a-f]{10}(\.woff2)$/, '$1');
      const pkg = readdirSync(fontsource).find((p) => existsSync(join(fontsource, p, 'files', source)));
      if (pkg) families.set(pkg, [...(families.get(pkg) ?? []), f]);
      else unknown.push(f);
    }
    expect(unknown, 'font files from no @fontsource package: name their source').toEqual([]);
    const listed = entries();
    const text = thirdParty();
    for (const pkg of families.keys()) {
      const dir = join(fontsource, pkg);
      const p = readPackage(dir);
      const family = (JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as { family: string })
        .family;
      const e = listed.get(p.name);
      expect(e, `${p.name} has no entry`).toBeDefined();
      expect(e?.license).toBe(licenseOf(p));
      expect(licenseOf(p)).toBe('OFL-1.1');
      expect(e?.row).toContain(family);
    }
    expect(text).toContain('SIL Open Font License');
  });

  it('credits the basemap data with the attribution dist/data/basemap.json carries', () => {
    const basemap = JSON.parse(readFileSync(dist('data/basemap.json'), 'utf8')) as { attribution?: string };
    const attribution = basemap.attribution ?? '';
    expect(attribution).toMatch(/Natural Earth/);
    expect(attribution).toMatch(/OpenStreetMap/);
    const text = thirdParty();
    expect(text).toContain(attribution);
    expect(text).toMatch(/Natural Earth[^\n]*public domain/i);
    expect(text).toContain('© OpenStreetMap contributors');
    expect(text).toMatch(/Open Database License/);
    expect(text).toContain('ODbL');
    expect(text).toContain('https://www.openstreetmap.org/copyright');
  });

  it('names the npm packages the basemap is made from, with their licences', () => {
    const source = readFileSync(join(ROOT, 'tools/basemap.ts'), 'utf8');
    const specs = [...source.matchAll(/read(?:Topology|Json)(?:<[^>]*>)?\(\s*'([^']+)'/g)].map((m) =>
      packageName(m[1]),
    );
    expect(specs.length).toBeGreaterThan(0);
    const listed = entries();
    const problems = [...new Set(specs)].flatMap((name) => {
      const p = readPackage(packageDir(name, ROOT) as string);
      const e = listed.get(name);
      if (!e) return [`${name} has no entry`];
      return e.license === licenseOf(p)
        ? []
        : [`${name}: "${e.license}" but package.json says "${licenseOf(p)}"`];
    });
    expect(problems).toEqual([]);
  });
});

describe('the shipped site', () => {
  // ODbL 4.3: a publicly used Produced Work must carry a notice that it contains OpenStreetMap data. The
  // live map shows the credit in its attribution control; the pictures drawn at build time show the same
  // lakes without the map (before the script runs, without JavaScript, without WebGL).
  it('credits OpenStreetMap wherever the lakes are drawn without the live map', () => {
    // The pictures are drawn from these SVGs (tools/preview/raster.ts), the credit among their texts.
    const data = loadCorridorData(join(ROOT, 'geo'));
    const basemap = buildBasemap();
    const pictures = LANGUAGES.flatMap((lang) =>
      [LIGHT, DARK].map((theme) => ({
        f: `the ${lang} picture, ${theme === LIGHT ? 'light' : 'dark'}`,
        text: renderPreviewSvg(data, basemap, { ...PREVIEW_SIZE, lang, theme }),
      })),
    );
    const pages = ['index.html', 'ru/index.html', 'kk/index.html', 'zh/index.html'].map((f) => ({
      f,
      text: readFileSync(dist(f), 'utf8'),
    }));
    const missing = [...pictures, ...pages]
      .filter(({ f, text }) => (f.endsWith('.html') ? /preview-(light|dark)\.webp/.test(text) : true))
      .filter(({ text }) => !/OpenStreetMap/.test(text))
      .map(({ f }) => f);
    expect(missing, 'draws OpenStreetMap lakes with no "© OpenStreetMap contributors"').toEqual([]);
  });
});
