// Size and cold start side by side with the peers, bundled by esbuild in the same run: what a browser
// (or an edge function) downloads for each SDK's client, gzip -9, and import → first result in a fresh
// Node process, in headless Chromium and in workerd (Cloudflare's Workers runtime, from npm into
// .cache/runtimes by scripts/install-runtimes.sh). Prints Markdown and writes bench/results/peers.md.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, get as httpGet } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { builtinModules } from 'node:module';

const dir = mkdtempSync(join(tmpdir(), 'peers-'));
const fullWasm = new URL('../pkg/nylas_agent_accounts_bg.wasm', import.meta.url);
const checksWasm = new URL('../pkg/checks/nylas_agent_accounts_bg.wasm', import.meta.url);

// Each entry imports the SDK, makes its client (or first check) and reports the time since start.
// `code` is bundled; `node` is the same with a dynamic import, so that the import itself is timed.
// `wasm` is the file our entry fetches beside its bundle (each bundle gets a folder of its own).
const entries = {
  'nylas-agent-accounts (full client)': { platform: 'browser', wasm: fullWasm,
    code: `import { AgentAccounts, validateEmail } from 'nylas-agent-accounts'; new AgentAccounts({ apiKey: 'k' }); validateEmail('a@b.co');`,
    node: `const m = await import('nylas-agent-accounts'); new m.AgentAccounts({ apiKey: 'k' }); m.validateEmail('a@b.co');` },
  'nylas-agent-accounts/checks (a page that only validates)': { platform: 'browser', wasm: checksWasm,
    code: `import { validateEmail } from 'nylas-agent-accounts/checks'; validateEmail('a@b.co');`,
    node: `const m = await import('nylas-agent-accounts/checks'); m.validateEmail('a@b.co');` },
  'nylas (official Node SDK)': { platform: 'node',
    code: `import Nylas from 'nylas'; new Nylas({ apiKey: 'k' });`,
    node: `const m = await import('nylas'); new m.default({ apiKey: 'k' });` },
  agentmail: { platform: 'browser',
    code: `import { AgentMailClient } from 'agentmail'; new AgentMailClient({ apiKey: 'k' });`,
    node: `const m = await import('agentmail'); new m.AgentMailClient({ apiKey: 'k' });` },
  resend: { platform: 'browser',
    code: `import { Resend } from 'resend'; new Resend('re_k');`,
    node: `const m = await import('resend'); new m.Resend('re_k');` },
};

async function bundle(name, { platform, code, wasm }) {
  const folder = join(dir, name.replace(/\W+/g, '-'));
  mkdirSync(folder, { recursive: true });
  if (wasm) copyFileSync(wasm, join(folder, 'nylas_agent_accounts_bg.wasm'));
  const file = join(folder, `${platform}.mjs`);
  const result = await build({
    stdin: { contents: `const t0 = performance.now();\n${code}\nglobalThis.__coldStart = performance.now() - t0;`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform, target: 'es2022', write: false, logLevel: 'silent',
    conditions: platform === 'browser' ? ['browser'] : ['node'],
    // agentmail imports an optional payments add-on it does not declare; it is not part of its client.
    external: ['@x402/fetch'],
  });
  writeFileSync(file, result.outputFiles[0].contents);
  return file;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Node users import from node_modules, unbundled: the entry's code, timed in a fresh process.
function nodeColdStart({ node: code }) {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const timed = `const t0 = performance.now();\n${code}\nconsole.log(performance.now() - t0);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', timed], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'ignore'] });
    runs.push(Number(out.toString().trim().split('\n').pop()));
  }
  return median(runs);
}

async function chromiumColdStart(files) {
  const pages = {};
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname.slice(1);
    if (pages[path]) return res.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    let body;
    try { body = readFileSync(join(dir, path)); } catch { return res.writeHead(404).end(); }
    res.writeHead(200, { 'content-type': path.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const results = {};
  try {
    for (const [name, file] of Object.entries(files)) {
      const base = file.slice(dir.length + 1); // <entry folder>/browser.mjs, beside the wasm it fetches
      pages[`${base}.html`] = `<pre id="r"></pre><script type="module">const t = performance.now(); await import('./${base.split('/').pop()}');
        document.getElementById('r').textContent = String(performance.now() - t);</script>`;
      const runs = [];
      for (let i = 0; i < 5; i++) {
        const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
        // Asynchronous: the page is served by this process's own server.
        const { stdout: dom } = await promisify(execFile)('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`,
          '--virtual-time-budget=10000', '--dump-dom', `http://127.0.0.1:${server.address().port}/${base}.html`], { timeout: 60_000 });
        rmSync(profile, { recursive: true, force: true });
        runs.push(Number(dom.match(/<pre id="r">([\d.]+)<\/pre>/)?.[1] ?? NaN));
      }
      results[name] = median(runs);
    }
  } finally {
    server.close();
  }
  return results;
}

