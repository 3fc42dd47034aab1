// Where the page's client sends its calls: the page's own server, whose handler at /api/nylas adds the
// API key and signs Manage Domains calls (scripts/www.mjs). The demo build swaps this module for
// backend-demo.js, which runs that same handler and an emulator inside the page.
import { API_PATH } from './api-allow.js';

/** The options of the page's AgentAccounts client. */
export async function clientOptions() {
  return { apiUri: new URL(API_PATH, location.href).href };
}
