// Messages (filters, pagination) and webhooks (challenge, secret rotation, signed deliveries) through
// the built package against a fresh emulator.
// Loopback only. Needs target/release/nylas-emulator and pkg/ (bash scripts/build.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import {
  DOMAIN, emu, client, useResourceEmulator, all, rejectsApi, newAccount,
} from './helpers/resource-emulator.mjs';

useResourceEmulator();

test('messages: a delivered message is listed with its subject; filters narrow the list', async () => {
  const account = await newAccount('inbox-bot');
  const email = account.email;
  const hello = await emu.hooks.deliverMessage({
    grant: email, from: { name: 'Ann', email: 'ann@example.com' }, subject: 'Hello there', body: 'Hi, agent', unread: true,
  });
  await emu.hooks.deliverMessage({
    grant: email, from: { name: 'Bob', email: 'bob@example.com' }, subject: 'Second', body: 'More', unread: false,
    metadata: { order_id: 'A-1' },
  });

  const page = await client.messages.list(email);
  assert.deepEqual(page.data.map((m) => m.subject), ['Second', 'Hello there'], 'newest first');
  assert.equal(page.nextCursor, null);
  const message = page.data.find((m) => m.subject === 'Hello there');
  assert.equal(message.id, hello.message.id);
  assert.equal(message.grantId, account.id);
  assert.deepEqual(message.from, [{ name: 'Ann', email: 'ann@example.com' }]);
  assert.deepEqual(message.to.map((p) => p.email), [email]);
  assert.deepEqual(message.folders, ['inbox']);
  assert.equal(message.unread, true);
  assert.equal(typeof message.threadId, 'string');
  assert.equal(typeof message.date, 'number');
  assert.equal(message.snippet, 'Hi, agent');
  assert.deepEqual(page.data[0].metadata, { order_id: 'A-1' }, 'metadata keys are left as stored');

  const byId = await client.messages.list(account.id);
  assert.deepEqual(byId.data.map((m) => m.id), page.data.map((m) => m.id));

  const subjects = async (filter) => (await client.messages.list(email, filter)).data.map((m) => m.subject);
  assert.deepEqual(await subjects({ unread: true }), ['Hello there']);
  assert.deepEqual(await subjects({ from: 'bob@example.com' }), ['Second']);
  assert.deepEqual(await subjects({ anyEmail: ['ann@example.com', 'nobody@example.com'] }), ['Hello there']);
  assert.deepEqual(await subjects({ subject: 'Second' }), ['Second']);
  assert.deepEqual(await subjects({ in: 'inbox', searchQueryNative: 'agent' }), ['Hello there']);
  assert.deepEqual(await subjects({ in: 'trash' }), []);

  const first = await client.messages.list(email, { limit: 1 });
  assert.equal(first.data.length, 1);
  assert.equal(typeof first.nextCursor, 'string');
  assert.deepEqual((await all(client.messages.list(email, { limit: 1 }))).map((m) => m.subject), ['Second', 'Hello there']);
  await rejectsApi(client.messages.list(`nobody@${DOMAIN}`), 404, 'NOT_FOUND');
});

test('webhooks: create (challenge answered), list, get, update, rotateSecret, delete', async () => {
  const challenges = [];
  const deliveries = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'GET' && url.searchParams.has('challenge')) {
      challenges.push(url.searchParams.get('challenge'));
      const answer = url.pathname === '/wrong' ? 'not the challenge' : url.searchParams.get('challenge');
      res.writeHead(200, { 'content-type': 'text/plain' }).end(answer);
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      deliveries.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['x-nylas-signature'] });
      res.writeHead(200).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${server.address().port}/nylas`;
  try {
    const hook = await client.webhooks.create({
      triggerTypes: ['message.created'], webhookUrl, description: 'inbox events', notificationEmailAddresses: ['ops@example.com'],
    });
    assert.equal(challenges.length, 1, 'the emulator sent the challenge');
    assert.equal(typeof hook.id, 'string');
    assert.equal(typeof hook.webhookSecret, 'string');
    assert.ok(hook.webhookSecret.length >= 16);
    assert.equal(hook.status, 'active');
    assert.deepEqual(hook.triggerTypes, ['message.created']);
    assert.equal(hook.webhookUrl, webhookUrl);
    assert.equal(hook.description, 'inbox events');
    assert.deepEqual(hook.notificationEmailAddresses, ['ops@example.com']);

    const listed = await all(client.webhooks.list());
    const inList = listed.find((w) => w.id === hook.id);
    assert.ok(inList);
    assert.equal(inList.webhookSecret, undefined, 'the secret is shown at create only');
    const got = await client.webhooks.get(hook.id);
    const { webhookSecret, ...withoutSecret } = hook;
    assert.deepEqual(got, withoutSecret);

    const paused = await client.webhooks.update(hook.id, { description: 'paused for now', status: 'pause' });
    assert.equal(paused.status, 'pause');
    assert.equal(paused.description, 'paused for now');
    assert.equal(paused.webhookUrl, webhookUrl);

    const rotated = await client.webhooks.rotateSecret(hook.id);
    assert.equal(rotated.id, hook.id);
    assert.equal(typeof rotated.webhookSecret, 'string');
    assert.notEqual(rotated.webhookSecret, webhookSecret);

    // The new secret signs deliveries once the webhook is active again.
    assert.equal((await client.webhooks.update(hook.id, { status: 'active' })).status, 'active');
    const account = await newAccount('hooked-bot');
    await emu.hooks.deliverMessage({ grant: account.email, from: 'ann@example.com', subject: 'Signed' });
    assert.equal(deliveries.length, 1);
    const [delivery] = deliveries;
    assert.equal(delivery.signature, createHmac('sha256', rotated.webhookSecret).update(delivery.body).digest('hex'));
    assert.equal(JSON.parse(delivery.body).data.object.subject, 'Signed');

    await client.webhooks.delete(hook.id);
    await rejectsApi(client.webhooks.get(hook.id), 404, 'NOT_FOUND');
    // An endpoint that doesn't echo the challenge is refused.
    await rejectsApi(
      client.webhooks.create({ triggerTypes: ['message.created'], webhookUrl: `http://127.0.0.1:${server.address().port}/wrong` }),
      400, 'INVALID_REQUEST',
    );
    assert.equal((await all(client.webhooks.list())).length, 0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
