// Arguments of the wrong kind: every one an INVALID_ARGUMENT ValidationError whose message (made once, in
// Rust: src/argument.rs) names the call and argument, what it must be, and what came instead. Each check
// here would fail if its argument check were lost, or if JS built its own message again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as full from 'nylas-agent-accounts';
import * as checks from 'nylas-agent-accounts/checks';

const refused = (Class, message) => (error) => {
  assert.ok(error instanceof Class, String(error));
  assert.equal(error.code, 'INVALID_ARGUMENT');
  assert.equal(error.message, message);
  assert.deepEqual(error.problems, []);
  return true;
};

const DOMAIN = 'a domain name, or an object with a string domainAddress and boolean (or absent) flags';

test('the local checks refuse arguments of the wrong kind, with one message shape from both entries', () => {
  for (const entry of [checks, full]) {
    const throws = (call, message) => assert.throws(call, refused(entry.ValidationError, message));
    throws(() => entry.validateEmail(42), 'validateEmail(address): address must be a string, not number.');
    throws(() => entry.validateEmail('a@b.co', { defaultDomain: ['x'] }),
      'options.defaultDomain must be a string, not an array.');
    throws(() => entry.validateEmails(null), 'validateEmails(addresses): addresses must be an array of strings, not null.');
    throws(() => entry.validateEmails(['a@b.co', 7]),
      'validateEmails(addresses): addresses[1] must be a string, not number.');
    throws(() => entry.preflightCreateAccount({ email: 'a@b.co' }, 'b.co'),
      'preflightCreateAccount(request, context): context must be an object such as { domains }, not string.');
    throws(() => entry.matchDomain('a@b.co', 'b.co'), 'matchDomain(email, domains): domains must be an array of '
      + 'domain names or domain objects with a domainAddress, not string.');
    throws(() => entry.matchDomain('a@b.co', ['b.co', 42]), `matchDomain(email, domains): domains[1] must be ${DOMAIN}, not number.`);
    throws(() => entry.matchDomain('a@b.co', [{ name: 'b.co' }]),
      `matchDomain(email, domains): domains[0].domainAddress must be ${DOMAIN}, not undefined.`);
    throws(() => entry.preflightCreateAccount({ email: 'a@b.co' }, { domains: [{ domainAddress: 'b.co', verifiedMx: 'yes' }] }),
      `preflightCreateAccount(request, context): context.domains[0].verifiedMx must be ${DOMAIN}, not string.`);
  }
});

test('the webhook helpers refuse a body that is not raw and a secret that is not a string', async () => {
  const body = 'must be the raw request body as a string, Uint8Array or ArrayBuffer, read with await '
    + 'request.arrayBuffer() or request.text() rather than request.json()';
  const secret = 'must be the webhook_secret string Nylas returned when the webhook was created';
  const rejects = (promise, message) => assert.rejects(promise, refused(full.ValidationError, message));
  await rejects(full.verifyWebhookSignature({ type: 'x' }, 'aa', 'test-secret'),
    `verifyWebhookSignature(rawBody): rawBody ${body}, not object.`);
  await rejects(full.verifyWebhookSignature('{}', 'aa', undefined),
    `verifyWebhookSignature(rawBody, signatureHeader, secret): secret ${secret}, not undefined.`);
  await rejects(full.signWebhookPayload(null, 'test-secret'), `signWebhookPayload(rawBody): rawBody ${body}, not null.`);
  await rejects(full.signWebhookPayload('{}', 42), `signWebhookPayload(rawBody, secret): secret ${secret}, not number.`);
  assert.throws(() => full.parseWebhook(42), refused(full.ValidationError, `parseWebhook(rawBody): rawBody ${body}, not number.`));
  // What is a body still works: a string, bytes, an ArrayBuffer.
  const signed = await full.signWebhookPayload('{}', 'test-secret');
  for (const raw of ['{}', new TextEncoder().encode('{}'), new TextEncoder().encode('{}').buffer]) {
    assert.equal(await full.verifyWebhookSignature(raw, signed, 'test-secret'), true);
  }
});
