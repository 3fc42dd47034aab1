//! Manage Domains signing with the host's WebCrypto: the signatures must be byte for byte those of the
//! Nylas Node SDK (RSASSA-PKCS1-v1_5 is deterministic), computed natively in
//! `src/client/signing/tests.rs` with the same throwaway fixture key.

use base64::Engine;
use nylas_agent_accounts::client::signing::{
    canonical_json, sign_request, signing_message, ServiceAccount, Signer,
};
use nylas_agent_accounts::wasm::WebCryptoSigner;
use serde_json::json;
use wasm_bindgen_test::wasm_bindgen_test;

const KEY_PKCS8: &str = include_str!("../fixtures/test-only-rsa-key.pem");
const KEY_PKCS1: &str = include_str!("../fixtures/test-only-rsa-key.pkcs1.pem");
const NONCE: &str = "AbCdEfGhIjKlMnOpQrSt";
const TIMESTAMP: u64 = 1_767_225_600;
const SDK_GET_SIGNATURE: &str = "H/89KN8aMwRfgtG+MOfu5vdZ0TicO9tZP7h3scQf8vez7FeptgJTO5GyA4IqI5cHiirjZ3IpvFFlSsYhb2btubtMvnsA2i1W65n8PyYNgTVMdxKyPc7yQZTqCnXe7nn9a/5nBa0SCZJVT05iXIQrEwce64vgJXC3PVHSsVOKc6tQS9WGLzOD1fnMuXq1FfCNsWZDYGDMSMzXf9X9F4Gz9/EBJ/UbB9fGfdtuy53viImiWL4h9uHigriU7jdajiHwowBdwkHsqhOqwjF9afDv25VUspReDxnnNPOgYFnCrc9k6lm4Kfm9cJdkYSHWiVmUhOWvPTG/H395zFfdAP1LJQ==";
const SDK_POST_SIGNATURE: &str = "biwFHTLOwH0IecTe8257aPXMkKEjTA2NqNIXDd73KnB6d+E9wddi42K44FQ5c0SjJI7JnZ0uHBRaD2yG6Z2UC8rVC5tu/n89MNYY8TJZRQFA0rPYv5clxcbpA0S7a2XpzU7mq80xqh6EdbHKftYKZsFdwJB0Y+GOGVMtw/pk7zX+LmjIzGQoIdC1r7pDBs5LGLdnhqh3O36iUL4DUWtoI2dkWvUKTLCitc2ZSYJv6uZRE4WHqsIJ/a1bR1WbZi3T837gtQa0WpSywKqrEccZ/rGGTYW+IVrLmofyM2cKoYGQoFrirULdbVIjFmK+Zi5VpFU4aIfANuSM8aMupPjRjg==";

async fn signature(pem: &str, message: &str) -> String {
    let bytes = WebCryptoSigner.sign(pem, message.as_bytes()).await.unwrap();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[wasm_bindgen_test]
async fn webcrypto_signatures_equal_the_sdk() {
    let get = signing_message("GET", "/v3/admin/domains", TIMESTAMP, NONCE, None);
    assert_eq!(signature(KEY_PKCS8, &get).await, SDK_GET_SIGNATURE);
    // PKCS#1 goes through the hand-written PKCS#8 wrapping before WebCrypto imports it.
    assert_eq!(signature(KEY_PKCS1, &get).await, SDK_GET_SIGNATURE);
    let payload = canonical_json(&json!({"name": "Acme", "domain_address": "acme.example"}));
    let post = signing_message(
        "POST",
        "/v3/admin/domains",
        TIMESTAMP,
        NONCE,
        Some(&payload),
    );
    assert_eq!(signature(KEY_PKCS8, &post).await, SDK_POST_SIGNATURE);
}

#[wasm_bindgen_test]
async fn sign_request_gives_headers_and_the_signed_body() {
    let account = ServiceAccount::from_value(&json!({
        "private_key_id": "kid-test-1", "private_key": KEY_PKCS8, "type": "service_account"
    }))
    .unwrap();
    let body = json!({"name": "Acme", "domain_address": "acme.example"});
    let (headers, wire) = sign_request(
        &WebCryptoSigner,
        &account,
        "POST",
        "/v3/admin/domains",
        Some(&body),
        TIMESTAMP,
    )
    .await
    .unwrap();
    let names: Vec<&str> = headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "X-Nylas-Kid",
            "X-Nylas-Nonce",
            "X-Nylas-Timestamp",
            "X-Nylas-Signature"
        ]
    );
    let wire = wire.unwrap();
    assert_eq!(wire, r#"{"domain_address":"acme.example","name":"Acme"}"#);
    let message = signing_message(
        "POST",
        "/v3/admin/domains",
        TIMESTAMP,
        &headers[1].1,
        Some(&wire),
    );
    assert_eq!(signature(KEY_PKCS8, &message).await, headers[3].1);
}

#[wasm_bindgen_test]
async fn an_unusable_key_is_a_signing_error_without_key_material() {
    // Right shape and RSA OID, but no key inside: WebCrypto refuses it on import.
    let hollow =
        "-----BEGIN PRIVATE KEY-----\nMBQCAQAwDQYJKoZIhvcNAQEBBQAEAA==\n-----END PRIVATE KEY-----";
    let error = WebCryptoSigner.sign(hollow, b"x").await.unwrap_err();
    assert_eq!(error.code(), "SIGNING_ERROR");
    assert!(error.to_string().contains("WebCrypto"), "{error}");
    assert!(!error.to_string().contains("MBQ"), "{error}");
}
