// Source of the CommonJS entry (node.cjs), bundled by esbuild at build time: `require()` of an ES
// module is not available in Node 20. __dirname exists once this is CommonJS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync } from './nylas_agent_accounts.js';

initSync({ module: readFileSync(join(__dirname, 'nylas_agent_accounts_bg.wasm')) });

export * from './api.js';
/** Resolves at once: this entry is ready when `require()` returns. */
export const ready = async () => {};
