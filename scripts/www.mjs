// `make www`: the admin page (www/) in front of a local emulator. One Node server on 127.0.0.1 serves
// www/ and the built package (pkg/) as static files under a strict Content-Security-Policy, and mounts
// the package's server handler under /api/nylas: the browser never sees the API key or the service
// account, and only the operations the page uses are forwarded.
//
// The tests, the screenshots and the benchmark start the same setup on random ports with startWww().
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startEmulator } from '../emulator/tests-js/helpers/emulator.mjs';
import { mountApi } from './www-api.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STATIC = [['/pkg/', join(ROOT, 'pkg')], ['/', join(ROOT, 'www')]];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
};

/**
 * No inline script or style anywhere: a subject line that slipped into the DOM as markup still could not
 * run. 'wasm-unsafe-eval' is what compiling the package's wasm needs, and nothing more.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** The file a static URL path names, or null when it is outside the served folders. */
function staticFile(pathname, folders) {
  for (const [prefix, dir] of folders) {
    if (!pathname.startsWith(prefix)) continue;
    let rest = decodeURIComponent(pathname.slice(prefix.length));
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = resolve(dir, rest);
    // resolve() collapses `..`: anything that lands outside the folder is refused, not served.
    return file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

async function serveStatic(req, res, folders) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' }).end();
    return;
  }
  let file;
  try {
    file = staticFile(new URL(req.url, 'http://localhost').pathname, folders);
  } catch {
    file = null; // a malformed %-escape
  }
  try {
    if (!file) throw new Error('outside');
    const body = await readFile(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
  }
}

/**
 * A webhook endpoint for webhooks made on the page: it answers Nylas's challenge and accepts (drops)
 * notifications, so creating one works locally. A real server verifies the signature and acts on them.
 */
function webhookReceiver(req, res) {
  const challenge = new URL(req.url, 'http://localhost').searchParams.get('challenge');
  if (req.method === 'GET' && challenge !== null) {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(challenge);
  } else {
    req.resume();
    res.writeHead(req.method === 'POST' ? 200 : 405).end();
  }
}

/**
 * Starts the emulator and the page server. `port` 0 picks a free one. `stateDir` keeps the emulator's
 * state (and its service account) between runs; without it both live in a temporary folder.
 * `extraStatic`: more [URL prefix, folder] pairs to serve (the benchmark's checks-only page).
 * @returns {Promise<{ url: string, emulator: object, close: () => Promise<void> }>}
 */
export async function startWww({ port = 0, stateDir, emulatorFlags = [], extraStatic = [] } = {}) {
  const folders = [...extraStatic, ...STATIC];
  const temp = stateDir ? null : await mkdtemp(join(tmpdir(), 'nylas-www-'));
  const dir = stateDir ?? temp;
  mkdirSync(dir, { recursive: true });
  const serviceAccountFile = join(dir, 'service-account.json');
  const emulator = await startEmulator([
    '--service-account-out', serviceAccountFile, '--auto-connector',
    ...(stateDir ? ['--state', join(dir, 'emulator-state.json')] : []), ...emulatorFlags,
  ]);
  const serviceAccount = JSON.parse(await readFile(serviceAccountFile, 'utf8'));
  const api = mountApi({ apiKey: emulator.apiKey, serviceAccount, apiUri: emulator.url, basePath: '/api/nylas' });
  const server = createServer((req, res) => {
    if (req.url === '/api/nylas' || req.url.startsWith('/api/nylas/')) api(req, res);
    else if (req.url.startsWith('/webhook')) webhookReceiver(req, res);
    else serveStatic(req, res, folders);
  });
  await new Promise((ready) => server.listen(port, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${server.address().port}/`;
  async function close() {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await emulator.stop();
    if (temp) await rm(temp, { recursive: true, force: true });
  }
  return { url, emulator, stateDir: dir, close };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.WWW_PORT ?? 4020);
  const www = await startWww({ port, stateDir: join(ROOT, '.www') });
  console.log(`admin page: ${www.url}  (emulator ${www.emulator.url}; state in .www/; Ctrl-C stops both)`);
  const stop = async () => {
    await www.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
