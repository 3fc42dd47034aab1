// The in-process emulator (nylas-agent-accounts/emulator, wasm) beside the native binary: download
// size, start time in a fresh process, and request throughput with rate limits off. Side by side in one
// run on the same machine; figures, never asserted. Writes bench/results/emulator-wasm.md.
//   node bench/emulator-wasm.mjs   (after scripts/build.sh and cargo build --release -p nylas-emulator)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { createEmulator } from 'nylas-agent-accounts/emulator';
import { startEmulator, emulatorBinary } from '../emulator/tests-js/helpers/emulator.mjs';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS || 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 32);
const STARTS = 7;
const PASSWORD = 'Abcdefghijklmnop12';
const pkg = new URL('../pkg/emulator/', import.meta.url);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gz = (file) => gzipSync(readFileSync(new URL(file, pkg)), { level: 9 }).length;

/** Runs `request(i)` from CONCURRENCY workers for DURATION_MS; requests per second that succeeded. */
async function load(request) {
  let next = 0, ok = 0, failed = 0;
  const deadline = Date.now() + DURATION_MS;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (Date.now() < deadline) {
      const res = await request(next++);
      await res.arrayBuffer();
      if (res.ok) ok++; else failed++;
    }
  }));
  return { rps: ok / ((performance.now() - started) / 1000), failed };
}

async function rows(emu) {
  const json = (method, path, body) => emu.fetch(emu.url + path, {
    method,
    headers: { authorization: `Bearer ${emu.apiKey}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const create = (i, password) => json('POST', '/v3/connect/custom', { provider: 'nylas', settings: { email: `b${i}-${password ? 'p' : 'n'}@acme.nylas.email`, ...(password && { app_password: PASSWORD }) } });
  const first = await (await create(-1)).json();
  return {
    'POST /v3/connect/custom, with app_password (bcrypt cost 4)': await load((i) => create(i, true)),
    'POST /v3/connect/custom, no app_password': await load((i) => create(i, false)),
    'GET /v3/grants/{id}': await load(() => json('GET', `/v3/grants/${first.data.id}`)),
    'GET /v3/grants?limit=10': await load(() => json('GET', '/v3/grants?limit=10')),
  };
}

// Start: a fresh Node process importing the entry and creating one emulator, against spawning the
// binary until its "listening on" line (the time a test waits before its first call).
function wasmStartMs() {
  const code = `const t=performance.now();const {createEmulator}=await import('nylas-agent-accounts/emulator');await createEmulator({domains:['acme.nylas.email']});console.log(performance.now()-t)`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: new URL('..', import.meta.url) }).toString());
}
async function nativeStartMs() {
  const t = performance.now();
  const emu = await startEmulator(['--domain', 'acme.nylas.email']);
  const ms = performance.now() - t;
  await emu.stop();
  return ms;
}

const wasmStarts = [], nativeStarts = [];
for (let i = 0; i < STARTS; i++) {
  wasmStarts.push(wasmStartMs());
  nativeStarts.push(await nativeStartMs());
}
const options = ['--domain', 'acme.nylas.email', '--auto-connector', '--rate-limit', '0', '--grant-rate-limit', '0'];
const native = await startEmulator(options);
const nativeRows = await rows({ url: native.url, apiKey: native.apiKey, fetch: globalThis.fetch });
await native.stop();
const wasmOptions = { domains: ['acme.nylas.email'], autoConnector: true, rateLimit: 0, grantRateLimit: 0 };
const wasm = await createEmulator(wasmOptions);
const wasmRows = await rows(wasm);
// The same wasm behind listen(): HTTP on both sides of the loopback, as the native binary pays, though
// the server and the callers share this one process.
const served = await createEmulator(wasmOptions);
const server = await served.listen(0);
const listenRows = await rows({ url: server.url, apiKey: served.apiKey, fetch: globalThis.fetch });
await server.close();

const wasmBytes = readFileSync(new URL('nylas_emulator_wasm_bg.wasm', pkg)).length;
const binBytes = readFileSync(emulatorBinary()).length;
const fmt = (r) => `${Math.round(r.rps).toLocaleString('en-US')} req/s${r.failed ? ` (${r.failed} failed)` : ''}`;
const lines = [
  `In-process wasm emulator (\`nylas-agent-accounts/emulator\`, Node ${process.version}, its \`fetch\` called directly; and the`,
  `same served by its \`listen()\` in the callers' process) beside the native binary (release build), both over loopback HTTP`,
  `from Node's fetch, on this machine (${cpus().length} cores), rate limits off,`,
  `${CONCURRENCY} concurrent callers, ${DURATION_MS} ms per row; start times are medians of ${STARTS} fresh starts.`,
  '',
  '| measurement | wasm, in-process | wasm, listen() | native binary |',
  '|---|---|---|---|',
  `| size | ${kb(wasmBytes)} wasm, ${kb(gz('nylas_emulator_wasm_bg.wasm'))} gzip -9 (+ ${kb(gz('node.mjs'))} JS) | the same | ${kb(binBytes)} (${kb(gzipSync(readFileSync(emulatorBinary()), { level: 9 }).length)} gzip -9) |`,
  `| start: import + createEmulator() / spawn until "listening on" | ${median(wasmStarts).toFixed(1)} ms | the same | ${median(nativeStarts).toFixed(1)} ms |`,
  ...Object.keys(wasmRows).map((k) => `| ${k} | ${fmt(wasmRows[k])} | ${fmt(listenRows[k])} | ${fmt(nativeRows[k])} |`),
  '',
  'The wasm build is one thread in the caller\'s event loop (bcrypt runs inline); the native binary uses',
  'tokio\'s workers and a blocking pool, and pays for HTTP on both sides of the loopback. The `listen()`',
  'column is the same wasm paying for HTTP as the binary does, with its server and the callers in one Node',
  'process: the in-process column\'s lead is the HTTP it skips, not a faster core.',
];
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/emulator-wasm.md', import.meta.url), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
