// Browser entry: fetches and compiles the wasm beside this file before the module finishes loading,
// so importers never call init().
import init from './nylas_agent_accounts.js';

await init({ module_or_path: new URL('./nylas_agent_accounts_bg.wasm', import.meta.url) });

export * from './api.js';
