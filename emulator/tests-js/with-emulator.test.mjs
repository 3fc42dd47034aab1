// Runs against the emulator that scripts/with-emulator.sh started (NYLAS_EMULATOR_URL), as a user's
// own test suite would: plain fetch, the test hooks, and fault injection before/after the handler.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const url = process.env.NYLAS_EMULATOR_URL;
const apiKey = process.env.NYLAS_EMULATOR_API_KEY;
// Not a skip: a suite that passes without its emulator proves nothing. scripts/test-emulator.sh
// (part of `make test`) runs this file through scripts/with-emulator.sh, which sets both variables.
if (!url || !apiKey) {
  throw new Error('NYLAS_EMULATOR_URL and NYLAS_EMULATOR_API_KEY are not set: run this file through '
    + 'scripts/with-emulator.sh (scripts/test-emulator.sh does)');
}

async function call(method, path, body, auth = true) {
  const headers = {};
  if (auth) headers.authorization = `Bearer ${apiKey}`;
  if (body) headers['content-type'] = 'application/json';
  const res = await fetch(url + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, headers: res.headers, json, text };
}

test('the exported URL and key reach a ready emulator', async () => {
  const health = await call('GET', '/__emulator/health', undefined, false);
  assert.equal(health.status, 200);
  const grants = await call('GET', '/v3/grants');
  assert.equal(grants.status, 200);
  assert.ok(Array.isArray(grants.json.data));
  assert.equal(grants.headers.get('x-request-id'), grants.json.request_id);
});

test('a delay fault holds the response past a client timeout', async () => {
  await call('POST', '/__emulator/reset', undefined, false);
  await call('POST', '/__emulator/faults', { kind: 'delay', path: '/v3/grants', delay_ms: 2000, count: 1 }, false);
  const started = Date.now();
  await assert.rejects(
    fetch(`${url}/v3/grants`, { headers: { authorization: `Bearer ${apiKey}` }, signal: AbortSignal.timeout(300) }),
    (err) => err.name === 'TimeoutError',
  );
  assert.ok(Date.now() - started < 1500);
  const after = await call('GET', '/v3/grants');
  assert.equal(after.status, 200);
});

test('truncated and malformed bodies fail to parse, and stats count the calls', async () => {
  await call('POST', '/__emulator/reset', undefined, false);
  await call('POST', '/__emulator/faults', { kind: 'truncated', path: '/v3/grants', count: 1 }, false);
  // Node's fetch ends a body shorter than its Content-Length with TypeError('terminated').
  await assert.rejects(call('GET', '/v3/grants'), (err) => err instanceof TypeError && err.message === 'terminated');
  await call('POST', '/__emulator/faults', { kind: 'malformed_json', path: '/v3/grants', count: 1 }, false);
  const cut = await call('GET', '/v3/grants');
  assert.equal(cut.status, 200);
  assert.ok(cut.text.startsWith('{') && cut.text.length > 2, `a cut JSON body, not an empty one: ${cut.text}`);
  assert.equal(cut.json, undefined);
  const stats = await call('GET', '/__emulator/stats', undefined, false);
  assert.equal(stats.json.data.calls['GET /v3/grants'], 2);
});
