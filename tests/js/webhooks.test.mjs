// Webhooks through the built package: signatures made with Node's own crypto verify (and tampered ones
// don't), every event family parses, the challenge handshake answers, and a real signed delivery from
// the emulator verifies end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { gzipSync, gunzipSync } from 'node:zlib';
import {
  verifyWebhookSignature, parseWebhook, challengeResponse, ValidationError,
} from 'nylas-agent-accounts';
import { startEmulator } from '../../emulator/tests-js/helpers/emulator.mjs';

const SECRET = 'test-only-webhook-secret';
const sign = (body, secret = SECRET) => createHmac('sha256', secret).update(body).digest('hex');

function envelope(type, object, extra = {}) {
  return {
    specversion: '1.0', type, source: '/nylas/test', id: `evt-${type}`, time: 1723821985,
    webhook_delivery_attempt: 1, data: { application_id: 'app-1', object }, ...extra,
  };
}

const MESSAGE = {
  id: 'msg-1', grant_id: 'grant-1', object: 'message', thread_id: 'thr-1', subject: 'Hello',
  from: [{ name: 'Ann', email: 'ann@example.com' }], to: [{ email: 'bot@acme.nylas.email' }],
  date: 1723821981, unread: true, folders: ['inbox'], body: '<p>Hi</p>',
  attachments: [{ id: 'att-1', filename: 'a.txt', content_type: 'text/plain', is_inline: false, size: 3 }],
  metadata: { customer_id: 'c-9' },
};

test('a body signed with node:crypto verifies, as string, Uint8Array, Buffer and ArrayBuffer', async () => {
  const text = JSON.stringify(envelope('message.created', MESSAGE));
  const header = sign(text);
  const bytes = new TextEncoder().encode(text);
  for (const body of [text, bytes, Buffer.from(text), bytes.buffer.slice(0)]) {
    assert.equal(await verifyWebhookSignature(body, header, SECRET), true);
  }
  assert.equal(await verifyWebhookSignature(text, `sha256=${header}`, SECRET), true);
  assert.equal(await verifyWebhookSignature(text, header.toUpperCase(), SECRET), true);
});

test('tampered body, wrong secret and malformed or missing headers do not verify', async () => {
  const text = JSON.stringify(envelope('message.created', MESSAGE));
  const header = sign(text);
  assert.equal(await verifyWebhookSignature(text.replace('Hello', 'Hellp'), header, SECRET), false);
  assert.equal(await verifyWebhookSignature(text, header, `${SECRET}x`), false);
  for (const bad of ['', 'nope', header.slice(1), `${header}00`, `sha1=${header}`, null, undefined]) {
    assert.equal(await verifyWebhookSignature(text, bad, SECRET), false, String(bad));
  }
});

test('an empty secret or a parsed body is a ValidationError, and no message echoes the secret', async () => {
  await assert.rejects(verifyWebhookSignature('{}', sign('{}'), ''),
    (e) => e instanceof ValidationError && e.code === 'INVALID_ARGUMENT');
  await assert.rejects(verifyWebhookSignature({ type: 'x' }, 'aa', SECRET),
    (e) => e instanceof ValidationError && /raw request body/.test(e.message) && !e.message.includes(SECRET));
});

test('compressed delivery: the gzip bytes verify as received, then parse once decompressed', async () => {
  const json = JSON.stringify(envelope('message.created', MESSAGE));
  const gzip = gzipSync(json);
  assert.equal(await verifyWebhookSignature(gzip, sign(gzip), SECRET), true);
  assert.equal(await verifyWebhookSignature(gzip, sign(json), SECRET), false);
  assert.throws(() => parseWebhook(gzip), (e) => e.code === 'WEBHOOK_INVALID' && /gzip/.test(e.message));
  assert.equal(parseWebhook(gunzipSync(gzip)).data.object.subject, 'Hello');
});

test('message.created becomes camelCase with a grantId shortcut; metadata keys stay as set', () => {
  const event = parseWebhook(JSON.stringify(envelope('message.created', MESSAGE)));
  assert.equal(event.type, 'message.created');
  assert.equal(event.id, 'evt-message.created');
  assert.equal(event.time, 1723821985);
  assert.equal(event.webhookDeliveryAttempt, 1);
  assert.equal(event.grantId, 'grant-1');
  assert.equal(event.data.applicationId, 'app-1');
  const message = event.data.object;
  assert.equal(message.threadId, 'thr-1');
  assert.deepEqual(message.attachments[0], {
    id: 'att-1', filename: 'a.txt', contentType: 'text/plain', isInline: false, size: 3,
  });
  assert.deepEqual(message.metadata, { customer_id: 'c-9' });
});

