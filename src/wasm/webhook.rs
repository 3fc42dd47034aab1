//! Webhook exports for `js/webhooks.js`: signature verification (async, the MAC from the host's
//! WebCrypto) and envelope parsing (JSON text out). `challengeResponse` is plain JS there.

use super::webcrypto::WebCryptoHmac;
use super::{describe, report, to_json};
use crate::webhook::{parse_webhook, sign_webhook_payload, verify_webhook_signature};
use crate::{wrong_argument, RAW_BODY, WEBHOOK_SECRET};
use wasm_bindgen::prelude::*;

/// The body's bytes as `js/webhooks.js` read them (`None` when `raw`, what the caller passed, was not a
/// body), or the error naming what came instead.
fn body_of(body: Option<Vec<u8>>, raw: &JsValue, call: &str) -> Result<Vec<u8>, JsValue> {
    body.ok_or_else(|| {
        report(&wrong_argument(
            &format!("{call}(rawBody): rawBody"),
            RAW_BODY,
            &describe(raw),
        ))
    })
}

/// The secret as the caller passed it, if a string; otherwise the error naming what came instead.
fn secret_of(secret: &JsValue, what: &str) -> Result<String, JsValue> {
    secret
        .as_string()
        .ok_or_else(|| report(&wrong_argument(what, WEBHOOK_SECRET, &describe(secret))))
}

/// `verifyWebhookSignature`: `body` is `rawBody` (`raw`) read as bytes, or `None` when it is not a body;
/// resolves to whether `signature_header` is the HMAC-SHA256 of `body`
/// keyed with `secret`; rejects with an error report for an empty secret or a host without WebCrypto.
#[wasm_bindgen(js_name = verifyWebhookSignature)]
pub async fn verify_webhook_signature_js(
    body: Option<Vec<u8>>,
    raw: JsValue,
    signature_header: String,
    secret: JsValue,
) -> Result<bool, JsValue> {
    let body = body_of(body, &raw, "verifyWebhookSignature")?;
    let secret = secret_of(
        &secret,
        "verifyWebhookSignature(rawBody, signatureHeader, secret): secret",
    )?;
    verify_webhook_signature(&WebCryptoHmac, &body, &signature_header, &secret)
        .await
        .map_err(|e| report(&e))
}

/// `signWebhookPayload`: resolves to the `x-nylas-signature` value of `body` for `secret`.
#[wasm_bindgen(js_name = signWebhookPayload)]
pub async fn sign_webhook_payload_js(
    body: Option<Vec<u8>>,
    raw: JsValue,
    secret: JsValue,
) -> Result<String, JsValue> {
    let body = body_of(body, &raw, "signWebhookPayload")?;
    let secret = secret_of(&secret, "signWebhookPayload(rawBody, secret): secret")?;
    sign_webhook_payload(&WebCryptoHmac, &body, &secret)
        .await
        .map_err(|e| report(&e))
}

/// `parseWebhook`: the raw body → the camelCase event as JSON text, or an error report saying what is
/// wrong with it.
#[wasm_bindgen(js_name = parseWebhookJson)]
pub fn parse_webhook_json(body: Option<Vec<u8>>, raw: JsValue) -> Result<String, JsValue> {
    parse_webhook(&body_of(body, &raw, "parseWebhook")?)
        .map(|event| to_json(event.to_json()))
        .map_err(|e| report(&e))
}
