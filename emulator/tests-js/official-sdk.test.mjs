// The official Nylas Node SDK (npm `nylas` v8), unmodified, against the emulator: where they disagree,
// the emulator is wrong (unless shared/nylas-api.md says otherwise). Run against the native binary, and
// (official-sdk-wasm.test.mjs sets NYLAS_EMULATOR_HOST=wasm) against the in-process wasm emulator of
// nylas-agent-accounts/emulator, whose fetch the SDK then calls for every request to the emulator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Nylas, { ServiceAccountSigner, NylasApiError } from 'nylas';
import { startEmulator } from './helpers/emulator.mjs';

const PASSWORD = 'Abcdefghijklmnop12';
const WASM = process.env.NYLAS_EMULATOR_HOST === 'wasm';
const realFetch = globalThis.fetch;
let emu;
let nylas;
let dir;
let serviceAccountFile;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nylas-emu-'));
  serviceAccountFile = join(dir, 'service-account.json');
  emu = WASM ? await startInProcess() : await startEmulator(['--domain', 'acme.nylas.email', '--service-account-out', serviceAccountFile]);
  nylas = new Nylas({ apiKey: emu.apiKey, apiUri: emu.url, timeout: 10 });
});

/** The wasm emulator, answering every fetch of its URL in this process (the SDK calls the global fetch). */
async function startInProcess() {
  const { createEmulator } = await import('nylas-agent-accounts/emulator');
  // What --service-account-out would write: credentials the emulator trusts.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const creds = { name: 'test', type: 'service_account', private_key_id: randomBytes(20).toString('hex'), private_key: privateKey, organization_id: 'org', region: 'us' };
  writeFileSync(serviceAccountFile, JSON.stringify(creds));
  const emulator = await createEmulator({ domains: ['acme.nylas.email'], serviceAccounts: [creds] });
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return url.origin === new URL(emulator.url).origin ? emulator.fetch(input, init) : realFetch(input, init);
  };
  return { url: emulator.url, apiKey: emulator.apiKey, hooks: emulator, stop: async () => { globalThis.fetch = realFetch; } };
}

