import { validateEmail, validateAppPassword, generateAppPassword, AgentAccounts } from 'nylas-agent-accounts';

// No API key in a browser: /nylas is your server-side proxy, which adds it.
const client = new AgentAccounts({ apiUri: new URL('/nylas', location.href).href });
const appPassword = generateAppPassword();
const account = await client.accounts.create({ email: 'agent@acme.nylas.email', appPassword }, { onExisting: 'update' });
document.getElementById('result').textContent = JSON.stringify({
  address: validateEmail('Ada@Bücher.Example').address,
  passwordValid: validateAppPassword(appPassword).valid,
  account: account.email,
});
