// What the CLI tests share: an emulator per test file (a trial domain, the connector, a service account
// for the domain commands) and `cli(...)`, which spawns the built bin (pkg/cli.mjs) as a user runs it.
import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../../emulator/tests-js/helpers/emulator.mjs';

export const BIN = fileURLToPath(new URL('../../pkg/cli.mjs', import.meta.url));
export const DOMAIN = 'acme.nylas.email';
export const PASSWORD = 'Abcdefghijklmnop12';

/** Live bindings, set by the `before` hook useEmulator() registers. */
export let emu;
export let dir;
export let serviceAccountFile;

export function useEmulator(flags = []) {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
    serviceAccountFile = join(dir, 'service-account.json');
    emu = await startEmulator(['--domain', DOMAIN, '--auto-connector', '--service-account-out', serviceAccountFile, ...flags]);
  });
  after(async () => {
    await emu?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
}

/** The environment a configured user has: key and address of the emulator, no colour settings. */
export function userEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: undefined, NYLAS_SERVICE_ACCOUNT_FILE: undefined,
    NYLAS_API_KEY: emu?.apiKey, NYLAS_API_URI: emu?.url, ...extra };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/**
 * Runs the CLI: resolves with `{ code, stdout, stderr, json }` (`json` when stdout parses). `input` goes
 * to stdin; `onStderr(text, child)` sees stderr as it arrives (to interrupt a run part-way).
 */
export function cli(args, { env = userEnv(), input, cwd = dir, onStderr } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
      onStderr?.(stderr, child);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let json;
      try { json = JSON.parse(stdout); } catch { json = undefined; }
      resolve({ code: code ?? signal, stdout, stderr, json });
    });
    child.stdin.end(input ?? '');
  });
}
