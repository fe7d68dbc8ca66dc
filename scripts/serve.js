#!/usr/bin/env node
// A small static file server for the built site: `node scripts/serve.js [dir] [port]`.
// Used by `npm start`, the browser tests and the measurements. Which file a path names is sirv's work
// (it never leaves `dir`); this file adds the callers' headers, a charset on text, and gzip when the
// client accepts it.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { PassThrough, pipeline } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import sirv from 'sirv';

/**
 * What is gzipped, by type: that of .html, .js and .mjs, .css, .json, .svg, .csv, .geojson and .md as sirv
 * names them. bench/lib/measure.js counts these files as gzip level 6, so keep the two in step.
 */
const COMPRESSIBLE = new Set([
  'text/html',
  'text/javascript',
  'text/css',
  'application/json',
  'image/svg+xml',
  'text/csv',
  'application/geo+json',
  'text/markdown',
]);

/** `text/csv;charset=utf-8` -> `text/csv`. */
const bare = (type) =>
  String(type ?? '')
    .split(';')[0]
    .trim();

/** Text is UTF-8, as the build writes it (a CSV of Kazakh and Chinese names must not be read as Latin-1). */
const withCharset = (type) => (/^text\/|^application\/json$/.test(type) ? `${type}; charset=utf-8` : type);

/**
 * `res` as sirv sees it: a stream it pipes the file into, whose `writeHead` settles the content type and
 * whether the body is gzipped on its way to the real response.
 * @param {import('node:http').ServerResponse} res
 * @param {boolean} gzip whether the client accepts gzip
 */
function responseFor(res, gzip) {
  const body = new PassThrough();
  const end = body.end.bind(body);
  let started = false;
  Object.assign(body, {
    // sirv ends some answers (416) without writeHead: they go out with the status it set.
    end: (...args) => {
      if (!started) body.writeHead(res.statusCode);
      return end(...args);
    },
    getHeader: (name) => res.getHeader(name),
    setHeader: (name, value) => {
      res.setHeader(name, value);
      return body;
    },
    writeHead: (code, headers = {}) => {
      started = true;
      const out = { ...headers };
      const type = bare(res.getHeader('content-type') ?? out['Content-Type']);
      if (type) out['Content-Type'] = withCharset(type);
      else if (code === 200) out['Content-Type'] = 'application/octet-stream';
      const compress = gzip && code === 200 && COMPRESSIBLE.has(type);
      if (compress) {
        delete out['Content-Length'];
        out['Content-Encoding'] = 'gzip';
        out.Vary = 'Accept-Encoding';
      }
      res.writeHead(code, out);
      const done = () => {};
      if (compress) pipeline(body, createGzip({ level: 6 }), res, done);
      else pipeline(body, res, done);
      return body;
    },
  });
  Object.defineProperty(body, 'statusCode', {
    get: () => res.statusCode,
    set: (code) => {
      res.statusCode = code;
    },
  });
  return body;
}

/**
 * Serves `dir` on localhost. Resolves to `{ url, close }` once listening; port 0 picks a free port.
 * @param {string} dir
 * @param {{ port?: number, headers?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function serve(dir, options = {}) {
  // `dev`: each request looks the file up on disk (a rebuilt dist/ is served as it now is, not as it was
  // when the server started); sirv keeps every lookup inside `dir` and answers no-store. A directory
  // serves its index.html.
  const files = sirv(resolve(dir), { dev: true, etag: false, dotfiles: true, extensions: ['html'] });
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    files(req, responseFor(res, gzip), () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    });
  });
  return new Promise((done) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
  serve(dir, { port }).then(({ url }) => console.log(`Corridor Map is served at ${url}  (Ctrl+C stops it)`));
}
