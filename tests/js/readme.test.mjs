// Every ```js block of the package's README (js/README.md, shipped as the package's README.md) that
// imports this package runs against the built package, as a user would paste it; the client examples
// talk to an emulator started here. Every other block of it must be run or checked by another test
// (the quick starts, the runtime fixtures, the command's help), or be one of the few listed below.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator } from '../../emulator/tests-js/helpers/emulator.mjs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('js/README.md', root), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).filter((code) => /from 'nylas-agent-accounts(\/checks|\/server|\/emulator)?'/.test(code));
const dir = new URL('tests/js/.readme/', root);
let emulator;

before(async () => { emulator = await startEmulator(['--domain', 'acme.nylas.email']); });
after(async () => { await emulator?.stop(); });

// Who runs each block that is not run here.
const elsewhere = [
  [/^(js|html|sh)$|^(js|html) quickstart=/, 'Quick starts', 'tests/package/quickstart.test.mjs'],
  [/^\w+ file=tests\/runtimes\//, null, 'scripts/test-runtimes.sh (each snippet is a fixture file, run in its runtime)'],
  [/^text$/, 'Command line', 'tests/cli/offline.test.mjs (the --help output)'],
];
// Shown, not run, and why: keep this list short.
const notRun = [
  'npx nylas-agent-accounts --help', // installing the command: the runtime matrix installs the tarball; the CLI tests run the bin
  'export NYLAS_API_KEY=', // the command's configuration (tests/cli/ sets the same variables)
  'nylas-agent-accounts account create support@acme.nylas.email', // each line is a command's --help example (tests/cli/)
  'cat > agents.csv', // the bulk import, run against the emulator by tests/cli/
  '<script type="importmap">', // the import map of the runtime matrix's browser page fixture
];
// Handler modules (a Worker's, a Vercel route's): loaded as they are, and asked by a request from nobody.
const handlerModules = [...readme.matchAll(/```javascript\n([\s\S]*?)```/g)].map((m) => m[1]);

test('every code block of the package README is run here or by another test, or listed above', () => {
  const uncovered = [];
  let heading = '';
  for (const m of readme.matchAll(/^(#{2,3} .*)$|^```(.*)\n([\s\S]*?)^```$/gm)) {
    if (m[1]) { heading = m[1]; continue; }
    const [, , info, code] = m;
    if (info === 'js' && blocks.includes(code)) continue;
    if (info === 'javascript' && handlerModules.includes(code)) continue;
    const byOther = elsewhere.some(([re, section]) => re.test(info) && (!section || heading.includes(section) || (section === 'Quick starts' && readme.indexOf(m[0]) < readme.indexOf('## The checks'))));
    if (byOther || notRun.some((start) => code.startsWith(start))) continue;
    uncovered.push(`${heading}: \`\`\`${info} ${code.split('\n')[0]}`);
  }
  assert.deepEqual(uncovered, []);
});

test('README has runnable examples of the checks and the client', () => {
  assert.ok(blocks.length >= 3);
  assert.ok(blocks.some((code) => code.includes('new AgentAccounts')));
});

// An assert inside `catch` passes when nothing is thrown: examples of a failure use assert.throws or
// assert.rejects, which fail when the call succeeds.
test('README examples assert a throw instead of catching it', () => {
  const catching = blocks.filter((code) => /\bcatch\s*[({]/.test(code));
  assert.deepEqual(catching, []);
});

blocks.forEach((code, i) => {
  test(`README example ${i + 1} runs`, async () => {
    mkdirSync(dir, { recursive: true });
    const file = new URL(`example-${i + 1}.mjs`, dir);
    writeFileSync(file, code);
    const env = { ...process.env, NYLAS_API_KEY: emulator.apiKey, NYLAS_API_URI: emulator.url };
    await promisify(execFile)(process.execPath, [fileURLToPath(file)], { env, timeout: 60_000 });
  });
});

handlerModules.forEach((code, i) => {
  test(`README handler module ${i + 1} loads and refuses a request its authorize hook does not accept`, async () => {
    assert.match(code, /from 'nylas-agent-accounts\/server'/);
    mkdirSync(dir, { recursive: true });
    const file = new URL(`handler-${i + 1}.mjs`, dir);
    writeFileSync(file, code);
    process.env.NYLAS_API_KEY = emulator.apiKey; // a Vercel route reads process.env when it loads
    const module = await import(`${file.href}?${Date.now()}`).finally(() => { delete process.env.NYLAS_API_KEY; });
    // `isOperator` is the reader's own session check: undefined here, so authorize throws, which must be a 401.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const env = {
      NYLAS_API_KEY: emulator.apiKey,
      NYLAS_SERVICE_ACCOUNT: JSON.stringify({ private_key_id: 'kid-1', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }) }),
    };
    const request = new Request('http://127.0.0.1/api/nylas/v3/grants');
    const handle = module.default?.fetch ? (r) => module.default.fetch(r, env) : module.GET;
    assert.equal(typeof handle, 'function', 'a Worker (default.fetch) or a route (GET)');
    const response = await handle(request);
    assert.equal(response.status, 401);
  });
});
