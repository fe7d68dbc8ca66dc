// Where the system Chromium is, and the flags that give it WebGL2 headless and keep it off the network.
// One place for the tests, scripts/measure.js and the bench.

/** The system Chromium; `CHROMIUM_PATH` overrides it on other machines. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** WebGL2 through SwiftShader; no background requests to the (closed) internet; no browser WebUI beside the page. */
export const chromiumArgs = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-sandbox',
  // Headless Chromium 156 opens every new context in a window of its own, and each window loads the omnibox's
  // and the reload button's WebUI pages (some 400 chrome:// requests and a renderer of their own, measured in a
  // trace) while our page loads: on two cores that took CPU from the page under test, at random.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,WebUIReloadButton',
];