// workerd: each entry's code at the top level of a module worker whose fetch handler answers 'ok', so the
// import and the first result run while workerd loads the worker, before it can answer. Timers are frozen
// inside workerd, so the time is taken from outside: spawn → first 'ok' response, minus the same for an empty
// worker. The binary comes from the npm package `workerd` in .cache/runtimes (scripts/install-runtimes.sh).
const root = fileURLToPath(new URL('..', import.meta.url));
const workerdBin = join(root, '.cache/runtimes/node_modules/.bin/workerd');
const WORKERD_RUNS = 5;
const WORKERD_TIMEOUT_MS = 30_000;
// workerd opens its socket ~15 ms after spawn, before the worker is loaded, and holds a request until it is; an
// empty worker answers at ~25 ms. Polling every 2 ms connects before any worker is ready, so the interval does
// not round the time, and leaves the 2 cores to workerd (polling every 1 ms added ~1–2 ms and spread).
const WORKERD_POLL_MS = 2;
const COMPAT_DATE = '2025-11-01';
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const live = new Set(); // workerd process groups still running: all are killed on exit, error or signal
const killAll = () => { for (const child of live) { try { process.kill(-child.pid, 'SIGKILL'); } catch {} } live.clear(); };
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { killAll(); process.exit(130); });

// The runtimes the matrix uses, installed (once) by the same script.
function ensureWorkerd() {
  try {
    execFileSync('bash', [join(root, 'scripts/install-runtimes.sh')], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 });
  } catch (error) {
    return `not measured: scripts/install-runtimes.sh failed (${String(error.message).split('\n')[0].slice(0, 80)})`;
  }
  return existsSync(workerdBin) ? null : 'not measured: the npm package installed no binary';
}

