import { validateEmail, validateAppPassword, generateAppPassword, matchDomain } from 'nylas-agent-accounts/checks';

export default {
  async fetch() {
    const appPassword = generateAppPassword();
    return Response.json({
      address: validateEmail('Ada@Bücher.Example').address,
      passwordValid: validateAppPassword(appPassword).valid,
      matched: matchDomain('agent@acme.nylas.email', ['acme.nylas.email']).matched,
    });
  },
};
