const { validateEmail, validateAppPassword, generateAppPassword, matchDomain } = require('nylas-agent-accounts/checks');

const appPassword = generateAppPassword();
console.log(JSON.stringify({
  address: validateEmail('Ada@Bücher.Example').address,
  passwordValid: validateAppPassword(appPassword).valid,
  matched: matchDomain('agent@acme.nylas.email', ['acme.nylas.email']).matched,
}));
