// Workspaces (manual assignment, auto-grouping) and policies (limits, detaching on delete) through the
// built package against a fresh emulator.
// Loopback only. Needs target/release/nylas-emulator and pkg/ (bash scripts/build.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DOMAIN, client, useResourceEmulator, all, rejectsApi, newAccount,
} from './helpers/resource-emulator.mjs';

useResourceEmulator();

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

test('workspaces without a domain: manual only, domain "", autoGroup refused', async () => {
  const ws = await client.workspaces.create({ name: 'Bots', autoGroup: false });
  assert.equal(ws.domain, '');
  assert.equal(ws.autoGroup, false);
  const implicit = await client.workspaces.create({ name: 'More bots' });
  assert.equal(implicit.autoGroup, false, 'no domain: autoGroup defaults to false');
  await rejectsApi(client.workspaces.create({ name: 'Nope', autoGroup: /** @type {false} */ (true) }), 400, 'INVALID_REQUEST');
  const account = await newAccount('manual-bot');
  const assigned = await client.workspaces.manualAssign(ws.workspaceId, { assignGrants: [account.id] });
  assert.deepEqual(assigned.grantsAssigned, [account.id]);
  assert.equal((await client.accounts.get(account.id)).workspaceId, ws.workspaceId);
  await rejectsApi(client.workspaces.update(ws.workspaceId, { autoGroup: true }), 400, 'INVALID_REQUEST');
  await client.workspaces.delete(ws.workspaceId);
  await client.workspaces.delete(implicit.workspaceId);
  await client.accounts.delete(account.id);
});

test('policies: options are sent, returned, kept by a partial update, and an unknown option is refused', async () => {
  const options = { additionalFolders: ['Receipts', 'Leads'], useCidrAliasing: true };
  const policy = await client.policies.create({ name: 'With options', options });
  assert.deepEqual(policy.options, options);
  assert.deepEqual((await client.policies.get(policy.id)).options, options);
  assert.deepEqual((await client.policies.update(policy.id, { name: 'Renamed' })).options, options);
  const replaced = await client.policies.update(policy.id, { options: { useCidrAliasing: false } });
  assert.deepEqual(replaced.options, { additionalFolders: [], useCidrAliasing: false }, 'replaced whole');
  await rejectsApi(client.policies.create({ name: 'Bad', options: /** @type {any} */ ({ colour: 'red' }) }), 400, 'INVALID_REQUEST');
  await client.policies.delete(policy.id);
});
