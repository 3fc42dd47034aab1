// Webhooks for edge functions: verifyWebhookSignature and parseWebhook cross into wasm (the MAC comes
// from the host's WebCrypto, the checks from Rust); challengeResponse is Request/Response plumbing.
import * as wasm from './nylas_agent_accounts.js';
import { toError } from './errors.js';

const encoder = new TextEncoder();

// The raw body as bytes: the signature covers exactly what was received (gzip bytes too), so a body
// re-serialised by a framework's JSON parser would not verify. Anything else is undefined, and Rust
// (src/wasm/webhook.rs), given rawBody too, refuses it with the other argument checks.
function bytesOf(rawBody) {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  if (ArrayBuffer.isView(rawBody)) return new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  if (rawBody instanceof ArrayBuffer || Object.prototype.toString.call(rawBody) === '[object ArrayBuffer]') {
    return new Uint8Array(rawBody);
  }
  return undefined;
}

/** Whether `signatureHeader` (x-nylas-signature) is the HMAC-SHA256 of the raw body keyed with `secret`. */
export async function verifyWebhookSignature(rawBody, signatureHeader, secret) {
  // A missing header (headers.get() gives null) is simply not a valid signature.
  const header = typeof signatureHeader === 'string' ? signatureHeader : '';
  try {
    return await wasm.verifyWebhookSignature(bytesOf(rawBody), rawBody, header, secret);
  } catch (thrown) {
    throw toError(thrown);
  }
}

/**
 * The `x-nylas-signature` value Nylas would send with `rawBody` for a webhook whose secret is `secret`
 * (lowercase hex HMAC-SHA256): for tests of your own webhook handler.
 */
export async function signWebhookPayload(rawBody, secret) {
  try {
    return await wasm.signWebhookPayload(bytesOf(rawBody), rawBody, secret);
  } catch (thrown) {
    throw toError(thrown);
  }
}

/** The CloudEvents envelope of a delivery, checked, with camelCase keys and a `grantId` shortcut. */
export function parseWebhook(rawBody) {
  try {
    return JSON.parse(wasm.parseWebhookJson(bytesOf(rawBody), rawBody));
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
