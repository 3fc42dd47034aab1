// The CLI without an API: help for every command, usage errors (exit 2), the local checks (exit 3 on
// a "no"), webhook verification, and the README's "Command line" section being the --help output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signWebhookPayload } from 'nylas-agent-accounts';
import { cli } from './helpers.mjs';

const env = { ...process.env, NYLAS_API_KEY: undefined, NYLAS_API_URI: undefined, NO_COLOR: undefined };
for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
const run = (args, options = {}) => cli(args, { env, cwd: tmpdir(), ...options });

const readme = readFileSync(new URL('../../js/README.md', import.meta.url), 'utf8'); // the package's README

test('--help lists every command; each has its own help with an example, shown in the README', async () => {
  const overview = await run(['--help']);
  assert.equal(overview.code, 0);
  const paths = [...overview.stdout.matchAll(/^ {2}((?:account|domain|policy|rule|workspace|list|check|webhook|messages) [a-z-]+|status)\b/gm)].map((m) => m[1]);
  assert.ok(paths.length >= 35, `commands in --help: ${paths.length}`);
  for (const path of paths) {
    const help = await run([...path.split(' '), '--help']);
    assert.equal(help.code, 0, path);
    assert.match(help.stdout, new RegExp(`^Usage: nylas-agent-accounts ${path}`, 'm'), path);
    assert.match(help.stdout, new RegExp(`Example:\\n {2}.*nylas-agent-accounts ${path}`), path);
    const example = help.stdout.split('Example:\n')[1].trim();
    assert.ok(readme.includes(`\n${example}\n`), `README shows the example of ${path}: ${example}`);
  }
  assert.match((await run(['account'])).stdout, /account create-many FILE\.csv/);
});

test('the README\'s "Command line" section shows exactly the --help output', async () => {
  const section = readme.slice(readme.indexOf('## Command line'));
  const block = section.match(/```text\n([\s\S]*?)\n```/);
  assert.ok(block, 'a ```text block in "## Command line"');
  assert.equal(block[1], (await run(['--help'])).stdout.trimEnd());
});

test('usage errors exit 2 with the problem and a fix', async () => {
  for (const args of [['acount', 'list'], ['account', 'lst'], ['account', 'get'], ['account', 'list', '--bogus'],
    ['account', 'get', 'a', 'b'], ['check', 'domain', 'a@b.com']]) {
    const r = await run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^error: .+\n {2}fix: /m, args.join(' '));
    assert.equal(r.stdout, '');
  }
  const noKey = await run(['account', 'list']);
  assert.equal(noKey.code, 2);
  assert.match(noKey.stderr, /NYLAS_API_KEY/);
  const json = await run(['account', 'list', '--json']);
  assert.equal(JSON.parse(json.stderr).error.code, 'USAGE');
});

test('check email: exit 0 when every address is valid, 3 otherwise, with --json', async () => {
  const ok = await run(['check', 'email', 'Ada@Bücher.Example', '--json']);
  assert.equal(ok.code, 0);
  assert.equal(ok.json[0].address, 'Ada@xn--bcher-kva.example');
  const bad = await run(['check', 'email', 'ada@acme.com', ' bob@acme.com', 'support', '--default-domain', 'acme.nylas.email']);
  assert.equal(bad.code, 3);
  assert.match(bad.stdout, /EMAIL_WHITESPACE/);
  assert.match(bad.stdout, /support@acme\.nylas\.email/);
});

test('check password reads stdin or a file, never echoes the password, and warns about a flag', async () => {
  const weak = 'hunter2-secret';
  const r = await run(['check', 'password'], { input: weak });
  assert.equal(r.code, 3);
  assert.match(r.stdout, /APP_PASSWORD_MISSING_UPPERCASE/);
  assert.ok(!(r.stdout + r.stderr).includes(weak));
  const strong = await run(['check', 'password', '--json'], { input: 'Abcdefghijklmnop12\n' });
  assert.equal(strong.code, 0);
  assert.equal(strong.json.valid, true);
  const flagged = await run(['check', 'password', '--app-password', weak]);
  assert.match(flagged.stderr, /warning: --app-password puts a secret in your shell history/);
  assert.ok(!(flagged.stdout + flagged.stderr).includes(weak));
});

test('check domain matches against --domain, offline', async () => {
  const r = await run(['check', 'domain', 'bot@acme.com', 'bot@agents.acme.com', '--domain', 'acme.com', '--json']);
  assert.equal(r.code, 3);
  assert.equal(r.json[0].matched, true);
  assert.equal(r.json[1].problems[0].code, 'DOMAIN_NOT_REGISTERED');
  assert.equal(r.json[1].suggestion, 'acme.com');
});

test('webhook verify: exit 0 for a good signature, 3 for a forged one; the secret comes from the environment', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-webhook-'));
  const body = '{"type":"message.created","data":{"object":{"id":"m1","grant_id":"g1"}}}';
  const secret = 'whsec-test-only-1234';
  const bodyFile = join(dir, 'body.json');
  writeFileSync(bodyFile, body);
  const signature = await signWebhookPayload(body, secret);
  const withSecret = { env: { ...env, HOOK_SECRET: secret } };
  const good = await run(['webhook', 'verify', '--secret-env', 'HOOK_SECRET', '--signature', signature], { ...withSecret, input: body });
  assert.equal(good.code, 0, good.stderr);
  const forged = await run(['webhook', 'verify', '--secret-env', 'HOOK_SECRET', '--signature', '0'.repeat(64), '--body-file', bodyFile, '--json'], withSecret);
  assert.equal(forged.code, 3);
  assert.deepEqual(forged.json, { valid: false });
  assert.ok(!(good.stdout + good.stderr + forged.stdout + forged.stderr).includes(secret));
});
