// Size and cold start side by side with the peers, bundled by esbuild in the same run: what a browser
// (or an edge function) downloads for each SDK's client, gzip -9, and import → first result in a fresh
// Node process and in headless Chromium. Prints Markdown and writes bench/results/peers.md.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';

const dir = mkdtempSync(join(tmpdir(), 'peers-'));
const wasm = new URL('../pkg/nylas_agent_accounts_bg.wasm', import.meta.url);

// Each entry imports the SDK, makes its client (or first check) and reports the time since start.
// `code` is bundled; `node` is the same with a dynamic import, so that the import itself is timed.
const entries = {
  'nylas-agent-accounts (full client)': { platform: 'browser', wasm: true,
    code: `import { AgentAccounts, validateEmail } from 'nylas-agent-accounts'; new AgentAccounts({ apiKey: 'k' }); validateEmail('a@b.co');`,
    node: `const m = await import('nylas-agent-accounts'); new m.AgentAccounts({ apiKey: 'k' }); m.validateEmail('a@b.co');` },
  'nylas-agent-accounts (local checks only)': { platform: 'browser', wasm: true,
    code: `import { validateEmail } from 'nylas-agent-accounts'; validateEmail('a@b.co');`,
    node: `const m = await import('nylas-agent-accounts'); m.validateEmail('a@b.co');` },
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

async function bundle(name, { platform, code }) {
  const file = join(dir, `${name.replace(/\W+/g, '-')}-${platform}.mjs`);
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
      const base = file.split('/').pop();
      pages[`${base}.html`] = `<pre id="r"></pre><script type="module">const t = performance.now(); await import('./${base}');
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

const files = {};
const sizes = {};
for (const [name, entry] of Object.entries(entries)) {
  files[name] = await bundle(name, entry);
  const parts = [readFileSync(files[name])];
  if (entry.wasm) parts.push(readFileSync(wasm));
  sizes[name] = { raw: parts.reduce((n, b) => n + b.length, 0), gzip: parts.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
}
copyFileSync(wasm, join(dir, 'nylas_agent_accounts_bg.wasm'));
const node = Object.fromEntries(Object.entries(entries).map(([name, entry]) => [name, nodeColdStart(entry)]));
const browserFiles = Object.fromEntries(Object.entries(files).filter(([name]) => entries[name].platform === 'browser'));
const chromium = await chromiumColdStart(browserFiles);
rmSync(dir, { recursive: true, force: true });

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
const report = [
  'Size: each SDK bundled by esbuild (minified, ESM; browser conditions, node for the Node-only SDK) from an entry that',
  'imports it and makes its client; our wasm file is counted with ours. Cold start, import → client (or first check):',
  'Node imports the installed package, as Node users do (median of 7 fresh processes); Chromium loads the bundle',
  '(median of 5 fresh headless profiles).',
  '',
  '| SDK | bytes | gzip -9 | budget | Node cold start | Chromium cold start |',
  '|---|---|---|---|---|---|',
  ...Object.keys(entries).map((name) => `| ${name} | ${kb(sizes[name].raw)} | ${kb(sizes[name].gzip)} | ${name.includes('full') ? '≤ 34 KB' : ''} | ${ms(node[name])} | ${chromium[name] === undefined ? 'Node only' : ms(chromium[name])} |`),
].join('\n');
console.log(report);
writeFileSync(new URL('./results/peers.md', import.meta.url), `${report}\n`);
