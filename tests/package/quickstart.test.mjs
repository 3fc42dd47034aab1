// The package README's quick starts, as a new user runs them: `npm pack`, a fresh folder, the README's
// `npm install nylas-agent-accounts` (with the tarball in place of the name), each quick start's files
// written as the README shows them, and its commands run, against an emulator started here on 127.0.0.1:
//   - the Node script, twice (the second run must leave the account alone);
//   - the test with the in-process emulator, by `node --test`;
//   - the Worker, in workerd (from the runtimes' tools folder), answering a handshake, a signed delivery
//     and a forged one;
//   - the admin page: its server, and the page in headless Chromium creating an account through it.
// Every process started here is stopped after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator } from '../../emulator/tests-js/helpers/emulator.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'js/README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Quick starts'), readme.indexOf('\n## ', readme.indexOf('## Quick starts') + 1));
const files = [...section.matchAll(/^```(\w+) quickstart=(\S+)\n([\s\S]*?)^```$/gm)].map(([, , path, code]) => ({ path, code }));
const commands = [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap(([, code]) => code.trim().split('\n'));
const work = join(root, '.cache/quickstart');
const app = join(work, 'app');
const quiet = { ...process.env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };
const children = [];
let emulator;
let env;

const freePort = () => new Promise((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => done(port)); });
});

/** Starts a long-running command in its own process group; resolves once `ready` matches its output. */
function background(command, args, options, ready) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} not ready after 60 s:\n${output}`)), 60_000);
    const seen = (chunk) => {
      output += chunk;
      if (ready.test(output)) { clearTimeout(timer); resolve(child); }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${command} exited with ${code}:\n${output}`)); });
  });
}

before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: join(root, 'pkg'), env: quiet, encoding: 'utf8' });
  const tarball = join(work, packed.trim().split('\n').pop());
  writeFileSync(join(app, 'package.json'), '{ "name": "quickstart", "private": true }\n');
  // The README's install command, with the packed tarball in place of the registry's copy.
  const install = readme.match(/^```sh\n(npm install nylas-agent-accounts)\n```$/m);
  assert.ok(install, 'the README shows `npm install nylas-agent-accounts` on its own');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: app, env: quiet });
  for (const { path, code } of files) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), code);
  }
  emulator = await startEmulator(['--domain', 'acme.nylas.email']);
  env = { ...process.env, NYLAS_API_KEY: emulator.apiKey, NYLAS_API_URI: emulator.url };
});
after(async () => {
  for (const child of children) if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  await emulator?.stop();
});

test('the quick starts are these files and these commands, and nothing else', () => {
  assert.deepEqual(files.map((f) => f.path), ['provision.mjs', 'src/index.js', 'server.mjs', 'admin.html', 'mailbox.test.mjs']);
  assert.deepEqual(commands, [
    'node provision.mjs',
    "echo 'NYLAS_WEBHOOK_SECRET=…' > .dev.vars   # deployed: npx wrangler secret put NYLAS_WEBHOOK_SECRET",
    'npx wrangler dev src/index.js --compatibility-date 2025-06-01',
    'ADMIN_SESSION=… node server.mjs',
    'node --test',
  ]);
});

test('Node script: creates the mailbox, and a second run leaves it alone', async () => {
  const first = await run(process.execPath, ['provision.mjs'], { cwd: app, env });
  assert.match(first.stdout, /^support@acme\.nylas\.email is ready: grant \S+\n0 recent messages\n$/);
  const second = await run(process.execPath, ['provision.mjs'], { cwd: app, env });
  assert.equal(second.stdout, first.stdout, 'the same account, untouched');
  const { data } = await emulator.call('GET', '/v3/grants');
  assert.deepEqual(data.map((g) => g.email), ['support@acme.nylas.email']);
});

