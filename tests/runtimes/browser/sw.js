// Service workers refuse top-level await: import the manual-init entry and await ready() before use.
import { ready, validateEmail, validateAppPassword, generateAppPassword, AgentAccounts } from '/node_modules/nylas-agent-accounts/browser-manual.js';

self.addEventListener('install', (event) => event.waitUntil(ready()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).pathname !== '/agent-smoke') return;
  event.respondWith((async () => {
    await ready();
    const client = new AgentAccounts({ apiUri: new URL('/nylas', location.href).href });
    const appPassword = generateAppPassword();
    const account = await client.accounts.create({ email: 'agent@acme.nylas.email', appPassword }, { onExisting: 'update' });
    return Response.json({
      address: validateEmail('Ada@Bücher.Example').address,
      passwordValid: validateAppPassword(appPassword).valid,
      account: account.email,
    });
  })());
});
