#!/usr/bin/env node
// Prints `N passed, N failed` from vitest's JSON reports: the closing line CI reads. Several reports (e.g.
// `npm test`'s and `npm run test:bench`'s) are added up.
// A missing or unreadable report counts as one failure, so a run that never reached the tests fails.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) files.push('.cache/test-results.json');
let passed = 0;
let failed = 0;
for (const file of files) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  } catch {
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
