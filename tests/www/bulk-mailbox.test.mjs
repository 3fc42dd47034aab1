// Bulk create from CSV with progress and a result per row, and the mailbox showing hostile messages as
// text only: nothing in a subject or a snippet runs, and no element is made from it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { openAdmin } from './helpers/page.mjs';

const DOMAIN = 'bulk.nylas.email';
let admin;
before(async () => { admin = await openAdmin({ emulatorFlags: ['--domain', DOMAIN] }); });
after(async () => { await admin?.close(); });

test('a CSV of 50 rows: progress to 50, one result per row, bad rows explained', async () => {
  const { page, go } = admin;
  const rows = Array.from({ length: 48 }, (_, i) => `agent-${i + 1}@${DOMAIN},"Agent ${i + 1}, imported",`);
  rows.push(`bad..dots@${DOMAIN},Bad,`, `short@${DOMAIN},Short,abc`);
  await go('/accounts/bulk');
  await page.getByLabel('CSV rows').fill(['email,name,app_password', ...rows].join('\n'));
  const progress = page.getByLabel('Progress', { exact: true });
  const seen = new Set();
  // Progress is observed as it moves: every value the bar takes is recorded by the page itself.
  await page.evaluate(() => {
    window.__progressValues = [];
    new MutationObserver(() => window.__progressValues.push(document.querySelector('#bulk-progress').value))
      .observe(document.querySelector('#bulk-counts'), { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Create accounts' }).click();
  await page.getByRole('table', { name: 'Result per row' }).waitFor();
  for (const value of await page.evaluate(() => window.__progressValues)) seen.add(value);
  assert.equal(await progress.getAttribute('max'), '50');
  assert.equal(await progress.evaluate((p) => p.value), 50);
  assert.ok(seen.size > 2, `the bar moved through intermediate values (${[...seen].join(',')})`);
  assert.match(await page.locator('#bulk-counts').textContent(), /50 of 50 done: 48 created, 0 already existed, 2 failed/);
  assert.equal(await page.locator('tr[data-status="created"]').count(), 48);
  const failed = page.locator('tr[data-status="failed"]');
  assert.equal(await failed.count(), 2);
  assert.match(await failed.nth(0).textContent(), /bad\.\.dots@.*Fix: /);
  assert.match(await failed.nth(1).textContent(), /short@.*Fix: /);
  const grants = Object.values((await admin.hooks.snapshot()).grants);
  assert.equal(grants.length, 48);
  assert.ok(grants.some((g) => g.name === 'Agent 7, imported'), 'quoted CSV fields keep their comma');
});

test('a re-run of the same CSV changes nothing: every row already existed', async () => {
  const { page } = admin;
  await page.getByRole('button', { name: 'Create accounts' }).click();
  await page.locator('#bulk-counts').getByText('50 of 50 done: 0 created, 48 already existed, 2 failed.').waitFor();
});

test('an uploaded CSV file fills the rows, and its rows are imported', async () => {
  const { page } = admin;
  await page.getByLabel('…or upload a CSV file').setInputFiles({ name: 'more.csv', mimeType: 'text/csv',
    buffer: Buffer.from(`email,name\r\nuploaded-1@${DOMAIN},Uploaded one\r\nuploaded-2@${DOMAIN},Uploaded two\r\n`) });
  await page.waitForFunction(() => document.querySelector('textarea').value.includes('uploaded-2@'));
  await page.getByRole('button', { name: 'Create accounts' }).click();
  await page.locator('#bulk-counts').getByText('2 of 2 done: 2 created, 0 already existed, 0 failed.').waitFor();
  assert.equal(await page.locator('tr[data-status="created"]').count(), 2);
});

test('hostile subjects, senders and snippets are shown as text; nothing runs', async () => {
  const { page, go, hooks } = admin;
  const grant = `agent-1@${DOMAIN}`;
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const now = Math.floor(Date.now() / 1000);
  for (let i = 1; i <= 11; i++) {
    await hooks.deliverMessage({ grant, from: { name: `Sender ${i}`, email: `s${i}@example.com` }, subject: `Routine ${i}`, body: `body ${i}`, date: now - 1000 + i });
  }
  await hooks.deliverMessage({ grant, from: { name: '<b onmouseover="window.__pwned=3">Eve</b>', email: 'eve@example.com' },
    subject: `Invoice ${payload}`, body: `Open me ${payload}`, date: now });
  await go('/mailbox');
  await page.getByLabel('Account').selectOption({ label: grant });
  const items = page.locator('li.message');
  await items.first().waitFor();
  assert.equal(await items.count(), 10, 'a page of 10');
  // Newest first: the hostile message, then Routine 11, 10, …
  assert.equal(await items.nth(0).locator('.subject').textContent(), `Invoice ${payload}`);
  assert.equal(await items.nth(0).locator('.snippet').textContent(), `Open me ${payload}`);
  assert.match(await items.nth(0).locator('.from').textContent(), /<b onmouseover=.*>Eve<\/b> <eve@example.com>/);
  assert.equal(await items.nth(1).locator('.subject').textContent(), 'Routine 11');
  assert.equal(await page.locator('main img, main script, main b').count(), 0, 'no element was made from the data');
  await items.nth(0).hover();
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');

  await page.getByRole('button', { name: 'Older' }).click();
  await page.getByRole('status').getByText('Page 2: messages 11–12.').waitFor();
  assert.deepEqual(await items.locator('.subject').allTextContents(), ['Routine 2', 'Routine 1']);
  assert.equal(await page.getByRole('button', { name: 'Older' }).isDisabled(), true);
  await page.getByRole('button', { name: 'Newer' }).click();
  await page.getByRole('status').getByText('Page 1: messages 1–10.').waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

test('the page is served under a strict Content-Security-Policy, and nothing outside www/ and pkg/', async () => {
  const response = await fetch(admin.www.url);
  const csp = response.headers.get('content-security-policy');
  for (const directive of ["script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "connect-src 'self'"]) {
    assert.ok(csp.includes(directive), directive);
  }
  assert.ok(!csp.includes('unsafe-inline'));
  for (const path of ['/js/main.js', '/app.css', '/pkg/browser.js']) {
    assert.equal((await fetch(new URL(path, admin.www.url))).headers.get('content-security-policy'), csp, path);
  }
  // Raw requests: fetch() would collapse the `..` before sending.
  const { port } = new URL(admin.www.url);
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/pkg/../Cargo.toml', '/..%2fscripts/www.mjs', '/pkg/%2e%2e%2fCargo.toml']) {
    const status = await new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port, path }, (res) => { res.resume(); resolve(res.statusCode); }).on('error', reject);
    });
    assert.equal(status, 404, path);
  }
});

test('no request carried a key, none left the origin, no key is in the DOM', async () => {
  await admin.assertNoSecrets();
});

test('no page script parses strings as HTML', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const dir = new URL('../../www/', import.meta.url);
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js'));
  assert.ok(files.length > 5);
  for (const file of files) {
    const source = await readFile(new URL(file, dir), 'utf8');
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|\beval\(|new Function/, file);
  }
});
