/** The system Chromium and its flags, shared with the scripts. */
export { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
