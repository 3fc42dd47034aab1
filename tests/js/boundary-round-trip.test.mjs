// The compact encodings between Rust and JavaScript, round-tripped: what the wasm encodes and js/checks.js
// decodes (validateEmail's single form, validateEmails' batch form, both in src/batch.rs) and what
// js/checks.js encodes and the wasm decodes (matchDomain's domain list, src/wasm/mod.rs) must give exactly
// the objects Rust's slow path serialises whole, for generated inputs (tests/fixtures/boundary-round-trip.json,
// written by src/typescript/js_modules.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as full from 'nylas-agent-accounts';
import * as checks from 'nylas-agent-accounts/checks';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/boundary-round-trip.json', import.meta.url), 'utf8'));

test('validateEmail and validateEmails decode to what Rust serialises, from both wasms', () => {
  assert.ok(fixture.emails.length === 2 && fixture.emails[0].inputs.length > 50);
  for (const entry of [checks, full]) {
    for (const { defaultDomain, inputs, checks: expected } of fixture.emails) {
      const options = defaultDomain === null ? undefined : { defaultDomain };
      inputs.forEach((input, i) => assert.deepEqual(entry.validateEmail(input, options), expected[i], input));
      assert.deepEqual(entry.validateEmails(inputs, options), expected);
      // Repeated inputs share the batch's tables; each still decodes to its own objects.
      assert.deepEqual(entry.validateEmails([...inputs, ...inputs], options), [...expected, ...expected]);
    }
  }
});

test('matchDomain: every flag as true, false or absent, camelCase and snake_case, decodes as Rust reads it', () => {
  assert.ok(fixture.matchDomain.length >= 27 * 2);
  for (const entry of [checks, full]) {
    for (const { email, domains, result } of fixture.matchDomain) {
      assert.deepEqual(entry.matchDomain(email, domains), result, `${email} ${JSON.stringify(domains[1])}`);
    }
  }
});
