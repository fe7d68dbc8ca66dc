/** Serves a folder on localhost; see serve.js. */
export function serve(
  dir: string,
  options?: { port?: number; headers?: Record<string, string> },
): Promise<{ url: string; port: number; close: () => Promise<void> }>;
