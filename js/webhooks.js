// Webhooks for edge functions: verifyWebhookSignature and parseWebhook cross into wasm (the MAC comes
// from the host's WebCrypto, the checks from Rust); challengeResponse is Request/Response plumbing.
import * as wasm from './nylas_agent_accounts.js';
import { toError, ValidationError } from './errors.js';

const encoder = new TextEncoder();

// The raw body as bytes: the signature covers exactly what was received (gzip bytes too), so a body
// re-serialised by a framework's JSON parser would not verify.
function bytesOf(rawBody, fn) {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  if (ArrayBuffer.isView(rawBody)) return new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  if (rawBody instanceof ArrayBuffer || Object.prototype.toString.call(rawBody) === '[object ArrayBuffer]') {
    return new Uint8Array(rawBody);
  }
  throw new ValidationError(
    `${fn}(rawBody): rawBody must be the raw request body as a string, Uint8Array or ArrayBuffer `
      + '(read it with await request.arrayBuffer() or request.text(), not request.json()).',
    'INVALID_ARGUMENT');
}

/** Whether `signatureHeader` (x-nylas-signature) is the HMAC-SHA256 of the raw body keyed with `secret`. */
export async function verifyWebhookSignature(rawBody, signatureHeader, secret) {
  const body = bytesOf(rawBody, 'verifyWebhookSignature');
  if (typeof secret !== 'string') {
    throw new ValidationError(
      'verifyWebhookSignature(rawBody, signatureHeader, secret): secret must be the webhook_secret string '
        + 'Nylas returned when the webhook was created.',
      'INVALID_ARGUMENT');
  }
  // A missing header (headers.get() gives null) is simply not a valid signature.
  const header = typeof signatureHeader === 'string' ? signatureHeader : '';
  try {
    return await wasm.verifyWebhookSignature(body, header, secret);
  } catch (thrown) {
    throw toError(thrown);
  }
}

/**
 * The `x-nylas-signature` value Nylas would send with `rawBody` for a webhook whose secret is `secret`
 * (lowercase hex HMAC-SHA256): for tests of your own webhook handler.
 */
export async function signWebhookPayload(rawBody, secret) {
  const body = bytesOf(rawBody, 'signWebhookPayload');
  if (typeof secret !== 'string') {
    throw new ValidationError('signWebhookPayload(rawBody, secret): secret must be a string.', 'INVALID_ARGUMENT');
  }
  try {
    return await wasm.signWebhookPayload(body, secret);
  } catch (thrown) {
    throw toError(thrown);
  }
}

/** The CloudEvents envelope of a delivery, checked, with camelCase keys and a `grantId` shortcut. */
export function parseWebhook(rawBody) {
  const body = bytesOf(rawBody, 'parseWebhook');
  try {
    return JSON.parse(wasm.parseWebhookJson(body));
  } catch (thrown) {
    throw toError(thrown);
  }
}

/** Answers Nylas's `GET ?challenge=…` handshake with the value as text/plain; `null` for any other request. */
export function challengeResponse(request) {
  if (typeof request?.method !== 'string' || request.method.toUpperCase() !== 'GET') return null;
  let url;
  try {
    // A base lets a path-only url (Node's IncomingMessage.url) parse too.
    url = new URL(String(request.url), 'http://localhost');
  } catch {
    return null;
  }
  const challenge = url.searchParams.get('challenge');
  if (!challenge) return null;
  return new Response(challenge, { status: 200, headers: { 'content-type': 'text/plain' } });
}
