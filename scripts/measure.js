#!/usr/bin/env node
// Measures the built site as a reader meets it: `npm run measure [-- runs]` (default 5 runs).
// Serves dist/ gzip-compressed on localhost, loads it in headless Chromium with an empty cache each run,
// and prints the medians (and min-max) of: bytes transferred until the map's first `idle`, by kind;
// time from navigation to first contentful paint and to the first `idle`; JS heap at `idle`.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { serve } from './serve.js';

const runs = Number(process.argv[2] ?? 5);

/** @param {string} url */
function kindOf(url) {
  const path = new URL(url).pathname;
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('basemap.json')) return 'basemap';
  if (path.endsWith('.json')) return 'data';
  if (path.endsWith('.woff2')) return 'fonts';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  return 'other';
}

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await serve(process.env.SITE_DIR ?? 'dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
/** @type {Record<string, number>[]} */
const results = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  /** @type {Map<string, string>} */
  const urls = new Map();
  /** @type {Record<string, number>} */
  const bytes = {};
  let idle = false;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    if (idle) return;
    const kind = kindOf(urls.get(e.requestId) ?? 'http://x/');
    bytes[kind] = (bytes[kind] ?? 0) + e.encodedDataLength;
  });
  await page.goto(server.url);
  await page.waitForSelector('corridor-app[data-map="ready"]', { timeout: 60_000 });
  idle = true;
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    idle: performance.getEntriesByName('corridor-map-idle')[0]?.startTime ?? Number.NaN,
  }));
  const heap = await cdp.send('Runtime.getHeapUsage');
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  results.push({ ...bytes, total, fcpMs: timing.fcp, idleMs: timing.idle, heapMB: heap.usedSize / 2 ** 20 });
  await context.close();
}
await browser.close();
await server.close();

const keys = [...new Set(results.flatMap((r) => Object.keys(r)))];
console.log(
  `Corridor Map, ${runs} runs, headless Chromium (SwiftShader), gzip, empty cache. Median (min-max):`,
);
for (const k of keys) {
  const xs = results.map((r) => r[k] ?? 0);
  const isBytes = !k.endsWith('Ms') && k !== 'heapMB';
  const f = (/** @type {number} */ v) =>
    isBytes ? `${(v / 1024).toFixed(1)} KB` : v.toFixed(k === 'heapMB' ? 1 : 0);
  console.log(`  ${k.padEnd(8)} ${f(median(xs))}  (${f(Math.min(...xs))}-${f(Math.max(...xs))})`);
}
