// Source of the CommonJS entry of nylas-agent-accounts/emulator (emulator/node.cjs), bundled by esbuild:
// `require()` of an ES module is not available in Node 20. __dirname exists once this is CommonJS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync } from './nylas_emulator_wasm.js';
import { createEmulatorWith } from './api.js';

let loaded = false;
async function loadWasm() {
  if (loaded) return;
  initSync({ module: readFileSync(join(__dirname, 'nylas_emulator_wasm_bg.wasm')) });
  loaded = true;
}

/** Starts an in-process emulator (see index.d.cts). */
export const createEmulator = (options) => createEmulatorWith(loadWasm, options);
