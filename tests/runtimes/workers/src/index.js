import { validateEmail, validateAppPassword, generateAppPassword, AgentAccounts } from 'nylas-agent-accounts';

export default {
  async fetch(request, env) {
    const client = new AgentAccounts({ apiKey: env.NYLAS_API_KEY, apiUri: env.NYLAS_API_URI });
    const appPassword = generateAppPassword();
    const account = await client.accounts.create({ email: 'agent@acme.nylas.email', appPassword }, { onExisting: 'update' });
    return Response.json({
      address: validateEmail('Ada@Bücher.Example').address,
      passwordValid: validateAppPassword(appPassword).valid,
      account: account.email,
    });
  },
};
