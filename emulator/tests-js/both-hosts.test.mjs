// One route suite, run against both hosts of the emulator's core: the native binary (axum on tokio,
// over TCP) and the wasm build of nylas-agent-accounts/emulator (an in-process fetch). Each case states
// its options once; the native host gets them as flags.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import { AgentAccounts, ApiError, NetworkError } from 'nylas-agent-accounts';
import { createEmulator } from 'nylas-agent-accounts/emulator';
import { startEmulator } from './helpers/emulator.mjs';

const PASSWORD = 'Abcdefghijklmnop12';
const BASE = { domains: ['acme.nylas.email'], autoConnector: true };

const kebab = (key) => (key === 'domains' ? 'domain' : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
function toFlags(options) {
  const flags = [];
  for (const [key, value] of Object.entries(options)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === true) flags.push(`--${kebab(key)}`);
      else flags.push(`--${kebab(key)}`, String(v));
    }
  }
  return flags;
}

const stops = [];
after(async () => { for (const stop of stops) await stop(); });

const hosts = {
  native: async (options) => {
    const emu = await startEmulator(toFlags(options));
    stops.push(emu.stop);
    return { url: emu.url, apiKey: emu.apiKey, fetch: globalThis.fetch, hooks: emu.hooks };
  },
  wasm: async (options) => {
    const emu = await createEmulator(options);
    return { url: emu.url, apiKey: emu.apiKey, fetch: emu.fetch, hooks: emu };
  },
};

const clientOf = (emu) => new AgentAccounts({ apiUri: emu.url, apiKey: emu.apiKey, fetch: emu.fetch, maxRetries: 0 });
const raw = (emu, path, init = {}) => emu.fetch(emu.url + path, init);

for (const [host, start] of Object.entries(hosts)) {
  test(`${host}: an account's lifecycle through the package's client`, async () => {
    const client = clientOf(await start(BASE));
    const created = await client.accounts.create({ email: 'Bot@Acme.Nylas.Email', appPassword: PASSWORD });
    assert.equal(created.email, 'Bot@acme.nylas.email');
    assert.equal((await client.accounts.get('bot@acme.nylas.email')).id, created.id);
    const again = await client.accounts.create({ email: 'bot@acme.nylas.email' }, { onExisting: 'skip' });
    assert.equal(again.id, created.id);
    await client.accounts.delete(created.id);
    await assert.rejects(client.accounts.get(created.id), (e) => e instanceof ApiError && e.status === 404);
  });

  test(`${host}: envelopes of a wrong key, an unknown route and a wrong method`, async () => {
    const emu = await start(BASE);
    const unauthorized = await raw(emu, '/v3/grants', { headers: { authorization: 'Bearer nope' } });
    assert.equal(unauthorized.status, 401);
    assert.equal((await unauthorized.json()).error.type, 'api.authentication_error');
    assert.match(unauthorized.headers.get('x-request-id'), /^[0-9a-f-]{36}$/);
    const missing = await raw(emu, '/v3/nothing');
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).error.type, 'api.not_found_error');
    const wrong = await raw(emu, '/v3/grants', { method: 'PUT', headers: { authorization: `Bearer ${emu.apiKey}` } });
    assert.equal(wrong.status, 405);
  });

  test(`${host}: a 503 after the handler keeps the change; a reset is a network error`, async () => {
    const emu = await start(BASE);
    const client = clientOf(emu);
    await emu.hooks.addFault({ kind: '503', path: '/v3/connect/custom', phase: 'after', count: 1 });
    const lost = await raw(emu, '/v3/connect/custom', {
      method: 'POST',
      headers: { authorization: `Bearer ${emu.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'nylas', settings: { email: 'a@acme.nylas.email' } }),
    });
    assert.equal(lost.status, 503);
    assert.equal((await lost.json()).error.type, 'api.provider_error');
    assert.equal((await client.accounts.get('a@acme.nylas.email')).email, 'a@acme.nylas.email');
    await emu.hooks.addFault({ kind: 'reset', path: '/v3/grants', phase: 'before', count: 1 });
    await assert.rejects(client.accounts.list(), (e) => e instanceof NetworkError);
    const stats = await emu.hooks.stats();
    assert.equal(stats.calls['POST /v3/connect/custom'], 1);
    assert.equal(stats.calls['GET /v3/grants/{grant_id}'], 1);
    assert.equal(stats.fault_rules_fired, 2);
  });

  test(`${host}: the rate limit answers 429 with Retry-After`, async () => {
    const emu = await start({ ...BASE, rateLimit: 1 });
    const headers = { authorization: `Bearer ${emu.apiKey}` };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await raw(emu, '/v3/grants', { headers })).status);
    assert.deepEqual(statuses, [200, 429, 429]);
    assert.equal((await raw(emu, '/v3/grants', { headers })).headers.get('retry-after'), '1');
  });

  test(`${host}: a delivered message is listed and signed to a loopback webhook`, async () => {
    const emu = await start(BASE);
    const client = clientOf(emu);
    const received = [];
    const server = createServer((req, res) => {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (url.searchParams.has('challenge')) return res.end(url.searchParams.get('challenge'));
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => { received.push({ body, signature: req.headers['x-nylas-signature'] }); res.end('ok'); });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const hook = await client.webhooks.create({
        webhookUrl: `http://127.0.0.1:${server.address().port}/hook`, triggerTypes: ['message.created'],
      });
      await client.accounts.create({ email: 'bot@acme.nylas.email', appPassword: PASSWORD });
      const delivered = await emu.hooks.deliverMessage({ grant: 'bot@acme.nylas.email', subject: 'Hello', from: { email: 'ann@example.com' } });
      assert.equal(delivered.deliveries[0].delivered, true);
      const [message] = (await client.messages.list('bot@acme.nylas.email')).data;
      assert.equal(message.subject, 'Hello');
      assert.equal(received.length, 1);
      const expected = createHmac('sha256', hook.webhookSecret).update(received[0].body).digest('hex');
      assert.equal(received[0].signature, expected);
    } finally {
      server.close();
    }
  });

  test(`${host}: reset empties the application and re-applies the options`, async () => {
    const emu = await start(BASE);
    const client = clientOf(emu);
    await client.accounts.create({ email: 'gone@acme.nylas.email' });
    await emu.hooks.reset();
    const snapshot = await emu.hooks.snapshot();
    assert.equal(Object.keys(snapshot.grants ?? {}).length, 0);
    assert.equal((await client.accounts.list()).data.length, 0);
    assert.equal((await client.domains.list().catch(() => null)), null); // Manage Domains needs a signature
    await client.accounts.create({ email: 'back@acme.nylas.email' });
  });
}

test('wasm: listen() serves the in-process emulator on 127.0.0.1 for other processes, faults included', async () => {
  const emulator = await createEmulator(BASE);
  const server = await emulator.listen(0);
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const client = new AgentAccounts({ apiUri: server.url, apiKey: emulator.apiKey, maxRetries: 0 });
    const account = await client.accounts.create({ email: 'served@acme.nylas.email' });
    // The same state behind both doors.
    assert.equal((await clientOf({ ...emulator }).accounts.get(account.id)).email, 'served@acme.nylas.email');
    await emulator.addFault({ kind: 'reset', path: '/v3/grants', count: 1 });
    await assert.rejects(client.accounts.list(), (e) => e instanceof NetworkError);
    const truncated = await emulator.addFault({ kind: 'truncated', path: '/v3/grants', count: 1 });
    assert.equal(truncated.kind, 'truncated');
    await assert.rejects(client.accounts.list(), (e) => e instanceof NetworkError);
  } finally {
    await server.close();
  }
});
