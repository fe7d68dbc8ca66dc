#!/usr/bin/env node
// Prints `N passed, N failed` from vitest's JSON report: the closing line CI reads.
// A missing or unreadable report counts as one failure, so a run that never reached the tests fails.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.cache/test-results.json';
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  console.log(`${report.numPassedTests} passed, ${failed} failed`);
} catch {
  console.log('0 passed, 1 failed');
}
