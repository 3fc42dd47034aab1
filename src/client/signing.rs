//! Nylas Service Account request signing for the Manage Domains API (`/v3/admin/domains*`).
//!
//! Mirrors the Node SDK's `ServiceAccountSigner` (nylas-api.md §4): the canonical JSON of
//! `{method, nonce, path, timestamp, payload?}` is signed with RSASSA-PKCS1-v1_5 / SHA-256 and sent in
//! four `X-Nylas-*` headers, with no `Authorization`. The RSA operation itself comes from a [`Signer`]:
//! the host's WebCrypto in wasm (`src/wasm/webcrypto.rs`), the `rsa` crate in native tests.

mod canonical;
mod pem;

pub use canonical::canonical_json;
pub use pem::private_key_pkcs8_der;

use crate::Error;
use serde_json::Value;
use std::fmt;
use std::future::Future;

/// Length of a nonce, as the Node SDK generates it.
pub const NONCE_LENGTH: usize = 20;
const NONCE_ALPHABET: &[u8; 62] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// Methods whose body is signed (as `payload`) and sent; other methods send no body.
const BODY_METHODS: [&str; 3] = ["post", "put", "patch"];

/// The Nylas Service Account credentials JSON, as Nylas issues it (snake_case), for Manage Domains; unknown
/// fields are ignored.
// `Debug` redacts the private key; there is deliberately no `Serialize`, so the key can't be written out
// by accident.
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "ServiceAccountCredentials"))]
pub struct ServiceAccount {
    /// Sent as `X-Nylas-Kid`.
    pub private_key_id: String,
    /// RSA-2048 private key: PEM (PKCS#8 or PKCS#1), or the base64 of that PEM.
    pub private_key: String,
    /// Your Nylas organization.
    #[cfg_attr(test, ts(type = "string", optional))]
    pub organization_id: String,
    /// The region the credentials were issued for.
    #[cfg_attr(test, ts(type = "Region", optional))]
    pub region: String,
    /// A label of the credentials.
    #[cfg_attr(test, ts(type = "string", optional))]
    pub name: String,
    /// Always `service_account`.
    #[cfg_attr(test, ts(rename = "type", type = "'service_account'", optional))]
    pub kind: String,
}

impl ServiceAccount {
    /// The credentials from their JSON object, as Nylas issues them; `Err` says what is wrong
    /// ("is missing private_key_id") without repeating any value. Read by hand rather than by a serde
    /// derive, whose deserialiser the wasm would carry (BENCHMARKS.md, per-cut log, cut 41).
    pub fn from_value(value: &Value) -> Result<Self, String> {
        let Value::Object(fields) = value else {
            return Err("must be an object".into());
        };
        let field = |name: &str, required: bool| match fields.get(name) {
            Some(Value::String(text)) => Ok(text.clone()),
            None | Some(Value::Null) if !required => Ok(String::new()),
            None | Some(Value::Null) => Err(format!("is missing {name}")),
            Some(_) => Err(format!("has a {name} that is not a string")),
        };
        Ok(ServiceAccount {
            private_key_id: field("private_key_id", true)?,
            private_key: field("private_key", true)?,
            organization_id: field("organization_id", false)?,
            region: field("region", false)?,
            name: field("name", false)?,
            kind: field("type", false)?,
        })
    }
}

impl fmt::Debug for ServiceAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceAccount")
            .field("private_key_id", &self.private_key_id)
            .field("private_key", &"<redacted>")
            .field("organization_id", &self.organization_id)
            .field("region", &self.region)
            .field("name", &self.name)
            .field("kind", &self.kind)
            .finish()
    }
}

/// Makes RSASSA-PKCS1-v1_5 signatures with SHA-256. `pem` is the account's `private_key` as given
/// (see [`private_key_pkcs8_der`] for the forms accepted); the result is the raw signature bytes.
pub trait Signer {
    /// Signs `message` with the key in `pem`. Errors never contain key material.
    fn sign(&self, pem: &str, message: &[u8]) -> impl Future<Output = Result<Vec<u8>, Error>>;
}

