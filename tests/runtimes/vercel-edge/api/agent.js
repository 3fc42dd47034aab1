import { validateEmail, validateAppPassword, generateAppPassword, AgentAccounts } from 'nylas-agent-accounts';

export const config = { runtime: 'edge' };

export default async function handler(request) {
  const client = new AgentAccounts({ apiKey: process.env.NYLAS_API_KEY, apiUri: process.env.NYLAS_API_URI });
  const appPassword = generateAppPassword();
  const account = await client.accounts.create({ email: 'agent@acme.nylas.email', appPassword }, { onExisting: 'update' });
  return Response.json({
    address: validateEmail('Ada@Bücher.Example').address,
    passwordValid: validateAppPassword(appPassword).valid,
    account: account.email,
  });
}
