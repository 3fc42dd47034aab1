// nylas-agent-accounts/emulator for Node, Deno and Bun: the emulator's own wasm, compiled on first use.
import { initSync } from './nylas_emulator_wasm.js';
import { createEmulatorWith } from './api.js';

let loaded = false;
async function loadWasm() {
  if (loaded) return;
  const { readFileSync } = globalThis.process?.getBuiltinModule?.('node:fs') ?? (await import('node:fs'));
  initSync({ module: readFileSync(new URL('./nylas_emulator_wasm_bg.wasm', import.meta.url)) });
  loaded = true;
}

/** Starts an in-process emulator (see index.d.ts). */
export const createEmulator = (options) => createEmulatorWith(loadWasm, options);
