const { validateEmail, validateAppPassword, generateAppPassword, AgentAccounts } = require('nylas-agent-accounts');

const client = new AgentAccounts({ apiKey: process.env.NYLAS_API_KEY, apiUri: process.env.NYLAS_API_URI });
const appPassword = generateAppPassword();
client.accounts.create({ email: 'agent@acme.nylas.email', appPassword }, { onExisting: 'update' }).then((account) => {
  console.log(JSON.stringify({
    address: validateEmail('Ada@Bücher.Example').address,
    passwordValid: validateAppPassword(appPassword).valid,
    account: account.email,
  }));
});
