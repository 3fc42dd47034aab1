// Every resource of the AgentAccounts client, through the built package, against one fresh emulator:
// domains (service-account signed), workspaces, policies, rules, lists, messages, webhooks, accounts and
// the connector. Loopback only. Needs target/release/nylas-emulator and pkg/ (bash scripts/build.sh).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgentAccounts, ApiError, AgentAccountsError, AbortError, ValidationError } from 'nylas-agent-accounts';
import { startEmulator } from '../../emulator/tests-js/helpers/emulator.mjs';

const DOMAIN = 'agents.example.com';
const PASSWORD = 'Abcdefghijklmnop12';

let emu;
let client;
let dir;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'client-resources-'));
  const credentials = join(dir, 'service-account.json');
  emu = await startEmulator([
    '--domain', DOMAIN, '--auto-connector', '--service-account-out', credentials,
    '--rate-limit', '0', '--grant-rate-limit', '0',
  ]);
  const serviceAccount = JSON.parse(readFileSync(credentials, 'utf8'));
  client = new AgentAccounts({
    apiKey: emu.apiKey, apiUri: emu.url, serviceAccount,
    requestsPerSecond: 1000, maxRetries: 0, timeoutMs: 5000,
  });
});

after(async () => {
  await emu?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every item of a ListCall, through `for await`. */
async function all(listCall) {
  const items = [];
  for await (const item of listCall) items.push(item);
  return items;
}

/** Asserts that `promise` rejects with an ApiError of this status and code. */
async function rejectsApi(promise, status, code) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${error?.name}: ${error?.message}`);
    assert.ok(error instanceof AgentAccountsError);
    assert.equal(error.status, status, error.message);
    assert.equal(error.code, code, error.message);
    return true;
  });
}

async function newAccount(local, extra = {}) {
  return client.accounts.create({ email: `${local}@${DOMAIN}`, appPassword: PASSWORD, ...extra });
}

test('domains: create, list, get, update, info, verify, records, zone file, doctor, delete', async () => {
  const created = await client.domains.create({ name: 'Corp', domainAddress: 'Corp.Example' });
  assert.equal(typeof created.id, 'string');
  assert.equal(created.name, 'Corp');
  assert.equal(created.domainAddress, 'corp.example');
  assert.equal(created.branded, false);
  assert.equal(created.region, 'us');
  assert.equal(created.verifiedOwnership, false);
  assert.equal(created.verifiedMx, false);
  assert.equal(typeof created.createdAt, 'number');
  assert.equal('domain_address' in created, false, 'keys are camelCase');

  const listed = await all(client.domains.list());
  assert.deepEqual(listed.map((d) => d.domainAddress).sort(), [DOMAIN, 'corp.example'].sort());
  const firstPage = await client.domains.list({ limit: 1 });
  assert.equal(firstPage.data.length, 1);
  assert.equal(typeof firstPage.nextCursor, 'string');
  assert.deepEqual(await client.domains.get(created.id), created);

  const renamed = await client.domains.update(created.id, { name: 'Corp mail' });
  assert.equal(renamed.name, 'Corp mail');
  assert.equal(renamed.domainAddress, 'corp.example');
  assert.equal((await client.domains.get(created.id)).name, 'Corp mail');

  const info = await client.domains.info(created.id, 'ownership');
  assert.equal(info.domainId, created.id);
  assert.equal(info.status, 'pending');
  assert.equal(info.attempt.type, 'ownership');
  assert.equal(info.attempt.options.host, '@');
  assert.equal(info.attempt.options.type, 'TXT');
  assert.match(info.attempt.options.value, /^nylas-ownership-verify=/);
  assert.ok(info.expiresAt > info.createdAt);

  const early = await client.domains.verify(created.id, 'mx');
  assert.equal(early.status, 'failed');
  assert.equal(early.attempt.type, 'mx');

  const records = await client.domains.records(created.id);
  assert.deepEqual(records.map((r) => r.type), ['ownership', 'mx', 'spf', 'dkim', 'feedback']);
  const ownership = records[0];
  assert.equal(ownership.recordType, 'TXT');
  assert.equal(ownership.host, '@');
  assert.equal(ownership.value, info.attempt.options.value);
  assert.equal(ownership.status, 'pending');
  assert.equal(typeof ownership.expiresAt, 'number');
  for (const r of records) {
    assert.ok(r.recordType && r.value && r.host, `record ${r.type} is complete`);
  }

  const zone = await client.domains.zoneFile(created.id);
  assert.equal(typeof zone, 'string');
  assert.match(zone, /^\$ORIGIN corp\.example\.$/m);
  for (const r of records) {
    const line = zone.split('\n').find((l) => l.endsWith(`; ${r.type}`));
    assert.ok(line, `zone has a line for ${r.type}:\n${zone}`);
    assert.ok(line.includes(`\tIN\t${r.recordType}\t`), line);
    assert.ok(line.includes(r.value.replace(/\.$/, '')), line);
  }
  assert.ok(zone.includes(`"${ownership.value}"`), 'TXT values are quoted');

  const sick = await client.domains.doctor(created.id);
  assert.equal(sick.trial, false);
  assert.equal(sick.readyForMailboxes, false);
  assert.equal(sick.domain.id, created.id);
  assert.deepEqual(sick.checks.map((c) => c.type), ['ownership', 'mx', 'spf', 'dkim', 'feedback']);
  for (const check of sick.checks) {
    assert.equal(check.verified, false);
    assert.equal(typeof check.fix, 'string');
    assert.equal(check.record?.type, check.type);
  }
  assert.deepEqual(sick.checks.filter((c) => c.requiredForMailboxes).map((c) => c.type), ['ownership', 'mx']);

  await emu.hooks.publishExpectedDns('corp.example');
  for (const type of ['ownership', 'mx', 'spf', 'dkim', 'feedback']) {
    const attempt = await client.domains.verify(created.id, type);
    assert.equal(attempt.status, 'done', `${type}: ${attempt.message}`);
  }
  const verified = await client.domains.get(created.id);
  assert.deepEqual(
    [verified.verifiedOwnership, verified.verifiedMx, verified.verifiedSpf, verified.verifiedDkim, verified.verifiedFeedback],
    [true, true, true, true, true],
  );
  const healthy = await client.domains.doctor(created.id);
  assert.equal(healthy.readyForMailboxes, true);
  assert.ok(healthy.checks.every((c) => c.verified && c.fix === null));

  // setDns: only what was published verifies.
  const partial = await client.domains.create({ name: 'Partial', domainAddress: 'partial.example' });
  const txt = await client.domains.info(partial.id, 'ownership');
  await emu.hooks.setDns('partial.example', [{ host: '@', type: 'TXT', value: txt.attempt.options.value }]);
  assert.equal((await client.domains.verify(partial.id, 'ownership')).status, 'done');
  assert.equal((await client.domains.verify(partial.id, 'mx')).status, 'failed');
  const half = await client.domains.doctor(partial.id);
  assert.equal(half.readyForMailboxes, false);
  assert.deepEqual(half.checks.filter((c) => c.verified).map((c) => c.type), ['ownership']);

  await client.domains.delete(partial.id);
  assert.equal(await client.domains.delete(created.id), undefined);
  assert.deepEqual((await all(client.domains.list())).map((d) => d.domainAddress), [DOMAIN]);
  // A missing id is NOT_FOUND ("check the id"), as for every other resource: DOMAIN_NOT_REGISTERED is
  // about an email whose domain isn't registered, and its fix (register the domain) is wrong here.
  await rejectsApi(client.domains.get(created.id), 404, 'NOT_FOUND');
});

test('domains: a trial *.nylas.email domain needs no DNS', async () => {
  const trial = await client.domains.create({ name: 'Trial', domainAddress: 'acme-agents.nylas.email' });
  assert.equal(trial.branded, true);
  assert.equal(trial.verifiedOwnership, true);
  assert.equal(trial.verifiedMx, true);
  const doctor = await client.domains.doctor(trial.id);
  assert.equal(doctor.trial, true);
  assert.equal(doctor.readyForMailboxes, true);
  assert.ok(doctor.checks.every((c) => c.verified && c.fix === null && c.record === null));
  assert.equal((await client.domains.info(trial.id, 'mx')).status, 'done');
  // One free trial domain per organization.
  await rejectsApi(client.domains.create({ name: 'Second', domainAddress: 'other-agents.nylas.email' }), 400, 'INVALID_REQUEST');
  await client.domains.delete(trial.id);
});

test('domains: without a service account the call fails before any request', async () => {
  const unsigned = new AgentAccounts({ apiKey: emu.apiKey, apiUri: emu.url });
  const before = (await emu.hooks.stats()).calls['GET /v3/admin/domains'] ?? 0;
  await assert.rejects(unsigned.domains.list(), (error) => {
    assert.ok(error instanceof AgentAccountsError);
    assert.equal(error.code, 'INVALID_ARGUMENT');
    assert.match(error.message, /serviceAccount/);
    return true;
  });
  assert.equal((await emu.hooks.stats()).calls['GET /v3/admin/domains'] ?? 0, before);
});

test('workspaces: create, list, get, update, manualAssign an account, delete', async () => {
  const account = await newAccount('ws-bot');
  const defaultWorkspaceId = account.workspaceId;
  assert.equal(typeof defaultWorkspaceId, 'string');

  const ws = await client.workspaces.create({ name: 'Sales', domain: 'Sales.Example', autoGroup: false });
  assert.equal(typeof ws.workspaceId, 'string');
  assert.equal('id' in ws, false, 'workspaces are identified by workspaceId');
  assert.equal(ws.name, 'Sales');
  assert.equal(ws.domain, 'sales.example');
  assert.equal(ws.autoGroup, false);
  assert.equal(ws.default, false);
  assert.equal(ws.policyId, null);
  assert.deepEqual(ws.ruleIds, []);

  const listed = await all(client.workspaces.list());
  assert.ok(listed.some((w) => w.workspaceId === ws.workspaceId));
  const defaults = listed.filter((w) => w.default);
  assert.equal(defaults.length, 1);
  assert.equal(defaults[0].workspaceId, defaultWorkspaceId);
  assert.deepEqual(await client.workspaces.get(ws.workspaceId), ws);

  const renamed = await client.workspaces.update(ws.workspaceId, { name: 'Sales team' });
  assert.equal(renamed.name, 'Sales team');
  assert.equal(renamed.domain, 'sales.example');

  const assigned = await client.workspaces.manualAssign(ws.workspaceId, { assignGrants: [account.id] });
  assert.equal(assigned.workspaceId, ws.workspaceId);
  assert.deepEqual(assigned.grantsAssigned, [account.id]);
  assert.deepEqual(assigned.grantsRemoved, []);
  assert.equal((await client.accounts.get(account.id)).workspaceId, ws.workspaceId);

  await client.workspaces.delete(ws.workspaceId);
  await rejectsApi(client.workspaces.get(ws.workspaceId), 404, 'NOT_FOUND');
  assert.equal((await client.accounts.get(account.id)).workspaceId, defaultWorkspaceId);
  await rejectsApi(client.workspaces.delete(defaultWorkspaceId), 400, 'INVALID_REQUEST');

  // autoGroup moves default-workspace accounts into the auto-group workspace of their domain.
  const grouped = await client.workspaces.create({ name: 'Agents', domain: DOMAIN });
  assert.equal(grouped.autoGroup, true);
  const job = await client.workspaces.autoGroup({ specificDomain: DOMAIN });
  assert.equal(typeof job.jobId, 'string');
  assert.equal((await client.accounts.get(account.id)).workspaceId, grouped.workspaceId);
  await client.workspaces.delete(grouped.workspaceId);
  assert.equal((await client.accounts.get(account.id)).workspaceId, defaultWorkspaceId);
});

test('policies: create with limits, list, get, update, delete (detaching it from workspaces)', async () => {
  const limits = {
    limitAttachmentSizeLimit: 10485760,
    limitAttachmentAllowedTypes: ['application/pdf', 'image/png'],
    limitCountDailyEmailSent: 100,
    limitInboxRetentionPeriod: 30,
    limitSpamRetentionPeriod: 7,
  };
  const policy = await client.policies.create({ name: 'Strict', limits, spamDetection: { spamSensitivity: 2 } });
  assert.equal(typeof policy.id, 'string');
  assert.equal(policy.name, 'Strict');
  assert.deepEqual(policy.limits, limits);
  assert.deepEqual(policy.spamDetection, { useListDnsbl: false, useHeaderAnomalyDetection: false, spamSensitivity: 2 });

  assert.deepEqual(await client.policies.get(policy.id), policy);
  assert.ok((await all(client.policies.list())).some((p) => p.id === policy.id));

  const updated = await client.policies.update(policy.id, { name: 'Stricter', limits: { ...limits, limitCountDailyEmailSent: 10 } });
  assert.equal(updated.name, 'Stricter');
  assert.equal(updated.limits.limitCountDailyEmailSent, 10);
  assert.deepEqual(updated.spamDetection, policy.spamDetection, 'fields not given are kept');
  await rejectsApi(
    client.policies.update(policy.id, { limits: { limitInboxRetentionPeriod: 5, limitSpamRetentionPeriod: 7 } }),
    400, 'INVALID_REQUEST',
  );

  const ws = await client.workspaces.create({ name: 'Policed', domain: 'policed.example', policyId: policy.id });
  assert.equal(ws.policyId, policy.id);
  await client.policies.delete(policy.id);
  await rejectsApi(client.policies.get(policy.id), 404, 'NOT_FOUND');
  assert.equal((await client.workspaces.get(ws.workspaceId)).policyId, null);
  await client.workspaces.delete(ws.workspaceId);
});

test('rules: create, list through the nested envelope, get, update, delete', async () => {
  const first = await client.rules.create({
    name: 'Spam senders', priority: 5,
    match: { operator: 'any', conditions: [{ field: 'from.domain', operator: 'is', value: 'spam.example' }] },
    actions: [{ type: 'mark_as_spam' }],
  });
  assert.equal(typeof first.id, 'string');
  assert.equal(first.priority, 5);
  assert.equal(first.enabled, true);
  assert.equal(first.trigger, 'inbound');
  assert.deepEqual(first.match, { operator: 'any', conditions: [{ field: 'from.domain', operator: 'is', value: 'spam.example' }] });
  assert.deepEqual(first.actions, [{ type: 'mark_as_spam' }]);
  const second = await client.rules.create({
    name: 'Replies', trigger: 'outbound',
    match: { conditions: [{ field: 'outbound.type', operator: 'is', value: 'reply' }] },
    actions: [{ type: 'assign_to_folder', value: 'Replies' }],
  });
  assert.equal(second.priority, 10);
  assert.equal(second.match.operator, 'all');

  const page = await client.rules.list();
  assert.deepEqual(page.data.map((r) => r.id), [first.id, second.id]);
  assert.equal(page.nextCursor, null);
  const small = await client.rules.list({ limit: 1 });
  assert.deepEqual(small.data.map((r) => r.id), [first.id]);
  assert.equal(typeof small.nextCursor, 'string');
  assert.deepEqual((await all(client.rules.list({ limit: 1 }))).map((r) => r.id), [first.id, second.id]);

  assert.deepEqual(await client.rules.get(first.id), first);
  const updated = await client.rules.update(first.id, { enabled: false, actions: [{ type: 'assign_to_folder', value: 'Later' }] });
  assert.equal(updated.enabled, false);
  assert.deepEqual(updated.actions, [{ type: 'assign_to_folder', value: 'Later' }]);
  assert.equal(updated.name, 'Spam senders', 'fields not given are kept');
  await rejectsApi(
    client.rules.update(first.id, { actions: [{ type: 'block' }, { type: 'archive' }] }),
    400, 'INVALID_REQUEST',
  );

  await client.rules.delete(first.id);
  await client.rules.delete(second.id);
  await rejectsApi(client.rules.get(first.id), 404, 'NOT_FOUND');
  assert.deepEqual(await client.rules.list(), { data: [], nextCursor: null });
});

test('lists: create, items add/list/remove, update, get, delete (refused while a rule uses it)', async () => {
  const list = await client.lists.create({ name: 'Blocked', type: 'domain', description: 'spam domains' });
  assert.equal(typeof list.id, 'string');
  assert.equal(list.type, 'domain');
  assert.equal(list.description, 'spam domains');
  assert.equal(list.itemsCount, 0);

  const grown = await client.lists.items.add(list.id, ['Spam.Example', ' junk.example ', 'spam.example']);
  assert.equal(grown.id, list.id);
  assert.equal(grown.itemsCount, 2, 'lowercased, trimmed, duplicates ignored');
  const items = await client.lists.items.list(list.id);
  assert.deepEqual(items.data.map((i) => i.value), ['spam.example', 'junk.example']);
  assert.equal(items.nextCursor, null);
  for (const item of items.data) {
    assert.equal(item.listId, list.id);
    assert.equal(typeof item.id, 'string');
  }
  assert.deepEqual((await all(client.lists.items.list(list.id, { limit: 1 }))).map((i) => i.value), ['spam.example', 'junk.example']);

  const shrunk = await client.lists.items.remove(list.id, ['JUNK.example']);
  assert.equal(shrunk.itemsCount, 1);
  assert.deepEqual((await all(client.lists.items.list(list.id))).map((i) => i.value), ['spam.example']);

  const renamed = await client.lists.update(list.id, { name: 'Blocked domains' });
  assert.equal(renamed.name, 'Blocked domains');
  assert.equal(renamed.type, 'domain');
  assert.deepEqual(await client.lists.get(list.id), renamed);
  assert.ok((await all(client.lists.list())).some((l) => l.id === list.id && l.itemsCount === 1));

  const rule = await client.rules.create({
    name: 'Blocked list',
    match: { conditions: [{ field: 'from.domain', operator: 'in_list', value: [list.id] }] },
    actions: [{ type: 'block' }],
  });
  assert.deepEqual(rule.match.conditions[0].value, [list.id]);
  await rejectsApi(client.lists.delete(list.id), 400, 'INVALID_REQUEST');
  await client.rules.delete(rule.id);
  await client.lists.delete(list.id);
  await rejectsApi(client.lists.get(list.id), 404, 'NOT_FOUND');
});

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

test('accounts: get by id and by email, update the name, list pagination, delete', async () => {
  const results = await client.accounts.createMany(
    ['page-a', 'page-b', 'page-c'].map((local) => ({ email: `${local}@${DOMAIN}`, appPassword: PASSWORD })),
    { concurrency: 2 },
  );
  assert.deepEqual(results.map((r) => [r.index, r.status]), [[0, 'created'], [1, 'created'], [2, 'created']]);
  const progress = [];
  const mixed = await client.accounts.createMany(
    [{ email: 'no-at-sign' }, { email: `mixed-ok@${DOMAIN}` }],
    { concurrency: 1, onProgress: (p) => progress.push(p) },
  );
  assert.equal(mixed[0].status, 'failed');
  assert.ok(mixed[0].error instanceof ValidationError);
  assert.equal(mixed[1].status, 'created');
  assert.equal(mixed[1].account.email, `mixed-ok@${DOMAIN}`);
  assert.deepEqual(progress.map(({ done, total, created, failed }) => [done, total, created, failed]), [[1, 2, 0, 1], [2, 2, 1, 1]]);
  await client.accounts.delete(mixed[1].account.id);
  const mine = await newAccount('Named-Bot', { name: 'Named Bot' });
  assert.equal(mine.provider, 'nylas');
  assert.equal(mine.email, `Named-Bot@${DOMAIN}`);
  assert.equal(mine.name, 'Named Bot');
  assert.equal(mine.grantStatus, 'valid');
  assert.equal(typeof mine.createdAt, 'number');
  assert.equal('app_password' in (mine.settings ?? {}), false);
  assert.equal('appPassword' in (mine.settings ?? {}), false);

  const byId = await client.accounts.get(mine.id);
  assert.deepEqual(byId, mine);
  assert.deepEqual(await client.accounts.get(mine.email), mine);

  const renamed = await client.accounts.update(mine.email, { name: 'Renamed Bot' });
  assert.equal(renamed.id, mine.id);
  assert.equal(renamed.name, 'Renamed Bot');
  assert.equal((await client.accounts.get(mine.id)).name, 'Renamed Bot');

  const every = await all(client.accounts.list({ limit: 2 }));
  const emails = every.map((a) => a.email);
  assert.ok(every.length >= 4);
  assert.equal(new Set(every.map((a) => a.id)).size, every.length, 'no account twice');
  for (const r of results) assert.ok(emails.includes(r.account.email), r.account.email);
  assert.ok(emails.includes(mine.email));
  assert.ok(every.every((a) => a.provider === 'nylas'));

  const first = await client.accounts.list({ limit: 2 });
  assert.equal(first.data.length, 2);
  assert.equal(typeof first.nextCursor, 'string');
  const pages = [];
  for await (const page of client.accounts.list({ limit: 2 }).pages()) pages.push(page);
  // Offset paging can't tell a full last page from a middle one: one empty page may follow it.
  assert.ok(pages.length >= Math.ceil(every.length / 2) && pages.length <= Math.floor(every.length / 2) + 1, `${pages.length} pages`);
  assert.ok(pages.slice(0, -1).every((p) => p.data.length === 2));
  assert.deepEqual(pages.flatMap((p) => p.data.map((a) => a.id)), every.map((a) => a.id));
  assert.equal(pages.at(-1).nextCursor, null);
  assert.deepEqual((await all(client.accounts.list())).map((a) => a.id), every.map((a) => a.id), 'one big page or many: the same accounts');

  const status = await client.connector.status();
  assert.equal(status.connectorConfigured, true);
  assert.equal(status.connector.provider, 'nylas');
  assert.equal(status.accountCount, every.length);
  assert.deepEqual(status.accounts.map((a) => a.id).sort(), every.map((a) => a.id).sort());

  // resetAppPassword keeps the account's settings and sets the password; a weak one never leaves.
  assert.equal((await emu.hooks.snapshot()).grants[mine.id].has_app_password, true);
  const bare = await client.accounts.create({ email: `bare@${DOMAIN}` });
  assert.equal((await emu.hooks.snapshot()).grants[bare.id].has_app_password, false);
  const patches = async () => Object.entries((await emu.hooks.stats()).calls)
    .filter(([route]) => route.startsWith('PATCH /v3/grants')).reduce((n, [, count]) => n + count, 0);
  const patchesBefore = await patches();
  await assert.rejects(client.accounts.resetAppPassword(bare.id, 'short'), (error) => {
    assert.ok(error instanceof ValidationError);
    assert.ok(error.problems.some((p) => p.code === 'APP_PASSWORD_TOO_SHORT'));
    return true;
  });
  assert.equal(await patches(), patchesBefore, 'no request for a weak password');
  const reset = await client.accounts.resetAppPassword(bare.email, 'Zyxwvutsrqponmlk98');
  assert.equal(reset.id, bare.id);
  assert.equal(reset.email, bare.email);
  assert.equal(reset.settings?.email, bare.email);
  assert.equal((await emu.hooks.snapshot()).grants[bare.id].has_app_password, true);
  await client.accounts.delete(bare.id);

  assert.equal(await client.accounts.delete(mine.email), undefined);
  await rejectsApi(client.accounts.get(mine.id), 404, 'NOT_FOUND');
  await rejectsApi(client.accounts.delete(mine.id), 404, 'NOT_FOUND');
  const after = await client.connector.status();
  assert.equal(after.accountCount, every.length - 1);
});

test('connector.ensure finds the nylas connector; an aborted signal stops any call', async () => {
  const connector = await client.connector.ensure();
  assert.equal(connector.provider, 'nylas');
  const controller = new AbortController();
  controller.abort();
  for (const call of [
    () => client.rules.list(undefined, { signal: controller.signal }),
    () => client.accounts.get(`x@${DOMAIN}`, { signal: controller.signal }),
    () => client.domains.records('any', { signal: controller.signal }),
  ]) {
    await assert.rejects(call(), (error) => {
      assert.ok(error instanceof AbortError, `${error?.name}: ${error?.message}`);
      assert.equal(error.code, 'ABORTED');
      return true;
    });
  }
  // A ListCall is a thenable with catch().
  const caught = await client.messages.list(`nobody@${DOMAIN}`).catch((error) => error.code);
  assert.equal(caught, 'NOT_FOUND');
});
