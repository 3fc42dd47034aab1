// Every entry exports ready(): a Promise<void>, no arguments. Shared by the bundler and node16 (ESM) configs.
import { ready, validateEmail, AgentAccounts, type EmailCheck } from 'nylas-agent-accounts';

const preload: Promise<void> = ready();
await preload;
await ready();
const check: EmailCheck = validateEmail('ada@acme.com');
const client = new AgentAccounts({ apiUri: 'http://127.0.0.1:4010' });
void client.connector.status();
void check;

// @ts-expect-error ready() takes no arguments
void ready({ wasm: '/x.wasm' });
// @ts-expect-error ready() resolves to nothing
const notAString: string = await ready();
void notAString;
