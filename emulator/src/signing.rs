//! Nylas Service Account request signing: credentials files, canonical JSON and RSA-SHA256 verification.
//!
//! Mirrors the Node SDK's `ServiceAccountSigner`: the signed text is the canonical JSON (keys sorted at
//! every level, no whitespace) of `{method, nonce, path, timestamp, payload?}`, where `payload` is the
//! raw body for POST/PUT/PATCH and `path` excludes the query string.

use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::pkcs8::DecodePrivateKey;
#[cfg(feature = "native")]
use rsa::pkcs8::{EncodePrivateKey, LineEnding};
use rsa::signature::Verifier;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::Mutex;

use crate::ids::now_secs;
#[cfg(feature = "native")]
use crate::ids::random_hex;
use crate::reply::ApiError;

/// A service-account credentials file, in the shape Nylas issues.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ServiceAccount {
    /// Display name.
    pub name: String,
    /// Always `service_account`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Key id sent as `X-Nylas-Kid`.
    pub private_key_id: String,
    /// PEM (PKCS#8 or PKCS#1), or its base64.
    pub private_key: String,
    /// The organization the key acts for.
    pub organization_id: String,
    /// `us` or `eu`.
    pub region: String,
}

impl ServiceAccount {
    /// Generates a fresh RSA-2048 key (slow in debug builds: about a second in release).
    #[cfg(feature = "native")]
    pub fn generate(organization_id: &str, region: &str) -> Result<Self, String> {
        let key = RsaPrivateKey::new(&mut rand::thread_rng(), 2048)
            .map_err(|e| format!("cannot generate an RSA key: {e}"))?;
        let pem = key
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| format!("cannot encode the RSA key: {e}"))?;
        Ok(Self {
            name: "nylas-emulator".into(),
            kind: "service_account".into(),
            private_key_id: random_hex(40),
            private_key: pem.to_string(),
            organization_id: organization_id.into(),
            region: region.into(),
        })
    }

    /// Reads a credentials JSON file.
    #[cfg(feature = "native")]
    pub fn read(path: &std::path::Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read service account {}: {e}", path.display()))?;
        serde_json::from_str(&text)
            .map_err(|e| format!("service account {} is not valid JSON: {e}", path.display()))
    }

    /// The public half of the key (the only part the verifier keeps).
    pub fn public_key(&self) -> Result<RsaPublicKey, String> {
        let pem = if self.private_key.contains("BEGIN") {
            self.private_key.clone()
        } else {
            use base64::Engine;
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(self.private_key.trim())
                .map_err(|_| {
                    "service account private_key is neither PEM nor base64 PEM".to_string()
                })?;
            String::from_utf8(bytes)
                .map_err(|_| "service account private_key is not text".to_string())?
        };
        let key = RsaPrivateKey::from_pkcs8_pem(&pem)
            .or_else(|_| RsaPrivateKey::from_pkcs1_pem(&pem))
            .map_err(|_| "service account private_key is not an RSA PEM key".to_string())?;
        Ok(key.to_public_key())
    }
}