after(async () => {
  await emu?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('agent account lifecycle: create, list, find, update the app password, delete', async () => {
  await nylas.connectors.create({ requestBody: { name: 'nylas', provider: 'nylas' } });
  const created = await nylas.auth.customAuthentication({
    requestBody: { provider: 'nylas', name: 'Support bot', settings: { email: 'support@acme.nylas.email', appPassword: PASSWORD } },
  });
  const grant = created.data;
  assert.equal(grant.provider, 'nylas');
  assert.equal(grant.email, 'support@acme.nylas.email');
  assert.equal(grant.name, 'Support bot');
  assert.equal(typeof grant.createdAt, 'number');
  assert.ok(created.requestId);
  assert.ok(!JSON.stringify(created).includes(PASSWORD));

  const listed = await nylas.grants.list({ queryParams: { limit: 50 } });
  assert.ok(listed.data.some((g) => g.id === grant.id));

  const byId = await nylas.grants.find({ grantId: grant.id });
  assert.equal(byId.data.email, grant.email);
  const byEmail = await nylas.grants.find({ grantId: 'support@acme.nylas.email' });
  assert.equal(byEmail.data.id, grant.id);

  const updated = await nylas.grants.update({
    grantId: grant.id,
    requestBody: { settings: { email: grant.email, appPassword: 'Zyxwvutsrqponmlk98' } },
  });
  assert.equal(updated.data.id, grant.id);
  const snap = await emu.hooks.snapshot();
  assert.equal(snap.grants[grant.id].has_app_password, true);

  await assert.rejects(
    nylas.grants.update({ grantId: grant.id, requestBody: { settings: { email: grant.email, appPassword: 'weak' } } }),
    (err) => err instanceof NylasApiError && err.statusCode === 400 && err.type === 'api.invalid_request_error' && !err.message.includes('weak'),
  );
  await assert.rejects(
    nylas.auth.customAuthentication({ requestBody: { provider: 'nylas', settings: { email: 'x@unregistered.example' } } }),
    (err) => err instanceof NylasApiError && err.statusCode === 404 && /not registered/.test(err.message) && typeof err.requestId === 'string',
  );

  const deleted = await nylas.grants.destroy({ grantId: grant.id });
  assert.ok(deleted.requestId);
  await assert.rejects(nylas.grants.find({ grantId: grant.id }),
    (err) => err instanceof NylasApiError && err.statusCode === 404 && err.type === 'api.not_found_error');
});

test('policies, rules, lists and workspaces', async () => {
  const policy = await nylas.policies.create({
    requestBody: { name: 'Strict', limits: { limitCountDailyEmailSent: 100 }, spamDetection: { spamSensitivity: 2 } },
  });
  assert.equal(policy.data.limits.limitCountDailyEmailSent, 100);
  const policyUpdated = await nylas.policies.update({ policyId: policy.data.id, requestBody: { name: 'Stricter' } });
  assert.equal(policyUpdated.data.name, 'Stricter');
  assert.equal(policyUpdated.data.limits.limitCountDailyEmailSent, 100);
  assert.ok((await nylas.policies.list()).data.some((p) => p.id === policy.data.id));

  const list = await nylas.lists.create({ requestBody: { name: 'Blocked domains', type: 'domain' } });
  const withItems = await nylas.lists.addItems({ listId: list.data.id, requestBody: { items: ['Spam.example', 'junk.example'] } });
  assert.equal(withItems.data.itemsCount, 2);
  const items = await nylas.lists.listItems({ listId: list.data.id });
  assert.deepEqual(items.data.map((i) => i.value).sort(), ['junk.example', 'spam.example']);
  const fewer = await nylas.lists.removeItems({ listId: list.data.id, requestBody: { items: ['junk.example'] } });
  assert.equal(fewer.data.itemsCount, 1);

  const rule = await nylas.rules.create({
    requestBody: {
      name: 'Block listed',
      match: { operator: 'any', conditions: [{ field: 'from.domain', operator: 'in_list', value: [list.data.id] }] },
      actions: [{ type: 'block' }],
    },
  });
  assert.equal(rule.data.priority, 10);
  const rules = await nylas.rules.list();
  assert.ok(Array.isArray(rules.data), 'the SDK normalises the nested {items, next_cursor} envelope');
  assert.ok(rules.data.some((r) => r.id === rule.data.id));

  const ws = await nylas.workspaces.create({
    requestBody: { name: 'Acme', domain: 'acme.nylas.email', policyId: policy.data.id, ruleIds: [rule.data.id] },
  });
  assert.equal(ws.data.autoGroup, true);
  assert.equal(ws.data.policyId, policy.data.id);
  const member = await nylas.auth.customAuthentication({
    requestBody: { provider: 'nylas', settings: { email: 'member@acme.nylas.email' } },
  });
  assert.equal(member.data.workspaceId, ws.data.workspaceId, 'auto-grouped by domain');
  const manual = await nylas.workspaces.update({ workspaceId: ws.data.workspaceId, requestBody: { autoGroup: false } });
  assert.equal(manual.data.autoGroup, false);
  const moved = await nylas.workspaces.manualAssign({
    workspaceId: ws.data.workspaceId,
    requestBody: { removeGrants: [member.data.id] },
  });
  assert.deepEqual(moved.data.grantsRemoved, [member.data.id]);
  const all = await nylas.workspaces.list();
  assert.ok(all.data.some((w) => w.default === true));
  await nylas.workspaces.destroy({ workspaceId: ws.data.workspaceId });
  await nylas.rules.destroy({ ruleId: rule.data.id });
  await nylas.lists.destroy({ listId: list.data.id });
  await nylas.policies.destroy({ policyId: policy.data.id });
});

function webhookReceiver() {
  const deliveries = [];
  let onDelivery;
  const delivered = new Promise((resolve) => { onDelivery = resolve; });
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'GET' && url.searchParams.has('challenge')) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(url.searchParams.get('challenge'));
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      deliveries.push({ body: Buffer.concat(chunks), signature: req.headers['x-nylas-signature'] });
      res.writeHead(200);
      res.end('ok');
      onDelivery();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, deliveries, delivered, url: `http://127.0.0.1:${server.address().port}/webhook` }));
  });
}

test('messages and webhooks: challenge on create, signed message.created delivery', async () => {
  const receiver = await webhookReceiver();
  try {
    const hook = await nylas.webhooks.create({
      requestBody: { triggerTypes: ['message.created'], webhookUrl: receiver.url, description: 'test' },
    });
    const secret = hook.data.webhookSecret;
    assert.ok(secret, 'webhook_secret at creation');
    const fetched = await nylas.webhooks.find({ webhookId: hook.data.id });
    assert.equal(fetched.data.webhookSecret, undefined);

    const grant = (await nylas.auth.customAuthentication({
      requestBody: { provider: 'nylas', settings: { email: 'inbox@acme.nylas.email' } },
    })).data;
    await emu.hooks.deliverMessage({ grant: grant.id, from: { name: 'Ann', email: 'ann@example.com' }, subject: 'Hello', body: 'Hi there' });
    await receiver.delivered;
    const { body, signature } = receiver.deliveries[0];
    assert.equal(signature, createHmac('sha256', secret).update(body).digest('hex'));
    const event = JSON.parse(body.toString('utf8'));
    assert.equal(event.type, 'message.created');
    assert.equal(event.data.object.grant_id, grant.id);

    const messages = await nylas.messages.list({ identifier: grant.id, queryParams: { limit: 10 } });
    assert.equal(messages.data.length, 1);
    assert.equal(messages.data[0].subject, 'Hello');
    assert.equal(messages.data[0].from[0].email, 'ann@example.com');
    const unreadFromAnn = await nylas.messages.list({ identifier: grant.id, queryParams: { from: 'ann@example.com', unread: true } });
    assert.equal(unreadFromAnn.data.length, 1);
    const folders = await nylas.folders.list({ identifier: grant.id });
    assert.equal(folders.data.length, 6);

    const rotated = await nylas.webhooks.rotateSecret({ webhookId: hook.data.id });
    assert.notEqual(rotated.data.webhookSecret, secret);
    await nylas.webhooks.destroy({ webhookId: hook.data.id });
  } finally {
    receiver.server.close();
  }
});

