//! Nylas webhooks for edge functions: checking the `x-nylas-signature` header and reading the
//! CloudEvents envelope (nylas-api.md §8). The MAC itself comes from an [`Hmac`] (the host's WebCrypto
//! in wasm, `src/wasm/webcrypto.rs`), so the wasm carries no SHA-256 of its own; this module does the
//! header parsing, hex decoding and constant-time comparison.

mod event;
#[cfg(test)]
pub(crate) mod types;

#[cfg(all(test, feature = "server", not(target_arch = "wasm32")))] // read by src/typescript.rs
pub(crate) use event::MESSAGE_EVENTS;
pub use event::{parse_webhook, WebhookEvent};

use crate::Error;
use std::future::Future;

/// Computes HMAC-SHA256.
pub trait Hmac {
    /// The 32-byte MAC of `message` keyed with `key`.
    fn hmac_sha256(
        &self,
        key: &[u8],
        message: &[u8],
    ) -> impl Future<Output = Result<Vec<u8>, Error>>;
}

/// Whether `signature_header` is the HMAC-SHA256 of the raw `body` keyed with `secret`.
///
/// The header is 64 hex digits (either case), optionally prefixed `sha256=`; anything else, including
/// an empty or missing header, is `Ok(false)`. With `compressed_delivery`, `body` is the gzip bytes as
/// received: the signature covers them, not the decompressed JSON. An empty secret is an error (it is
/// always a configuration mistake, and would make every forged delivery checkable).
pub async fn verify_webhook_signature<H: Hmac>(
    hmac: &H,
    body: &[u8],
    signature_header: &str,
    secret: &str,
) -> Result<bool, Error> {
    if secret.is_empty() {
        return Err(Error::InvalidArgument(
            "the webhook secret is empty: pass the webhook_secret Nylas returned when the webhook was \
             created (or last rotated)"
                .into(),
        ));
    }
    let Some(expected) = parse_signature_header(signature_header) else {
        return Ok(false);
    };
    let actual = hmac.hmac_sha256(secret.as_bytes(), body).await?;
    Ok(constant_time_eq(&expected, &actual))
}

/// The `x-nylas-signature` value Nylas sends with `body` for a webhook whose secret is `secret`: the
/// lowercase hex HMAC-SHA256 of the exact bytes. For users' own tests of their webhook handlers.
pub async fn sign_webhook_payload<H: Hmac>(
    hmac: &H,
    body: &[u8],
    secret: &str,
) -> Result<String, Error> {
    if secret.is_empty() {
        return Err(Error::InvalidArgument(
            "the webhook secret is empty: sign with the secret your handler verifies with".into(),
        ));
    }
    let mac = hmac.hmac_sha256(secret.as_bytes(), body).await?;
    Ok(mac.iter().map(|b| format!("{b:02x}")).collect())
}

/// The 32 bytes of a signature header: surrounding whitespace and a `sha256=` prefix (any case) are
/// allowed, then exactly 64 hex digits.
pub fn parse_signature_header(header: &str) -> Option<[u8; 32]> {
    let header = header.trim();
    let hex = match header.get(..7) {
        Some(prefix) if prefix.eq_ignore_ascii_case("sha256=") => &header[7..],
        _ => header,
    };
    let digits = hex.as_bytes();
    if digits.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        *byte = (hex_value(pair[0])? << 4) | hex_value(pair[1])?;
    }
    Some(out)
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// Equality whose time depends only on the lengths, not on where the bytes first differ, so a forger
/// can't learn the expected MAC a byte at a time.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    // black_box keeps the optimiser from turning the fold back into an early-exit comparison.
    std::hint::black_box(diff) == 0
}

#[cfg(test)]
mod tests;
