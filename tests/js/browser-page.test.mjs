// The package in a real browser page: headless Chromium loads a page that imports the package by its
// bare name (an import map points it at pkg/browser.js) and writes its results into the DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

function serve() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = path === '/' ? 'tests/browser/page.html' : path.slice(1);
    if (!file.startsWith('pkg/') && !file.startsWith('tests/browser/')) return res.writeHead(404).end();
    try {
      const body = await readFile(join(root, file));
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function dumpDom(url, profile) {
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${profile}`, '--virtual-time-budget=10000', '--dump-dom', url];
  return new Promise((resolve, reject) => {
    execFile('chromium', args, { timeout: 60_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}

test('imports in a browser page with no init() call', async () => {
  const server = await serve();
  const profile = await mkdtemp(join(tmpdir(), 'chromium-'));
  try {
    const dom = await dumpDom(`http://127.0.0.1:${server.address().port}/`, profile);
    const result = JSON.parse(dom.match(/<pre id="result">(.*?)<\/pre>/s)?.[1] ?? '{}');
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.address, 'ada@xn--bcher-kva.example');
    assert.equal(result.passwordValid, true);
    assert.equal(result.errorClass, 'ValidationError');
    assert.equal(result.missCode, 'DOMAIN_NOT_REGISTERED');
  } finally {
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
