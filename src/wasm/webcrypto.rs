//! The host's WebCrypto (`globalThis.crypto.subtle`) behind the core's crypto traits: RSASSA-PKCS1-v1_5
//! signing for Manage Domains requests and HMAC-SHA256 for webhook signatures. Reached through
//! `globalThis`, never `window`, so it works in workers, edge runtimes, Deno and Node ≥ 19.

use crate::client::signing::{private_key_pkcs8_der, Signer};
use crate::webhook::Hmac;
use crate::Error;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

const NO_WEBCRYPTO: &str = "this JavaScript host has no WebCrypto (globalThis.crypto.subtle): use \
    Node 20+, Deno, Bun, an edge runtime, or a browser page served over https or from localhost";

/// Signs with the host's WebCrypto. The key is imported for each request (non-extractable, sign only):
/// an import costs far less than the request it signs, and no key object outlives the call.
#[derive(Debug, Default, Clone, Copy)]
pub struct WebCryptoSigner;

impl Signer for WebCryptoSigner {
    async fn sign(&self, pem: &str, message: &[u8]) -> Result<Vec<u8>, Error> {
        let der = private_key_pkcs8_der(pem)?;
        import_and_sign("pkcs8", &der, "RSASSA-PKCS1-v1_5", message)
            .await
            .map_err(|failure| {
                Error::Signing(match failure {
                    Failure::NoWebCrypto => NO_WEBCRYPTO.into(),
                    Failure::Host(name) => format!(
                        "the host's WebCrypto could not sign with the service account private_key \
                         ({name}): it must be an unencrypted RSA key"
                    ),
                })
            })
    }
}

/// HMAC-SHA256 with the host's WebCrypto.
#[derive(Debug, Default, Clone, Copy)]
pub struct WebCryptoHmac;

impl Hmac for WebCryptoHmac {
    async fn hmac_sha256(&self, key: &[u8], message: &[u8]) -> Result<Vec<u8>, Error> {
        import_and_sign("raw", key, "HMAC", message)
            .await
            .map_err(|failure| {
                Error::InvalidArgument(match failure {
                    Failure::NoWebCrypto => NO_WEBCRYPTO.into(),
                    Failure::Host(name) => {
                        format!("the host's WebCrypto could not compute HMAC-SHA256 ({name})")
                    }
                })
            })
    }
}

/// Why WebCrypto failed. Only the exception's `name` (`DataError`, `NotSupportedError` …) is kept: the
/// host's message could in principle describe the key, so it is never passed on.
enum Failure {
    NoWebCrypto,
    Host(String),
}

/// `importKey(format, key, {name, hash: 'SHA-256'}, false, ['sign'])`, then `sign(name, key, message)`.
async fn import_and_sign(
    format: &str,
    key: &[u8],
    name: &str,
    message: &[u8],
) -> Result<Vec<u8>, Failure> {
    let subtle = subtle().ok_or(Failure::NoWebCrypto)?;
    let algorithm = Object::new();
    for (k, v) in [("name", name), ("hash", "SHA-256")] {
        Reflect::set(&algorithm, &JsValue::from_str(k), &JsValue::from_str(v)).map_err(host)?;
    }
    let usages = Array::of1(&JsValue::from_str("sign"));
    let data = Uint8Array::from(key);
    let imported = subtle
        .import_key_with_object(format, &data, &algorithm, false, &usages)
        .map_err(host)?;
    let crypto_key: CryptoKey = JsFuture::from(imported)
        .await
        .map_err(host)?
        .unchecked_into();
    let signed = subtle
        .sign_with_str_and_u8_array(name, &crypto_key, message)
        .map_err(host)?;
    let buffer = JsFuture::from(signed).await.map_err(host)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// `globalThis.crypto.subtle`, if the host has it.
fn subtle() -> Option<SubtleCrypto> {
    let crypto = Reflect::get(&js_sys::global(), &JsValue::from_str("crypto"))
        .ok()
        .filter(JsValue::is_object)?;
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle"))
        .ok()
        .filter(JsValue::is_object)?;
    // Unchecked: some hosts have no global `SubtleCrypto` class for an `instanceof` test.
    Some(subtle.unchecked_into())
}

fn host(thrown: JsValue) -> Failure {
    let name = Reflect::get(&thrown, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| "unknown error".into());
    Failure::Host(name)
}
