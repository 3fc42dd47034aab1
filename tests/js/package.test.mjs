// The built package, imported the way users import it: ESM, require(), error classes, batch parity,
// hostile inputs, and the promise that no secret reaches a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as esm from 'nylas-agent-accounts';

const require = createRequire(import.meta.url);
const cjs = require('nylas-agent-accounts');

test('ESM and require() expose the same functions', () => {
  const names = ['validateEmail', 'validateEmails', 'validateAppPassword', 'generateAppPassword',
    'matchDomain', 'preflightCreateAccount', 'AgentAccountsError', 'ValidationError', 'ApiError',
    'NetworkError', 'TimeoutError', 'AbortError'];
  for (const name of names) {
    assert.equal(typeof esm[name], 'function', `esm ${name}`);
    assert.equal(typeof cjs[name], 'function', `cjs ${name}`);
  }
  assert.deepEqual(cjs.validateEmail('Ada@Bücher.Example'), esm.validateEmail('Ada@Bücher.Example'));
});

test('validateEmail normalises and reports with camelCase fields', () => {
  assert.deepEqual(esm.validateEmail('Ada@Bücher.Example.'), {
    valid: true, address: 'Ada@xn--bcher-kva.example', localPart: 'Ada',
    domain: 'xn--bcher-kva.example', unicodeDomain: 'bücher.example', problems: [],
  });
  const bad = esm.validateEmail(' ada@example.com');
  assert.equal(bad.valid, false);
  assert.deepEqual(bad.problems.map((p) => [p.code, p.field]), [['EMAIL_WHITESPACE', 'email']]);
  assert.match(bad.problems[0].message, /space at the start/);
  assert.equal(esm.validateEmail('support', { defaultDomain: 'acme.nylas.email' }).address, 'support@acme.nylas.email');
});

test('validateEmail never throws on a string, whatever it holds; a non-string is INVALID_ARGUMENT', () => {
  for (const notText of [undefined, null, 42, {}, ['a@b.co'], new String('a@b.co')]) {
    assert.throws(() => esm.validateEmail(notText),
      (e) => e instanceof esm.ValidationError && e.code === 'INVALID_ARGUMENT' && /must be a string/.test(e.message));
  }
  const hostile = ['', '\ud800', '\udfff@x.com', 'a'.repeat(1 << 20),
    `a@${'é'.repeat(1 << 18)}`, '\u0000@\u0000', '@'.repeat(1000)];
  for (const input of hostile) {
    const check = esm.validateEmail(input);
    assert.equal(check.valid, false, String(input).slice(0, 20));
    assert.ok(check.problems.length > 0);
  }
  assert.equal(esm.validateEmail('\ud800@x.com').problems[0].code, 'EMAIL_LOCAL_NON_ASCII');
});

test('validateEmails gives the same answers as one call per address', () => {
  const inputs = ['a@b.co', 'nope', ' x@y.z', 'ü@x.com', 'a@bücher.de', '\ud800@x.com', 'a@localhost'];
  const batch = esm.validateEmails(inputs);
  assert.equal(batch.length, inputs.length);
  inputs.forEach((input, i) => assert.deepEqual(batch[i], esm.validateEmail(input), String(input)));
  const invalid = (e) => e instanceof esm.ValidationError && e.code === 'INVALID_ARGUMENT';
  assert.throws(() => esm.validateEmails('a@b.co'), invalid);
  assert.throws(() => esm.validateEmails(['a@b.co', 7]), (e) => invalid(e) && /addresses\[1\]/.test(e.message));
});

test('validateEmails reads each element once: what is checked is what is reported', () => {
  let reads = 0;
  const shifty = ['ok@acme.com'];
  Object.defineProperty(shifty, 1, {
    get() { reads += 1; return reads === 1 ? 'good@acme.com' : 'not an address'; }, enumerable: true,
  });
  const [, second] = esm.validateEmails(shifty);
  assert.equal(reads, 1);
  assert.equal(second.valid, true);
  assert.equal(second.address, 'good@acme.com');
});