// Bundles `contents` for workerd. Wasm stays external (workerd compiles wasm only from a `wasm` module of its
// config, never from bytes), and the files its imports name are returned for the config. With `nodeCompat`,
// Node built-ins stay external too (workerd's nodejs_compat serves them) and `require` comes from node:module.
async function bundleWorker(code, { nodeCompat = false } = {}) {
  const wasmModules = new Map(); // module name as imported → file
  const recordWasm = { name: 'wasm-modules', setup(b) {
    b.onResolve({ filter: /\.wasm$/ }, (args) => { wasmModules.set(args.path.replace(/^\.\//, ''), join(args.resolveDir, args.path)); });
  } };
  let firstError;
  for (const platform of ['browser', 'neutral']) {
    try {
      const result = await build({
        stdin: { contents: `${code}\nexport default { fetch() { return new Response('ok'); } };`, resolveDir: process.cwd(), loader: 'js' },
        bundle: true, minify: true, format: 'esm', platform, target: 'es2022', write: false, logLevel: 'silent',
        conditions: ['workerd', 'worker', 'browser'], mainFields: ['browser', 'module', 'main'], plugins: [recordWasm],
        external: ['*.wasm', '@x402/fetch', ...(nodeCompat ? nodeBuiltins : [])],
        banner: nodeCompat ? { js: `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire('/');` } : undefined,
      });
      return { js: result.outputFiles[0].contents, wasmModules };
    } catch (error) {
      firstError ??= error;
    }
  }
  const unresolved = [...new Set((firstError.errors ?? []).map((e) => e.text.match(/^Could not resolve "([^"]+)"/)?.[1]).filter(Boolean))];
  if (unresolved.length && unresolved.every((m) => nodeBuiltins.has(m))) {
    const builtins = [...new Set(unresolved.map((m) => m.replace(/^(node:)?/, 'node:')))].sort();
    return { error: `needs ${builtins.join(', ')}`, builtins };
  }
  return { error: `does not bundle (${(firstError.errors?.[0]?.text ?? String(firstError)).slice(0, 60)})` };
}

function writeWorker(name, { js, wasmModules = new Map() }, compatFlags = []) {
  const folder = join(dir, 'workerd', name.replace(/\W+/g, '-'));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'worker.js'), js);
  const modules = [`(name = "worker.js", esModule = embed "worker.js")`];
  for (const [i, [moduleName, file]] of [...wasmModules].entries()) {
    copyFileSync(file, join(folder, `module-${i}.wasm`));
    modules.push(`(name = ${JSON.stringify(moduleName)}, wasm = embed "module-${i}.wasm")`);
  }
  writeFileSync(join(folder, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .w)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const w :Workerd.Worker = (
  compatibilityDate = "${COMPAT_DATE}",
  compatibilityFlags = [${compatFlags.map((f) => JSON.stringify(f)).join(', ')}],
  modules = [${modules.join(', ')}],
);
`);
  return folder;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createNetServer().once('error', reject).listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function getOnce(port) {
  return new Promise((resolve) => {
    const req = httpGet({ host: '127.0.0.1', port, path: '/', agent: false, timeout: WORKERD_TIMEOUT_MS }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c) => { body += c; }).on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout'))).on('error', () => resolve(null));
  });
}

// One cold start: ms from spawn to the first HTTP response, or { error } with what workerd said.
async function workerdStart(folder) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(workerdBin, ['serve', join(folder, 'config.capnp'), '--socket-addr', `http=127.0.0.1:${port}`],
    { cwd: folder, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  live.add(child);
  let stderr = '';
  let exited = false;
  child.stderr.setEncoding('utf8').on('data', (c) => { if (stderr.length < 65536) stderr += c; });
  const gone = new Promise((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  child.once('error', (e) => { exited = true; stderr += String(e.message); });
  try {
    while (performance.now() - t0 < WORKERD_TIMEOUT_MS) {
      const res = await getOnce(port);
      if (res) {
        const ms = performance.now() - t0;
        return res.status === 200 && res.body === 'ok' ? { ms } : { error: `HTTP ${res.status}${whatFailed(stderr) ? `: ${whatFailed(stderr)}` : ''}` };
      }
      if (exited) return { error: whatFailed(stderr) || 'workerd exited' };
      await new Promise((r) => setTimeout(r, WORKERD_POLL_MS));
    }
    return { error: `no response in ${WORKERD_TIMEOUT_MS / 1000} s` };
  } finally {
    try { process.kill(-child.pid, 'SIGKILL'); } catch {}
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5000).unref())]);
    live.delete(child);
  }
}

function whatFailed(stderr) {
  const line = stderr.split('\n').find((l) => /Uncaught|Error/.test(l));
  if (!line) return '';
  const missing = line.match(/No such module "([^"]+)"/);
  if (missing) return `needs ${missing[1]}`;
  return line.replace(/^.*?Uncaught (\w*Error: )?/, '').slice(0, 60);
}

// Median of WORKERD_RUNS starts per worker, run round-robin with its baseline so that drift hits all alike.
async function workerdColdStarts() {
  const missing = ensureWorkerd();
  if (missing) return { note: missing, cells: {} };
  const workers = {}; // key → { folder, baseline key }
  const failures = {}; // bundling, by entry
  const runFailures = {}; // starting, by worker
  const empty = { js: `export default { fetch() { return new Response('ok'); } };` };
  workers['baseline'] = { folder: writeWorker('baseline', empty) };
  for (const [name, entry] of Object.entries(entries)) {
    const bundled = await bundleWorker(entry.code);
    if (bundled.error) {
      failures[name] = bundled.error;
      if (!bundled.builtins) continue;
      // Only Node built-ins missing: also try workerd's Node compatibility layer, with its own baseline.
      const compat = await bundleWorker(entry.code, { nodeCompat: true });
      if (compat.error) { failures[name] += `; with nodejs_compat: ${compat.error}`; continue; }
      workers['baseline nodejs_compat'] ??= { folder: writeWorker('baseline-nodejs-compat', empty, ['nodejs_compat']) };
      workers[name] = { folder: writeWorker(`${name} nodejs_compat`, compat, ['nodejs_compat']), baseline: 'baseline nodejs_compat', compat: true };
      continue;
    }
    if (entry.wasm && bundled.wasmModules.size === 0) { failures[name] = 'no wasm module imported: the workerd entry was not picked'; continue; }
    workers[name] = { folder: writeWorker(name, bundled), baseline: 'baseline' };
  }
  const runs = Object.fromEntries(Object.keys(workers).map((k) => [k, []]));
  // Round 0 is a warm-up, discarded: the binary and each worker's files into the page cache, and the tail of the
  // Chromium runs before it (their helper processes outlive `--dump-dom` for a moment) out of the way.
  for (let round = 0; round <= WORKERD_RUNS; round++) {
    for (const [key, { folder }] of Object.entries(workers)) {
      if (runs[key] === null) continue;
      const r = await workerdStart(folder);
      if (r.error) { runFailures[key] = r.error; runs[key] = null; } else if (round > 0) runs[key].push(r.ms);
    }
  }
  if (runs['baseline'] === null) return { note: `not measured: the empty worker did not start (${runFailures['baseline']})`, cells: {} };
  const base = Object.fromEntries(Object.entries(runs).filter(([, v]) => v).map(([k, v]) => [k, median(v)]));
  const cells = {};
  for (const name of Object.keys(entries)) {
    const w = workers[name];
    const value = !w ? null : base[name] !== undefined && base[w.baseline] !== undefined ? ms(base[name] - base[w.baseline])
      : `fails: ${runFailures[name] ?? runFailures[w.baseline] ?? 'n/a'}`;
    if (w?.compat) cells[name] = `fails: ${failures[name]}; with nodejs_compat: ${value.replace(/^fails: /, 'fails, ')}`;
    else cells[name] = value ?? `fails: ${failures[name]}`;
  }
  return { cells, baseline: base['baseline'], compatBaseline: base['baseline nodejs_compat'] };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');

const files = {};
const sizes = {};
for (const [name, entry] of Object.entries(entries)) {
  files[name] = await bundle(name, entry);
  const parts = [readFileSync(files[name])];
  if (entry.wasm) parts.push(readFileSync(entry.wasm));
  sizes[name] = { raw: parts.reduce((n, b) => n + b.length, 0), gzip: parts.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
}
const node = Object.fromEntries(Object.entries(entries).map(([name, entry]) => [name, nodeColdStart(entry)]));
const browserFiles = Object.fromEntries(Object.entries(files).filter(([name]) => entries[name].platform === 'browser'));
const chromium = await chromiumColdStart(browserFiles);
let workerd;
try {
  workerd = await workerdColdStarts();
} catch (error) {
  workerd = { note: `not measured: ${String(error.message).split('\n')[0].slice(0, 100)}`, cells: {} };
} finally {
  killAll();
  rmSync(dir, { recursive: true, force: true });
}

const workerdVersion = existsSync(workerdBin) ? execFileSync(workerdBin, ['--version'], { timeout: 10_000 }).toString().trim() : 'workerd';
// shared/PRODUCT.md's size budgets per entry (browser JS + wasm, gzip -9, as scripts/build.sh prints them).
const BUDGETS = { 'nylas-agent-accounts (full client)': '≤ 120 KB', 'nylas-agent-accounts/checks (a page that only validates)': '≤ 40 KB' };
const report = [
  'Size: each SDK bundled by esbuild (minified, ESM; browser conditions, node for the Node-only SDK) from an entry that',
  'imports it and makes its client; our wasm file is counted with ours. Cold start, import → client (or first check):',
  'Node imports the installed package, as Node users do (median of 7 fresh processes); Chromium loads the bundle',
  '(median of 5 fresh headless profiles). workerd (' + workerdVersion + ') runs a module worker with the entry\'s code at its',
  'top level (bundled with conditions workerd, worker, browser; wasm as a `wasm` module of the config) and a fetch',
  'handler that answers \'ok\': the wall time from spawning `workerd serve` (127.0.0.1) to the first \'ok\' response to a',
  'GET polled every 2 ms (workerd opens its socket before it has loaded the worker and holds the request until then),',
  'minus the same for an empty worker; median of 5 starts each, round-robin, after one discarded warm-up round.',
  'Timed from outside because timers inside workerd stand still without I/O.' + (workerd.baseline === undefined ? ''
    : ` The empty worker itself: ${ms(workerd.baseline)}${workerd.compatBaseline === undefined ? '' : ` (${ms(workerd.compatBaseline)} with nodejs_compat)`}.`)
    + (workerd.note ? ` workerd ${workerd.note}.` : ''),
  ...(Object.values(workerd.cells).some((c) => c.includes('nodejs_compat')) ? [
    'Where an SDK needs Node built-ins, the cell names them and also gives the time with `nodejs_compat` (built-ins left',
    'to workerd, `require` from node:module), against an empty worker with that flag.'] : []),
  '',
  '| SDK | bytes | gzip -9 | budget | Node cold start | Chromium cold start | workerd cold start |',
  '|---|---|---|---|---|---|---|',
  ...Object.keys(entries).map((name) => `| ${name} | ${kb(sizes[name].raw)} | ${kb(sizes[name].gzip)} | ${BUDGETS[name] ?? ''} | ${ms(node[name])} | ${chromium[name] === undefined ? 'Node only' : ms(chromium[name])} | ${workerd.cells[name] ?? 'not measured'} |`),
].join('\n');
console.log(report);
writeFileSync(new URL('./results/peers.md', import.meta.url), `${report}\n`);
