//! A service account's PEM private key → PKCS#8 DER, the one form WebCrypto's `importKey` takes.
//!
//! Nylas issues PKCS#8 (`BEGIN PRIVATE KEY`), but keys converted with older OpenSSL tools arrive as
//! PKCS#1 (`BEGIN RSA PRIVATE KEY`). WebCrypto imports only PKCS#8, so a PKCS#1 key is wrapped in the
//! PKCS#8 structure here. No error message ever quotes the key, a byte of it, or a decoder's position.

use crate::client::host::{codecs, is_padded_base64};
use crate::Error;

/// DER of the rsaEncryption OID (1.2.840.113549.1.1.1), the algorithm of every RSA PKCS#8 key.
const RSA_ENCRYPTION_OID: [u8; 11] = [
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
];

/// The PKCS#8 DER of a service account's `private_key`: PEM (PKCS#8 or PKCS#1), or the base64 of such
/// a PEM, as the Node SDK also accepts. Text around the PEM block and literal `\n` escapes (a key pasted
/// into an environment variable) are tolerated.
pub fn private_key_pkcs8_der(private_key: &str) -> Result<Vec<u8>, Error> {
    let text = if private_key.contains("-----BEGIN") {
        private_key.to_string()
    } else {
        let decoded = decode_base64(private_key).ok_or_else(|| {
            signing("the service account private_key is neither PEM nor base64-encoded PEM")
        })?;
        String::from_utf8(decoded)
            .ok()
            .filter(|t| t.contains("-----BEGIN"))
            .ok_or_else(|| {
                signing("the service account private_key is neither PEM nor base64-encoded PEM")
            })?
    };
    let (label, body) = pem_block(&text)?;
    if body.contains(':') {
        return Err(signing(
            "the service account private_key is encrypted; decrypt it first (Nylas issues unencrypted keys)",
        ));
    }
    let der = decode_base64(body)
        .ok_or_else(|| signing("the service account private_key PEM body is not valid base64"))?;
    match label {
        "PRIVATE KEY" => check_rsa_pkcs8(der),
        "RSA PRIVATE KEY" => Ok(wrap_pkcs1_in_pkcs8(&der)),
        "ENCRYPTED PRIVATE KEY" => Err(signing(
            "the service account private_key is encrypted; decrypt it first (Nylas issues unencrypted keys)",
        )),
        _ => Err(signing(
            "the service account private_key must be an RSA private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY)",
        )),
    }
}

/// The label and base64 body of the first PEM block (RFC 7468).
fn pem_block(text: &str) -> Result<(&str, &str), Error> {
    let malformed = || signing("the service account private_key is not a complete PEM block");
    let start = text.find("-----BEGIN ").ok_or_else(malformed)? + "-----BEGIN ".len();
    let rest = &text[start..];
    let label_end = rest.find("-----").ok_or_else(malformed)?;
    let label = &rest[..label_end];
    let body_and_end = &rest[label_end + "-----".len()..];
    let end = body_and_end.find("-----END ").ok_or_else(malformed)?;
    Ok((label.trim(), &body_and_end[..end]))
}

/// Base64 with whitespace and literal `\n` / `\r` escapes removed; `None` when it isn't base64.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let compact: String = text
        .replace("\\n", "")
        .replace("\\r", "")
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    // The decoder's error names the offending byte and its offset, which would leak key material;
    // it is dropped here on purpose.
    if !is_padded_base64(&compact) {
        return None;
    }
    codecs().base64_decode(&compact)
}

fn check_rsa_pkcs8(der: Vec<u8>) -> Result<Vec<u8>, Error> {
    // The OID sits in the AlgorithmIdentifier, within the first few dozen bytes of the structure.
    let head = &der[..der.len().min(32)];
    let is_rsa = der.first() == Some(&0x30)
        && head
            .windows(RSA_ENCRYPTION_OID.len())
            .any(|w| w == RSA_ENCRYPTION_OID);
    if is_rsa {
        Ok(der)
    } else {
        Err(signing(
            "the service account private_key is not an RSA key (Nylas service accounts use RSA-2048)",
        ))
    }
}

/// Wraps a PKCS#1 `RSAPrivateKey` in a PKCS#8 `PrivateKeyInfo` (RFC 5208 §5). Written by hand because
/// it is a fixed header plus two DER lengths; an ASN.1 crate would cost more wasm than it saves:
///
/// ```text
/// PrivateKeyInfo ::= SEQUENCE {                 30 <len>
///   version             INTEGER 0,              02 01 00
///   privateKeyAlgorithm SEQUENCE {              30 0d
///     algorithm  OID rsaEncryption,             06 09 2a 86 48 86 f7 0d 01 01 01
///     parameters NULL },                        05 00
///   privateKey          OCTET STRING <pkcs1> }  04 <len> <pkcs1 DER>
/// ```
pub(super) fn wrap_pkcs1_in_pkcs8(pkcs1: &[u8]) -> Vec<u8> {
    let mut inner = vec![0x02, 0x01, 0x00, 0x30, 0x0d];
    inner.extend_from_slice(&RSA_ENCRYPTION_OID);
    inner.extend_from_slice(&[0x05, 0x00, 0x04]);
    inner.extend(der_length(pkcs1.len()));
    inner.extend_from_slice(pkcs1);
    let mut out = vec![0x30];
    out.extend(der_length(inner.len()));
    out.extend(inner);
    out
}

/// A DER length: one byte below 128, else `0x80 | n` followed by `n` big-endian bytes (X.690 §8.1.3).
pub(super) fn der_length(len: usize) -> Vec<u8> {
    if len < 0x80 {
        return vec![len as u8];
    }
    let bytes: Vec<u8> = len
        .to_be_bytes()
        .into_iter()
        .skip_while(|b| *b == 0)
        .collect();
    let mut out = vec![0x80 | bytes.len() as u8];
    out.extend(bytes);
    out
}

fn signing(message: &str) -> Error {
    Error::Signing(message.to_string())
}
