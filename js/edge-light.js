// Vercel Edge entry (condition `edge-light`): Vercel's edge bundlers turn a `.wasm?module` import into
// a precompiled WebAssembly.Module, as production forbids compiling wasm from bytes at run time.
import wasmModule from './nylas_agent_accounts_bg.wasm?module';
import { initSync } from './nylas_agent_accounts.js';

initSync({ module: wasmModule });

export * from './api.js';
/** Resolves at once: this entry is ready when its import finishes. */
export const ready = async () => {};
