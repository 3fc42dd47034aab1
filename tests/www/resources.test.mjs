// The simple views through the handler: a workspace, a list with items, a rule using it, a webhook
// (its challenge answered by the page's server; its secret copied, never shown), the connector status.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openAdmin } from './helpers/page.mjs';

const DOMAIN = 'res.nylas.email';
let admin;
before(async () => {
  admin = await openAdmin({ emulatorFlags: ['--domain', DOMAIN] });
  await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(admin.www.url).origin });
});
after(async () => { await admin?.close(); });

const formOf = (title) => admin.page.locator('form', { has: admin.page.getByRole('heading', { name: title, exact: true }) });

test('a workspace for the domain, with a policy', async () => {
  const { page, go } = admin;
  await go('/policies');
  await page.getByLabel('Name').fill('Outbound limit');
  await page.getByLabel('Emails sent per day (optional)').fill('250');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await page.getByRole('cell', { name: '250', exact: true }).waitFor();
  await go('/workspaces');
  const form = formOf('Create workspace');
  await form.getByLabel('Name').fill('Research agents');
  await form.getByLabel('Domain', { exact: true }).fill(DOMAIN);
  await form.getByLabel('Policy').selectOption({ label: 'Outbound limit' });
  await form.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByText('Created workspace Research agents.').waitFor();
  const row = page.getByRole('row', { name: /Research agents/ });
  // The message can show before the table is drawn again; allTextContents does not wait.
  await row.getByRole('cell', { name: 'Outbound limit', exact: true }).waitFor();
  assert.deepEqual((await row.locator('td').allTextContents()).slice(1, 4), [DOMAIN, 'Yes', 'Outbound limit']);
});

test('a list with items, and a rule that blocks what it lists; an API refusal shows its fix', async () => {
  const { page, go } = admin;
  await go('/lists');
  await page.getByLabel('Name').fill('Blocked domains');
  await page.getByLabel('Items (optional, one per line)').fill('spam.example\nphish.example');
  await page.getByRole('button', { name: 'Create list' }).click();
  await page.getByRole('row', { name: /Blocked domains/ }).getByRole('cell', { name: '2', exact: true }).waitFor();

  await go('/rules');
  const form = formOf('Create rule');
  await form.getByLabel('Name').fill('Block spam');
  await form.getByLabel('Field').selectOption('from.domain');
  await form.getByLabel('Value').fill('spam.example');
  await form.getByLabel('Action').selectOption('block');
  await form.getByRole('button', { name: 'Create rule' }).click();
  await page.getByText('Created rule Block spam.').waitFor();
  assert.match(await page.getByRole('row', { name: /Block spam/ }).textContent(), /from\.domain is spam\.example.*block/);

  // Inbound rules match from.* only: the API refuses, and the page shows why and what to do.
  await form.getByLabel('Name').fill('Wrong field');
  await form.getByLabel('Field').selectOption('recipient.domain');
  await form.getByLabel('Value').fill('acme.example');
  await form.getByRole('button', { name: 'Create rule' }).click();
  const error = form.locator('.error');
  await error.waitFor();
  assert.match(await error.textContent(), /inbound.*Fix: /is);
});

test('a webhook: created against the page server\'s challenge endpoint, its secret only on the clipboard', async () => {
  const { page, go } = admin;
  await go('/webhooks');
  await page.getByLabel('Description (optional)').fill('Local receiver');
  await page.getByRole('button', { name: 'Create webhook' }).click();
  await page.getByText(/Its signing secret is shown only now/).waitFor();
  await page.getByRole('row', { name: /Local receiver/ }).waitFor();
  await page.getByRole('button', { name: 'Copy the signing secret' }).click();
  await page.getByText('Copied the signing secret.').waitFor();
  const secret = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(secret.length >= 16);
  assert.ok(!(await page.content()).includes(secret), 'the secret is not in the page');
});

test('the connector status counts the accounts', async () => {
  const { page, go } = admin;
  await go('/connector');
  assert.equal(await page.locator('[data-fact="connector"]').textContent(), 'Configured (provider nylas)');
  assert.equal(await page.locator('[data-fact="accounts"]').textContent(), '0');
  await page.getByRole('button', { name: 'Make sure the connector exists' }).click();
  await page.getByText('The connector exists.').waitFor();
});

test('no request carried a key, none left the origin, no key is in the DOM', async () => {
  await admin.assertNoSecrets();
});
