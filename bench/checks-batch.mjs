// validateEmails of several builds of the `/checks` entry against validator.js isEmail, round-robin in one
// process (the batch rows of bench/before-after.mjs, for comparing many cuts at once while trying them).
// Usage: node --expose-gc bench/checks-batch.mjs <checks dir>...   (each a pkg/checks folder)
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import validator from 'validator';
import { distinctDomainAddresses, mixedAddresses } from './address-lists.mjs';

const dirs = process.argv.slice(2).map((d) => resolve(d));
if (dirs.length === 0) throw new Error('usage: node --expose-gc bench/checks-batch.mjs <checks dir>...');
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
const lists = {
  '100k mixed': mixedAddresses(100_000),
  '10k distinct domains': distinctDomainAddresses(10_000),
};
const rounds = Number(process.env.ROUNDS ?? 11);
let sink = 0;
const mods = [];
for (const dir of dirs) mods.push(await import(`${dir}/node.mjs`));
for (const [name, list] of Object.entries(lists)) {
  const fns = [['isEmail', () => { for (const a of list) sink += validator.isEmail(a); }],
    ...mods.map((m, i) => [dirs[i], () => { sink += m.validateEmails(list).length; }])];
  const t = Object.fromEntries(fns.map(([k]) => [k, []]));
  for (const [, f] of fns) f();
  for (let r = 0; r < rounds; r++) {
    for (const [k, f] of fns) { globalThis.gc?.(); const s = performance.now(); f(); t[k].push(performance.now() - s); }
    fns.push(fns.shift());
  }
  const base = median(t.isEmail);
  for (const dir of dirs) console.log(`${name}\t${dir}\t${(base / median(t[dir])).toFixed(2)}×\t${median(t[dir]).toFixed(1)} ms (isEmail ${base.toFixed(1)} ms)`);
}
if (sink < 0) console.log(sink);
