import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';

/**
 * scripts/serve.js serves one folder and nothing beside it: not a sibling whose name starts with the
 * folder's (`site-secret` beside `site`), however the path is spelled (encoded, double-encoded, with
 * backslashes). Within the folder it sends each file with its type, gzipped when the client accepts it,
 * with the caller's headers.
 */

const SECRET = 'the sibling folder must never be served';
const FILES: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>Site</title>'.repeat(20),
  'sub/index.html': '<!doctype html><title>Sub</title>',
  'data/projects.geojson': JSON.stringify({ type: 'FeatureCollection', features: [] }),
  'data/projects.csv': 'id,name\naktau,Ақтау 阿克套\n'.repeat(20),
  'data/corridor.json': JSON.stringify({ hubs: Array.from({ length: 50 }, (_, i) => ({ id: `hub-${i}` })) }),
  'assets/worker.mjs': 'export const a = 1;\n'.repeat(50),
  'fonts/a.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 2, 3, 4, 5]),
};

/** A temporary folder holding `site` (served) and, beside it, `site-secret`, `secret` and `key.txt`. */
const base = mkdtempSync(join(tmpdir(), 'serve-test-'));
let server: { url: string; port: number; close(): Promise<void> };

/** A GET with the path sent as written: no URL parser normalises the dots or the escapes away first. */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  for (const [name, body] of Object.entries(FILES)) {
    mkdirSync(join(base, 'site', name, '..'), { recursive: true });
    writeFileSync(join(base, 'site', name), body);
  }
  for (const sibling of ['site-secret', 'secret']) {
    mkdirSync(join(base, sibling));
    writeFileSync(join(base, sibling, 'key.txt'), SECRET);
  }
  writeFileSync(join(base, 'key.txt'), SECRET);
  server = await serve(join(base, 'site'), { headers: { 'Content-Security-Policy': "default-src 'self'" } });
});

afterAll(async () => {
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

describe('paths outside the served folder', () => {
  const attempts = [
    // The sibling whose name starts with the served folder's: a string-prefix check lets it through.
    '/..%2Fsite-secret%2Fkey.txt',
    '/..%2fsite-secret%2fkey.txt',
    '/%2e%2e/site-secret/key.txt',
    '/%2E%2E%2Fsite-secret%2Fkey.txt',
    '/../site-secret/key.txt',
    '/sub/../../site-secret/key.txt',
    '/sub/%2e%2e/%2e%2e/site-secret/key.txt',
    '/..\\site-secret\\key.txt',
    '/..%5Csite-secret%5Ckey.txt',
    '/..%5csite-secret%5ckey.txt',
    // Double-encoded: decoded once more than a server should.
    '/..%252Fsite-secret%252Fkey.txt',
    '/%252e%252e/site-secret/key.txt',
    '/%252e%252e%252fsite-secret%252fkey.txt',
    '/..%255Csite-secret%255Ckey.txt',
    // Another sibling, the parent itself, and an absolute path smuggled in.
    '/..%2Fsecret%2Fkey.txt',
    '/%2e%2e/secret/key.txt',
    '/..\\secret\\key.txt',
    '/%252e%252e%252fsecret%252fkey.txt',
    '/..%2Fkey.txt',
    '/%2e%2e/key.txt',
    `/${encodeURIComponent(join(base, 'secret', 'key.txt'))}`,
    `//${join(base, 'secret', 'key.txt')}`,
  ];

  it.each(attempts)('%s is not found', async (path) => {
    for (const headers of [{}, { 'Accept-Encoding': 'gzip' }] as Record<string, string>[]) {
      const res = await get(path, headers);
      const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body;
      expect(body.toString()).not.toContain(SECRET);
      expect(res.status).toBe(404);
    }
  });
});

describe('files in the served folder', () => {
  const types: [string, string, string][] = [
    ['/', 'index.html', 'text/html; charset=utf-8'],
    ['/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['/sub/', 'sub/index.html', 'text/html; charset=utf-8'],
    ['/sub', 'sub/index.html', 'text/html; charset=utf-8'],
    ['/data/projects.geojson', 'data/projects.geojson', 'application/geo+json'],
    ['/data/projects.csv', 'data/projects.csv', 'text/csv; charset=utf-8'],
    ['/data/corridor.json?v=1', 'data/corridor.json', 'application/json; charset=utf-8'],
    ['/assets/worker.mjs', 'assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['/fonts/a.woff2', 'fonts/a.woff2', 'font/woff2'],
  ];

  it.each(types)('%s is %s as %s, with the extra headers', async (path, file, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(FILES[file])));
    expect(res.body.equals(Buffer.from(FILES[file]))).toBe(true);
    expect(res.headers['content-security-policy']).toBe("default-src 'self'");
  });

  it('gzips text when the client accepts it, and not fonts', async () => {
    for (const [path, file, type] of types) {
      const res = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['content-security-policy']).toBe("default-src 'self'");
      if (file.endsWith('.woff2')) {
        expect(res.headers['content-encoding']).toBeUndefined();
        expect(res.body.equals(Buffer.from(FILES[file]))).toBe(true);
      } else {
        expect(res.headers['content-encoding']).toBe('gzip');
        expect(res.headers.vary).toBe('Accept-Encoding');
        expect(gunzipSync(res.body).equals(Buffer.from(FILES[file]))).toBe(true);
      }
    }
    // Worth it: the repeated CSV is a fraction of its size.
    const csv = await get('/data/projects.csv', { 'Accept-Encoding': 'gzip' });
    expect(csv.body.byteLength).toBeLessThan(Buffer.byteLength(FILES['data/projects.csv']) / 3);
  });

  it('answers 404 for a missing file, with the extra headers', async () => {
    for (const path of ['/missing.json', '/data/missing.csv', '/nope/']) {
      const res = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(res.status).toBe(404);
      expect(res.headers['content-security-policy']).toBe("default-src 'self'");
    }
  });
});
