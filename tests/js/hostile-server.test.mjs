// The client against hostile and broken servers (the issue "Hostile servers and hostile input"): a local
// server on 127.0.0.1 answers each case, and each test asserts the client's typed outcome, that no
// form of a secret appears in any error, and that nothing reached another origin. Bounded: every
// server answers a handful of requests, and every call has a timeout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { AgentAccounts, AbortError, ApiError, NetworkError, TimeoutError, ValidationError } from 'nylas-agent-accounts';

const API_KEY = 'nyk_v0_HostileProbeKey_9f8e7d6c';
const APP_PASSWORD = 'Abcdefghijklmnop12XY';
const forms = (secret) => [secret, secret.toUpperCase(), secret.toLowerCase(), Buffer.from(secret).toString('base64'),
  Buffer.from(secret).toString('base64url'), encodeURIComponent(secret)];

let routes = () => undefined; // (req, url) => handler or undefined
let hits = [];
let elsewhere = [];
let api;
let other;
const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
const origin = (server) => `http://127.0.0.1:${server.address().port}`;
const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

before(async () => {
  api = await listen(createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    hits.push(`${req.method} ${url.pathname}${url.search}`);
    const handler = routes(req, url);
    if (handler) return handler(req, res);
    json(res, 404, { error: { type: 'not_found_error', message: 'no such route in this probe' } });
  }));
  other = await listen(createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => { elsewhere.push({ headers: req.headers, body }); json(res, 200, { data: { id: 'evil' } }); });
  }));
});
after(() => { api.closeAllConnections(); api.close(); other.closeAllConnections(); other.close(); });

const client = (options = {}) => new AgentAccounts({
  apiKey: API_KEY, apiUri: origin(api), requestsPerSecond: 1000, maxRetries: 0, timeoutMs: 5000,
  headers: { 'x-tenant-secret': 'tenant-header-value' }, ...options,
});
const serve = (fn) => { routes = fn; hits = []; elsewhere = []; };

/** Asserts the error's class and code, and that no form of a secret is in anything it carries. */
function typed(Class, code) {
  return (error) => {
    assert.ok(error instanceof Class, `expected ${Class.name}, got ${error?.name}: ${error?.message}`);
    assert.equal(error.code, code, error.message);
    const carried = [error.message, error.type, error.requestId, error.fix, error.stack, JSON.stringify(error)].join('\n');
    for (const secret of [API_KEY, APP_PASSWORD]) {
      for (const form of forms(secret)) assert.ok(!carried.includes(form), `a form of a secret leaked: ${carried}`);
    }
    return true;
  };
}

test('a redirect to another origin is refused: no body, header or answer crosses', async () => {
  for (const status of [301, 302, 307, 308]) {
    serve(() => (req, res) => { res.writeHead(status, { location: `${origin(other)}/v3/connect/custom` }); res.end(); });
    await assert.rejects(
      client().accounts.create({ email: 'bot@acme.com', appPassword: APP_PASSWORD }, { onExisting: 'skip' }),
      typed(NetworkError, 'REDIRECT_REFUSED'));
    assert.deepEqual(elsewhere, [], `status ${status}: nothing reached the other origin`);
  }
});

test('secrets are scrubbed from every error field, in every form a server echoes them', async () => {
  serve(() => (req, res) => json(res, 401, {
    request_id: `req-${API_KEY}`,
    error: { type: `unauthorized ${Buffer.from(API_KEY).toString('base64')}`, message: `key ${API_KEY.toUpperCase()} and ${APP_PASSWORD} rejected` },
  }));
  await assert.rejects(client().accounts.resetAppPassword('bot@acme.com', APP_PASSWORD), typed(ApiError, 'UNAUTHORIZED'));
  serve(() => (req, res) => json(res, 400, { error: { type: 'x', message: `bad ${encodeURIComponent(API_KEY)}` } }, { 'x-request-id': API_KEY.toLowerCase() }));
  await assert.rejects(client().policies.get('p1'), typed(ApiError, 'INVALID_REQUEST'));
});

test('an abort ends a Retry-After wait at once; absurd Retry-After values are capped', async () => {
  serve(() => (req, res) => json(res, 429, { error: { type: 'rate_limit_error', message: 'slow down' } }, { 'retry-after': '30' }));
  const controller = new AbortController();
  const call = client({ maxRetries: 3 }).policies.get('p1', { signal: controller.signal });
  setTimeout(() => controller.abort(), 100);
  await assert.rejects(call, typed(AbortError, 'ABORTED'));
  assert.equal(hits.length, 1, 'no retry after the abort');

  for (const retryAfter of ['2000000', '1000000000', 'Thu, 01 Jan 2099 00:00:00 GMT', 'soon']) {
    let n = 0;
    serve(() => (req, res) => (n++ === 0
      ? json(res, 429, { error: { type: 'rate_limit_error', message: 'slow' } }, { 'retry-after': retryAfter })
      : json(res, 200, { data: { id: 'p1', name: 'ok' } })));
    const delays = [];
    const policy = await client({ maxRetries: 1, retryMaxDelayMs: 50, onRetry: (e) => delays.push(e.delayMs) }).policies.get('p1');
    assert.equal(policy.name, 'ok', retryAfter);
    assert.ok(delays[0] <= 50, `${retryAfter}: waited ${delays[0]} ms, capped at 50`);
  }
});

