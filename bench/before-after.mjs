// Each budget of shared/PRODUCT.md's "Lighter, per entry", for a baseline build of the package and
// this one, side by side in one run: what a browser downloads per entry (gzip -9), Node cold start
// per entry, and validateEmails against validator.js isEmail (100k mixed addresses; 10k addresses on
// 10k distinct ASCII domains), both builds and validator.js round-robin in one process.
// Usage: node --expose-gc bench/before-after.mjs <baseline pkg dir> [<pkg dir>]; writes bench/results/before-after.md.
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import validator from 'validator';
import { distinctDomainAddresses, mixedAddresses } from './address-lists.mjs';

const [before, after = new URL('../pkg', import.meta.url).pathname] = process.argv.slice(2).map((d) => resolve(d));
if (!before) throw new Error('usage: node --expose-gc bench/before-after.mjs <baseline pkg dir> [<pkg dir>]');
const builds = { before, after };
const entries = { 'full client': '', '/checks': '/checks' };

const gzip = (file) => execFileSync('gzip', ['-9c', file], { maxBuffer: 1 << 26 }).length;
const download = (dir) => gzip(`${dir}/browser.js`) + gzip(`${dir}/nylas_agent_accounts_bg.wasm`);
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };

function coldStart(file, call = "validateEmail('a@b.co')") {
  const code = `const t=performance.now(); const m=await import(${JSON.stringify(file)}); m.${call}; console.log(performance.now()-t)`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code]).toString().trim());
}

const lists = {
  '100k mixed addresses': mixedAddresses(100_000),
  '10k addresses on 10k distinct ASCII domains': distinctDomainAddresses(10_000),
};

const rows = [];
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
for (const [entry, sub] of Object.entries(entries)) {
  const sizes = Object.values(builds).map((dir) => download(dir + sub));
  rows.push([`${entry}: browser JS + wasm, gzip -9`, ...sizes.map((b) => `${kb(b)} (${b.toLocaleString('en')} B)`)]);
}
// The floor of any package, in the same rounds: a 2 KB module, imported the same way (the cold-start
// budgets are absolute; on a loaded machine this floor moves with them).
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const tinyModule = new URL('./results/tiny-module.mjs', import.meta.url);
writeFileSync(tinyModule, `export const f = () => 1;\n//${'-'.repeat(2000)}\n`);
const floor = [];
for (const [entry, sub] of Object.entries(entries)) {
  const times = { before: [], after: [] };
  for (let r = 0; r < 15; r++) {
    for (const [k, dir] of Object.entries(builds)) times[k].push(coldStart(`${dir}${sub}/node.mjs`));
    floor.push(coldStart(tinyModule.pathname, 'f()'));
  }
  rows.push([`${entry}: Node import + first validateEmail (fresh process, median of 15)`,
    ...Object.values(times).map((t) => `${median(t).toFixed(1)} ms`)]);
}
rows.push([`the floor, same rounds: a 2 KB module, import (fresh process, median of ${floor.length})`, `${median(floor).toFixed(1)} ms`, '(same)']);
let sink = 0;
for (const [entry, sub] of Object.entries(entries)) {
  const mods = {};
  for (const [k, dir] of Object.entries(builds)) mods[k] = await import(`${dir}${sub}/node.mjs`);
  for (const [name, list] of Object.entries(lists)) {
    const fns = {
      isEmail: () => { for (const a of list) sink += validator.isEmail(a); },
      ...Object.fromEntries(Object.entries(mods).map(([k, m]) => [k, () => { sink += m.validateEmails(list).length; }])),
    };
    const t = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
    for (const f of Object.values(fns)) f();
    // A collection before each timed call (node --expose-gc), and the order rotated each round: without
    // them the call that follows another build's batch paid for that batch's garbage.
    const order = Object.entries(fns);
    for (let r = 0; r < 11; r++) {
      for (const [k, f] of order) { globalThis.gc?.(); const s = performance.now(); f(); t[k].push(performance.now() - s); }
      order.push(order.shift());
    }
    const base = median(t.isEmail);
    rows.push([`${entry}: validateEmails, ${name}, × validator.js isEmail (median of 11)`,
      ...Object.keys(builds).map((k) => `${(base / median(t[k])).toFixed(2)}× (${median(t[k]).toFixed(1)} ms; isEmail ${base.toFixed(1)} ms)`)]);
  }
}
const report = [
  `Baseline \`${relative(process.cwd(), before)}\` beside \`${relative(process.cwd(), after) || '.'}\`, one run, Node ${process.version}, load average at the start ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores.`,
  '',
  '| measurement | before | after |',
  '|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(report);
writeFileSync(new URL('./results/before-after.md', import.meta.url), `${report}\n`);
if (sink < 0) console.log(sink);
