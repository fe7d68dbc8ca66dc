import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INVALID_DIR, VALID_DIR } from '../data-files.ts';
import { runBuild } from './harness.ts';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** Runs `vite build` on a data folder into a fresh output folder that already holds an old site. */
async function build(geoDir: string, env: Record<string, string> = {}) {
  const out = mkdtempSync(join(tmpdir(), 'corridor-dist-'));
  temps.push(out);
  writeFileSync(join(out, 'index.html'), 'an older build');
  return { out, ...(await runBuild(geoDir, out, { env })) };
}

describe('the build', () => {
  it('refuses bad data, naming file, feature, field and reason, and leaves no site behind', async () => {
    const geo = mkdtempSync(join(tmpdir(), 'corridor-geo-'));
    temps.push(geo);
    cpSync(VALID_DIR, geo, { recursive: true });
    cpSync(join(INVALID_DIR, 'unknown-status.projects.geojson'), join(geo, 'projects.geojson'));
    const { out, status, output } = await build(geo);
    expect(status).not.toBe(0);
    expect(output).toContain('projects.geojson: "east-terminal" properties.status: "opened" is not allowed');
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a line drawn off its ground, on the basemap's borders, saying where and what to do", async () => {
    const geo = mkdtempSync(join(tmpdir(), 'corridor-geo-'));
    temps.push(geo);
    cpSync(VALID_DIR, geo, { recursive: true });
    cpSync(join(INVALID_DIR, 'route-leaves-its-country.routes.json'), join(geo, 'routes.json'));
    const { out, status, output } = await build(geo);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /routes\.json: "east-west-rail" waypoints: the line from "mid-town" to "hub-west" runs \d+ km outside Kazakhstan \(KZ\), the one country of its stops, through Uzbekistan \(UZ\); add waypoints on the KZ side/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('builds valid data into a site with its data, basemap and fonts', async () => {
    const { out, status, output } = await build(VALID_DIR);
    expect(status, output).toBe(0);
    const data = JSON.parse(readFileSync(join(out, 'data/corridor.json'), 'utf8'));
    expect(data.projects.map((p: { properties: { id: string } }) => p.properties.id)).toEqual([
      'east-terminal',
      'west-port',
    ]);
    expect(data.routes[0].lengthKm).toBeGreaterThan(0);
    const faces = JSON.parse(readFileSync(join(out, 'data/font-faces.json'), 'utf8'));
    for (const files of Object.values(faces) as { url: string }[][]) {
      for (const f of files) expect(existsSync(join(out, f.url)), f.url).toBe(true);
    }
  });

  it("without the pages' own images (CORRIDOR_CARDS=off), shows a feature page its language's home picture", async () => {
    const { out, status, output } = await build(VALID_DIR, { CORRIDOR_CARDS: 'off' });
    expect(status, output).toBe(0);
    const folder = join(out, 'ru/project/east-terminal');
    expect(existsSync(join(folder, 'card.png'))).toBe(false);
    expect(existsSync(join(folder, 'picture.webp'))).toBe(false);
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    const img = /<img src="([^"]+)" srcset="([^"]+)"/.exec(html);
    const dark = /<source srcset="([^"]+)"/.exec(html);
    const files = [img?.[1], ...`${img?.[2]}, ${dark?.[1]}`.split(', ').map((c) => c.split(' ')[0])];
    expect(files.map((f) => relative(out, resolve(folder, f ?? '')))).toEqual([
      'ru/preview-light.webp',
      'ru/preview-light.webp',
      'ru/preview-light@2x.webp',
      'ru/preview-dark.webp',
      'ru/preview-dark@2x.webp',
    ]);
    for (const f of files) expect(existsSync(resolve(folder, f ?? '')), f).toBe(true);
  });
});
