// What real use found (issue "What real use found"): an existing account is never modified unless the
// caller asks, createMany reports `existed` from facts, a policy change says what becomes of the app
// password, and the rough edges of lists, limits, webhooks and messages. Through the built package
// against a fresh emulator; the emulator's snapshot shows each grant's `revision` (changes after
// creation), so "left alone" is proven, not inferred from visible fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  AgentAccounts, ValidationError, APP_PASSWORD_RULES, validateAppPassword, preflightCreateAccount,
  parseWebhook, signWebhookPayload, verifyWebhookSignature,
} from 'nylas-agent-accounts';
import { DOMAIN, PASSWORD, emu, client, useResourceEmulator, all } from './helpers/resource-emulator.mjs';

useResourceEmulator();

const OTHER_PASSWORD = 'Zyxwvutsrqponmlk98';
const revisions = async () => Object.fromEntries(
  Object.values((await emu.hooks.snapshot()).grants).map((g) => [g.email, g.revision]));
const creates = async () => (await emu.hooks.stats()).calls['POST /v3/connect/custom'] ?? 0;
const invalidArgument = (says) => (error) => {
  assert.ok(error instanceof ValidationError, `${error?.name}: ${error?.message}`);
  assert.equal(error.code, 'INVALID_ARGUMENT');
  assert.match(error.message, says);
  return true;
};

test('create refuses an existing address by default and changes nothing; skip and update are asked for', async () => {
  const first = await client.accounts.create({ email: `exists@${DOMAIN}`, appPassword: PASSWORD });
  const before = await revisions();
  const postsBefore = await creates();
  await assert.rejects(
    client.accounts.create({ email: `exists@${DOMAIN}`, appPassword: OTHER_PASSWORD }),
    (error) => {
      assert.ok(error instanceof ValidationError);
      assert.equal(error.code, 'ACCOUNT_EXISTS');
      assert.match(error.message, /already has an agent account .*onExisting: 'skip'/);
      assert.ok(!error.message.includes(OTHER_PASSWORD));
      return true;
    });
  const skipped = await client.accounts.create({ email: `EXISTS@${DOMAIN}`, appPassword: OTHER_PASSWORD }, { onExisting: 'skip' });
  assert.equal(skipped.id, first.id);
  assert.deepEqual(await revisions(), before, 'neither call touched the account');
  assert.equal(await creates(), postsBefore, 'no create was sent for an existing address');

  const updated = await client.accounts.create(
    { email: `exists@${DOMAIN}`, appPassword: OTHER_PASSWORD, name: 'Updated' }, { onExisting: 'update' });
  assert.equal(updated.id, first.id);
  assert.equal(updated.name, 'Updated');
  assert.equal((await revisions())[`exists@${DOMAIN}`], before[`exists@${DOMAIN}`] + 1);

  await assert.rejects(client.accounts.create({ email: `new@${DOMAIN}` }, { onExisting: 'overwrite' }),
    invalidArgument(/onExisting must be 'error'.*not 'overwrite'/));
});

test('createMany: a re-run is a no-op that reports existed, from one list pass', async () => {
  const requests = Array.from({ length: 5 }, (_, i) => ({ email: `import-${i}@${DOMAIN}`, appPassword: PASSWORD }));
  const run1 = await client.accounts.createMany(requests, { concurrency: 3 });
  assert.deepEqual(run1.map((r) => r.status), Array(5).fill('created'));
  const before = await revisions();
  const postsBefore = await creates();
  const statsBefore = (await emu.hooks.stats()).calls;
  const progress = [];
  const rerun = await client.accounts.createMany(
    requests.map((r) => ({ ...r, appPassword: OTHER_PASSWORD })), { onProgress: (p) => progress.push(p) });
  assert.deepEqual(rerun.map((r) => r.status), Array(5).fill('existed'));
  assert.deepEqual(rerun.map((r) => r.account.id), run1.map((r) => r.account.id));
  assert.deepEqual(await revisions(), before, 'no password reset, no change at all');
  assert.equal(await creates(), postsBefore);
  const statsAfter = (await emu.hooks.stats()).calls;
  const gets = (calls) => Object.entries(calls).filter(([r]) => r.startsWith('GET /v3/grants/')).reduce((n, [, c]) => n + c, 0);
  assert.equal(gets(statsAfter), gets(statsBefore), 'facts from the list pass: no lookup per address');
  assert.equal(progress.at(-1).existed, 5);
  assert.equal(progress.at(-1).updated, 0);

  const updated = await client.accounts.createMany([{ ...requests[0], name: 'Renamed' }, { email: `import-new@${DOMAIN}` }],
    { onExisting: 'update' });
  assert.deepEqual(updated.map((r) => r.status), ['updated', 'created']);
  assert.equal(updated[0].account.name, 'Renamed');

  const refused = await client.accounts.createMany([requests[1]], { onExisting: 'error' });
  assert.equal(refused[0].status, 'failed');
  assert.equal(refused[0].error.code, 'ACCOUNT_EXISTS');
  await assert.rejects(client.accounts.createMany(requests, { onExisting: 'replace' }), invalidArgument(/onExisting/));
});

