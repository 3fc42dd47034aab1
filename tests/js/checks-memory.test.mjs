// Memory of the checks (the issue "Hostile servers and hostile input", item 8): a domain that makes the
// host's URL parser throw must not leave a slot behind in wasm-bindgen's externref table. Reads the
// table through the raw wasm-bindgen glue of the checks build (target/js-stage-checks, written by
// scripts/build.sh), which exposes the wasm's exports; the package entries do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const stage = new URL('../../target/js-stage-checks/', import.meta.url);

test('distinct bad domains leave nothing behind in the externref table', async () => {
  assert.ok(existsSync(new URL('nylas_agent_accounts.js', stage)), 'run scripts/build.sh first (make test does)');
  const glue = await import(new URL('nylas_agent_accounts.js', stage));
  const exports = glue.initSync({ module: readFileSync(new URL('nylas_agent_accounts_bg.wasm', stage)) });
  const table = exports.__wbindgen_externrefs;
  // Warm up, then 20,000 distinct domains the URL parser rejects (U+0378 is unassigned).
  for (let i = 0; i < 100; i++) glue.validateEmailCompact(`a@warm${i}\u0378.com`, undefined);
  const before = table.length;
  for (let i = 0; i < 20_000; i++) {
    const compact = glue.validateEmailCompact(`a@bad${i}\u0378x.com`, undefined);
    assert.ok(compact.includes('EMAIL_DOMAIN_IDN_INVALID'), compact);
  }
  assert.ok(table.length - before < 100, `the table grew from ${before} to ${table.length} slots`);
});
