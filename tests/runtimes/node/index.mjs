import { validateEmail, validateAppPassword, generateAppPassword, AgentAccounts } from 'nylas-agent-accounts';

const client = new AgentAccounts({ apiKey: process.env.NYLAS_API_KEY, apiUri: process.env.NYLAS_API_URI });
const appPassword = generateAppPassword();
const account = await client.accounts.create({ email: 'agent@acme.nylas.email', appPassword }, { onExisting: 'update' });

console.log(JSON.stringify({
  address: validateEmail('Ada@Bücher.Example').address, // 'Ada@xn--bcher-kva.example'
  passwordValid: validateAppPassword(appPassword).valid,
  account: account.email,
}));
