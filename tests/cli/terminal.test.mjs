// The CLI on a terminal, through a pseudo-terminal (util-linux `script`): the delete prompt (yes, no,
// Ctrl-C) and the create-many progress bar drawn in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgentAccounts } from 'nylas-agent-accounts';
import { BIN, useEmulator, userEnv, emu, dir, DOMAIN } from './helpers.mjs';

useEmulator();

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the CLI with a terminal as stdin, stdout and stderr; `answer(output)` returns what to type once
 * the output so far asks for it (or undefined). Resolves with the exit code and everything shown.
 */
function onTerminal(args, answer = () => undefined, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, BIN, ...args].map(quote).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...userEnv(), SHELL: '/bin/sh', TERM: 'xterm', ...extraEnv }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let shown = '';
    let answered = false;
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      shown += chunk;
      const typed = answered ? undefined : answer(shown);
      if (typed !== undefined) {
        answered = true;
        child.stdin.write(typed);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, shown }));
  });
}

const client = () => new AgentAccounts({ apiKey: emu.apiKey, apiUri: emu.url });
const exists = (email) => client().accounts.get(email).then(() => true, () => false);

test('account delete asks on a terminal: "y" deletes, "n" keeps, Ctrl-C exits 130', async () => {
  await client().accounts.createMany(['keep', 'drop', 'ctrlc'].map((n) => ({ email: `${n}@${DOMAIN}` })));
  const ask = (reply) => (shown) => (shown.includes('[y/N]') ? reply : undefined);

  const no = await onTerminal(['account', 'delete', `keep@${DOMAIN}`], ask('n\r'));
  assert.match(no.shown, /Delete account keep@acme\.nylas\.email \([0-9a-f-]+\)\? This cannot be undone\. \[y\/N\]/);
  assert.equal(no.code, 1);
  assert.match(no.shown, /Cancelled: nothing was deleted/);
  assert.equal(await exists(`keep@${DOMAIN}`), true);

  const yes = await onTerminal(['account', 'delete', `drop@${DOMAIN}`], ask('y\r'));
  assert.equal(yes.code, 0, yes.shown);
  assert.match(yes.shown, /Deleted drop@acme\.nylas\.email/);
  assert.equal(await exists(`drop@${DOMAIN}`), false);

  const interrupted = await onTerminal(['account', 'delete', `ctrlc@${DOMAIN}`], ask('\x03'));
  assert.equal(interrupted.code, 130);
  assert.equal(await exists(`ctrlc@${DOMAIN}`), true);
});

test('create-many draws a progress bar in place on a terminal, in colour unless NO_COLOR', async () => {
  const csv = join(dir, 'tty.csv');
  writeFileSync(csv, `email\n${Array.from({ length: 30 }, (_, i) => `tty${i}@${DOMAIN}`).join('\n')}\n`);
  const r = await onTerminal(['account', 'create-many', csv]);
  assert.equal(r.code, 0, r.shown);
  assert.match(r.shown, /\r.*█+.* 30\/30 100%/);
  assert.match(r.shown, /\x1b\[32m/, 'green on a terminal');
  assert.doesNotMatch(r.shown, /^progress /m, 'no plain progress lines on a terminal');
  const plain = await onTerminal(['account', 'create-many', csv, '--journal', join(dir, 'tty2.jsonl')], undefined, { NO_COLOR: '1' });
  assert.equal(plain.code, 0, plain.shown);
  assert.match(plain.shown, /30 done by an earlier run|existed 30/);
  assert.doesNotMatch(plain.shown, /\x1b\[3\dm/, 'no colour with NO_COLOR');
});
