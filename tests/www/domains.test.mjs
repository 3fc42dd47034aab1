// The Domains view end to end: a trial and an own domain registered, the own domain's DNS records shown
// with copy buttons and a zone file, published through the emulator's test hook, then verified.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openAdmin } from './helpers/page.mjs';

const OWN = 'agents.acme.example';
let admin;
before(async () => {
  admin = await openAdmin();
  await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(admin.www.url).origin });
});
after(async () => { await admin?.close(); });

test('a trial domain: its label checked as typed, registered, ready with no DNS', async () => {
  const { page, go } = admin;
  await go('/domains');
  const domain = page.getByLabel('Domain', { exact: true });
  await domain.fill('acme_corp');
  await page.locator('[data-code="EMAIL_DOMAIN_INVALID_CHARACTER"]').waitFor();
  await domain.fill('acme');
  await page.getByText('Will register acme.nylas.email').waitFor();
  await page.getByLabel('Display name').fill('Acme trial');
  await page.getByRole('button', { name: 'Register domain' }).click();
  await page.getByText('Registered acme.nylas.email').waitFor();
  await page.getByText('A trial domain needs no DNS records.').waitFor();
  assert.equal(await page.locator('[data-ready]').getAttribute('data-ready'), 'true');
});

test('an own domain: records to publish, copy, zone file, verify one, then all', async () => {
  const { page, hooks } = admin;
  await page.getByLabel('Kind').selectOption('own');
  await page.getByLabel('Domain', { exact: true }).fill(OWN);
  await page.getByLabel('Display name').fill('Acme agents');
  await page.getByRole('button', { name: 'Register domain' }).click();
  await page.getByRole('heading', { name: `DNS records of ${OWN}` }).waitFor();
  const rows = page.locator('tr[data-check]');
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.check)), ['ownership', 'mx', 'spf', 'dkim', 'feedback']);
  assert.equal(await page.locator('td[data-status="pending"]').count(), 5);
  assert.equal(await page.locator('[data-ready]').getAttribute('data-ready'), 'false');

  const ownership = page.locator('tr[data-check="ownership"]');
  const value = await ownership.locator('.value').textContent();
  assert.match(value, /^nylas-ownership-verify=/);
  await ownership.getByRole('button', { name: 'Copy the Ownership value' }).click();
  await page.getByText('Copied the Ownership value.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), value);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download zone file' }).click()]);
  assert.equal(download.suggestedFilename(), `${OWN}.zone`);
  const zone = await readFile(await download.path(), 'utf8');
  assert.ok(zone.includes(value), 'the zone file has the ownership record');
  assert.match(zone, /\bMX\b/);

  // Verifying before publishing: the check stays unverified, and says why.
  await page.getByRole('button', { name: 'Verify Ownership' }).click();
  await page.locator('tr[data-check="ownership"] td[data-status="pending"]').waitFor();

  await hooks.publishExpectedDns(OWN); // stands in for the operator publishing them at a DNS provider
  await page.getByRole('button', { name: 'Verify Ownership' }).click();
  await page.locator('tr[data-check="ownership"] td[data-status="verified"]').waitFor();
  await page.getByRole('button', { name: 'Verify all' }).click();
  await page.locator('[data-ready="true"]').waitFor();
  assert.equal(await page.locator('td[data-status="verified"]').count(), 5);
  const listed = page.locator(`tr[data-domain="${OWN}"]`);
  assert.deepEqual((await listed.locator('td').allTextContents()).slice(4, 6), ['Yes', 'Yes']);
});

test('an address on the verified domain is accepted by the create form', async () => {
  const { page, go } = admin;
  await go('/accounts/new');
  await page.getByLabel('Email address').fill(`bot@${OWN}`);
  await page.locator('#email-check').getByText(`bot@${OWN} is on ${OWN}.`).waitFor();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(`Created bot@${OWN}.`).waitFor();
});

test('no request carried a key, none left the origin, no key is in the DOM', async () => {
  await admin.assertNoSecrets();
});
