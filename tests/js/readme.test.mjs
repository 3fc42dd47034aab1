// Every ```js block of README.md that imports this package runs against the built package, as a user
// would paste it; the client examples talk to an emulator started here. (Blocks about other packages,
// such as the emulator section's official-SDK snippet, are documentation of those.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator } from '../../emulator/tests-js/helpers/emulator.mjs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).filter((code) => /from 'nylas-agent-accounts(\/checks|\/server|\/emulator)?'/.test(code));
const dir = new URL('tests/js/.readme/', root);
let emulator;

before(async () => { emulator = await startEmulator(['--domain', 'acme.nylas.email']); });
after(async () => { await emulator?.stop(); });

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