test('pagination that makes no progress stops with a typed error', async () => {
  serve((req, url) => (url.pathname === '/v3/policies'
    ? (rq, res) => json(res, 200, { data: [{ id: 'p1' }], next_cursor: 'again' }) : undefined));
  const walk = async (list) => { const seen = []; for await (const x of list) seen.push(x); return seen; };
  await assert.rejects(walk(client().policies.list()), typed(NetworkError, 'PAGINATION_STALLED'));
  assert.ok(hits.length <= 3, `${hits.length} requests`);

  // A server that ignores offset: the same full page forever.
  serve((req, url) => (url.pathname === '/v3/grants' || url.pathname === '/v3/connectors'
    ? (rq, res) => json(res, 200, {
      data: Array.from({ length: 2 }, (_, i) => ({ id: `g${i}`, provider: 'nylas', email: `a${i}@acme.com`, name: 'nylas' })),
      limit: 2, offset: 0 })
    : undefined));
  await assert.rejects(walk(client().accounts.list({ limit: 2 })), typed(NetworkError, 'PAGINATION_STALLED'));
  assert.ok(hits.length <= 3, `${hits.length} requests`);
  serve((req, url) => (url.pathname === '/v3/connectors'
    ? (rq, res) => json(res, 200, { data: [{ provider: 'nylas', name: 'nylas' }] })
    : url.pathname === '/v3/grants'
      ? (rq, res) => json(res, 200, { data: Array.from({ length: 200 }, (_, i) => ({ id: `g${i}`, provider: 'nylas' })), limit: 200, offset: 0 })
      : undefined));
  await assert.rejects(client().connector.status(), typed(NetworkError, 'PAGINATION_STALLED'));
  assert.ok(hits.length <= 4, `${hits.length} requests`);
});

test('ids that are dot segments never reach a path', async () => {
  serve(() => undefined);
  const c = client();
  for (const call of [() => c.policies.delete('..'), () => c.webhooks.rotateSecret('..'),
    () => c.lists.items.add('..', ['x']), () => c.accounts.delete('.')]) {
    await assert.rejects(call(), typed(ValidationError, 'INVALID_ARGUMENT'));
  }
  assert.deepEqual(hits, []);
  // A server-returned id `.` is refused too, before the DELETE.
  serve(() => (req, res) => json(res, 200, { data: { id: '.', provider: 'nylas', email: 'bot@acme.com' } }));
  await assert.rejects(c.accounts.delete('bot@acme.com'), typed(ValidationError, 'INVALID_ARGUMENT'));
  assert.deepEqual(hits, ['GET /v3/grants/bot%40acme.com']);
});

test('unbounded, misleading and malformed answers are typed errors', async () => {
  const big = (withLength) => (req, res) => {
    const chunk = Buffer.alloc(1 << 20, 0x61);
    res.writeHead(200, withLength ? { 'content-type': 'application/json', 'content-length': String(50 * chunk.length) } : { 'content-type': 'application/json' });
    let sent = 0;
    const more = () => { while (sent < 50) { sent++; if (!res.write(chunk)) return res.once('drain', more); } res.end(); };
    res.on('error', () => {});
    more();
  };
  for (const withLength of [true, false]) {
    serve(() => big(withLength));
    await assert.rejects(client().policies.get('p1'), typed(NetworkError, 'RESPONSE_TOO_LARGE'));
  }
  serve(() => big(false));
  await assert.rejects(client({ maxResponseBytes: 4096 }).policies.get('p1'), typed(NetworkError, 'RESPONSE_TOO_LARGE'));

  const cases = [
    ['an error envelope with 200', (req, res) => json(res, 200, { error: { type: 'api.internal_error', message: 'boom' } })],
    ['an empty body', (req, res) => { res.writeHead(200); res.end(); }],
    ['data: null', (req, res) => json(res, 200, { request_id: 'r', data: null })],
    ['HTML with 200', (req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html>login</html>'); }],
    ['invalid UTF-8', (req, res) => { res.writeHead(200); res.end(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])); }],
    ['deeply nested JSON', (req, res) => json(res, 200, `{"data":${'['.repeat(100000)}${']'.repeat(100000)}}`)],
  ];
  for (const [what, handler] of cases) {
    serve(() => handler);
    await assert.rejects(client().policies.get('p1'), typed(NetworkError, 'BAD_RESPONSE'), what);
  }
});

test('a server that drips its answer (slowloris) is timed out', async () => {
  serve(() => (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"data":');
    const drip = setInterval(() => res.write(' '), 50);
    res.on('close', () => clearInterval(drip));
  });
  await assert.rejects(client({ timeoutMs: 400 }).policies.get('p1'), typed(TimeoutError, 'TIMEOUT'));
});
