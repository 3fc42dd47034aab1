// `make screenshots`: regenerates docs/screenshots/*.png, one per main view of the admin page at 1280 px
// and the create form at 375 px, from the same setup the end-to-end tests start (scripts/www.mjs) with
// seeded data. No secret can appear: the page never has the key, and password fields show dots.
import { mkdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startWww } from './www.mjs';
import { launchChromium } from '../tests/www/helpers/page.mjs';
import { seed } from '../tests/www/helpers/seed.mjs';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const TRIAL = 'acme.nylas.email';

const apiKey = `nyk_${randomBytes(12).toString('hex')}`;
const www = await startWww({ emulatorFlags: ['--api-key', apiKey, '--domain', TRIAL] });
const browser = await launchChromium({ width: 1280, height: 800 });
try {
  await mkdir(OUT, { recursive: true });
  const { accounts, ownDomain = 'agents.acme.example' } = await seed(www, { apiKey, trialDomain: TRIAL });
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const go = async (hash) => {
    // A hash change re-renders without a page load: wait for this view (by the path the router sets),
    // and reload when the page is already on it so it starts fresh.
    const target = `${www.url}#${hash}`;
    if (page.url() === target) await page.reload();
    else await page.goto(target);
    await page.waitForSelector(`body[data-path="${hash}"] main:not([aria-busy]) h1`);
  };
  const shot = async (name) => {
    await page.evaluate(() => document.activeElement?.blur());
    await page.screenshot({ path: `${OUT}${name}.png`, fullPage: true });
    console.log(`docs/screenshots/${name}.png`);
  };

  await go('/domains');
  await page.getByRole('button', { name: `DNS records of ${ownDomain}` }).click();
  await page.getByRole('heading', { name: `DNS records of ${ownDomain}` }).waitFor();
  await shot('domains');

  await go('/accounts');
  await shot('accounts');

  const createForm = async () => {
    await go('/accounts/new');
    await page.getByLabel('Email address').fill(`helpdesk@agents.${TRIAL}`);
    await page.locator('[data-code="DOMAIN_NOT_REGISTERED"]').waitFor();
    await page.getByRole('textbox', { name: /^App password/ }).fill('Abcdefgh1'); // a sample, shown as dots: some rules ticked
  };
  await createForm();
  await shot('account-create');

  await go('/accounts/bulk');
  const rows = ['email,name', ...['ava', 'ben', 'cleo', 'dan', 'eve', 'finn'].map((n) => `${n}@${TRIAL},${n} agent`), `support@${TRIAL},Support agent`, `bad..dots@${TRIAL},Typo`];
  await page.getByLabel('CSV rows').fill(rows.join('\n'));
  await page.getByRole('button', { name: 'Create accounts' }).click();
  await page.getByRole('table', { name: 'Result per row' }).waitFor();
  await shot('accounts-bulk');

  await go(`/accounts/${accounts[0].id}`);
  await shot('account-detail');

  await go(`/mailbox/${accounts[0].id}`);
  await page.locator('li.message').first().waitFor();
  await shot('mailbox');

  for (const view of ['workspaces', 'rules']) {
    await go(`/${view}`);
    await shot(view);
  }

  await page.setViewportSize({ width: 375, height: 812 });
  await createForm();
  await shot('account-create-375');
} finally {
  await browser.close();
  await www.close();
}
