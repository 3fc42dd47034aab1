// A dedicated module worker (import maps don't reach workers: import the entry by its path).
import { validateEmail, validateAppPassword, generateAppPassword, AgentAccounts } from '/node_modules/nylas-agent-accounts/browser.js';

const client = new AgentAccounts({ apiUri: new URL('/nylas', location.href).href });
const appPassword = generateAppPassword();
const account = await client.accounts.create({ email: 'agent@acme.nylas.email', appPassword }, { onExisting: 'update' });
postMessage({
  address: validateEmail('Ada@Bücher.Example').address,
  passwordValid: validateAppPassword(appPassword).valid,
  account: account.email,
});
