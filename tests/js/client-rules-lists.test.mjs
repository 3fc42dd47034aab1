// Rules (the nested list envelope), their evaluations, and lists (items, refused delete while a rule
// uses one) through the built package against a fresh emulator.
// Loopback only. Needs target/release/nylas-emulator and pkg/ (bash scripts/build.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationError } from 'nylas-agent-accounts';
import {
  DOMAIN, emu, client, useResourceEmulator, all, rejectsApi, newAccount,
} from './helpers/resource-emulator.mjs';

useResourceEmulator();

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

test('rules.evaluations: one record per delivery, newest first, by id or email, paged', async () => {
  const account = await newAccount('evaluated');
  const email = `evaluated@${DOMAIN}`;
  const vip = await client.rules.create({
    name: 'VIP', match: { conditions: [{ field: 'from.domain', operator: 'is', value: 'vip.example' }] },
    actions: [{ type: 'mark_as_starred' }],
  });
  await client.workspaces.update(account.workspaceId, { ruleIds: [vip.id] });
  const delivered = [];
  for (const from of ['boss@vip.example', 'friend@example.org', 'chief@VIP.example']) {
    delivered.push((await emu.hooks.deliverMessage({ grant: email, from: { name: 'X', email: from }, subject: 's' })).message);
  }

  const page = await client.rules.evaluations(email);
  assert.deepEqual(page.data.map((e) => e.messageId), delivered.map((m) => m.id).reverse());
  assert.equal(page.nextCursor, null);
  const [newest] = page.data;
  assert.equal(newest.grantId, account.id);
  assert.equal(newest.evaluationStage, 'inbox_processing');
  assert.deepEqual(newest.matchedRuleIds, [vip.id]);
  assert.equal(newest.appliedActions.markedStarred, true);
  assert.deepEqual(newest.evaluationInput, { fromAddress: 'chief@vip.example', fromDomain: 'vip.example', fromTld: 'example' });
  assert.deepEqual(page.data[1].matchedRuleIds, [], 'a delivery no rule matched is recorded too');

  const small = await client.rules.evaluations(account.id, { limit: 2 });
  assert.equal(small.data.length, 2);
  assert.equal(typeof small.nextCursor, 'string');
  assert.deepEqual((await all(client.rules.evaluations(account.id, { limit: 2 }))).map((e) => e.id), page.data.map((e) => e.id));
  await rejectsApi(client.rules.evaluations(`nobody@${DOMAIN}`), 404, 'NOT_FOUND');
  await assert.rejects(client.rules.evaluations(email, { limit: 201 }),
    (error) => error instanceof ValidationError && error.code === 'INVALID_ARGUMENT' && /from 1 to 200/.test(error.message));

  await client.workspaces.update(account.workspaceId, { ruleIds: [] });
  await client.rules.delete(vip.id);
  await client.accounts.delete(account.id);
});
