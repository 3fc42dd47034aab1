// The create workflow and the client's promises, against the emulator: no request before a failed
// preflight, one connector under concurrent creates, no duplicate and no loss over 1,000 creates with
// injected faults, timeouts and aborts that cancel, signed domain calls, and no secret in any output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgentAccounts, ValidationError, ApiError, TimeoutError, AbortError, AgentAccountsError } from 'nylas-agent-accounts';
import { startEmulator } from '../../emulator/tests-js/helpers/emulator.mjs';

const DOMAIN = 'acme.nylas.email';
const PASSWORD = 'Correct-Horse-42-battery';
let dir;

before(async () => { dir = await mkdtemp(join(tmpdir(), 'nylas-client-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

async function withEmulator(flags, body) {
  const emu = await startEmulator(flags);
  try {
    return await body(emu);
  } finally {
    await emu.stop();
  }
}

const clientFor = (emu, options = {}) => new AgentAccounts({ apiKey: emu.apiKey, apiUri: emu.url, retryBaseDelayMs: 20, ...options });
// A route never called is absent from the stats: 0. Tests compare with a non-zero count, so a wrong
// route name fails rather than comparing 0 with 0.
const calls = async (emu, route) => (await emu.hooks.stats()).calls[route] ?? 0;

test('a failed preflight sends no request and reports every problem', () => withEmulator(['--domain', DOMAIN], async (emu) => {
  const client = clientFor(emu);
  await assert.rejects(client.accounts.create({ email: 'bot@acme', appPassword: 'short', name: '' }), (error) => {
    assert.ok(error instanceof ValidationError && error instanceof AgentAccountsError);
    assert.deepEqual(error.problems.map((p) => p.field), ['email', 'appPassword', 'appPassword', 'appPassword', 'name']);
    return true;
  });
  const stats = await emu.hooks.stats();
  assert.equal(typeof stats.calls, 'object', 'the stats have a calls table to look in');
  assert.deepEqual(Object.keys(stats.calls).filter((route) => route.includes('/v3/')), []);
}));

test('the missing connector is created once under 20 concurrent creates', () => withEmulator(['--domain', DOMAIN], async (emu) => {
  const client = clientFor(emu);
  const created = await Promise.all(Array.from({ length: 20 }, (_, i) => client.accounts.create({ email: `bot${i}@${DOMAIN}` })));
  assert.equal(new Set(created.map((a) => a.id)).size, 20);
  assert.equal(await calls(emu, 'POST /v3/connectors'), 1);
  assert.equal((await client.connector.status()).connectorConfigured, true);
}));

test('createMany(1000) with 5 % injected 5xx, 429 and resets: no duplicate, none lost', { timeout: 180_000 }, () =>
  withEmulator(['--domain', DOMAIN, '--auto-connector', '--rate-limit', '50', '--fault-rate', '0.05',
    '--fault-kinds', '429,500,502,503,504,reset'], async (emu) => {
    const retries = [];
    const client = clientFor(emu, { requestsPerSecond: 50, onRetry: (event) => retries.push(event) });
    const requests = Array.from({ length: 1000 }, (_, i) => ({ email: `agent${i}@${DOMAIN}`, name: `Agent ${i}` }));
    let progressCalls = 0;
    const results = await client.accounts.createMany(requests, { concurrency: 10, onProgress: () => { progressCalls += 1; } });
    const failed = results.filter((r) => r.status !== 'created');
    assert.deepEqual(failed.map((r) => `${r.email}: ${r.error?.code} ${r.error?.message}`), []);
    assert.equal(progressCalls, 1000);
    assert.deepEqual(results.map((r) => r.index), requests.map((_, i) => i));
    const emails = [];
    for await (const account of client.accounts.list()) emails.push(account.email);
    assert.equal(emails.length, 1000, 'one account per request');
    assert.equal(new Set(emails).size, 1000, 'no duplicate');
    // The faults really happened and were survived: retries of throttled calls, and creates whose
    // outcome was unknown reconciled by looking the address up.
    assert.ok(retries.some((r) => r.reason === 'RATE_LIMITED'), 'some 429s were retried');
    const lookups = Object.entries((await emu.hooks.stats()).calls ?? {})
      .filter(([route]) => route.startsWith('GET /v3/grants/')).reduce((sum, [, n]) => sum + n, 0);
    assert.ok(lookups > 0, 'some creates were reconciled by a lookup');
  }));

test('createMany reports invalid requests as failed without stopping the batch', () => withEmulator(['--domain', DOMAIN, '--auto-connector'], async (emu) => {
  const client = clientFor(emu);
  const results = await client.accounts.createMany([{ email: `ok@${DOMAIN}` }, { email: 'nope' }, { email: 'x@unregistered.io' }, { email: `ok@${DOMAIN}` }]);
  assert.deepEqual(results.map((r) => r.status), ['created', 'failed', 'failed', 'failed']);
  assert.equal(results[1].error.code, 'VALIDATION_ERROR');
  assert.equal(results[2].error.code, 'DOMAIN_NOT_REGISTERED');
  assert.ok(results[2].error instanceof ApiError && results[2].error.fix.includes('domains.create'));
  // The same address twice is one account: the repeat is refused, never run (DUPLICATE_IN_BATCH).
  assert.equal(results[3].error.code, 'DUPLICATE_IN_BATCH');
}));

test('a lost create response is reconciled, not repeated', () => withEmulator(['--domain', DOMAIN, '--auto-connector'], async (emu) => {
  const retries = [];
  const client = clientFor(emu, { onRetry: (event) => retries.push(event) });
  await emu.hooks.addFault({ kind: 'reset', path: '/v3/connect/custom', phase: 'after', count: 1 });
  const account = await client.accounts.create({ email: `lost@${DOMAIN}` });
  assert.equal(account.email, `lost@${DOMAIN}`);
  assert.equal(await calls(emu, 'POST /v3/connect/custom'), 1, 'found by lookup, not created again');
  assert.deepEqual(retries, [], 'reconciliation is a lookup, not a blind retry');
}));

test('a timeout cancels the request with a TimeoutError', () => withEmulator(['--domain', DOMAIN], async (emu) => {
  const client = clientFor(emu, { timeoutMs: 300, maxRetries: 0 });
  await emu.hooks.addFault({ kind: 'delay', path: '/v3/grants', delay_ms: 10_000, count: 1 });
  const started = Date.now();
  await assert.rejects(client.accounts.list(), (e) => e instanceof TimeoutError && e.code === 'TIMEOUT');
  assert.ok(Date.now() - started < 3000, 'cancelled, not waited out');
}));

test('an AbortSignal cancels the request with an AbortError', () => withEmulator(['--domain', DOMAIN], async (emu) => {
  const client = clientFor(emu);
  await emu.hooks.addFault({ kind: 'delay', path: '/v3/grants', delay_ms: 10_000, count: 1 });
  const controller = new AbortController();
  const started = Date.now();
  setTimeout(() => controller.abort(), 100);
  await assert.rejects(client.accounts.list(undefined, { signal: controller.signal }), (e) => e instanceof AbortError && e.code === 'ABORTED');
  assert.ok(Date.now() - started < 3000);
  controller.abort();
  await assert.rejects(client.accounts.get('x', { signal: controller.signal }), AbortError, 'an aborted signal sends nothing');
}));

test('domain calls are signed: accepted by the emulator, a wrong key rejected', async () => {
  const file = join(dir, 'service-account.json');
  await withEmulator(['--service-account-out', file], async (emu) => {
    const serviceAccount = JSON.parse(await readFile(file, 'utf8'));
    const client = clientFor(emu, { serviceAccount });
    const domain = await client.domains.create({ name: 'Agents', domainAddress: 'agents.example.com' });
    assert.equal(domain.domainAddress, 'agents.example.com');
    assert.equal((await client.domains.list()).data.length, 1);
    const forged = { ...serviceAccount, private_key: await readFile(new URL('../fixtures/test-only-rsa-key.pem', import.meta.url), 'utf8') };
    const intruder = clientFor(emu, { serviceAccount: forged, maxRetries: 0 });
    await assert.rejects(intruder.domains.list(), (e) => e instanceof ApiError && e.status === 401 && e.code === 'UNAUTHORIZED');
    const unsigned = clientFor(emu);
    await assert.rejects(unsigned.domains.list(),
      (e) => e instanceof ValidationError && e.code === 'INVALID_ARGUMENT' && /serviceAccount/.test(e.message));
  });
});

test('no secret appears in errors, JSON or string forms of the client', () => withEmulator(['--domain', DOMAIN, '--auto-connector'], async (emu) => {
  const apiKey = 'nyk_secret_key_0123456789';
  const wrong = new AgentAccounts({ apiKey, apiUri: emu.url, maxRetries: 0 });
  const error = await wrong.accounts.create({ email: `a@${DOMAIN}`, appPassword: PASSWORD }).catch((e) => e);
  assert.ok(error instanceof ApiError && error.status === 401);
  const seen = [JSON.stringify(wrong), String(wrong), error.message, error.stack, JSON.stringify(error), error.fix];
  for (const text of seen) {
    assert.ok(!text.includes(apiKey) && !text.includes(PASSWORD), text);
  }
  assert.throws(() => new AgentAccounts({ apiKey, region: 'mars' }), (e) => e instanceof ValidationError && !e.message.includes(apiKey));
  assert.throws(() => new AgentAccounts({ apiKey, apiUri: 'http://example.com' }),
    (e) => e instanceof ValidationError && e.code === 'INVALID_ARGUMENT' && /https/.test(e.message));
}));
