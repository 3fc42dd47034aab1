// The CLI as a user gets it: the packed tarball installed into a project outside the repo, the bin
// linked by npm, run against the emulator. Proves the `bin` entry, the files list and that the bundled
// CLI finds the package by its own name without any runtime dependency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useEmulator, userEnv, dir, DOMAIN } from './helpers.mjs';

useEmulator();

test('npm pack, npm install into a fresh project, then the linked bin works', () => {
  const pkg = fileURLToPath(new URL('../../pkg', import.meta.url));
  const tarball = execFileSync('npm', ['pack', pkg, '--pack-destination', dir, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'cli-user', private: true, type: 'module' }));
  execFileSync('npm', ['install', join(dir, tarball), '--no-audit', '--no-fund', '--silent'], { cwd: app });
  const installed = JSON.parse(readFileSync(join(app, 'node_modules/nylas-agent-accounts/package.json'), 'utf8'));
  assert.equal(installed.dependencies, undefined, 'no runtime dependency');
  const bin = join(app, 'node_modules/.bin/nylas-agent-accounts');
  const run = (args) => execFileSync(bin, args, { cwd: app, env: userEnv(), encoding: 'utf8' });
  assert.equal(run(['--version']).trim(), installed.version);
  assert.match(run(['--help']), /^Usage: nylas-agent-accounts COMMAND/m);
  writeFileSync(join(app, 'agents.csv'), `email,name\npacked1@${DOMAIN},One\npacked2@${DOMAIN},Two\n`);
  const summary = JSON.parse(run(['account', 'create-many', 'agents.csv', '--json']));
  assert.equal(summary.created, 2);
  assert.equal(JSON.parse(run(['status', '--json'])).accountCount, 2);
});
