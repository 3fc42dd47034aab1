// The demo build's backend (scripts/www-demo.mjs writes it as js/backend.js): the package's emulator
// and its server handler, both in this tab. The page's client calls the handler exactly as it calls the
// server's in `make www` (same allowlist, same checks, same signing), only through a function instead
// of the network; the handler forwards to the emulator's in-process fetch. Nothing leaves the tab.
import { createEmulator } from '../pkg/emulator/browser.js';
import { createHandler } from '../pkg/server/browser.js';
import { ALLOW, API_PATH } from './api-allow.js';
import { demoBanner } from './demo-banner.js';

/**
 * What `--service-account-out` makes for the binary: a fresh RSA key the emulator trusts, here made by
 * WebCrypto. It stays in this module's memory: the handler signs with it, the emulator checks against it.
 */
async function serviceAccount() {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
  const { privateKey } = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey));
  const base64 = btoa(String.fromCharCode(...der)).replace(/.{1,64}/g, '$&\n');
  const id = [...crypto.getRandomValues(new Uint8Array(20))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return {
    name: 'demo', type: 'service_account', private_key_id: id, organization_id: 'demo', region: 'us',
    private_key: `-----BEGIN PRIVATE KEY-----\n${base64}-----END PRIVATE KEY-----\n`,
  };
}

/** The options of the page's AgentAccounts client: its fetch is the in-page handler. */
export async function clientOptions() {
  const credentials = await serviceAccount();
  const emulator = await createEmulator({ autoConnector: true, serviceAccounts: [credentials] });
  const handle = createHandler({
    apiKey: emulator.apiKey, serviceAccount: credentials, apiUri: emulator.url, basePath: API_PATH,
    allow: ALLOW, localOnly: true, fetch: emulator.fetch,
  });
  demoBanner(emulator);
  return { apiUri: new URL(API_PATH, location.href).href, fetch: (input, init) => handle(new Request(input, init)) };
}