test('createMany refuses a batch that is not an array, or a bad concurrency, before any request', async () => {
  const before = (await emu.hooks.stats()).calls;
  await assert.rejects(client.accounts.createMany('a@b.co'), invalidArgument(/requests must be an array/));
  for (const concurrency of [0, 65, 2.5, null, Number.NaN, '8']) {
    await assert.rejects(client.accounts.createMany([{ email: `c@${DOMAIN}` }], { concurrency }),
      invalidArgument(/concurrency must be a whole number from 1 to 64/), String(concurrency));
  }
  assert.deepEqual((await emu.hooks.stats()).calls, before);
  assert.throws(() => new AgentAccounts({ apiKey: 'k', fetch: 'no' }), invalidArgument(/fetch must be a function/));
  assert.throws(() => new AgentAccounts({ apiKey: 'k', onRetry: {} }), invalidArgument(/onRetry must be a function/));
});

test('createMany: an address asked for twice is created once and its repeat refused, not re-authenticated', async () => {
  const email = `twice@${DOMAIN}`;
  const results = await client.accounts.createMany([
    { email, appPassword: PASSWORD }, { email: `other-once@${DOMAIN}` }, { email: email.toUpperCase(), appPassword: OTHER_PASSWORD },
  ], { concurrency: 3 });
  assert.deepEqual(results.map((r) => r.status), ['created', 'created', 'failed']);
  assert.equal(results[2].error.code, 'DUPLICATE_IN_BATCH');
  assert.match(results[2].error.message, /first at index 0/);
  assert.equal((await revisions())[email], 0, 'the first account was not re-authenticated');
});

test('create sends the normalised address the local check approved', async () => {
  const account = await client.accounts.create({ email: `Wide@${DOMAIN.toUpperCase().replace('A', 'Ａ')}.` });
  assert.equal(account.email, `Wide@${DOMAIN}`);
});

test('a policy change says what becomes of the app password', async () => {
  const policy = await client.policies.create({ name: 'Strict' });
  const account = await client.accounts.create({ email: `policy@${DOMAIN}`, appPassword: PASSWORD });
  const snapshot = async () => (await emu.hooks.snapshot()).grants[account.id];
  await assert.rejects(client.accounts.update(account.id, { policyId: policy.id }),
    invalidArgument(/appPassword: null to end it/));
  assert.equal((await snapshot()).revision, 0, 'refused before any request');

  const kept = await client.accounts.update(account.id, { policyId: policy.id, appPassword: OTHER_PASSWORD });
  assert.equal(kept.settings.policyId, policy.id);
  assert.equal((await snapshot()).has_app_password, true, 'IMAP/SMTP access kept with the new password');

  const ended = await client.accounts.update(account.email, { policyId: null, appPassword: null });
  assert.equal(ended.settings.policyId, undefined);
  assert.equal((await snapshot()).has_app_password, false, 'ended because the caller said so');
  await assert.rejects(client.accounts.update(account.id, { email: 'x@y.z' }), invalidArgument(/'email' is not one of them/));
});

