// The handler's behaviour as a browser (or an attacker) sees it over HTTP, run against the handler in
// Node and in workerd (handler.test.mjs). Every answer is kept, so the last case can assert that no
// secret appeared in any status line, header or body.
import assert from 'node:assert/strict';
import { AgentAccounts, ApiError } from 'nylas-agent-accounts';
import { OPERATOR_TOKEN } from './handler-options.mjs';

const AUTH = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const JSON_TYPE = { 'content-type': 'application/json' };
const PASSWORD = 'Abcdefghijklmnop12';

/** Registers the cases under `t` for a handler served at `base` (…/api/nylas). */
export async function runCases(t, { base, domain, secrets, logs }) {
  const seen = [];
  const call = async (path, init = {}) => {
    const response = await fetch(`${base}${path}`, init);
    const text = await response.text();
    seen.push(`${response.status} ${JSON.stringify([...response.headers])} ${text}`);
    return { status: response.status, text, headers: response.headers };
  };
  const client = new AgentAccounts({ apiUri: base, headers: AUTH, maxRetries: 0 });

  await t.test('a request authorize refuses gets 401', async () => {
    assert.equal((await call('/v3/grants')).status, 401);
    assert.equal((await call('/v3/grants', { headers: { authorization: 'Bearer wrong' } })).status, 401);
    assert.equal((await call('/v3/grants', { headers: AUTH })).status, 200);
  });

  await t.test('an operation off the allowlist gets 403, with the fix', async () => {
    assert.equal((await call('/v3/policies', { headers: AUTH })).status, 403);
    const refused = await client.policies.list().catch((e) => e);
    assert.ok(refused instanceof ApiError && refused.status === 403, String(refused));
    assert.match(refused.fix, /add 'policies\.list' to the handler's allow option/);
    assert.equal((await call('/v3/grants/x', { method: 'DELETE', headers: AUTH })).status, 403);
  });

  await t.test('a cross-origin POST gets 403; an allowed origin gets CORS headers', async () => {
    const body = JSON.stringify({ provider: 'nylas', settings: { email: `x@${domain}` } });
    const evil = await call('/v3/connect/custom', { method: 'POST', headers: { ...AUTH, ...JSON_TYPE, origin: 'https://evil.example' }, body });
    assert.equal(evil.status, 403);
    const preflight = await call('/v3/grants', { method: 'OPTIONS', headers: { origin: 'https://admin.example.com', 'access-control-request-method': 'GET' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://admin.example.com');
  });

  await t.test('a body over the limit gets 413, declared or streamed', async () => {
    const big = JSON.stringify({ provider: 'nylas', settings: { email: `x@${domain}` }, name: 'x'.repeat(3000) });
    assert.equal((await call('/v3/connect/custom', { method: 'POST', headers: { ...AUTH, ...JSON_TYPE }, body: big })).status, 413);
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); } });
    const streamed = await call('/v3/connect/custom', { method: 'POST', headers: { ...AUTH, ...JSON_TYPE }, body: stream, duplex: 'half' });
    assert.equal(streamed.status, 413);
  });

  await t.test('a form or text body gets 415 (what a cross-site form can send)', async () => {
    const form = await call('/v3/connect/custom', { method: 'POST', headers: { ...AUTH, 'content-type': 'application/x-www-form-urlencoded' }, body: 'provider=nylas' });
    assert.equal(form.status, 415);
  });

  await t.test('the ordinary client works through it: signed domains, create, lookup', async () => {
    const domains = await client.domains.list();
    assert.ok(domains.data.some((d) => d.domainAddress === domain));
    const account = await client.accounts.create({ email: `handler-${Date.now()}@${domain}`, appPassword: PASSWORD });
    assert.equal(account.provider, 'nylas');
    assert.equal((await client.accounts.get(account.email)).id, account.id);
    // Re-creating it raw (skipping the client's own lookup) would replace its app password: refused.
    const again = await call('/v3/connect/custom', {
      method: 'POST', headers: { ...AUTH, ...JSON_TYPE },
      body: JSON.stringify({ provider: 'nylas', settings: { email: account.email, app_password: PASSWORD } }),
    });
    assert.equal(again.status, 409);
    assert.match(again.text, /accounts\.update/);
    const weak = await call('/v3/connect/custom', {
      method: 'POST', headers: { ...AUTH, ...JSON_TYPE },
      body: JSON.stringify({ provider: 'nylas', settings: { email: `weak@${domain}`, app_password: 'short' } }),
    });
    assert.equal(weak.status, 400);
  });

  await t.test('no secret in any answer, header or log', async () => {
    const everything = [...seen, ...(logs?.() ?? [])].join('\n');
    for (const secret of secrets) assert.ok(!everything.includes(secret), 'a secret leaked');
    assert.ok(!everything.includes(PASSWORD), 'the app password leaked');
  });
}