test('every event family parses', () => {
  const { body, ...summary } = MESSAGE;
  const grant = { code: 25009, grant_id: 'grant-2', integration_id: 'int-1', provider: 'nylas' };
  const cases = [
    envelope('message.created.truncated', summary),
    envelope('message.updated', MESSAGE),
    envelope('grant.created', grant),
    envelope('grant.expired', grant),
    envelope('grant.deleted', grant),
    ...['message.delivered', 'message.bounced', 'message.complaint', 'message.rejected']
      .map((type) => envelope(type, { grant_id: 'grant-1', message_id: 'msg-1' })),
    envelope('folder.created', { id: 'f-1', grant_id: 'grant-1', name: 'Receipts' }),
  ];
  for (const value of cases) {
    const event = parseWebhook(new TextEncoder().encode(JSON.stringify(value)));
    assert.equal(event.type, value.type);
    assert.equal(event.grantId, value.data.object.grant_id);
    assert.equal(event.data.object.grant_id, undefined);
  }
  assert.equal(parseWebhook(JSON.stringify(cases[0])).data.object.body, undefined);
  assert.equal(parseWebhook(JSON.stringify(cases[2])).data.object.integrationId, 'int-1');
});

test('malformed bodies throw ValidationError WEBHOOK_INVALID saying what is wrong', () => {
  const noData = envelope('message.created', MESSAGE);
  delete noData.data;
  const cases = [['', /empty/], ['{"type":', /not valid JSON/], ['[]', /JSON object/],
    [JSON.stringify(noData), /"data"/], [JSON.stringify({ ...noData, type: 7 }), /"type"/]];
  for (const [body, message] of cases) {
    assert.throws(() => parseWebhook(body),
      (e) => e instanceof ValidationError && e.code === 'WEBHOOK_INVALID' && message.test(e.message), body);
  }
  assert.throws(() => parseWebhook(42), (e) => e instanceof ValidationError && e.code === 'INVALID_ARGUMENT');
});

test('challengeResponse answers GET ?challenge= and nothing else', async () => {
  const reply = challengeResponse(new Request('https://hooks.example/nylas?challenge=abc%20123'));
  assert.equal(reply.status, 200);
  assert.equal(reply.headers.get('content-type'), 'text/plain');
  assert.equal(await reply.text(), 'abc 123');
  assert.equal(challengeResponse(new Request('https://hooks.example/nylas')), null);
  assert.equal(challengeResponse(new Request('https://hooks.example/nylas?challenge=x', { method: 'POST', body: '{}' })), null);
  assert.equal(challengeResponse(undefined), null);
});

// A local receiver written the way an edge function would be: challenge first, then verify and parse.
function startReceiver(secretRef) {
  const deliveries = [];
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks);
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method, headers: req.headers, body: req.method === 'GET' ? undefined : raw,
    });
    const challenge = challengeResponse(request);
    if (challenge) {
      res.writeHead(challenge.status, { 'content-type': challenge.headers.get('content-type') });
      res.end(await challenge.text());
      return;
    }
    const header = request.headers.get('x-nylas-signature');
    const verified = await verifyWebhookSignature(new Uint8Array(await request.arrayBuffer()), header, secretRef.secret);
    deliveries.push({ verified, event: parseWebhook(raw), tamperedVerifies: await verifyWebhookSignature(`${raw} `, header, secretRef.secret) });
    res.writeHead(verified ? 200 : 401).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, deliveries })));
}

// No skip when the emulator is missing: startEmulator fails with what to build (make test builds it).
test('a signed message.created from the emulator verifies', async () => {
  const emu = await startEmulator(['--domain', 'acme.nylas.email', '--auto-connector']);
  const secretRef = { secret: '' };
  const { server, deliveries } = await startReceiver(secretRef);
  try {
    await emu.call('POST', '/v3/connect/custom', { provider: 'nylas', settings: { email: 'bot@acme.nylas.email' } });
    const created = await emu.call('POST', '/v3/webhooks', {
      trigger_types: ['message.created'], webhook_url: `http://127.0.0.1:${server.address().port}/nylas`,
    });
    secretRef.secret = created.data.webhook_secret;
    assert.ok(secretRef.secret);
    const { deliveries: reports } = await emu.hooks.deliverMessage({
      grant: 'bot@acme.nylas.email', from: { name: 'Ann', email: 'ann@example.com' }, subject: 'Hello agent', body: 'Hi',
    });
    assert.equal(reports[0].delivered, true);
    assert.equal(deliveries.length, 1);
    const [{ verified, event, tamperedVerifies }] = deliveries;
    assert.equal(verified, true);
    assert.equal(tamperedVerifies, false);
    assert.equal(event.type, 'message.created');
    assert.equal(event.data.object.subject, 'Hello agent');
    assert.equal(typeof event.grantId, 'string');
  } finally {
    server.close();
    await emu.stop();
  }
});
