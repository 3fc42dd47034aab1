// The demo build (scripts/www-demo.mjs) served by a plain static file server (Python's http.server, from
// a sub-folder, sending none of our headers) and driven through the Dashboard path in headless Chromium:
// a trial domain registered, an account created, more imported from a CSV, all listed, a message
// delivered and read in the mailbox. The emulator and the handler run in the tab: every request the
// page makes is a GET of a static file, and a reload starts from nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemo } from '../../scripts/www-demo.mjs';
import { launchChromium, seriousViolations } from './helpers/page.mjs';

const DOMAIN = 'demo.nylas.email';
const SCREENSHOT = fileURLToPath(new URL('../../target/screenshots/www-demo-mailbox.png', import.meta.url));
let dir;
let server;
let browser;
let page;
let base;
const requests = [];
const pageErrors = [];

/** `python3 -m http.server` on 127.0.0.1 and a free port, serving `root`; resolves with its URL. */
function staticServer(root) {
  const child = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', root, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const port = /port (\d+)/.exec(seen)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}/`, stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`http.server exited (${code}): ${seen}`)));
  });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'www-demo-'));
  await buildDemo(join(dir, 'site', 'admin-demo')); // a sub-folder: the page must not assume it is at /
  server = await staticServer(join(dir, 'site'));
  base = `${server.url}admin-demo/`;
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
  page.on('pageerror', (error) => pageErrors.push(error));
});
after(async () => {
  await browser?.close();
  server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function go(hash) {
  await page.goto(`${base}#${hash}`);
  await page.waitForSelector(`body[data-path="${hash}"] main:not([aria-busy]) h1`);
}

test('the banner says the data lives in this tab, under the page policy', async () => {
  await go('/domains');
  await page.getByRole('complementary', { name: 'Demo mode' }).getByText('Demo: data lives in this tab.').waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(policy, /connect-src 'self'/);
  assert.deepEqual(await seriousViolations(page), []);
});

test('the Dashboard path: a trial domain, one account, a CSV import, the list', async () => {
  await page.getByLabel('Domain', { exact: true }).fill('demo');
  await page.getByLabel('Display name').fill('Demo trial');
  await page.getByRole('button', { name: 'Register domain' }).click();
  await page.getByText(`Registered ${DOMAIN}`).waitFor();

  await page.evaluate(() => { location.hash = '#/accounts/new'; });
  await page.waitForSelector('body[data-path="/accounts/new"] main:not([aria-busy]) h1');
  await page.getByLabel('Email address').fill(`support@${DOMAIN}`);
  await page.getByText(`support@${DOMAIN} is on ${DOMAIN} (trial domain).`).waitFor();
  await page.getByRole('button', { name: 'Generate' }).click();
  await page.getByLabel('Display name (optional)').fill('Support');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(`Created support@${DOMAIN}.`).waitFor();

  await page.evaluate(() => { location.hash = '#/accounts/bulk'; });
  await page.waitForSelector('body[data-path="/accounts/bulk"] main:not([aria-busy]) h1');
  const rows = [1, 2, 3].map((i) => `agent-${i}@${DOMAIN},Agent ${i},`);
  await page.getByLabel('CSV rows').fill(['email,name,app_password', ...rows, `bad..dots@${DOMAIN},Bad,`].join('\n'));
  await page.getByRole('button', { name: 'Create accounts' }).click();
  await page.locator('#bulk-counts').getByText('4 of 4 done: 3 created, 0 already existed, 1 failed.').waitFor();

  await page.evaluate(() => { location.hash = '#/accounts'; });
  await page.waitForSelector('body[data-path="/accounts"] main:not([aria-busy]) h1');
  for (const email of [`support@${DOMAIN}`, `agent-1@${DOMAIN}`, `agent-3@${DOMAIN}`]) {
    await page.getByRole('cell', { name: email }).first().waitFor();
  }
});

test('a message delivered by the banner is read in the mailbox', async () => {
  const banner = page.getByRole('complementary', { name: 'Demo mode' });
  await banner.getByText('Play the outside world').click();
  await banner.getByLabel('Deliver a message to').fill(`agent-2@${DOMAIN}`);
  await banner.getByLabel('Subject').fill('Welcome aboard');
  await banner.getByRole('button', { name: 'Deliver' }).click();
  await banner.getByText(`Delivered "Welcome aboard" to agent-2@${DOMAIN}`).waitFor();

  await page.evaluate(() => { location.hash = '#/mailbox'; });
  await page.waitForSelector('body[data-path="/mailbox"] main:not([aria-busy]) h1');
  await page.getByLabel('Account', { exact: true }).selectOption({ label: `agent-2@${DOMAIN}` });
  const message = page.locator('li.message').first();
  await message.waitFor();
  assert.equal(await message.locator('.subject').textContent(), 'Welcome aboard');
  assert.match(await message.locator('.from').textContent(), /Demo sender <sender@example.com>/);
  await mkdir(join(SCREENSHOT, '..'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
});

test('nothing left the tab: only GETs of the static files, no page error', () => {
  const origin = new URL(base).origin;
  assert.ok(requests.length > 5);
  for (const { url, method } of requests) {
    assert.equal(new URL(url).origin, origin, `a request left the page: ${url}`);
    assert.equal(method, 'GET', `${method} ${url}`);
    assert.ok(!new URL(url).pathname.includes('/api/'), `the API went over the network: ${url}`);
  }
  assert.ok(requests.some((r) => r.url.endsWith('/pkg/emulator/nylas_emulator_wasm_bg.wasm')), 'the emulator came from the folder');
  assert.deepEqual(pageErrors.map(String), []);
});

test('a reload starts over: the data lived in the tab only', async () => {
  await page.reload();
  await page.evaluate(() => { location.hash = '#/accounts'; });
  await page.waitForSelector('body[data-path="/accounts"] main:not([aria-busy]) h1');
  assert.equal(await page.getByRole('cell', { name: `support@${DOMAIN}` }).count(), 0);
});

test('at 375 px, the banner and its forms open: no serious axe violation, no sideways scrolling', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByText('Play the outside world').click();
  await page.getByLabel('Deliver a message to').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
});
