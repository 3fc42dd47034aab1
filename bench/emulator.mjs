// Emulator throughput (requests/s on this machine, rate limits off) and memory with 100k accounts.
// Loopback only, bounded in count and time. Writes bench/results/emulator.md.
//   node bench/emulator.mjs            (after cargo build --release -p nylas-emulator)
// The load generator (Node fetch) shares the machine's cores with the emulator, so the figures are
// lower bounds of what the emulator itself can serve.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { startEmulator } from '../emulator/tests-js/helpers/emulator.mjs';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS || 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 32);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS || 100000);
const PASSWORD = 'Abcdefghijklmnop12';

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)[1]);
  return kb / 1024;
}

/** Runs `makeRequest(i)` from CONCURRENCY workers for DURATION_MS (or until `limit` calls). */
async function load(makeRequest, { limit = Infinity } = {}) {
  let next = 0;
  let ok = 0;
  let failed = 0;
  const deadline = Date.now() + DURATION_MS;
  const started = performance.now();
  async function worker() {
    while (Date.now() < deadline && next < limit) {
      const i = next++;
      const res = await makeRequest(i);
      await res.arrayBuffer();
      if (res.ok) ok++; else failed++;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const secs = (performance.now() - started) / 1000;
  return { ok, failed, rps: ok / secs };
}

async function fill(emu, count, auth) {
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < count) {
      const i = next++;
      const res = await fetch(`${emu.url}/v3/connect/custom`, {
        method: 'POST', headers: auth,
        body: JSON.stringify({ provider: 'nylas', settings: { email: `fill${i}@bench.nylas.email` } }),
      });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`fill failed at ${i}: ${res.status}`);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return (performance.now() - started) / 1000;
}

const emu = await startEmulator([
  '--rate-limit', '0', '--grant-rate-limit', '0', '--domain', 'bench.nylas.email', '--auto-connector',
  '--max-accounts', String(ACCOUNTS + 1000000),
]);
const auth = { authorization: `Bearer ${emu.apiKey}`, 'content-type': 'application/json' };
const rows = [];
try {
  const rssStart = rssMiB(emu.process.pid);
  const create = (withPassword) => (i) => fetch(`${emu.url}/v3/connect/custom`, {
    method: 'POST', headers: auth,
    body: JSON.stringify({ provider: 'nylas', settings: { email: `${withPassword ? 'p' : 'n'}${i}@bench.nylas.email`, ...(withPassword ? { app_password: PASSWORD } : {}) } }),
  });
  const created = await load(create(true), { limit: 50000 });
  rows.push(['POST /v3/connect/custom, with app_password (bcrypt cost 4)', created]);
  rows.push(['POST /v3/connect/custom, no app_password', await load(create(false), { limit: 50000 })]);
  const first = await (await fetch(`${emu.url}/v3/grants?limit=1`, { headers: auth })).json();
  const id = first.data[0].id;
  rows.push(['GET /v3/grants/{id}', await load(() => fetch(`${emu.url}/v3/grants/${id}`, { headers: auth }))]);
  rows.push(['GET /v3/grants?limit=10', await load(() => fetch(`${emu.url}/v3/grants?limit=10`, { headers: auth }))]);

  const have = (await emu.hooks.stats()).grants;
  const fillSecs = await fill(emu, Math.max(0, ACCOUNTS - have), auth);
  const total = (await emu.hooks.stats()).grants;
  const rssFull = rssMiB(emu.process.pid);
  const page = await load(() => fetch(`${emu.url}/v3/grants?limit=200&offset=50000`, { headers: auth }), { limit: 200 });

  const lines = [
    `Emulator on this machine (${cpus().length} cores, ${cpus()[0]?.model?.trim() ?? 'unknown CPU'}), release build, rate limits off,`,
    `${CONCURRENCY} concurrent keep-alive clients from Node ${process.version} on the same cores, ${DURATION_MS} ms per row (lower bounds).`,
    '',
    '| measurement | result |',
    '|---|---|',
    ...rows.map(([name, r]) => `| ${name} | ${Math.round(r.rps).toLocaleString('en-US')} req/s (${r.ok} ok, ${r.failed} failed) |`),
    `| GET /v3/grants?limit=200&offset=50000 with ${total.toLocaleString('en-US')} accounts | ${Math.round(page.rps).toLocaleString('en-US')} req/s |`,
    `| RSS at start | ${rssStart.toFixed(1)} MiB |`,
    `| RSS with ${total.toLocaleString('en-US')} accounts | ${rssFull.toFixed(1)} MiB (${((rssFull - rssStart) * 1024 * 1024 / total).toFixed(0)} bytes/account) |`,
    `| time to create the last ${Math.max(0, ACCOUNTS - have).toLocaleString('en-US')} accounts | ${fillSecs.toFixed(1)} s |`,
    '',
    'The emulator limits grant and connect calls to 50 req/s per application by default, as Nylas does:',
    'its capacity above is far beyond that, so it is never what limits a bulk test.',
  ];
  const md = lines.join('\n') + '\n';
  process.stdout.write(md);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/emulator.md', import.meta.url), md);
} finally {
  await emu.stop();
}
