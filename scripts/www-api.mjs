// The /api/nylas mount of the admin page's server (scripts/www.mjs): the operations the page uses, by
// the client's method names (www/js/api-allow.js, shared with the in-page handler of the demo build),
// and nothing else.
import { createHandler, toNodeListener } from 'nylas-agent-accounts/server';
import { ALLOW } from '../www/js/api-allow.js';

/**
 * A node:http listener for `basePath`: the package's server handler. `localOnly` instead of an
 * `authorize` hook: this setup only ever fronts the emulator on 127.0.0.1 (the handler refuses
 * localOnly for any other upstream); a deployed admin page passes `authorize` (README).
 */
export function mountApi({ apiKey, serviceAccount, apiUri, basePath }) {
  return toNodeListener(createHandler({ apiKey, serviceAccount, apiUri, basePath, allow: ALLOW, localOnly: true }));
}
