// `make www-demo`: the admin page as a static folder that runs on its own. The emulator and the
// package's server handler both run in the tab (www/js/backend-demo.js), so any static file server can
// host it: no Nylas account, no API key, no server code. Writes target/www-demo/ (or the folder given).
//
// The folder: www/ with js/backend.js replaced by the demo backend, the page's Content-Security-Policy
// as a <meta> (a static host sends no headers of ours), and the three browser entries of the package it
// imports (the client, the server handler, the emulator), each beside its wasm.
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from './www.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The package files the page imports, as paths under pkg/. */
export const PACKAGE_FILES = [
  'browser.js', 'nylas_agent_accounts_bg.wasm',
  'server/browser.js', 'server/nylas_agent_accounts_bg.wasm',
  'emulator/browser.js', 'emulator/nylas_emulator_wasm_bg.wasm',
  'LICENSE',
];

// frame-ancestors means nothing in a <meta> policy (browsers ignore it there, with a console warning).
const META_POLICY = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Writes the demo folder; returns its file sizes. */
export async function buildDemo(out = join(ROOT, 'target', 'www-demo')) {
  await rm(out, { recursive: true, force: true });
  await cp(join(ROOT, 'www'), out, { recursive: true });
  await cp(join(out, 'js', 'backend-demo.js'), join(out, 'js', 'backend.js'));
  await rm(join(out, 'js', 'backend-demo.js'));
  for (const file of PACKAGE_FILES) {
    await mkdir(dirname(join(out, 'pkg', file)), { recursive: true });
    await cp(join(ROOT, 'pkg', file), join(out, 'pkg', file));
  }
  const html = await readFile(join(out, 'index.html'), 'utf8');
  const head = '<meta charset="utf-8">';
  if (!html.includes(head)) throw new Error(`www/index.html lost its ${head}: the policy goes after it`);
  await writeFile(join(out, 'index.html'), html
    .replace(head, `${head}\n  <meta http-equiv="Content-Security-Policy" content="${META_POLICY}">`)
    .replace('<title>Agent Accounts admin</title>', '<title>Agent Accounts admin (demo)</title>'));
  return sizes(out);
}

/** Every file's size and gzip size, and the totals. */
async function sizes(dir) {
  const files = [];
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    files.push({ name, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  const total = files.reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzip }), { bytes: 0, gzip: 0 });
  return { out: dir, files, total };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { out, files, total } = await buildDemo(process.argv[2]);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  for (const f of files.filter((f) => f.bytes > 50_000)) console.log(`  ${f.name}: ${kb(f.bytes)} (${kb(f.gzip)} gzip)`);
  console.log(`${out}: ${files.length} files, ${kb(total.bytes)} (${kb(total.gzip)} gzip).`);
  console.log(`Serve it with any static file server, e.g.: python3 -m http.server -b 127.0.0.1 -d ${out} 8000`);
}
