// policy|rule|workspace|list list|get|create|delete and the domain commands (signed with the service
// account the emulator wrote), spawned against the emulator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useEmulator, userEnv, emu, dir, serviceAccountFile, DOMAIN } from './helpers.mjs';

useEmulator();

/** create → list → get → delete (refused without --yes, then with it) for one noun. */
async function lifecycle(noun, createArgs, idOf) {
  const created = await cli([noun, 'create', ...createArgs, '--json']);
  assert.equal(created.code, 0, `${noun} create: ${created.stderr}`);
  const id = idOf(created.json);
  const list = await cli([noun, 'list', '--all', '--json']);
  assert.ok(list.json.some((item) => idOf(item) === id), `${noun} list`);
  assert.equal((await cli([noun, 'list'])).code, 0);
  const got = await cli([noun, 'get', id, '--json']);
  assert.equal(idOf(got.json), id);
  assert.equal((await cli([noun, 'delete', id])).code, 2, `${noun} delete without --yes`);
  const deleted = await cli([noun, 'delete', id, '--yes', '--json']);
  assert.equal(deleted.code, 0, deleted.stderr);
  assert.equal((await cli([noun, 'get', id])).code, 1, `${noun} gone`);
}

test('policy, list, workspace and rule: list, get, create, delete', async () => {
  await lifecycle('policy', ['--name', 'Strict'], (p) => p.id);
  await lifecycle('list', ['--name', 'Blocked', '--type', 'domain'], (l) => l.id);
  await lifecycle('workspace', ['--name', 'Support', '--domain', DOMAIN], (w) => w.workspaceId);
  const ruleFile = join(dir, 'rule.json');
  writeFileSync(ruleFile, JSON.stringify({
    match: { conditions: [{ field: 'from.domain', operator: 'is', value: 'spam.example' }] },
    actions: [{ type: 'block' }],
  }));
  await lifecycle('rule', ['--name', 'Block spam', '--file', ruleFile], (r) => r.id);
});

test('a create body the API refuses: exit 1 with the API\'s message', async () => {
  const r = await cli(['rule', 'create', '--name', 'No match']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /^error: /m);
});

test('domain commands need a service account, then work by id or by address', async () => {
  const without = await cli(['domain', 'list']);
  assert.equal(without.code, 2);
  assert.match(without.stderr, /--service-account FILE/);
  const env = userEnv({ NYLAS_SERVICE_ACCOUNT_FILE: serviceAccountFile });
  const created = await cli(['domain', 'create', 'agents.example.com', '--json'], { env });
  assert.equal(created.code, 0, created.stderr);
  assert.equal(created.json.domainAddress, 'agents.example.com');
  const list = await cli(['domain', 'list', '--json'], { env });
  assert.ok(list.json.some((d) => d.id === created.json.id));
  const get = await cli(['domain', 'get', 'agents.example.com', '--json', '--service-account', serviceAccountFile]);
  assert.equal(get.json.id, created.json.id);
  const records = await cli(['domain', 'records', created.json.id, '--json'], { env });
  assert.ok(records.json.some((r) => r.type === 'ownership'));
  const zone = await cli(['domain', 'zone-file', 'agents.example.com'], { env });
  assert.match(zone.stdout, /nylas-ownership-verify=/);
  const notReady = await cli(['domain', 'verify', 'agents.example.com'], { env });
  assert.equal(notReady.code, 3, notReady.stderr);
  assert.match(notReady.stdout, /Not ready/);
  await emu.hooks.publishExpectedDns('agents.example.com');
  const ready = await cli(['domain', 'verify', 'agents.example.com', '--json'], { env });
  assert.equal(ready.code, 0, ready.stderr);
  assert.equal(ready.json.doctor.readyForMailboxes, true);
  const match = await cli(['check', 'domain', 'bot@agents.example.com', '--registered', '--json'], { env });
  assert.equal(match.code, 0, match.stderr);
  assert.equal((await cli(['domain', 'delete', 'agents.example.com'], { env })).code, 2);
  assert.equal((await cli(['domain', 'delete', 'agents.example.com', '--yes'], { env })).code, 0);
  const secret = JSON.parse((await import('node:fs')).readFileSync(serviceAccountFile, 'utf8')).private_key;
  for (const r of [created, list, get, records, zone, notReady, ready]) assert.ok(!(r.stdout + r.stderr).includes(secret.slice(40, 80)));
});
