// Benchmarks of the local checks, side by side in one Node process: validateEmails (batch) and
// validateEmail (per call) against validator.js isEmail and the email-addresses parser, cold start
// (import → first result) against the official nylas SDK, package size, and wasm memory after 1M
// validations. Prints Markdown and writes bench/results/checks.md.
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import validator from 'validator';
import emailAddresses from 'email-addresses';
import { validateEmail, validateEmails } from 'nylas-agent-accounts';
import { distinctDomainAddresses, mixedAddresses } from './address-lists.mjs';

const N = 100_000;
const REPEATS = 5;

const addresses = mixedAddresses;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  fn(); // warm-up
  const runs = [];
  for (let r = 0; r < REPEATS; r++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

const list = addresses(N);
let sink = 0;
const rows = {
  'nylas-agent-accounts `validateEmails` (one call)': time(() => { sink += validateEmails(list).length; }),
  'nylas-agent-accounts `validateEmail` (per call)': time(() => { for (const a of list) sink += validateEmail(a).valid; }),
  'validator.js `isEmail` (per call)': time(() => { for (const a of list) sink += validator.isEmail(a); }),
  'email-addresses `parseOneAddress` (per call)': time(() => { for (const a of list) sink += emailAddresses.parseOneAddress(a) ? 1 : 0; }),
};
const baseline = rows['validator.js `isEmail` (per call)'];

// 10,000 addresses on 10,000 distinct ASCII domains: nothing is shared between addresses, so every
// domain goes through the full domain rules once (the case a CSV of customers' own domains makes).
const DISTINCT = 10_000;
const distinctList = distinctDomainAddresses(DISTINCT);
const distinctRows = {
  'nylas-agent-accounts `validateEmails` (one call)': time(() => { sink += validateEmails(distinctList).length; }),
  'validator.js `isEmail` (per call)': time(() => { for (const a of distinctList) sink += validator.isEmail(a); }),
};
const distinctBaseline = distinctRows['validator.js `isEmail` (per call)'];

// Fresh processes, the candidates round-robin (one of each per round): the machine's load changes
// within a run, and one candidate measured after another would carry the change as a difference.
function coldStarts(codes, rounds = 9) {
  const runs = Object.fromEntries(Object.keys(codes).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [k, code] of Object.entries(codes)) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: process.cwd() });
      runs[k].push(Number(out.toString().trim()));
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)]));
}
// The floor of any package: a 2 KB ES module file, imported the same way.
const tinyModule = new URL('./results/tiny-module.mjs', import.meta.url);
writeFileSync(tinyModule, `export const f = () => 1;\n//${'-'.repeat(2000)}\n`);
const cold = coldStarts({
  ours: `const t=performance.now(); const m=await import('nylas-agent-accounts'); m.validateEmail('a@b.co'); console.log(performance.now()-t)`,
  oursChecks: `const t=performance.now(); const m=await import('nylas-agent-accounts/checks'); m.validateEmail('a@b.co'); console.log(performance.now()-t)`,
  tiny: `const t=performance.now(); const m=await import(${JSON.stringify(tinyModule.href)}); m.f(); console.log(performance.now()-t)`,
  nylas: `const t=performance.now(); const m=await import('nylas'); new m.default({apiKey:'k'}); console.log(performance.now()-t)`,
  validatorCold: `const t=performance.now(); const m=await import('validator'); m.default.isEmail('a@b.co'); console.log(performance.now()-t)`,
});
const { ours, oursChecks, tiny, nylas, validatorCold } = cold;

const browserFiles = ['browser.js', 'nylas_agent_accounts_bg.wasm'];
const bytes = Buffer.concat(browserFiles.map((f) => readFileSync(new URL(`../pkg/${f}`, import.meta.url))));
const gzip = gzipSync(bytes, { level: 9 }).length;
const wasmRaw = readFileSync(new URL('../pkg/nylas_agent_accounts_bg.wasm', import.meta.url)).length;

// The memory is read through the unbundled modules the build stages (same wasm, same api.js), since
// the published entries don't expose the instance.
const staged = await import('../target/js-stage/nylas_agent_accounts.js');
const stagedApi = await import('../target/js-stage/api.js');
const { memory } = staged.initSync({ module: readFileSync(new URL('../pkg/nylas_agent_accounts_bg.wasm', import.meta.url)) });
for (let i = 0; i < 50_000; i++) stagedApi.validateEmail(list[i % N]);
stagedApi.validateEmails(list);
const warm = memory.buffer.byteLength;
for (let i = 0; i < 1_000_000; i++) stagedApi.validateEmail(list[i % N]);
for (let i = 0; i < 10; i++) stagedApi.validateEmails(list);
const after = memory.buffer.byteLength;

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. ${N.toLocaleString('en')} mixed addresses (70 % valid, IDNs included), median of ${REPEATS} runs after a warm-up.`,
  '',
  '| what | time for 100k | vs validator.js isEmail |',
  '|---|---|---|',
  ...Object.entries(rows).map(([k, v]) => `| ${k} | ${fmt(v)} | ${(baseline / v).toFixed(2)}× |`),
  '',
  `| ${DISTINCT.toLocaleString('en')} addresses on ${DISTINCT.toLocaleString('en')} distinct ASCII domains | time | vs validator.js isEmail |`,
  '|---|---|---|',
  ...Object.entries(distinctRows).map(([k, v]) => `| ${k} | ${fmt(v)} | ${(distinctBaseline / v).toFixed(2)}× |`),
  '',
  '| cold start (fresh process, median of 9, the rows measured round-robin) | time |',
  '|---|---|',
  `| nylas-agent-accounts: import + first \`validateEmail\` | ${fmt(ours)} |`,
  `| nylas-agent-accounts/checks: import + first \`validateEmail\` | ${fmt(oursChecks)} |`,
  `| a 2 KB module: import (the floor of any package) | ${fmt(tiny)} |`,
  `| official \`nylas\` SDK: import + \`new Nylas()\` | ${fmt(nylas)} |`,
  `| validator.js: import + first \`isEmail\` | ${fmt(validatorCold)} |`,
  '',
  '| package | bytes |',
  '|---|---|',
  `| wasm after wasm-opt -Oz | ${wasmRaw.toLocaleString('en')} |`,
  `| what a browser downloads (${browserFiles.join(', ')}), gzip -9 | ${gzip.toLocaleString('en')} |`,
  '',
  `wasm memory: ${(warm / 1024).toFixed(0)} KiB after warm-up, ${(after / 1024).toFixed(0)} KiB after 1M \`validateEmail\` + 10 × 100k \`validateEmails\` (growth: ${((after - warm) / 1024).toFixed(0)} KiB).`,
];
const report = lines.join('\n');
console.log(report);
writeFileSync(new URL('./results/checks.md', import.meta.url), `${report}\n`);
if (sink < 0) console.log(sink);
