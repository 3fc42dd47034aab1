// Node, Deno and Bun entry: compiles the wasm synchronously on import, so there is no init() to call.
// initSync is idempotent (the glue returns early once the wasm is set up).
import { initSync } from './nylas_agent_accounts.js';

// process.getBuiltinModule (Node 20.16+, Deno 2, Bun) hands over node:fs synchronously, about 2 ms sooner
// in a fresh process than an `import` of it; older Node 20 releases take the import.
const { readFileSync } = globalThis.process?.getBuiltinModule?.('node:fs') ?? await import('node:fs');

initSync({ module: readFileSync(new URL('./nylas_agent_accounts_bg.wasm', import.meta.url)) });

export * from './api.js';
/** Resolves at once: this entry is ready when its import finishes. */
export const ready = async () => {};
