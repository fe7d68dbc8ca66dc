#!/usr/bin/env node
// Runs shell commands at the same time and fails if any fails: `npm test` checks the code (types, lint,
// imports: mostly one core) while the site builds on the other. Each command's output is held and printed
// whole when it ends, so two commands' lines never interleave.
//
//   node scripts/run-parallel.js "npm run check" "vite build"
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/run-parallel.js "<command>" ["<command>" ...]');
  process.exit(2);
}

/** Runs one command in a shell; resolves with its exit code (1 if it could not start) and its output. */
function run(command) {
  return new Promise((done) => {
    // Its output goes to a pipe, not the terminal: FORCE_COLOR keeps the colours the tools would show there.
    const child = spawn(command, { shell: true, env: { ...process.env, FORCE_COLOR: '1' } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (e) => done({ command, code: 1, output: Buffer.from(`${e.message}\n`) }));
    child.on('close', (code) => done({ command, code: code ?? 1, output: Buffer.concat(output) }));
  });
}

const results = await Promise.all(commands.map(run));
for (const { command, code, output } of results) {
  process.stdout.write(`> ${command}\n`);
  process.stdout.write(output);
  if (code !== 0) process.stdout.write(`"${command}" failed with exit code ${code}\n`);
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
