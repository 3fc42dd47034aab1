// The setup the client-*.test.mjs files share: one fresh emulator per test file (Manage Domains
// signing on, rate limits off) and a client for it, plus the small helpers their assertions use.
// `emu` and `client` are live bindings: they are set by the `before` hook that
// useResourceEmulator() registers, so read them inside tests, not at import time.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgentAccounts, ApiError, AgentAccountsError } from 'nylas-agent-accounts';
import { startEmulator } from '../../../emulator/tests-js/helpers/emulator.mjs';

export const DOMAIN = 'agents.example.com';
export const PASSWORD = 'Abcdefghijklmnop12';

export let emu;
export let client;

/** Starts the emulator before the file's tests and stops it after them. */
export function useResourceEmulator() {
  let dir;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'client-resources-'));
    const credentials = join(dir, 'service-account.json');
    emu = await startEmulator([
      '--domain', DOMAIN, '--auto-connector', '--service-account-out', credentials,
      '--rate-limit', '0', '--grant-rate-limit', '0',
    ]);
    const serviceAccount = JSON.parse(readFileSync(credentials, 'utf8'));
    client = new AgentAccounts({
      apiKey: emu.apiKey, apiUri: emu.url, serviceAccount,
      requestsPerSecond: 1000, maxRetries: 0, timeoutMs: 5000,
    });
  });
  after(async () => {
    await emu?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
}

/** Every item of a ListCall, through `for await`. */
export async function all(listCall) {
  const items = [];
  for await (const item of listCall) items.push(item);
  return items;
}

/** Asserts that `promise` rejects with an ApiError of this status and code. */
export async function rejectsApi(promise, status, code) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${error?.name}: ${error?.message}`);
    assert.ok(error instanceof AgentAccountsError);
    assert.equal(error.status, status, error.message);
    assert.equal(error.code, code, error.message);
    return true;
  });
}

/** A new account at `local@DOMAIN` with the shared password. */
export async function newAccount(local, extra = {}) {
  return client.accounts.create({ email: `${local}@${DOMAIN}`, appPassword: PASSWORD, ...extra });
}
