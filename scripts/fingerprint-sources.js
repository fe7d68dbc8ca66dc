#!/usr/bin/env node
// Writes the fingerprints of source articles' 8-word runs for the own-words test.
// Usage: node scripts/fingerprint-sources.js DIR [DIR...]   (every *.txt file in each DIR is an article)
// Add an article: put its plain text in a folder of yours and run this over all the articles; commit
// tests/fixtures/source-fingerprints.json. The articles' text itself never enters the repository.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fingerprint, runs } from './word-runs.js';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error(
    'usage: node scripts/fingerprint-sources.js DIR [DIR...]  (each *.txt file in DIR is an article)',
  );
  process.exit(2);
}
const articles = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { file: basename(f), runs: [...new Set([...runs(text)].map(fingerprint))].sort() };
    }),
);
const out = new URL('../tests/fixtures/source-fingerprints.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ run: 8, hash: 'sha256, first 16 hex digits', articles }, null, 0)}\n`);
console.log(
  `${articles.length} articles, ${articles.reduce((n, a) => n + a.runs.length, 0)} runs -> ${out.pathname}`,
);