/// JSON with keys sorted at every level and no whitespace, like the SDK's `canonicalJson`.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String((*k).clone()).to_string());
                out.push(':');
                write_canonical(&map[k.as_str()], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(v, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The four `X-Nylas-*` headers of a signed request.
#[derive(Debug, Clone)]
pub struct SignedHeaders {
    /// `X-Nylas-Kid`.
    pub kid: String,
    /// `X-Nylas-Nonce`.
    pub nonce: String,
    /// `X-Nylas-Timestamp` (Unix seconds).
    pub timestamp: String,
    /// `X-Nylas-Signature` (base64).
    pub signature: String,
}

/// Trusted keys and the nonces already seen.
#[derive(Debug, Default)]
pub struct TrustedKeys {
    keys: HashMap<String, RsaPublicKey>,
    seen_nonces: Mutex<HashMap<String, i64>>,
}

impl TrustedKeys {
    /// Trusts a service account's key.
    pub fn trust(&mut self, account: &ServiceAccount) -> Result<(), String> {
        self.keys
            .insert(account.private_key_id.clone(), account.public_key()?);
        Ok(())
    }

    /// Whether any key is trusted.
    pub fn has_keys(&self) -> bool {
        !self.keys.is_empty()
    }

    /// Checks one request. The error messages name what failed, never a key or signature.
    pub fn verify(
        &self,
        method: &str,
        path: &str,
        body: &[u8],
        h: &SignedHeaders,
    ) -> Result<(), ApiError> {
        let key = self.keys.get(&h.kid).ok_or_else(|| {
            ApiError::unauthorized("unknown service account key id (X-Nylas-Kid)")
        })?;
        let timestamp: i64 = h
            .timestamp
            .trim()
            .parse()
            .map_err(|_| ApiError::unauthorized("X-Nylas-Timestamp must be Unix seconds"))?;
        let now = now_secs();
        if (now - timestamp).abs() > crate::unknowns::SIGNATURE_WINDOW_SECS {
            return Err(ApiError::unauthorized(
                "X-Nylas-Timestamp is outside the 5-minute window",
            ));
        }
        let text = signed_text(method, path, body, &h.nonce, timestamp)?;
        let sig = decode_signature(&h.signature)?;
        VerifyingKey::<Sha256>::new(key.clone())
            .verify(text.as_bytes(), &sig)
            .map_err(|_| {
                ApiError::unauthorized("service account signature does not match the request")
            })?;
        self.claim_nonce(&h.nonce, now)
    }

    fn claim_nonce(&self, nonce: &str, now: i64) -> Result<(), ApiError> {
        let mut seen = self
            .seen_nonces
            .lock()
            .map_err(|_| ApiError::internal("nonce cache unavailable"))?;
        // Nonces older than twice the window can't be replayed anyway (their timestamp is stale).
        if seen.len() > 10_000 {
            seen.retain(|_, t| now - *t < 2 * crate::unknowns::SIGNATURE_WINDOW_SECS);
        }
        if seen.insert(nonce.to_string(), now).is_some() {
            return Err(ApiError::unauthorized("X-Nylas-Nonce was already used"));
        }
        Ok(())
    }
}

/// The exact text the client signed.
pub fn signed_text(
    method: &str,
    path: &str,
    body: &[u8],
    nonce: &str,
    timestamp: i64,
) -> Result<String, ApiError> {
    let method = method.to_ascii_lowercase();
    let mut envelope = serde_json::json!({
        "method": method, "nonce": nonce, "path": path, "timestamp": timestamp,
    });
    if matches!(method.as_str(), "post" | "put" | "patch") && !body.is_empty() {
        let payload = std::str::from_utf8(body)
            .map_err(|_| ApiError::invalid("request body is not UTF-8"))?;
        envelope["payload"] = Value::String(payload.to_string());
    }
    Ok(canonical_json(&envelope))
}

fn decode_signature(b64: &str) -> Result<Signature, ApiError> {
    use base64::Engine;
    let bad = || ApiError::unauthorized("X-Nylas-Signature is not a valid base64 RSA signature");
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .map_err(|_| bad())?;
    Signature::try_from(bytes.as_slice()).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let v = json!({"b": 1, "a": {"d": [true, null], "c": "x\"y"}});
        assert_eq!(
            canonical_json(&v),
            r#"{"a":{"c":"x\"y","d":[true,null]},"b":1}"#
        );
    }

    #[test]
    fn signed_text_has_payload_only_for_body_methods() {
        let get = signed_text("GET", "/v3/admin/domains", b"", "n", 5).unwrap();
        assert_eq!(
            get,
            r#"{"method":"get","nonce":"n","path":"/v3/admin/domains","timestamp":5}"#
        );
        let post = signed_text("POST", "/p", br#"{"a":1}"#, "n", 5).unwrap();
        assert!(post.contains(r#""payload":"{\"a\":1}""#));
    }
}
