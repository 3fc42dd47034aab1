// The in-process emulator (nylas-agent-accounts/emulator) from the packed tarball: Node, Deno and Bun.
// No binary, no port: the client's fetch is the emulator's.
import { AgentAccounts } from 'nylas-agent-accounts';
import { createEmulator } from 'nylas-agent-accounts/emulator';

const emulator = await createEmulator({ domains: ['acme.nylas.email'], autoConnector: true });
const client = new AgentAccounts({ apiUri: emulator.url, apiKey: emulator.apiKey, fetch: emulator.fetch });
const account = await client.accounts.create({ email: 'agent@acme.nylas.email' });
const { grants } = await emulator.snapshot();
console.log(JSON.stringify({ account: account.email, emulated: Object.keys(grants).length === 1 }));
