// The bulk-import header mapping is one package function, used by the command line and the admin page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csvColumn } from 'nylas-agent-accounts';

test('csvColumn folds the header names people write to the request field', () => {
  assert.equal(csvColumn('Email Address'), 'email');
  assert.equal(csvColumn('app_password'), 'appPassword');
  assert.equal(csvColumn('Display-Name'), 'name');
  assert.equal(csvColumn('WORKSPACE_ID'), 'workspaceId');
  assert.equal(csvColumn('policy'), 'policyId');
  assert.equal(csvColumn('phone'), null);
  // Only its own names: not what every object inherits.
  assert.equal(csvColumn('constructor'), null);
  assert.equal(csvColumn('__proto__'), null);
});

test('the command line and the page read headers with it, not a copy', () => {
  for (const file of ['js/cli/bulk-input.mjs', 'www/js/csv.js']) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.match(source, /csvColumn/, file);
    assert.doesNotMatch(source, /apppassword/, file);
  }
});
