// `make demo`: the local checks of the built package on good and bad inputs, as a person reads them.
import {
  validateEmail, validateAppPassword, generateAppPassword, matchDomain, preflightCreateAccount,
} from 'nylas-agent-accounts';

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const mark = (ok) => (ok ? '✔' : '✘');

function show(title, rows) {
  console.log(`\n${bold(title)}`);
  for (const [label, ok, detail] of rows) {
    console.log(`  ${mark(ok)} ${label}`);
    for (const line of detail) console.log(`      ${line}`);
  }
}

const problemsOf = (r) => r.problems.map((p) => `${p.code}: ${p.message}\n        fix: ${p.fix}`);

show('Email addresses (validateEmail)', [
  'ada@acme.com', 'Ada@Bücher.Example.', ' ada@acme.com', 'ada@acme', '"ada"@acme.com', 'a..da@acme.com',
  'adé@acme.com', 'ada@acme_corp.com', 'ada@[192.0.2.1]',
].map((input) => {
  const r = validateEmail(input);
  return [JSON.stringify(input), r.valid, r.valid ? [`→ ${r.address}`] : problemsOf(r)];
}));

const generated = generateAppPassword();
show('App passwords (validateAppPassword)', [
  ['a generated one (24 characters, not shown)', validateAppPassword(generated).valid, []],
  ['"hunter2" (the password itself is never echoed)', false, problemsOf(validateAppPassword('hunter2'))],
]);

const domains = [
  { domainAddress: 'acme.com', verifiedOwnership: true, verifiedMx: true },
  { domainAddress: 'staging.acme.com', verifiedOwnership: true, verifiedMx: false },
  'acme.nylas.email',
];
show('Domain match against registered domains (matchDomain)', [
  'bot@acme.com', 'bot@acme.nylas.email', 'bot@agents.acme.com', 'bot@acme.co', 'bot@staging.acme.com',
].map((email) => {
  const m = matchDomain(email, domains);
  const detail = m.matched ? [`→ ${m.domain}${m.trial ? ' (trial domain: no DNS needed)' : ''}`] : problemsOf(m);
  return [email, m.matched, detail];
}));

const verdict = preflightCreateAccount(
  { email: 'bot@agents.acme.com', appPassword: 'short', name: '', workspaceId: 'ws-1' },
  { domains },
);
show('A create request, checked before any network call (preflightCreateAccount)', [
  ['{ email: "bot@agents.acme.com", appPassword: "…", name: "", workspaceId: "ws-1" }', verdict.valid,
    verdict.problems.map((p) => `${p.field}: ${p.code}`)],
]);
console.log();
