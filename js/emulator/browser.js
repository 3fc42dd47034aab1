// nylas-agent-accounts/emulator for browsers: fetches the emulator's wasm (beside this file) on the
// first createEmulator(), so a page that never starts one never downloads it.
import init from './nylas_emulator_wasm.js';
import { createEmulatorWith } from './api.js';

const loadWasm = () => init({ module_or_path: new URL('./nylas_emulator_wasm_bg.wasm', import.meta.url) });

/** Starts an in-process emulator (see index.d.ts). */
export const createEmulator = (options) => createEmulatorWith(loadWasm, options);
