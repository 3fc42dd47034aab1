// Runs an edge function the way Vercel does, in Vercel's own edge runtime (npm `edge-runtime`): bundle
// it with the `edge-light` condition, turn each `.wasm?module` import into a WebAssembly.Module that the
// host compiled in Node's realm, as `vercel dev` does (production forbids compiling wasm at run time, so this VM does too), then dispatch one
// request and print the response body.
//   node edge-runtime.mjs <tools dir> <function file>     (env: NYLAS_API_KEY, NYLAS_API_URI)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [toolsDir, entry] = process.argv.slice(2);
const requireTool = createRequire(join(resolve(toolsDir), 'package.json'));
const esbuild = requireTool('esbuild');
const { EdgeRuntime } = requireTool('edge-runtime');

const wasmFiles = new Map(); // global binding name -> .wasm path
const wasmModulePlugin = {
  name: 'wasm-module',
  setup(build) {
    build.onResolve({ filter: /\.wasm\?module$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?module$/, '')), namespace: 'wasm-module',
    }));
    build.onLoad({ filter: /.*/, namespace: 'wasm-module' }, (args) => {
      const binding = `__wasm_${wasmFiles.size}`;
      wasmFiles.set(binding, args.path);
      return { contents: `export default globalThis.${binding};`, loader: 'js' };
    });
  },
};

const built = await esbuild.build({
  entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName: '__edgeFunction',
  platform: 'browser', conditions: ['edge-light', 'worker', 'browser'], logLevel: 'error',
  plugins: [wasmModulePlugin],
});
const code = `${built.outputFiles[0].text}
addEventListener('fetch', (event) => event.respondWith(__edgeFunction.default(event.request)));`;

const env = { NYLAS_API_KEY: process.env.NYLAS_API_KEY, NYLAS_API_URI: process.env.NYLAS_API_URI };
// As Vercel's dev server does: compiled here, in Node's realm, and handed to the VM as globals.
const modules = {};
for (const [binding, path] of wasmFiles) modules[binding] = await WebAssembly.compile(readFileSync(path));
const runtime = new EdgeRuntime({
  codeGeneration: { strings: false, wasm: false },
  extend(context) {
    Object.assign(context, modules);
    context.process = { env };
    return context;
  },
});
runtime.evaluate(code);
const response = await runtime.dispatchFetch('http://127.0.0.1/api/agent');
await response.waitUntil();
if (response.status !== 200) throw new Error(`edge function answered ${response.status}`);
console.log(await response.text());
// edge-runtime's AbortSignal.timeout keeps a timer (the client's 90 s request timeout) referenced, so
// Node would wait it out; a deployed function has no process to keep alive.
process.exit(0);
