// account create-many: a 500-row import interrupted with SIGINT part-way, then run again. The journal
// makes the re-run skip what is done; the client never duplicates nor modifies an existing account;
// the result file accounts for every row. Proven with the emulator's stats and snapshot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AgentAccounts } from 'nylas-agent-accounts';
import { cli, useEmulator, emu, dir, DOMAIN, PASSWORD } from './helpers.mjs';

// The emulator's default 50 requests/s: slow enough that the import is still running when interrupted.
useEmulator();

const EXISTING = Array.from({ length: 20 }, (_, i) => `old${i}@${DOMAIN}`);
const NEW = Array.from({ length: 477 }, (_, i) => `agent${i}@${DOMAIN}`);

function writeCsv(file) {
  const rows = ['email,name,app_password'];
  NEW.forEach((email, i) => {
    rows.push(`${email},Agent ${i},`);
    if (i === 200) rows.push(`${EXISTING[0]},Not applied,${PASSWORD}`); // existing, with a password: must stay untouched
  });
  for (const email of EXISTING.slice(1)) rows.push(`${email},Not applied either,`);
  rows.push(`bad@@${DOMAIN},Bad,`, `" spaced@${DOMAIN}",Spaced,`, `${NEW[3].toUpperCase()},Duplicate,`);
  writeFileSync(file, `${rows.join('\n')}\n`);
  return rows.length - 1;
}

const POSTS = 'POST /v3/connect/custom';
const posts = async () => (await emu.hooks.stats()).calls[POSTS] ?? 0;
const grantsByEmail = async () => new Map(Object.values((await emu.hooks.snapshot()).grants).map((g) => [g.email, g]));
const resultsOf = (file) => parse(readFileSync(file, 'utf8'), { columns: true });

test('an import interrupted with SIGINT and run again: every row once, nothing twice, existing accounts untouched', async () => {
  const client = new AgentAccounts({ apiKey: emu.apiKey, apiUri: emu.url });
  await client.accounts.createMany(EXISTING.map((email) => ({ email, name: 'Before', appPassword: PASSWORD })));
  const before = await grantsByEmail();
  const postsBefore = await posts();
  const csv = join(dir, 'agents.csv');
  const rowCount = writeCsv(csv);
  assert.equal(rowCount, 500);

  // First run: interrupted once a fifth of the rows are done (plain progress lines: stderr is a pipe).
  let interruptedAt;
  const first = await cli(['account', 'create-many', csv, '--concurrency', '8'], {
    onStderr(stderr, child) {
      const done = [...stderr.matchAll(/^progress (\d+)\//gm)].map((m) => Number(m[1])).pop();
      if (interruptedAt === undefined && done >= 100) {
        interruptedAt = done;
        child.kill('SIGINT');
      }
    },
  });
  assert.equal(first.code, 130, first.stderr);
  assert.match(first.stdout, /Interrupted: run the same command again/);
  const firstResults = resultsOf(join(dir, 'agents.results.csv'));
  assert.equal(firstResults.length, 500, 'every row in the result file');
  const notRun = firstResults.filter((r) => r.status === 'not_run').length;
  assert.ok(notRun > 0 && notRun < 400, `part-way: ${notRun} rows not run`);
  const journaled = readFileSync(join(dir, 'agents.journal.jsonl'), 'utf8').trim().split('\n').slice(1)
    .map((line) => JSON.parse(line)).filter((entry) => entry.status !== 'failed').length;
  const postsFirst = (await posts()) - postsBefore;

  // Second run: finishes; rows the journal holds are not sent again.
  const second = await cli(['account', 'create-many', csv, '--json']);
  assert.equal(second.code, 3, `only validation failures left: ${second.stderr}`);
  const postsSecond = (await posts()) - postsBefore - postsFirst;
  assert.ok(postsSecond <= 500 - journaled, `re-run sent ${postsSecond} creates for ${500 - journaled} rows not journaled`);
  assert.ok(postsFirst + postsSecond <= NEW.length + 8, `${postsFirst + postsSecond} creates for ${NEW.length} new accounts`);
  assert.deepEqual(
    { created: second.json.created, existed: second.json.existed, updated: second.json.updated, failed: second.json.failed, notRun: second.json.notRun },
    { created: NEW.length, existed: EXISTING.length, updated: 0, failed: 3, notRun: 0 },
  );
  assert.equal(second.json.skipped, journaled, 'every row the journal holds as done was skipped');
  assert.deepEqual(second.json.failedRows.map((f) => f.code).sort(), ['DUPLICATE_ROW', 'EMAIL_MULTIPLE_AT', 'EMAIL_WHITESPACE']);

  // The emulator: each address once, new accounts never re-authenticated, existing ones as they were.
  const after = await grantsByEmail();
  assert.equal(after.size, NEW.length + EXISTING.length);
  for (const email of NEW) assert.equal(after.get(email)?.revision, 0, `${email} created once, never re-authenticated`);
  for (const email of EXISTING) assert.deepEqual(after.get(email), before.get(email), `${email} untouched`);

  const finalResults = resultsOf(join(dir, 'agents.results.csv'));
  assert.equal(finalResults.length, 500);
  assert.equal(finalResults.filter((r) => ['created', 'existed'].includes(r.status)).length, 497);
  for (const r of finalResults.filter((row) => row.status !== 'failed')) {
    assert.equal(r.account_id, after.get(r.email)?.id, `line ${r.line}: the account id`);
  }
  assert.ok(!readFileSync(join(dir, 'agents.results.csv'), 'utf8').includes(PASSWORD), 'no password in the result file');
  assert.ok(!readFileSync(join(dir, 'agents.journal.jsonl'), 'utf8').includes(PASSWORD), 'no password in the journal');

  // A third run: nothing left to send but the rows that fail on their own.
  const postsBeforeThird = await posts();
  const third = await cli(['account', 'create-many', csv, '--json']);
  assert.equal(third.code, 3);
  assert.equal(third.json.skipped, 497);
  assert.equal((await posts()) - postsBeforeThird, 0, 'no create sent: the three failing rows fail locally');
});

test('a journal written for another API is refused rather than trusted', async () => {
  const csv = join(dir, 'other.csv');
  writeFileSync(csv, `email\nx1@${DOMAIN}\n`);
  assert.equal((await cli(['account', 'create-many', csv])).code, 0);
  const elsewhere = await cli(['account', 'create-many', csv, '--api-uri', 'http://127.0.0.1:9']);
  assert.equal(elsewhere.code, 2);
  assert.match(elsewhere.stderr, /was written for http:\/\/127\.0\.0\.1:\d+, not http:\/\/127\.0\.0\.1:9/);
});

test('a CSV without an email column is a usage error', async () => {
  const csv = join(dir, 'wrong.csv');
  writeFileSync(csv, 'mail,name\na@b.com,A\n');
  const r = await cli(['account', 'create-many', csv]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no email column/);
});
