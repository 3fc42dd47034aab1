// Browser entry without top-level await (`nylas-agent-accounts/manual-init`), for service workers and
// other hosts that refuse it: call `await ready()` before the first call. Safe to call any number of
// times, at once or in turn: the glue keeps one initialisation promise and retries after a failure.
import init from './nylas_agent_accounts.js';

export * from './api.js';
/** Fetches and compiles the wasm beside this file; resolves when the functions are usable. */
export const ready = () => init({ module_or_path: new URL('./nylas_agent_accounts_bg.wasm', import.meta.url) }).then(() => {});
