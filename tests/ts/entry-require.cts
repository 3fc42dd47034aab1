// A CommonJS consumer under moduleResolution node16: this import compiles to require() and must resolve
// the `require` types (index.d.cts).
import { ready, validateEmail, generateAppPassword, AgentAccounts, ValidationError } from 'nylas-agent-accounts';
import type { EmailCheck } from 'nylas-agent-accounts';

const check: EmailCheck = validateEmail('ada@acme.com', { defaultDomain: 'acme.nylas.email' });
const password: string = generateAppPassword(24);
const done: Promise<void> = ready();
const client = new AgentAccounts({ apiKey: 'nyk_x' });
void client.accounts.create({ email: 'a@acme.nylas.email', appPassword: password });
try { generateAppPassword(3); } catch (e) { if (e instanceof ValidationError) void e.problems; }
void check; void done;

// @ts-expect-error exactOptionalPropertyTypes: an optional option can't be given as undefined
validateEmail('a@b.co', { defaultDomain: undefined });
// @ts-expect-error ready() takes no arguments
void ready(1);
