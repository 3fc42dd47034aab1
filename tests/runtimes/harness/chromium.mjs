// Opens one page of a fixture in headless Chromium (Debian's, driven by playwright-core) and prints what
// the page writes into #result. Serves the fixture folder on 127.0.0.1 with a small proxy at /nylas/ that
// adds the API key, as the README tells browser apps to do: the key never reaches the page.
//   node chromium.mjs <tools dir> <folder to serve> <page path>   (env: NYLAS_API_KEY, NYLAS_API_URI)
//   node chromium.mjs <tools dir> <http://… of a running server> <page path>
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join, resolve, extname, normalize } from 'node:path';

const [toolsDir, root, page] = process.argv.slice(2);
const { chromium } = createRequire(join(resolve(toolsDir), 'package.json'))('playwright-core');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

async function proxy(req, res) {
  const body = await new Promise((done) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c)).on('end', () => done(Buffer.concat(chunks)));
  });
  const upstream = await fetch(process.env.NYLAS_API_URI + req.url.slice('/nylas'.length), {
    method: req.method,
    headers: { authorization: `Bearer ${process.env.NYLAS_API_KEY}`, 'content-type': req.headers['content-type'] ?? 'application/json' },
    body: ['GET', 'HEAD'].includes(req.method) ? undefined : body,
  });
  res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
  res.end(Buffer.from(await upstream.arrayBuffer()));
}

const server = createServer(async (req, res) => {
  try {
    if (req.url.startsWith('/nylas/')) return await proxy(req, res);
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch (error) {
    res.writeHead(error.code === 'ENOENT' ? 404 : 500).end(String(error.message));
  }
});
const served = !/^https?:/.test(root);
if (served) await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = served ? `http://127.0.0.1:${server.address().port}` : root;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const logs = [];
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => logs.push(`console.${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => logs.push(`page error: ${e.message}`));
  tab.on('requestfailed', (r) => logs.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  await tab.goto(`${origin}/${page}`);
  await tab.waitForFunction(() => document.getElementById('result')?.textContent, null, { timeout: 30_000 });
  console.log(await tab.textContent('#result'));
} catch (error) {
  console.error(`${error.message}\n${logs.join('\n')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  if (served) server.close();
}
