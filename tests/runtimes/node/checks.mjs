import { validateEmail, validateAppPassword, generateAppPassword, matchDomain } from 'nylas-agent-accounts/checks';

const appPassword = generateAppPassword();
console.log(JSON.stringify({
  address: validateEmail('Ada@Bücher.Example').address, // 'Ada@xn--bcher-kva.example'
  passwordValid: validateAppPassword(appPassword).valid,
  matched: matchDomain('agent@acme.nylas.email', ['acme.nylas.email']).matched,
}));
