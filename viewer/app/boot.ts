/**
 * The page's first script, a few hundred bytes run before the app's bundle is even parsed: it
 * asks for the overview the URL names at once, so the server ranks and lays it out while the
 * browser compiles sigma and the app (api.ts picks the answer up).
 */
import { overviewPath, readState } from './state.js';

declare global {
  interface Window {
    __kgBoot: { path: string; response: Promise<Response> } | undefined;
  }
}

const path = overviewPath(readState(location.search));
const response = fetch(path);
// Read later by the app; an early failure must not count as unhandled in the meantime.
response.catch(() => undefined);
window.__kgBoot = { path, response };
