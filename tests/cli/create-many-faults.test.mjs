// account create-many when the process dies (SIGKILL: no chance to write anything more) or the
// connection fails: the re-run finishes the job, nothing is created twice, every row is accounted for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { cli, useEmulator, emu, dir, DOMAIN } from './helpers.mjs';

useEmulator();

const csvOf = (name, emails) => {
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, `email\n${emails.join('\n')}\n`);
  return file;
};
const grants = async () => Object.values((await emu.hooks.snapshot()).grants);

test('killed with SIGKILL mid-run: the re-run creates the rest, and finds what was in flight rather than creating it again', async () => {
  const emails = Array.from({ length: 150 }, (_, i) => `crash${i}@${DOMAIN}`);
  const csv = csvOf('crash', emails);
  const first = await cli(['account', 'create-many', csv], {
    onStderr(stderr, child) {
      if (/^progress ([5-9]\d|1\d\d)\//m.test(stderr)) child.kill('SIGKILL');
    },
  });
  assert.equal(first.code, 'SIGKILL');
  const second = await cli(['account', 'create-many', csv, '--json']);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.json.created + second.json.existed, 150);
  assert.ok(second.json.existed <= 8, `at most the rows in flight at the kill are found existing: ${second.json.existed}`);
  const created = (await grants()).filter((g) => g.email.startsWith('crash'));
  assert.equal(created.length, 150);
  assert.ok(created.every((g) => g.revision === 0), 'no account re-authenticated by a second create');
  const results = parse(readFileSync(join(dir, 'crash.results.csv'), 'utf8'), { columns: true });
  assert.equal(results.length, 150);
  assert.ok(results.every((r) => r.account_id));
});

test('a lost connection fails rows with NETWORK_ERROR (exit 1); the re-run creates them', async () => {
  const emails = Array.from({ length: 5 }, (_, i) => `net${i}@${DOMAIN}`);
  const csv = csvOf('net', emails);
  // One request at a time: the first row's four attempts (the client's 3 retries) all lose their connection.
  await emu.hooks.addFault({ kind: 'reset', path: '/v3/connect/custom', count: 4 });
  const first = await cli(['account', 'create-many', csv, '--concurrency', '1', '--json']);
  assert.equal(first.code, 1, first.stderr);
  assert.equal(first.json.failed, 1);
  assert.equal(first.json.failedRows[0].code, 'NETWORK_ERROR');
  assert.match(first.json.failedRows[0].fix, /run the command again|API address/);
  const second = await cli(['account', 'create-many', csv, '--json']);
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual([second.json.created, second.json.skipped, second.json.failed], [5, 4, 0]);
  assert.equal((await grants()).filter((g) => g.email.startsWith('net')).length, 5);
});
