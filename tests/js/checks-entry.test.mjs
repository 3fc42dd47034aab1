// `nylas-agent-accounts/checks`: the local checks alone, from a wasm built without the client. It must
// answer exactly as the main entry does, export nothing of the client, and be the smaller download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as full from 'nylas-agent-accounts';
import * as checks from 'nylas-agent-accounts/checks';

const require = createRequire(import.meta.url);
const cjs = require('nylas-agent-accounts/checks');

const CHECKS = ['validateEmail', 'validateEmails', 'validateAppPassword', 'generateAppPassword',
  'matchDomain', 'preflightCreateAccount', 'ready', 'AgentAccountsError', 'ValidationError', 'APP_PASSWORD_RULES'];

test('the checks entry exports the checks and nothing of the client, from ESM and require()', () => {
  assert.deepEqual(Object.keys(checks).sort(), [...CHECKS].sort());
  assert.deepEqual(Object.keys(cjs).sort(), [...CHECKS].sort());
  for (const name of ['AgentAccounts', 'verifyWebhookSignature', 'ApiError']) assert.ok(name in full, name);
});

test('the checks entry answers exactly as the main entry', () => {
  const addresses = ['Ada@Bücher.Example.', 'nope', ' x@y.z', 'ü@x.com', 'a@localhost', '\ud800@x.com',
    'a\u0000b@x.com', 'bot@agents.acme.com', 'support'];
  const options = { defaultDomain: 'acme.nylas.email' };
  for (const address of addresses) {
    assert.deepEqual(checks.validateEmail(address, options), full.validateEmail(address, options), String(address));
    assert.deepEqual(cjs.validateEmail(address), full.validateEmail(address), String(address));
  }
  for (const notText of [7, null, undefined, ['a@b.co'], new String('a@b.co'), { toString: () => { throw new Error('x'); } }]) {
    for (const entry of [checks, full]) {
      const invalid = (error) => error instanceof entry.ValidationError && error.code === 'INVALID_ARGUMENT';
      assert.throws(() => entry.validateEmail(notText), invalid, String(typeof notText));
      assert.throws(() => entry.validateEmails(['ok@acme.com', notText]), invalid);
      assert.throws(() => entry.validateAppPassword(notText), invalid);
      assert.throws(() => entry.matchDomain(notText, ['acme.com']), invalid);
    }
  }
  assert.deepEqual(checks.validateEmails(addresses, options), full.validateEmails(addresses, options));
  for (const password of ['short', 'Correct-Horse-Battery-9', 'pass word with spaces ok 1A']) {
    assert.deepEqual(checks.validateAppPassword(password), full.validateAppPassword(password));
  }
  const domains = ['acme.com', { domainAddress: 'agents.acme.com', verifiedOwnership: true, verifiedMx: false },
    { domain_address: 'acme.nylas.email', branded: true }];
  for (const email of ['bot@acme.com', 'bot@agents.acme.com', 'bot@acme.nylas.email', 'bot@acme.co']) {
    assert.deepEqual(checks.matchDomain(email, domains), full.matchDomain(email, domains), email);
  }
  const request = { email: 'bot@agents.acme.com', appPassword: 'short', name: '', policyId: 'x' };
  assert.deepEqual(checks.preflightCreateAccount(request, { domains }), full.preflightCreateAccount(request, { domains }));
  assert.equal(checks.generateAppPassword(30).length, 30);
});

test('validateEmails: an address holding a NUL (the batch separator) is still checked on its own', () => {
  const batch = checks.validateEmails(['a@b.co', 'x\u0000y@b.co', 'c@d.co']);
  assert.deepEqual(batch.map((c) => c.valid), [true, false, true]);
  assert.equal(batch[1].problems[0].code, 'EMAIL_WHITESPACE');
  assert.deepEqual(checks.validateEmails([]), []);
  assert.deepEqual(checks.validateEmails(['']).map((c) => c.problems[0].code), ['EMAIL_EMPTY']);
});

test('malformed domain lists and contexts are INVALID_ARGUMENT errors of the entry\'s own class', () => {
  const invalid = (e) => e instanceof checks.ValidationError && e.code === 'INVALID_ARGUMENT'
    && /domainAddress|context must be an object/.test(e.message);
  assert.throws(() => checks.matchDomain('a@b.co', [{ name: 'no address' }]), invalid);
  assert.throws(() => checks.matchDomain('a@b.co', [{ domainAddress: 'b.co', verifiedMx: 'yes' }]), invalid);
  assert.throws(() => checks.matchDomain('a@b.co', 'b.co'), invalid);
  assert.throws(() => checks.preflightCreateAccount({ email: 'a@b.co' }, { domains: [42] }), invalid);
  assert.throws(() => checks.preflightCreateAccount({ email: 'a@b.co' }, 'b.co'), invalid);
  // Absent flags are not false: a domain object without them matches as the bare name would.
  assert.equal(checks.matchDomain('a@b.co', [{ domainAddress: 'b.co' }]).matched, true);
  assert.equal(checks.matchDomain('a@b.co', [{ domainAddress: 'b.co', verifiedMx: null }]).matched, true);
});

test('the checks wasm is built without the client: under half the size of the full one', () => {
  const root = new URL('.', import.meta.resolve('nylas-agent-accounts/package.json'));
  const size = (path) => statSync(fileURLToPath(new URL(path, root))).size;
  const fullWasm = size('nylas_agent_accounts_bg.wasm');
  const checksWasm = size('checks/nylas_agent_accounts_bg.wasm');
  assert.ok(checksWasm * 2 < fullWasm, `checks ${checksWasm} bytes vs full ${fullWasm} bytes`);
});
