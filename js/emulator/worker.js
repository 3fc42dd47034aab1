// nylas-agent-accounts/emulator for Workers (workerd): the host hands the .wasm over precompiled.
import wasmModule from './nylas_emulator_wasm_bg.wasm';
import { initSync } from './nylas_emulator_wasm.js';
import { createEmulatorWith } from './api.js';

const loadWasm = async () => initSync({ module: wasmModule });

/** Starts an in-process emulator (see index.d.ts). */
export const createEmulator = (options) => createEmulatorWith(loadWasm, options);
