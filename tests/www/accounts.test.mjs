// The Accounts views end to end, in headless Chromium through the handler against the emulator: a bad
// address typed and its problems shown, fixed through the suggestion, the account created, found by
// search, moved to a policy, its password reset, and deleted after a typed confirmation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openAdmin } from './helpers/page.mjs';

const DOMAIN = 'www.nylas.email';
let admin;
before(async () => { admin = await openAdmin({ emulatorFlags: ['--domain', DOMAIN] }); });
after(async () => { await admin?.close(); });

const grantOf = async (email) => Object.values((await admin.hooks.snapshot()).grants).find((g) => g.email === email);
const formOf = (title) => admin.page.locator('form', { has: admin.page.getByRole('heading', { name: title, exact: true }) });

test('a policy to attach exists (made on the Policies view)', async () => {
  const { page, go } = admin;
  await go('/policies');
  await page.getByLabel('Name').fill('Strict');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await page.getByRole('cell', { name: 'Strict', exact: true }).waitFor();
});

test('create: the address is checked as it is typed, the password checklist ticks, the account is made', async () => {
  const { page, go } = admin;
  await go('/accounts/new');
  const email = page.getByLabel('Email address');
  const check = page.locator('#email-check');
  const rules = page.locator('.checklist li');
  assert.equal(await rules.count(), 6, 'every app-password rule is shown from the start');
  assert.equal(await page.locator('.checklist li[data-met="true"]').count(), 0);

  await email.fill('bot..one@www.nylas.email');
  await check.locator('[data-code="EMAIL_LOCAL_DOTS"]').waitFor();
  assert.match(await check.textContent(), /Fix:/);
  assert.equal(await email.getAttribute('aria-invalid'), 'true');

  // Well formed, but on a subdomain of the registered domain: the problem and the package's suggestion.
  await email.fill('bot.one@agents.www.nylas.email');
  await check.locator('[data-code="DOMAIN_NOT_REGISTERED"]').waitFor();
  await page.getByRole('button', { name: `Use bot.one@${DOMAIN}` }).click();
  assert.equal(await email.inputValue(), `bot.one@${DOMAIN}`);
  await check.getByText(`bot.one@${DOMAIN} is on ${DOMAIN} (trial domain).`).waitFor();
  assert.equal(await email.getAttribute('aria-invalid'), 'false');

  const password = page.getByRole('textbox', { name: /^App password/ });
  await password.fill('abc');
  assert.equal(await page.locator('.checklist li[data-rule="APP_PASSWORD_MISSING_LOWERCASE"]').getAttribute('data-met'), 'true');
  assert.equal(await page.locator('.checklist li[data-rule="APP_PASSWORD_TOO_SHORT"]').getAttribute('data-met'), 'false');
  await page.getByRole('button', { name: 'Generate' }).click();
  assert.equal(await page.locator('.checklist li[data-met="true"]').count(), 6);
  assert.equal(await password.getAttribute('type'), 'password', 'the generated password is not shown unless asked');

  await page.getByLabel('Display name (optional)').fill('Bot One');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(`Created bot.one@${DOMAIN}.`).waitFor();
  const grant = await grantOf(`bot.one@${DOMAIN}`);
  assert.equal(grant.name, 'Bot One');
  assert.equal(grant.has_app_password, true);
});

test('an existing address is refused with its reason, and the existing account is one click away', async () => {
  const { page, go } = admin;
  await go('/accounts/new');
  await page.getByLabel('Email address').fill(`bot.one@${DOMAIN}`);
  await page.getByRole('button', { name: 'Create account' }).click();
  const error = page.locator('.error[data-code="ACCOUNT_EXISTS"]');
  await error.waitFor();
  assert.match(await error.textContent(), /already has an agent account.*nothing was changed/);
  await page.getByRole('link', { name: `Open the existing account bot.one@${DOMAIN}` }).click();
  await page.getByRole('heading', { name: `bot.one@${DOMAIN}`, level: 1 }).waitFor();
});

test('found by search, policy changed, password reset, deleted after typed confirmation', async () => {
  const { page, go } = admin;
  const address = `bot.one@${DOMAIN}`;
  for (const n of [1, 2, 3]) {
    await go('/accounts/new');
    await page.getByLabel('Email address').fill(`other${n}@${DOMAIN}`);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Created other${n}@${DOMAIN}.`).waitFor();
  }
  await go('/accounts');
  await page.getByLabel('Search accounts').fill('bot.one');
  await page.getByRole('status').getByText('1 of 4 accounts match').waitFor();
  await page.getByRole('link', { name: address }).click();
  await page.getByRole('heading', { name: address, level: 1 }).waitFor();

  const before = await grantOf(address);
  const policy = formOf('Policy');
  await policy.getByLabel('Policy', { exact: true }).selectOption({ label: 'Strict' });
  await policy.getByRole('button', { name: 'Change policy' }).click();
  await policy.locator('.error').waitFor(); // no new password and access not ended: refused with its fix
  assert.match(await policy.locator('.error').textContent(), /Fix: /);
  await policy.getByRole('button', { name: 'Generate' }).click();
  await policy.getByRole('button', { name: 'Change policy' }).click();
  await policy.getByText('Policy changed.').waitFor();
  const policyId = (await admin.hooks.snapshot()).policies?.[0]?.id ?? (await grantOf(address)).settings.policy_id;
  assert.equal((await grantOf(address)).settings.policy_id, policyId);
  assert.equal(await page.locator('[data-fact="policy"]').textContent(), `Strict (${policyId})`);

  const reset = formOf('Reset the app password');
  await reset.getByRole('button', { name: 'Generate' }).click();
  await reset.getByRole('button', { name: 'Reset app password' }).click();
  await reset.getByText('App password reset.').waitFor();
  assert.ok((await grantOf(address)).revision > before.revision + 1);

  const removal = formOf('Delete the account');
  const remove = removal.getByRole('button', { name: 'Delete account' });
  assert.equal(await remove.isDisabled(), true);
  await removal.getByLabel(`Type ${address} to confirm`).fill('bot.one');
  assert.equal(await remove.isDisabled(), true, 'a partial confirmation is not enough');
  await removal.getByLabel(`Type ${address} to confirm`).fill(address);
  await remove.click();
  await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
  await page.getByLabel('Search accounts').fill('bot.one');
  await page.getByRole('status').getByText('0 of 3 accounts match').waitFor();
  assert.equal(await grantOf(address), undefined);
});

test('no request carried a key, none left the origin, no key is in the DOM', async () => {
  await admin.assertNoSecrets();
});
