// Cloudflare Workers entry (conditions `workerd` and `worker`): the host compiles the .wasm module at
// deploy time and hands it over as a WebAssembly.Module; workerd refuses to compile wasm from bytes.
// Wrangler's bundler and a workerd config's `wasm = embed …` module both understand this import.
import wasmModule from './nylas_agent_accounts_bg.wasm';
import { initSync } from './nylas_agent_accounts.js';

initSync({ module: wasmModule });

export * from './api.js';
/** Resolves at once: this entry is ready when its import finishes. */
export const ready = async () => {};
