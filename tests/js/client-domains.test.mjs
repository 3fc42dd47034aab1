// Domains through the built package against a fresh emulator: service-account-signed CRUD,
// info/verify, records, zone file and doctor, a trial *.nylas.email domain, and the missing-serviceAccount
// refusal.
// Loopback only. Needs target/release/nylas-emulator and pkg/ (bash scripts/build.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AgentAccounts, AgentAccountsError } from 'nylas-agent-accounts';
import {
  DOMAIN, emu, client, useResourceEmulator, all, rejectsApi,
} from './helpers/resource-emulator.mjs';

useResourceEmulator();

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
  // A signed call first, so the count compared below is a real one: a route name the stats never
  // use would compare undefined with undefined and pass.
  await client.domains.list();
  const before = (await emu.hooks.stats()).calls['GET /v3/admin/domains'];
  assert.ok(before > 0, `GET /v3/admin/domains is counted: ${before}`);
  await assert.rejects(unsigned.domains.list(), (error) => {
    assert.ok(error instanceof AgentAccountsError);
    assert.equal(error.code, 'INVALID_ARGUMENT');
    assert.match(error.message, /serviceAccount/);
    return true;
  });
  assert.equal((await emu.hooks.stats()).calls['GET /v3/admin/domains'], before, 'no request was sent');
});
