// axe-core on every view of the admin page, with data in it, at 1280 px and at 375 px: no serious or
// critical violation. Also: every view fits 375 px without the page itself scrolling sideways (wide
// tables scroll inside their own region), and every form control has a label.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openAdmin, seriousViolations } from './helpers/page.mjs';
import { seed } from './helpers/seed.mjs';

const DOMAIN = 'a11y.nylas.email';
let admin;
let accountId;

before(async () => {
  admin = await openAdmin({ emulatorFlags: ['--domain', DOMAIN] });
  const seeded = await seed(admin.www, { apiKey: admin.apiKey, trialDomain: DOMAIN });
  accountId = seeded.accounts[0].id;
});
after(async () => { await admin?.close(); });

const VIEWS = ['/domains', '/accounts', '/accounts/new', '/accounts/bulk', 'detail', 'mailbox', '/workspaces', '/policies',
  '/rules', '/lists', '/webhooks', '/connector'];
const hashOf = (view) => (view === 'detail' ? `/accounts/${accountId}` : view === 'mailbox' ? `/mailbox/${accountId}` : view);

async function checkEveryView(width) {
  const { page, go } = admin;
  await page.setViewportSize({ width, height: 900 });
  for (const view of VIEWS) {
    await go(hashOf(view));
    if (view === '/accounts/new') {
      // With a problem and its suggestion on screen: those must be accessible too.
      await page.getByLabel('Email address').fill(`bot@agents.${DOMAIN}`);
      await page.locator('[data-code="DOMAIN_NOT_REGISTERED"]').waitFor();
    }
    if (view === 'mailbox') await page.locator('li.message').first().waitFor();
    if (view === '/domains') {
      // With an own domain's records table open.
      await page.getByRole('button', { name: 'DNS records of agents.acme.example' }).click();
      await page.locator('tr[data-check]').first().waitFor();
    }
    assert.deepEqual(await seriousViolations(page), [], `${view} at ${width} px`);
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('main input, main select, main textarea')]
      .filter((c) => !c.labels?.length && !c.getAttribute('aria-label')).map((c) => c.outerHTML));
    assert.deepEqual(unlabelled, [], `${view}: every control has a label`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${view} at ${width} px scrolls sideways by ${overflow} px`);
  }
}

test('every view at 1280 px: no serious or critical axe violation', () => checkEveryView(1280));
test('every view at 375 px: no serious or critical axe violation, no sideways scrolling', () => checkEveryView(375));

test('the keyboard reaches the navigation and a view\'s controls, and focus lands on the new view', async () => {
  const { page, go } = admin;
  await go('/accounts');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Create an account');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Create an account', level: 1 }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Create an account' && document.activeElement.tagName === 'H1');
  // Backwards from the view's heading: the navigation, whose links open their view.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Connector');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Connector status', level: 1 }).waitFor();
  assert.equal(await page.locator('#nav a[aria-current="page"]').textContent(), 'Connector');
});

test('no request carried a key, none left the origin, no key is in the DOM', async () => {
  await admin.assertNoSecrets();
});