test('Manage Domains through ServiceAccountSigner and the emulator-issued credentials', async () => {
  const creds = JSON.parse(readFileSync(serviceAccountFile, 'utf8'));
  assert.equal(creds.type, 'service_account');
  const signer = new ServiceAccountSigner({ privateKeyPem: creds.private_key, privateKeyId: creds.private_key_id });
  const created = await nylas.domains.create({ requestBody: { name: 'Corp', domainAddress: 'corp.example' }, signer });
  assert.equal(created.data.domainAddress, 'corp.example');
  assert.equal(created.data.verifiedOwnership, false);
  const id = created.data.id;
  const info = await nylas.domains.info({ domainId: id, requestBody: { type: 'ownership' }, signer });
  assert.equal(info.data.attempt.options.type, 'TXT');
  await emu.hooks.publishExpectedDns('corp.example');
  const verified = await nylas.domains.verify({ domainId: id, requestBody: { type: 'ownership' }, signer });
  assert.equal(verified.data.status, 'done');
  await nylas.domains.verify({ domainId: id, requestBody: { type: 'mx' }, signer });
  const found = await nylas.domains.find({ domainId: id, signer });
  assert.equal(found.data.verifiedOwnership, true);
  assert.equal(found.data.verifiedMx, true);
  const listed = await nylas.domains.list({ signer });
  assert.ok(listed.data.some((d) => d.id === id));
  const renamed = await nylas.domains.update({ domainId: id, requestBody: { name: 'Corp 2' }, signer });
  assert.equal(renamed.data.name, 'Corp 2');
  const account = await nylas.auth.customAuthentication({ requestBody: { provider: 'nylas', settings: { email: 'a@corp.example' } } });
  assert.equal(account.data.email, 'a@corp.example');
  await nylas.domains.destroy({ domainId: id, signer });
  // Without a signature, Manage Domains refuses (the SDK itself insists on the headers).
  const raw = await fetch(`${emu.url}/v3/admin/domains`, { headers: { authorization: `Bearer ${emu.apiKey}` } });
  assert.equal(raw.status, 401);
});

test('faults: a lost response after the create, then the retry finds the same grant', async () => {
  await emu.hooks.addFault({ kind: 'reset', path: '/v3/connect/custom', phase: 'after', count: 1 });
  const req = { requestBody: { provider: 'nylas', settings: { email: 'retry@acme.nylas.email' } } };
  // The connection is reset after the grant was made: Node's fetch fails with no HTTP status, as
  // 'fetch failed' when the reset beats the response head, 'terminated' when it cuts a started one.
  await assert.rejects(nylas.auth.customAuthentication(req),
    (err) => err instanceof TypeError && ['fetch failed', 'terminated'].includes(err.message));
  const again = await nylas.auth.customAuthentication(req);
  const page = await nylas.grants.list({ queryParams: { email: 'retry@acme.nylas.email' } });
  assert.equal(page.data.length, 1);
  assert.equal(page.data[0].id, again.data.id);
  await emu.hooks.addFault({ kind: '503', path: '/v3/grants', method: 'GET', count: 1 });
  await assert.rejects(nylas.grants.list(), (err) => err instanceof NylasApiError && err.statusCode === 503);
  await emu.hooks.addFault({ kind: 'html', path: '/v3/grants', count: 1 });
  // A gateway's HTML page is not a Nylas error: the SDK says it could not parse it.
  await assert.rejects(nylas.grants.list(),
    (err) => !(err instanceof NylasApiError) && /could not parse response from the server: <html/i.test(err.message));
});

// CORS is the core's (emulator/src/cors.rs), so both hosts answer a preflight alike; listen-cors.test.mjs
// checks it over the wasm emulator's listen() too.
test('CORS preflight lets a browser send Authorization', async () => {
  const res = await fetch(`${emu.url}/v3/grants`, {
    method: 'OPTIONS',
    headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
  });
  assert.ok(res.ok);
  // A loopback page gets a grant for its own origin; `*` only with --allow-origin '*'.
  assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  assert.match(res.headers.get('access-control-allow-headers'), /authorization/);
});
