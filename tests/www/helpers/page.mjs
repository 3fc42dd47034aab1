// Starts the admin page's setup (scripts/www.mjs: emulator + page server + handler) on random ports and
// a headless Chromium (Debian's, driven by playwright-core) with a fresh profile, and records every
// request the page makes so each test can prove no API key or service-account key left the server.
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startWww } from '../../../scripts/www.mjs';

const require = createRequire(import.meta.url);
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium with a fresh user-data-dir; `close()` removes it. */
export async function launchChromium({ width = 1280, height = 900 } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'www-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width, height }, reducedMotion: 'reduce',
  });
  return { context, close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

/**
 * The whole setup with a distinctive API key (so a leak is unmistakable), one page, and the list of
 * its requests. `emulatorFlags` go to the emulator (e.g. `--domain`).
 */
export async function openAdmin({ emulatorFlags = [], width, height } = {}) {
  const apiKey = `nyk_www_${randomBytes(12).toString('hex')}`;
  const www = await startWww({ emulatorFlags: ['--api-key', apiKey, ...emulatorFlags] });
  const browser = await launchChromium({ width, height });
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const requests = [];
  const pageErrors = [];
  page.on('request', (request) => requests.push({ url: request.url(), headers: request.headers(), body: request.postData() ?? '' }));
  page.on('pageerror', (error) => pageErrors.push(error));
  const origin = new URL(www.url).origin;
  const hooks = www.emulator.hooks;
  async function go(hash) {
    // A hash change re-renders without a page load: wait for this view (by the path the router sets),
    // and reload when the page is already on it so it starts fresh.
    const target = `${www.url}#${hash}`;
    if (page.url() === target) await page.reload();
    else await page.goto(target);
    await page.waitForSelector(`body[data-path="${hash}"] main:not([aria-busy]) h1`);
  }
  /** Every request went to the page's own origin, and no key is in a request or in the DOM. */
  async function assertNoSecrets() {
    const serviceAccount = JSON.parse(await readFile(join(www.stateDir, 'service-account.json'), 'utf8'));
    const secrets = [apiKey, serviceAccount.private_key_id, serviceAccount.private_key.split('\n')[1]];
    assert.ok(requests.length > 0);
    for (const request of requests) {
      if (request.url.startsWith('blob:')) continue; // the zone-file download, made in the page
      assert.equal(new URL(request.url).origin, origin, `a request left the page's origin: ${request.url}`);
      const seen = JSON.stringify(request);
      for (const secret of secrets) assert.ok(!seen.includes(secret), `a secret in a request to ${request.url}`);
    }
    const dom = await page.content();
    for (const secret of secrets) assert.ok(!dom.includes(secret), 'a secret in the DOM');
    assert.deepEqual(pageErrors.map(String), []);
  }
  async function close() {
    await browser.close();
    await www.close();
  }
  return { www, page, go, hooks, apiKey, requests, pageErrors, assertNoSecrets, close, context: browser.context };
}

/** Runs axe-core in the page and returns its serious and critical violations (none expected). */
export async function seriousViolations(page) {
  // page.evaluate runs outside the page's CSP, which (rightly) refuses injected script tags.
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`${source}\n;0`);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
