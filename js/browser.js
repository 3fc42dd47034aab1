// Browser entry (pages, module workers, Vite, esbuild): fetches and compiles the wasm beside this file
// before the module finishes loading, so importers never call init().
//
// Why a top-level await: the checks are synchronous, and a page's main thread may only compile wasm
// asynchronously, so the module has to wait for it before anyone can call validateEmail(). Every
// browser, module worker and bundler this package is tested with accepts it. Service workers do not
// (top-level await is refused there), so they import `nylas-agent-accounts/manual-init`, which is this
// entry without the await: `await ready()` once (e.g. in the install handler) before the first call.
import { ready } from './browser-manual.js';

await ready();

export * from './browser-manual.js';
