// Accounts (createMany, get/update/list/delete, resetAppPassword) and the connector, with aborted
// signals, through the built package against a fresh emulator.
// Loopback only. Needs target/release/nylas-emulator and pkg/ (bash scripts/build.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AbortError, ValidationError } from 'nylas-agent-accounts';
import {
  DOMAIN, PASSWORD, emu, client, useResourceEmulator, all, rejectsApi, newAccount,
} from './helpers/resource-emulator.mjs';

useResourceEmulator();

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
  // Offset paging can't tell a full last page from a middle one, but an empty page is never yielded.
  assert.equal(pages.length, Math.ceil(every.length / 2), `${pages.length} pages`);
  assert.ok(pages.slice(0, -1).every((p) => p.data.length === 2));
  assert.ok(pages.every((p) => p.data.length > 0));
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
