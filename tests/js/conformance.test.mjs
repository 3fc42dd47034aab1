// Conformance corpus through the built npm package: the same tests/conformance/*.json cases as
// tests/conformance.rs, but here the IDN conversion is the host's WHATWG URL (called from wasm), so the
// two UTS #46 implementations are held to the same expectations. Cases marked native_only are skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { validateEmail } from '../../pkg/node.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'conformance');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function mismatches(c, check) {
  const got = check.problems.map((p) => p.code);
  const wrong = [];
  if (check.valid !== c.expect.valid) wrong.push(`expected valid=${c.expect.valid}, got valid=${check.valid}`);
  const missing = (c.expect.codes ?? []).filter((code) => !got.includes(code));
  if (missing.length) wrong.push(`missing codes ${JSON.stringify(missing)}`);
  const any = c.expect.codes_any ?? [];
  if (any.length && !any.some((code) => got.includes(code))) wrong.push(`expected one of ${JSON.stringify(any)}`);
  // Exact, not a subset: a code the case does not list is a difference too (when it lists any).
  const unexpected = got.filter((code) => !(c.expect.codes ?? []).includes(code) && !any.includes(code));
  if ((c.expect.codes ?? []).length && unexpected.length) wrong.push(`unexpected codes ${JSON.stringify(unexpected)}`);
  if (c.expect.valid && c.expect.address !== undefined && check.address !== c.expect.address) {
    wrong.push(`expected address ${JSON.stringify(c.expect.address)}, got ${JSON.stringify(check.address)}`);
  }
  return wrong;
}

const totals = { run: 0, agree: 0, deliberate: 0, skipped: 0 };

for (const file of files) {
  test(`conformance corpus: ${file} (host URL for IDNs)`, () => {
    const cases = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const name = file.replace(/\.json$/, '');
    const tally = { run: 0, agree: 0, deliberate: 0, skipped: 0 };
    const failures = [];
    for (const c of cases) {
      if (c.native_only) {
        tally.skipped += 1;
        continue;
      }
      const options = c.default_domain !== undefined ? { defaultDomain: c.default_domain } : undefined;
      const check = validateEmail(c.input, options);
      tally.run += 1;
      if (check.valid === (c.source_verdict === 'valid')) tally.agree += 1;
      else if (check.valid === c.expect.valid) tally.deliberate += 1;
      const wrong = mismatches(c, check);
      if (wrong.length) {
        failures.push(
          `${name} [${c.source_id}]\n  input:    ${JSON.stringify(c.input)}\n` +
            `  expected: valid=${c.expect.valid} codes=${JSON.stringify(c.expect.codes ?? [])}` +
            `${c.expect.codes_any ? ` one of ${JSON.stringify(c.expect.codes_any)}` : ''}` +
            `${c.expect.address !== undefined ? ` address=${JSON.stringify(c.expect.address)}` : ''}\n` +
            `  got:      valid=${check.valid} codes=${JSON.stringify(check.problems.map((p) => p.code))} address=${JSON.stringify(check.address)}\n` +
            `  why:      ${wrong.join('; ')}`,
        );
      }
    }
    const pct = tally.run ? ((tally.agree * 100) / tally.run).toFixed(1) : '0.0';
    const skipped = tally.skipped ? `, ${tally.skipped} native-only cases skipped` : '';
    console.log(`${name}: ${tally.agree}/${tally.run} agree with the source (${pct} %), ${tally.deliberate} deliberate differences${skipped}`);
    for (const k of Object.keys(totals)) totals[k] += tally[k];
    assert.equal(failures.length, 0, `${failures.length} case(s) differ from the profile's expectation:\n${failures.join('\n')}`);
  });
}

test('conformance corpus: total (host URL for IDNs)', () => {
  const pct = totals.run ? ((totals.agree * 100) / totals.run).toFixed(1) : '0.0';
  console.log(`total: ${totals.agree}/${totals.run} agree with their sources (${pct} %), ${totals.deliberate} deliberate differences, ${totals.skipped} native-only cases skipped`);
  assert.ok(totals.run > 0, 'no conformance case ran');
});
