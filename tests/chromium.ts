import { chromiumArgs as scriptArgs } from '../scripts/chromium.js';

/** The system Chromium, shared with the scripts. */
export { chromiumPath } from '../scripts/chromium.js';

/**
 * The scripts' flags, with the page composited in software: what the tests look at (layout, what the map
 * draws and where, what a click opens) does not depend on it, and on this machine's software GPU it cut the
 * end-to-end files' time by about a tenth (883 -> 780 s summed over the files). Chromium also composites in
 * software wherever it has blocklisted the GPU, so the tests cover that path. The bench keeps the scripts'
 * flags: its figures are for GPU compositing.
 */
export const chromiumArgs = [...scriptArgs, '--disable-gpu-compositing'];