test('testing with the emulator: `node --test` runs the quick start and it passes', async () => {
  // As a user runs it, not as a subtest of this runner (NODE_TEST_CONTEXT would make it report to us);
  // tap is only the format read here.
  const { NODE_TEST_CONTEXT, ...userEnv } = env;
  const { stdout } = await run(process.execPath, ['--test', '--test-reporter=tap'], { cwd: app, env: userEnv });
  assert.match(stdout, /^# pass 1$/m);
  assert.match(stdout, /^# fail 0$/m);
  assert.match(stdout, /a new agent receives mail/);
});

test('edge function: the Worker in workerd answers the handshake and verifies signatures', async () => {
  const tools = execFileSync('bash', [join(root, 'scripts/install-runtimes.sh')], { cwd: root, encoding: 'utf8' }).trim();
  const secret = 'quickstart-webhook-secret';
  const port = await freePort();
  // What `wrangler dev` runs, without wrangler: the README's file and the package's workerd entry.
  writeFileSync(join(app, 'quickstart.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  compatibilityDate = "2025-06-01",
  modules = [
    (name = "index.js", esModule = embed "src/index.js"),
    (name = "nylas-agent-accounts", esModule = embed "node_modules/nylas-agent-accounts/worker.js"),
    (name = "nylas_agent_accounts_bg.wasm", wasm = embed "node_modules/nylas-agent-accounts/nylas_agent_accounts_bg.wasm"),
  ],
  bindings = [(name = "NYLAS_WEBHOOK_SECRET", text = "${secret}")],
);
`);
  const workerd = spawn(join(tools, 'workerd'), ['serve', 'quickstart.capnp'], { cwd: app, detached: true, stdio: 'ignore' });
  children.push(workerd);
  const url = `http://127.0.0.1:${port}/`;
  let handshake;
  for (let i = 0; i < 300 && !handshake; i++) {
    handshake = await fetch(`${url}?challenge=abc123`).catch(() => new Promise((done) => setTimeout(done, 100)));
  }
  assert.ok(handshake, 'workerd answered');
  assert.equal(await handshake.text(), 'abc123');

  const { signWebhookPayload } = await import(pathToFileURL(join(app, 'node_modules/nylas-agent-accounts/node.mjs')));
  const body = JSON.stringify({
    specversion: '1.0', type: 'message.created', source: '/nylas/emails', id: 'evt-1', time: 1764500000,
    data: { application_id: 'app-1', object: { id: 'msg-1', grant_id: 'grant-1', object: 'message', subject: 'Hi' } },
  });
  const post = (signature) => fetch(url, { method: 'POST', body, headers: { 'x-nylas-signature': signature } });
  const signed = await post(await signWebhookPayload(body, secret));
  assert.equal(signed.status, 200);
  assert.deepEqual(await signed.json(), { grant: 'grant-1', subject: 'Hi' });
  const forged = await post('0'.repeat(64));
  assert.equal(forged.status, 401);
  const unsigned = await fetch(url, { method: 'POST', body });
  assert.equal(unsigned.status, 401);
});

test('admin page: the page creates an account through its server, with the key only on the server', async () => {
  const port = await freePort();
  const session = 'quickstart-operator-session';
  await background(process.execPath, ['server.mjs'], { cwd: app, env: { ...env, PORT: String(port), ADMIN_SESSION: session } }, /http:\/\/127\.0\.0\.1:\d+\//);
  const origin = `http://127.0.0.1:${port}`;
  // Without the session cookie the handler refuses.
  assert.equal((await fetch(`${origin}/api/nylas/v3/grants`)).status, 401);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'session', value: session, url: origin }]);
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(`${origin}/`);
    await page.getByLabel("New agent's address").fill(' bot@acme.nylas.email');
    await page.locator('#problem', { hasText: /whitespace/i }).waitFor(); // checked as it is typed
    await page.getByLabel("New agent's address").fill('desk@acme.nylas.email');
    assert.equal(await page.textContent('#problem'), '');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator('#accounts li', { hasText: 'desk@acme.nylas.email' }).waitFor();
    for (const r of requests) {
      assert.ok(r.url().startsWith(origin), `${r.url()} stays on the page's origin`);
      assert.ok(!JSON.stringify(await r.allHeaders()).includes(emulator.apiKey), 'no key in the page\'s requests');
    }
  } finally {
    await browser.close();
  }
  const { data } = await emulator.call('GET', '/v3/grants');
  assert.ok(data.some((g) => g.email === 'desk@acme.nylas.email'));
});
