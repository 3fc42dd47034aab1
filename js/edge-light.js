// Vercel Edge entry (condition `edge-light`): Vercel's edge bundlers turn a `.wasm?module` import into
// a precompiled WebAssembly.Module, as production forbids compiling wasm from bytes at run time.
import wasmModule from './nylas_agent_accounts_bg.wasm?module';
import { initSync } from './nylas_agent_accounts.js';

// `vercel dev` (npm edge-runtime) compiles the module in Node's realm, outside the edge VM: a real
// WebAssembly.Module that fails the glue's `instanceof` check here. Give it this realm's prototype;
// instantiation checks the object itself, not its prototype.
if (!(wasmModule instanceof WebAssembly.Module)) Object.setPrototypeOf(wasmModule, WebAssembly.Module.prototype);
initSync({ module: wasmModule });

export * from './api.js';
/** Resolves at once: this entry is ready when its import finishes. */
export const ready = async () => {};
