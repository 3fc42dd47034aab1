// The in-process emulator in workerd: the Worker's client calls the emulator's fetch, no network.
import { AgentAccounts } from 'nylas-agent-accounts';
import { createEmulator } from 'nylas-agent-accounts/emulator';

export default {
  async fetch() {
    const emulator = await createEmulator({ domains: ['acme.nylas.email'], autoConnector: true });
    const client = new AgentAccounts({ apiUri: emulator.url, apiKey: emulator.apiKey, fetch: emulator.fetch });
    const account = await client.accounts.create({ email: 'agent@acme.nylas.email' });
    const { grants } = await emulator.snapshot();
    return Response.json({ account: account.email, emulated: Object.keys(grants).length === 1 });
  },
};
