// Copies a wasm file with "multivalue" taken out of its `target_features` section, so that wasm-bindgen
// returns strings and results through a return pointer instead of multi-value returns.
// Usage: node scripts/wasm-without-multivalue.mjs <in.wasm> <out.wasm>
//
// Why (measured, bench/before-after.mjs): Node 20's V8 has a generic JS-to-wasm wrapper only for
// exports with at most one result; every export signature with two or more results gets a wrapper
// compiled by TurboFan inside `new WebAssembly.Module`. The checks had 6 such signatures, which was
// half of the wasm compile time at import (about 1.7 of 3.3 ms). Rust has turned multivalue on by
// default for wasm32 since 1.82 and wasm-bindgen follows the section; Rust's own code returns
// through memory either way. Only wasm-bindgen reads this section here; wasm-opt writes it anew
// from its own --enable flags.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const bytes = readFileSync(input);

function readLeb(at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}
const name = (at, length) => bytes.toString('utf8', at, at + length);

const parts = [bytes.subarray(0, 8)];
let removed = 0;
for (let at = 8; at < bytes.length;) {
  const start = at;
  const id = bytes[at++];
  let size;
  [size, at] = readLeb(at);
  const end = at + size;
  let [nameLength, payload] = id === 0 ? readLeb(at) : [0, at];
  if (id !== 0 || name(payload, nameLength) !== 'target_features') {
    parts.push(bytes.subarray(start, end));
    at = end;
    continue;
  }
  // target_features: a count, then (prefix byte, name) per feature.
  payload += nameLength;
  let count;
  [count, payload] = readLeb(payload);
  const kept = [];
  for (let i = 0; i < count; i++) {
    const entry = payload;
    let length;
    [length, payload] = readLeb(payload + 1);
    if (name(payload, length) === 'multivalue') removed++;
    else kept.push(bytes.subarray(entry, payload + length));
    payload += length;
  }
  const body = Buffer.concat([leb(nameLength), Buffer.from('target_features'), leb(kept.length), ...kept]);
  parts.push(Buffer.from([0]), leb(body.length), body);
  at = end;
}
writeFileSync(output, Buffer.concat(parts));
if (!removed) console.error(`note: ${input} did not list multivalue; copied as is`);