test('lists: provider=nylas is sent, no trailing empty page, limits checked before any request', async () => {
  const urls = [];
  const recording = new AgentAccounts({
    apiKey: emu.apiKey, apiUri: emu.url, requestsPerSecond: 1000, maxRetries: 0,
    fetch: (url, init) => { urls.push([String(url), init.headers]); return fetch(url, init); },
  });
  const every = await all(recording.accounts.list({ limit: 200 }));
  assert.match(urls[0][0], /\/v3\/grants\?.*provider=nylas/);
  assert.match(urls[0][1]['User-Agent'], /^nylas-agent-accounts\/\d+\.\d+\.\d+/, 'Node names the package');

  // Exactly two full pages: the walk ends without an empty third.
  const four = every.slice(0, 4);
  assert.equal(four.length, 4);
  const pages = [];
  const paged = new AgentAccounts({
    apiKey: emu.apiKey, apiUri: emu.url, requestsPerSecond: 1000, maxRetries: 0,
    fetch: async (url, init) => {
      const response = await fetch(url, init);
      const body = await response.json();
      const offset = Number(new URL(url).searchParams.get('offset'));
      body.data = four.slice(offset, offset + 2).map((a) => ({ ...a, provider: 'nylas' }));
      return new Response(JSON.stringify(body), { status: 200 });
    },
  });
  for await (const page of paged.accounts.list({ limit: 2 }).pages()) pages.push(page.data.length);
  assert.deepEqual(pages, [2, 2]);

  const before = urls.length;
  await assert.rejects(recording.messages.list(`exists@${DOMAIN}`, { limit: 201 }), invalidArgument(/from 1 to 200/));
  assert.equal(urls.length, before, 'no request for a limit the API would refuse');
});

test('a timeout ends the call even when nothing else keeps Node alive', () => {
  const script = `
    import { AgentAccounts } from 'nylas-agent-accounts';
    const client = new AgentAccounts({ apiKey: 'k', apiUri: 'http://127.0.0.1:9', timeoutMs: 200, maxRetries: 0,
      fetch: () => new Promise(() => {}) });
    try { await client.accounts.get('a@b.co'); console.log('resolved'); }
    catch (error) { console.log(error.name, error.code); }`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(run.stdout.trim(), 'TimeoutError TIMEOUT', run.stderr);
  assert.equal(run.status, 0);
});

test('webhooks: what the types promise is checked with codes; a test payload can be signed', async () => {
  const body = JSON.stringify({ type: 'message.created', id: 'evt-1', time: 1, data: { application_id: 'app', object: { subject: 'Hi' } } });
  assert.throws(() => parseWebhook(body), (error) => {
    assert.ok(error instanceof ValidationError);
    assert.equal(error.code, 'WEBHOOK_INVALID');
    assert.deepEqual(error.problems.map((p) => [p.code, p.field]),
      [['WEBHOOK_FIELD_MISSING', 'data.object.grantId'], ['WEBHOOK_FIELD_MISSING', 'data.object.id']]);
    assert.match(error.message, /\(and 1 more problem: WEBHOOK_FIELD_MISSING\)$/);
    return true;
  });
  const signature = await signWebhookPayload(body, 'whsec-test-only');
  assert.match(signature, /^[0-9a-f]{64}$/);
  assert.equal(await verifyWebhookSignature(body, signature, 'whsec-test-only'), true);
  assert.equal(await verifyWebhookSignature(body, signature, 'another-secret'), false);
});

test('APP_PASSWORD_RULES lists every rule with the code validateAppPassword reports', () => {
  assert.equal(APP_PASSWORD_RULES.length, 6);
  assert.ok(Object.isFrozen(APP_PASSWORD_RULES) && Object.isFrozen(APP_PASSWORD_RULES[0]));
  const broken = validateAppPassword(' ').problems.map((p) => p.code);
  const tooLong = validateAppPassword('a'.repeat(41)).problems.map((p) => p.code);
  const codes = new Set([...broken, ...tooLong]);
  assert.deepEqual(new Set(APP_PASSWORD_RULES.map((r) => r.code)), codes);
  assert.ok(APP_PASSWORD_RULES.every((r) => typeof r.label === 'string' && r.label.length > 0));
  const two = preflightCreateAccount({ email: 'a@b.co', name: '', appPassword: 'Abcdefghijklmnopq1' });
  assert.equal(two.problems.length, 1);
});
