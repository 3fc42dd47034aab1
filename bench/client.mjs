// createMany(1000) against the emulator limited to 50 requests/s with 5 % injected 5xx, 429 and
// resets, next to a sequential loop with the official `nylas` SDK on the same emulator settings.
// Prints Markdown and writes bench/results/client.md.
import { writeFileSync } from 'node:fs';
import Nylas from 'nylas';
import { AgentAccounts } from 'nylas-agent-accounts';
import { startEmulator } from '../emulator/tests-js/helpers/emulator.mjs';

const N = Number(process.env.BENCH_ACCOUNTS ?? 1000);
const LIMIT = 50;
const FLAGS = ['--domain', 'acme.nylas.email', '--auto-connector', '--rate-limit', String(LIMIT),
  '--fault-rate', '0.05', '--fault-kinds', '429,500,502,503,504,reset'];
const requests = Array.from({ length: N }, (_, i) => ({ email: `agent${i}@acme.nylas.email`, name: `Agent ${i}` }));

async function countAccounts(emu) {
  const snapshot = await emu.hooks.snapshot();
  const grants = Object.values(snapshot.grants ?? {});
  return { total: grants.length, unique: new Set(grants.map((g) => g.email)).size };
}

async function ours() {
  const emu = await startEmulator(FLAGS);
  try {
    const client = new AgentAccounts({ apiKey: emu.apiKey, apiUri: emu.url, requestsPerSecond: LIMIT });
    const started = performance.now();
    const results = await client.accounts.createMany(requests, { concurrency: 10 });
    const seconds = (performance.now() - started) / 1000;
    const created = results.filter((r) => r.status === 'created').length;
    return { seconds, created, failed: N - created, ...(await countAccounts(emu)) };
  } finally {
    await emu.stop();
  }
}

async function official() {
  const emu = await startEmulator(FLAGS);
  try {
    const nylas = new Nylas({ apiKey: emu.apiKey, apiUri: emu.url });
    const started = performance.now();
    let created = 0;
    for (const r of requests) {
      try {
        await nylas.auth.customAuthentication({ requestBody: { provider: 'nylas', name: r.name, settings: { email: r.email } } });
        created += 1;
      } catch { /* the SDK has no retries: a fault is a failed create */ }
    }
    const seconds = (performance.now() - started) / 1000;
    return { seconds, created, failed: N - created, ...(await countAccounts(emu)) };
  } finally {
    await emu.stop();
  }
}

const a = await ours();
const b = await official();
const row = (name, r) => `| ${name} | ${r.seconds.toFixed(1)} s | ${(r.created / r.seconds).toFixed(1)}/s | ${((r.created / r.seconds) / LIMIT * 100).toFixed(0)} % | ${r.created} | ${r.failed} | ${r.total - r.unique} | ${N - r.unique} |`;
const report = [
  `${N} creates against the emulator limited to ${LIMIT} requests/s per application, 5 % of calls faulted (429, 500, 502, 503, 504, connection reset; half of the 5xx and resets after the create was applied).`,
  '',
  '| client | wall time | accounts/s | of the limit | reported created | reported failed | duplicates | missing |',
  '|---|---|---|---|---|---|---|---|',
  row('nylas-agent-accounts `createMany` (concurrency 10, requestsPerSecond 50)', a),
  row('official `nylas` SDK, sequential loop (no retries)', b),
  '',
  'The official SDK neither paces nor retries: its loop runs into the 50/s limit at once, and every 429 or fault is',
  'a failed create (its accounts/s counts only the creates that went through, in short bursts at each new second).',
].join('\n');
console.log(report);
writeFileSync(new URL('./results/client.md', import.meta.url), `${report}\n`);
