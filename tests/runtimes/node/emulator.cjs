// The in-process emulator from the packed tarball, with require() (Node 20 CommonJS).
const { AgentAccounts } = require('nylas-agent-accounts');
const { createEmulator } = require('nylas-agent-accounts/emulator');

(async () => {
  const emulator = await createEmulator({ domains: ['acme.nylas.email'], autoConnector: true });
  const client = new AgentAccounts({ apiUri: emulator.url, apiKey: emulator.apiKey, fetch: emulator.fetch });
  const account = await client.accounts.create({ email: 'agent@acme.nylas.email' });
  const { grants } = await emulator.snapshot();
  console.log(JSON.stringify({ account: account.email, emulated: Object.keys(grants).length === 1 }));
})();
