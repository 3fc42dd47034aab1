//! Webhook exports for `js/webhooks.js`: signature verification (async, the MAC from the host's
//! WebCrypto) and envelope parsing (JSON text out). `challengeResponse` is plain JS there.

use super::webcrypto::WebCryptoHmac;
use super::{report, to_json};
use crate::webhook::{parse_webhook, sign_webhook_payload, verify_webhook_signature};
use wasm_bindgen::prelude::*;

/// `verifyWebhookSignature`: resolves to whether `signature_header` is the HMAC-SHA256 of `body`
/// keyed with `secret`; rejects with an error report for an empty secret or a host without WebCrypto.
#[wasm_bindgen(js_name = verifyWebhookSignature)]
pub async fn verify_webhook_signature_js(
    body: Vec<u8>,
    signature_header: String,
    secret: String,
) -> Result<bool, JsValue> {
    verify_webhook_signature(&WebCryptoHmac, &body, &signature_header, &secret)
        .await
        .map_err(|e| report(&e))
}

/// `signWebhookPayload`: resolves to the `x-nylas-signature` value of `body` for `secret`.
#[wasm_bindgen(js_name = signWebhookPayload)]
pub async fn sign_webhook_payload_js(body: Vec<u8>, secret: String) -> Result<String, JsValue> {
    sign_webhook_payload(&WebCryptoHmac, &body, &secret)
        .await
        .map_err(|e| report(&e))
}

/// `parseWebhook`: the raw body → the camelCase event as JSON text, or an error report saying what is
/// wrong with it.
#[wasm_bindgen(js_name = parseWebhookJson)]
pub fn parse_webhook_json(body: &[u8]) -> Result<String, JsValue> {
    parse_webhook(body)
        .map(|event| to_json(event.to_json()))
        .map_err(|e| report(&e))
}