test('app passwords: every problem at once, never echoed', () => {
  const secret = 'hunter two';
  const check = esm.validateAppPassword(secret);
  assert.deepEqual(check.problems.map((p) => p.code), ['APP_PASSWORD_TOO_SHORT',
    'APP_PASSWORD_INVALID_CHARACTER', 'APP_PASSWORD_MISSING_UPPERCASE', 'APP_PASSWORD_MISSING_DIGIT']);
  assert.ok(!JSON.stringify(check).includes('hunter'));
  for (let i = 0; i < 200; i++) {
    const length = 18 + (i % 23);
    const password = esm.generateAppPassword(length);
    assert.equal(password.length, length);
    assert.equal(esm.validateAppPassword(password).valid, true);
  }
  assert.equal(esm.generateAppPassword().length, 24);
});

test('bad lengths throw a ValidationError that is an AgentAccountsError', () => {
  for (const [length, code] of [[17, 'APP_PASSWORD_TOO_SHORT'], [41, 'APP_PASSWORD_TOO_LONG']]) {
    assert.throws(() => esm.generateAppPassword(length), (error) => {
      assert.ok(error instanceof esm.ValidationError);
      assert.ok(error instanceof esm.AgentAccountsError);
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'ValidationError');
      assert.equal(error.code, 'VALIDATION_ERROR');
      assert.equal(error.problems[0].code, code);
      return true;
    });
  }
  assert.throws(() => esm.generateAppPassword(20.5), esm.ValidationError);
  assert.throws(() => esm.generateAppPassword(-1), esm.ValidationError);
});

test('matchDomain takes names, camelCase and snake_case domain objects', () => {
  assert.equal(esm.matchDomain('bot@ACME.com', ['acme.com']).matched, true);
  const miss = esm.matchDomain('bot@agents.acme.com', ['acme.com']);
  assert.equal(miss.suggestion, 'acme.com');
  assert.equal(miss.problems[0].code, 'DOMAIN_NOT_REGISTERED');
  const unverified = esm.matchDomain('bot@acme.com', [{ domainAddress: 'acme.com', verifiedOwnership: false, verifiedMx: true }]);
  assert.equal(unverified.matched, false);
  assert.equal(unverified.problems[0].code, 'DOMAIN_NOT_VERIFIED');
  const trial = esm.matchDomain('bot@acme.nylas.email', [{ domain_address: 'acme.nylas.email', branded: true }]);
  assert.deepEqual([trial.matched, trial.trial], [true, true]);
  assert.throws(() => esm.matchDomain('a@b.co', [{ name: 'no address' }]),
    (e) => e instanceof esm.ValidationError && e.code === 'INVALID_ARGUMENT');
});

test('preflightCreateAccount reports every field at once', () => {
  const verdict = esm.preflightCreateAccount(
    { email: 'bot@agents.acme.com', appPassword: 'short', name: '', policyId: 'x', workspaceId: 'y' },
    { domains: ['acme.com'] },
  );
  assert.deepEqual(verdict.problems.map((p) => p.field),
    ['email', 'appPassword', 'appPassword', 'appPassword', 'name', 'policyId', 'workspaceId']);
  assert.equal(esm.preflightCreateAccount({ email: 'bot@acme.com' }).valid, true);
  assert.equal(esm.preflightCreateAccount(undefined).problems[0].code, 'EMAIL_EMPTY');
  assert.equal(esm.preflightCreateAccount({ email: 42 }).problems[0].code, 'EMAIL_MISSING_AT');
  assert.equal(esm.preflightCreateAccount({ email: 'a@b.co', name: null }).valid, true);
});

test('an uncaught error from the Node entries prints a readable line and its message, not the bundle', async () => {
  const { spawnSync } = await import('node:child_process');
  const scripts = [
    ['--input-type=module', "import { validateEmail } from 'nylas-agent-accounts'; validateEmail(42);"],
    ['--input-type=commonjs', "require('nylas-agent-accounts').validateEmail(42);"],
  ];
  for (const [type, source] of scripts) {
    const run = spawnSync(process.execPath, [type, '-e', source], { cwd: new URL('.', import.meta.url), encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /ValidationError: validateEmail\(address\): address must be a string/);
    // Node prints the source line of the throw: one line of a minified bundle is tens of kilobytes.
    const longest = Math.max(...run.stderr.split('\n').map((line) => line.length));
    assert.ok(longest < 400, `${type}: a ${longest}-character line in the error output`);
  }
});
