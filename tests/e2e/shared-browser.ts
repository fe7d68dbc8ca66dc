import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from '../chromium.ts';

/**
 * The e2e project's browsers (vitest `globalSetup`): one Chromium per worker, launched once, which every file
 * that worker runs connects to (`startHarness`) and opens its pages in contexts of its own, instead of
 * launching a browser per file. One per worker, not one for all: the two files running at a time then draw
 * in GPU processes of their own, as they did with a browser each. A file that needs other flags (a debugging
 * port, WebGL off) or another environment launches its own.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where each worker's Chromium listens (`chromium.connect`), by `VITEST_POOL_ID` - 1. */
    chromiumEndpoints: string[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workers = Number(project.config.maxWorkers) || 1;
  const servers = await Promise.all(
    Array.from({ length: workers }, () =>
      chromium.launchServer({ executablePath: chromiumPath(), args: chromiumArgs }),
    ),
  );
  project.provide(
    'chromiumEndpoints',
    servers.map((s) => s.wsEndpoint()),
  );
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
