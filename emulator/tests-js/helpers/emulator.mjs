// Starts a nylas-emulator for a test and gives small helpers for its test hooks.
//
//   import { startEmulator } from '../emulator/tests-js/helpers/emulator.mjs';
//   const emu = await startEmulator(['--domain', 'acme.nylas.email', '--auto-connector']);
//   ... emu.url, emu.apiKey, await emu.hooks.addFault({ kind: '503', path: '/v3/connect/custom', phase: 'after', count: 1 })
//   await emu.stop();
//
// It spawns the built binary (target/release/nylas-emulator, or $NYLAS_EMULATOR_BIN) on a free port with
// --test-hooks added, and waits for its "listening on" line. Build it first: cargo build --release -p nylas-emulator.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEFAULT_BIN = fileURLToPath(new URL('../../../target/release/nylas-emulator', import.meta.url));
const DEFAULT_API_KEY = 'nyk_emulator';

/** The path of the emulator binary the helpers spawn. */
export function emulatorBinary() {
  return process.env.NYLAS_EMULATOR_BIN || DEFAULT_BIN;
}

function apiKeyOf(flags) {
  const i = flags.indexOf('--api-key');
  if (i >= 0 && i + 1 < flags.length) return flags[i + 1];
  const eq = flags.find((f) => f.startsWith('--api-key='));
  return eq ? eq.slice('--api-key='.length) : DEFAULT_API_KEY;
}

function waitForListening(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`emulator not ready after ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk) => {
      buffered += chunk;
      const m = buffered.match(/^listening on (http:\/\/\S+)\s*$/m);
      if (m) {
        cleanup();
        resolve(m[1]);
      }
    };
    const onErr = (chunk) => { stderr += chunk; };
    const onExit = (code) => fail(new Error(`emulator exited with ${code} before it was ready: ${stderr.trim()}`));
    function cleanup() {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
    }
    function fail(err) {
      cleanup();
      child.kill('SIGKILL');
      reject(err);
    }
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.stderr.on('data', onErr);
    child.once('exit', onExit);
  });
}

/** A fetch helper that returns the parsed envelope and throws on a non-2xx status. */
function makeCaller(url, apiKey) {
  return async function call(method, path, body, { auth = true, headers = {} } = {}) {
    const init = { method, headers: { ...headers } };
    if (auth) init.headers.authorization = `Bearer ${apiKey}`;
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(url + path, init);
    const text = await res.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    if (!res.ok) {
      const err = new Error(`${method} ${path} -> ${res.status}: ${json?.error?.message ?? text.slice(0, 200)}`);
      Object.assign(err, { status: res.status, body: json ?? text, headers: res.headers });
      throw err;
    }
    return json;
  };
}

function makeHooks(call) {
  const hook = async (method, path, body) => (await call(method, `/__emulator${path}`, body, { auth: false })).data;
  const enc = encodeURIComponent;
  return {
    /** Delivers an inbound message ({grant, from, subject, body, ...}); resolves to {message, deliveries}. */
    deliverMessage: (message) => hook('POST', '/messages', message),
    /** Sets the DNS records a domain "has published": [{host, type, value}]. */
    setDns: (domain, records) => hook('PUT', `/dns/${enc(domain)}`, { records }),
    /** The DNS records a domain has published. */
    getDns: (domain) => hook('GET', `/dns/${enc(domain)}`),
    /** Publishes exactly the records /info asks for (every type) for a registered domain. */
    publishExpectedDns: (domain) => hook('POST', `/dns/${enc(domain)}/publish-expected`),
    /** Adds a fault rule ({kind, path|pattern, method, probability, count, phase, delay_ms, status}). */
    addFault: (rule) => hook('POST', '/faults', rule),
    /** The fault rules in force, with how often each fired. */
    listFaults: () => hook('GET', '/faults'),
    /** Removes one fault rule by id, or all of them. */
    clearFaults: (id) => hook('DELETE', id ? `/faults/${enc(id)}` : '/faults'),
    /** Back to a fresh application (flags re-applied, fault rules cleared). */
    reset: () => hook('POST', '/reset'),
    /** The whole state as JSON (secrets removed). */
    snapshot: () => hook('GET', '/snapshot'),
    /** Calls per route, grant count, fault firings. */
    stats: () => hook('GET', '/stats'),
    /** Saves --state FILE now. */
    save: () => hook('POST', '/save'),
  };
}

/**
 * Spawns the emulator with `flags` (plus --port 0 and --test-hooks).
 * @returns {Promise<{url: string, apiKey: string, call: Function, hooks: object, process: import('node:child_process').ChildProcess, stop: () => Promise<number|null>}>}
 */
export async function startEmulator(flags = [], { readyTimeoutMs = 30000 } = {}) {
  const bin = emulatorBinary();
  if (!existsSync(bin)) {
    throw new Error(`${bin} does not exist: run cargo build --release -p nylas-emulator first`);
  }
  const args = ['--port', '0', ...(flags.includes('--test-hooks') ? [] : ['--test-hooks']), ...flags];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const url = await waitForListening(child, readyTimeoutMs);
  const apiKey = apiKeyOf(flags);
  const call = makeCaller(url, apiKey);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  async function stop() {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
  return { url, apiKey, call, hooks: makeHooks(call), process: child, stop };
}
