// Where the system Chromium is, and the flags that give it WebGL2 headless and keep it off the network.
// One place for the tests, scripts/measure.js and the bench.

/** The system Chromium; `CHROMIUM_PATH` overrides it on other machines. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** WebGL2 through SwiftShader; no background requests to the (closed) internet. */
export const chromiumArgs = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-sandbox',
];
