// Node, Deno and Bun entry: compiles the wasm synchronously on import, so there is no init() to call
// and no top-level await. initSync is idempotent (the glue returns early once the wasm is set up).
import { readFileSync } from 'node:fs';
import { initSync } from './nylas_agent_accounts.js';

initSync({ module: readFileSync(new URL('./nylas_agent_accounts_bg.wasm', import.meta.url)) });

export * from './api.js';
/** Resolves at once: this entry is ready when its import finishes. */
export const ready = async () => {};
