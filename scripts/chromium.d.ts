/** The system Chromium; `CHROMIUM_PATH` overrides it. See chromium.js. */
export function chromiumPath(): string;
/** Flags for headless WebGL2 with no background networking. See chromium.js. */
export const chromiumArgs: string[];