/// A fresh nonce: [`NONCE_LENGTH`] characters from `[A-Za-z0-9]`, uniform (bytes at or above 248, the
/// largest multiple of 62 that fits a byte, are drawn again).
pub fn nonce() -> Result<String, Error> {
    let limit = (u8::MAX / 62) * 62;
    let mut out = String::with_capacity(NONCE_LENGTH);
    let mut buffer = [0u8; 32];
    while out.len() < NONCE_LENGTH {
        crate::idn::host()
            .fill_random(&mut buffer)
            .map_err(|e| Error::Random(e.to_string()))?;
        for byte in buffer.iter().filter(|b| **b < limit) {
            if out.len() == NONCE_LENGTH {
                break;
            }
            out.push(char::from(NONCE_ALPHABET[usize::from(*byte % 62)]));
        }
    }
    Ok(out)
}

/// The text that is signed: canonical JSON of `{method, nonce, path, timestamp, payload?}` with the
/// method lowercased and the path cut at its query string. `payload` (the canonical JSON of the body)
/// is included only for POST, PUT and PATCH, and only when non-empty, as the SDK and the server do.
pub fn signing_message(
    method: &str,
    path: &str,
    timestamp: u64,
    nonce: &str,
    payload: Option<&str>,
) -> String {
    let method = method.to_ascii_lowercase();
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let mut envelope = serde_json::Map::new();
    if let Some(payload) = payload.filter(|p| !p.is_empty() && is_body_method(&method)) {
        envelope.insert("payload".into(), Value::String(payload.to_string()));
    }
    envelope.insert("method".into(), Value::String(method));
    envelope.insert("nonce".into(), Value::String(nonce.to_string()));
    envelope.insert("path".into(), Value::String(path.to_string()));
    envelope.insert("timestamp".into(), Value::from(timestamp));
    canonical_json(&Value::Object(envelope))
}

/// The four headers of a signed request, in this order: `X-Nylas-Kid`, `X-Nylas-Nonce`,
/// `X-Nylas-Timestamp`, `X-Nylas-Signature`.
pub fn signed_headers(
    account: &ServiceAccount,
    nonce: &str,
    timestamp: u64,
    signature_base64: &str,
) -> Vec<(String, String)> {
    vec![
        ("X-Nylas-Kid".into(), account.private_key_id.clone()),
        ("X-Nylas-Nonce".into(), nonce.to_string()),
        ("X-Nylas-Timestamp".into(), timestamp.to_string()),
        ("X-Nylas-Signature".into(), signature_base64.to_string()),
    ]
}

/// Signs one request: returns its `X-Nylas-*` headers and the body to send, which is exactly the
/// signed payload (the canonical JSON of `body`) for POST/PUT/PATCH, and `None` otherwise. `timestamp`
/// is Unix seconds (the server allows 5 minutes of skew); a fresh nonce is drawn for each call.
///
/// As in the SDK, a body that JavaScript would call falsy (`null`, `false`, `0`, `""`) is not signed
/// and not sent.
pub async fn sign_request<S: Signer>(
    signer: &S,
    account: &ServiceAccount,
    method: &str,
    path: &str,
    body: Option<&Value>,
    timestamp: u64,
) -> Result<(Vec<(String, String)>, Option<String>), Error> {
    sign_request_with_nonce(signer, account, method, path, body, timestamp, &nonce()?).await
}

/// [`sign_request`] with a given nonce (for tests and reproducible vectors).
pub(crate) async fn sign_request_with_nonce<S: Signer>(
    signer: &S,
    account: &ServiceAccount,
    method: &str,
    path: &str,
    body: Option<&Value>,
    timestamp: u64,
    nonce: &str,
) -> Result<(Vec<(String, String)>, Option<String>), Error> {
    if account.private_key_id.trim().is_empty() {
        return Err(Error::Signing(
            "the service account has no private_key_id (the X-Nylas-Kid header)".into(),
        ));
    }
    let payload = body
        .filter(|b| is_truthy(b) && is_body_method(&method.to_ascii_lowercase()))
        .map(canonical_json);
    let message = signing_message(method, path, timestamp, nonce, payload.as_deref());
    let signature = signer
        .sign(&account.private_key, message.as_bytes())
        .await?;
    let signature = super::host::codecs().base64_encode(&signature);
    Ok((
        signed_headers(account, nonce, timestamp, &signature),
        payload,
    ))
}

fn is_body_method(lowercase_method: &str) -> bool {
    BODY_METHODS.contains(&lowercase_method)
}

/// JavaScript truthiness of a JSON value (the SDK tests `body && …`).
fn is_truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

#[cfg(test)]
pub(crate) mod test_signer;
#[cfg(test)]
mod tests;
