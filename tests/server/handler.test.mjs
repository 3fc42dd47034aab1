// The server handler (nylas-agent-accounts/server) against the emulator, the same cases run in Node
// (node:http through toNodeListener) and in workerd (the package's workerd entry), plus what it refuses
// to start with. workerd comes from the runtime tools (scripts/install-runtimes.sh), as in the matrix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandler, toNodeListener } from 'nylas-agent-accounts/server';
import { startEmulator } from '../../emulator/tests-js/helpers/emulator.mjs';
import { handlerOptions } from './handler-options.mjs';
import { runCases } from './cases.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOMAIN = 'handler.example.com';
const API_KEY = 'nyk_handler_test_secret_4242';
let emu;
let dir;
let env;
let privateKeyLine;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'handler-'));
  const credentials = join(dir, 'service-account.json');
  emu = await startEmulator(['--domain', DOMAIN, '--auto-connector', '--service-account-out', credentials,
    '--api-key', API_KEY, '--rate-limit', '0', '--grant-rate-limit', '0']);
  const serviceAccount = readFileSync(credentials, 'utf8');
  env = { NYLAS_API_KEY: API_KEY, NYLAS_API_URI: emu.url, SERVICE_ACCOUNT: serviceAccount };
  // A line from the middle of the private key: enough to recognise it anywhere.
  const pem = JSON.parse(serviceAccount).private_key.split('\n');
  privateKeyLine = pem[Math.floor(pem.length / 2)];
});
after(async () => {
  await emu?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('it refuses to start without authorize, an allowlist or a key, and says so without the key', () => {
  const options = handlerOptions(env);
  const refusal = (changes) => {
    try {
      createHandler({ ...options, ...changes });
    } catch (error) {
      assert.equal(error.code, 'INVALID_ARGUMENT');
      assert.ok(!error.message.includes(API_KEY) && !error.stack.includes(API_KEY));
      return error.message;
    }
    assert.fail('started');
  };
  assert.match(refusal({ authorize: undefined }), /authorize is missing/);
  assert.match(refusal({ allow: undefined }), /Nothing is allowed by default/);
  assert.match(refusal({ allow: ['accounts.nuke'] }), /no client method/);
  assert.match(refusal({ apiKey: undefined }), /apiKey is missing/);
  assert.match(refusal({ authorize: 'yes' }), /authorize must be a function/);
  assert.match(refusal({ authorize: undefined, localOnly: true, apiUri: 'https://api.us.nylas.com' }), /localOnly is only for an emulator/);
  assert.equal(typeof createHandler({ ...options, authorize: undefined, localOnly: true }), 'function');
});

test('toNodeListener refuses what is not a handler, naming what came', () => {
  for (const [given, kind] of [[undefined, 'undefined'], [{}, 'object'], [null, 'null']]) {
    assert.throws(() => toNodeListener(given), (error) => error.name === 'ValidationError' && error.code === 'INVALID_ARGUMENT'
      && error.message === `toNodeListener(handler): handler must be the function createHandler() returned, not ${kind}.`);
  }
});

test('in Node, through toNodeListener', async (t) => {
  const server = http.createServer(toNodeListener(createHandler(handlerOptions(env))));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const base = `http://127.0.0.1:${server.address().port}/api/nylas`;
    await runCases(t, { base, domain: DOMAIN, secrets: [API_KEY, privateKeyLine] });
  } finally {
    server.close();
  }
});

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

test('in workerd, through the package\'s workerd entry', async (t) => {
  const bin = execFileSync('bash', [join(ROOT, 'scripts/install-runtimes.sh')], { encoding: 'utf8' }).trim();
  const work = join(dir, 'worker');
  execFileSync('mkdir', ['-p', work]);
  copyFileSync(join(ROOT, 'tests/server/worker.js'), join(work, 'worker.js'));
  copyFileSync(join(ROOT, 'tests/server/handler-options.mjs'), join(work, 'handler-options.mjs'));
  copyFileSync(join(ROOT, 'pkg/server/worker.js'), join(work, 'server.js'));
  copyFileSync(join(ROOT, 'pkg/server/nylas_agent_accounts_bg.wasm'), join(work, 'server.wasm'));
  const port = await freePort();
  writeFileSync(join(work, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .handler), (name = "internet", network = (allow = ["public", "private", "local"]))],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const handler :Workerd.Worker = (
  compatibilityDate = "2025-06-01",
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "handler-options.mjs", esModule = embed "handler-options.mjs"),
    (name = "nylas-agent-accounts/server", esModule = embed "server.js"),
    (name = "nylas-agent-accounts/nylas_agent_accounts_bg.wasm", wasm = embed "server.wasm"),
  ],
  bindings = [
    (name = "NYLAS_API_KEY", fromEnvironment = "NYLAS_API_KEY"),
    (name = "NYLAS_API_URI", fromEnvironment = "NYLAS_API_URI"),
    (name = "SERVICE_ACCOUNT", fromEnvironment = "SERVICE_ACCOUNT"),
  ],
  globalOutbound = "internet",
);
`);
  const child = spawn(join(bin, 'workerd'), ['serve', 'config.capnp'], { cwd: work, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c) => { log += c; });
  child.stderr.on('data', (c) => { log += c; });
  try {
    const base = `http://127.0.0.1:${port}/api/nylas`;
    for (let i = 0; ; i++) {
      const up = await fetch(`${base}/v3/grants`).then(() => true, () => false);
      if (up) break;
      if (i > 300 || child.exitCode !== null) assert.fail(`workerd did not start: ${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await runCases(t, { base, domain: DOMAIN, secrets: [API_KEY, privateKeyLine], logs: () => [log] });
  } finally {
    child.kill('SIGKILL');
  }
});
