import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * scripts/run-parallel.js, which runs `npm test`'s checks beside the build: both run at once, each one's
 * output is printed whole, and a failure of either fails the whole, named.
 */

const SCRIPT = fileURLToPath(new URL('../../scripts/run-parallel.js', import.meta.url));

/** Runs the script on `commands`; its exit code and what it printed. */
async function runParallel(...commands: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, ...commands]);
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: err.stdout };
  }
}

describe('run-parallel', () => {
  it('runs the commands at the same time and prints each output whole', async () => {
    // Each command waits for the other's file: run one after the other, neither would finish.
    const dir = mkdtempSync(join(tmpdir(), 'run-parallel-'));
    const waitFor = (mine: string, theirs: string) =>
      `node -e "const fs=require('fs');fs.writeFileSync('${dir}/${mine}','');` +
      `const t=Date.now();(function w(){if(fs.existsSync('${dir}/${theirs}')){console.log('${mine} line 1');console.log('${mine} line 2');}` +
      `else if(Date.now()-t>10000){process.exit(9)}else setTimeout(w,10)})()"`;
    const { code, out } = await runParallel(waitFor('a', 'b'), waitFor('b', 'a')).finally(() =>
      rmSync(dir, { recursive: true, force: true }),
    );
    expect(code).toBe(0);
    expect(out).toMatch(/a line 1\na line 2\n[\s\S]*b line 1\nb line 2\n/);
  });

  it('fails when any command fails, and says which', async () => {
    const { code, out } = await runParallel('echo fine', 'echo broken && exit 3');
    expect(code).toBe(1);
    expect(out).toContain('fine');
    expect(out).toContain('broken');
    expect(out).toContain('"echo broken && exit 3" failed with exit code 3');
    expect(out).not.toContain('"echo fine" failed');
  });
});
