// account create|list|get|update|reset-password|delete, status and messages list, spawned against the
// emulator: exit codes, --json that parses, and no secret in any output, even in errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useEmulator, userEnv, emu, dir, DOMAIN, PASSWORD } from './helpers.mjs';

useEmulator();

const noSecretIn = (result, ...secrets) => {
  for (const secret of secrets) {
    assert.ok(!result.stdout.includes(secret) && !result.stderr.includes(secret), `a secret appeared in ${result.stdout}${result.stderr}`);
  }
};

test('account create with a generated password prints it once; --json parses', async () => {
  const r = await cli(['account', 'create', `support@${DOMAIN}`, '--name', 'Support', '--generate-password', '--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.json.account.email, `support@${DOMAIN}`);
  assert.equal(r.json.appPassword.length, 24);
  const human = await cli(['account', 'create', `sales@${DOMAIN}`, '--app-password-env', 'PW'], { env: userEnv({ PW: PASSWORD }) });
  assert.equal(human.code, 0, human.stderr);
  assert.match(human.stdout, /email +sales@acme\.nylas\.email/);
  noSecretIn(human, PASSWORD);
});

test('account create refuses what the package refuses: exit 3, problems and fixes, never the password', async () => {
  const weak = 'weakpass-not-shown';
  const r = await cli(['account', 'create', `bad @${DOMAIN}`, '--app-password-env', 'PW'], { env: userEnv({ PW: weak }) });
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /EMAIL_WHITESPACE/);
  assert.match(r.stderr, /APP_PASSWORD_MISSING_UPPERCASE/);
  assert.match(r.stderr, /fix: /);
  assert.doesNotMatch(r.stderr, /at .*cli\.mjs/, 'no stack trace without --debug');
  noSecretIn(r, weak);
  const again = await cli(['account', 'create', `support@${DOMAIN}`, '--json']);
  assert.equal(again.code, 3);
  assert.equal(JSON.parse(again.stderr).error.code, 'ACCOUNT_EXISTS');
  const flagged = await cli(['account', 'create', `flag@${DOMAIN}`, '--app-password', PASSWORD]);
  assert.equal(flagged.code, 0);
  assert.match(flagged.stderr, /warning: --app-password puts a secret/);
});

test('a wrong API key: exit 1, the fix, and neither key in any output (even with --debug)', async () => {
  const wrongKey = 'nyk_wrong_key_never_printed';
  for (const extra of [[], ['--debug'], ['--json']]) {
    const r = await cli(['account', 'list', ...extra], { env: userEnv({ NYLAS_API_KEY: wrongKey }) });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /UNAUTHORIZED/);
    noSecretIn(r, wrongKey, emu.apiKey);
  }
  const keyFile = join(dir, 'key');
  writeFileSync(keyFile, `${emu.apiKey}\n`);
  const fromFile = await cli(['status', '--api-key-file', keyFile], { env: userEnv({ NYLAS_API_KEY: undefined }) });
  assert.equal(fromFile.code, 0, fromFile.stderr);
});

test('a network failure: exit 1 with a fix that names the API address settings', async () => {
  const r = await cli(['account', 'list', '--api-uri', 'http://127.0.0.1:9']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /NETWORK_ERROR[\s\S]*fix: .*--api-uri/);
});

test('account list, get, update and reset-password', async () => {
  const list = await cli(['account', 'list', '--all', '--json']);
  assert.equal(list.code, 0);
  assert.deepEqual(list.json.map((a) => a.email).sort(), [`flag@${DOMAIN}`, `sales@${DOMAIN}`, `support@${DOMAIN}`]);
  const table = await cli(['account', 'list', '--limit', '1']);
  assert.match(table.stdout, /^ID +EMAIL/m);
  assert.match(table.stderr, /--all/);
  const get = await cli(['account', 'get', `support@${DOMAIN}`, '--json']);
  assert.equal(get.json.name, 'Support');
  const update = await cli(['account', 'update', `support@${DOMAIN}`, '--name', 'Support team', '--json']);
  assert.equal(update.code, 0, update.stderr);
  assert.equal(update.json.name, 'Support team');
  const nothing = await cli(['account', 'update', `support@${DOMAIN}`]);
  assert.equal(nothing.code, 2);
  const reset = await cli(['account', 'reset-password', `support@${DOMAIN}`, '--generate', '--json']);
  assert.equal(reset.code, 0, reset.stderr);
  assert.equal(reset.json.appPassword.length, 24);
  const missing = await cli(['account', 'get', `nobody@${DOMAIN}`]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /NOT_FOUND/);
});

test('account delete refuses without --yes when not on a terminal, and deletes with it', async () => {
  const refused = await cli(['account', 'delete', `flag@${DOMAIN}`]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /--yes/);
  assert.equal((await cli(['account', 'get', `flag@${DOMAIN}`])).code, 0, 'still there');
  const deleted = await cli(['account', 'delete', `flag@${DOMAIN}`, '--yes', '--json']);
  assert.equal(deleted.code, 0, deleted.stderr);
  assert.equal(deleted.json.deleted, true);
  assert.equal((await cli(['account', 'get', `flag@${DOMAIN}`])).code, 1);
});

test('status and messages list', async () => {
  const status = await cli(['status', '--json']);
  assert.equal(status.code, 0);
  assert.equal(status.json.connectorConfigured, true);
  assert.equal(status.json.accountCount, 2);
  assert.match((await cli(['status'])).stdout, /accounts +2/);
  await emu.hooks.deliverMessage({ grant: `support@${DOMAIN}`, from: { email: 'ann@example.com' }, subject: 'Where is my order?', body: 'Hi' });
  const messages = await cli(['messages', 'list', `support@${DOMAIN}`, '--json']);
  assert.equal(messages.code, 0, messages.stderr);
  assert.equal(messages.json[0].subject, 'Where is my order?');
  assert.match((await cli(['messages', 'list', `support@${DOMAIN}`, '--unread'])).stdout, /ann@example\.com +● Where is my order\?/);
});
