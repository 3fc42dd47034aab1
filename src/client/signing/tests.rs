//! Signing vectors. Every expected string below was produced by the official Nylas Node SDK
//! (`canonicalJson` and `ServiceAccountSigner.buildHeaders` in `nylas/lib/esm/models/serviceAccount.js`)
//! with the throwaway key in `tests/fixtures/`, so these tests hold our bytes to the SDK's.
#![cfg(not(target_arch = "wasm32"))] // the native crates standing in for WebCrypto

use super::pem::{der_length, wrap_pkcs1_in_pkcs8};
use super::test_signer::{ready, RsaSigner, TEST_KEY_PKCS1, TEST_KEY_PKCS8};
use super::*;
use base64::Engine as _;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::pkcs8::DecodePrivateKey;
use rsa::signature::Verifier;
use serde_json::json;

const NONCE: &str = "AbCdEfGhIjKlMnOpQrSt";
const TIMESTAMP: u64 = 1_767_225_600;
/// SDK signature of `GET /v3/admin/domains` with [`NONCE`] and [`TIMESTAMP`].
pub(crate) const SDK_GET_SIGNATURE: &str = "H/89KN8aMwRfgtG+MOfu5vdZ0TicO9tZP7h3scQf8vez7FeptgJTO5GyA4IqI5cHiirjZ3IpvFFlSsYhb2btubtMvnsA2i1W65n8PyYNgTVMdxKyPc7yQZTqCnXe7nn9a/5nBa0SCZJVT05iXIQrEwce64vgJXC3PVHSsVOKc6tQS9WGLzOD1fnMuXq1FfCNsWZDYGDMSMzXf9X9F4Gz9/EBJ/UbB9fGfdtuy53viImiWL4h9uHigriU7jdajiHwowBdwkHsqhOqwjF9afDv25VUspReDxnnNPOgYFnCrc9k6lm4Kfm9cJdkYSHWiVmUhOWvPTG/H395zFfdAP1LJQ==";
/// SDK signature of `POST /v3/admin/domains {name:"Acme", domain_address:"acme.example"}`.
const SDK_POST_SIGNATURE: &str = "biwFHTLOwH0IecTe8257aPXMkKEjTA2NqNIXDd73KnB6d+E9wddi42K44FQ5c0SjJI7JnZ0uHBRaD2yG6Z2UC8rVC5tu/n89MNYY8TJZRQFA0rPYv5clxcbpA0S7a2XpzU7mq80xqh6EdbHKftYKZsFdwJB0Y+GOGVMtw/pk7zX+LmjIzGQoIdC1r7pDBs5LGLdnhqh3O36iUL4DUWtoI2dkWvUKTLCitc2ZSYJv6uZRE4WHqsIJ/a1bR1WbZi3T837gtQa0WpSywKqrEccZ/rGGTYW+IVrLmofyM2cKoYGQoFrirULdbVIjFmK+Zi5VpFU4aIfANuSM8aMupPjRjg==";

fn account(pem: &str) -> ServiceAccount {
    ServiceAccount {
        private_key_id: "kid-test-1".into(),
        private_key: pem.into(),
        organization_id: "org-1".into(),
        region: "us".into(),
        name: "test".into(),
        kind: "service_account".into(),
    }
}

#[test]
fn canonical_json_matches_the_sdk() {
    let table = [
        (
            json!({"b": 1, "a": {"d": [true, null], "c": "x\"y"}}),
            r#"{"a":{"c":"x\"y","d":[true,null]},"b":1}"#,
        ),
        (
            json!({"x": null, "y": [], "z": {}}),
            r#"{"x":null,"y":[],"z":{}}"#,
        ),
        // Keys sort by UTF-16 code units: U+1F600 (a surrogate pair, D83D…) before U+FF61.
        (
            json!({"é": 1, "z": 2, "\u{FF61}": 3, "\u{1F600}": 4, "A": 5, "a": 6, "": 7}),
            "{\"\":7,\"A\":5,\"a\":6,\"z\":2,\"é\":1,\"\u{1F600}\":4,\"\u{FF61}\":3}",
        ),
        (
            json!({"s": "\u{0}\u{1f}\u{7f}\u{8}\u{c}\n\r\t/\\\"é😀\u{2028}"}),
            "{\"s\":\"\\u0000\\u001f\u{7f}\\b\\f\\n\\r\\t/\\\\\\\"é😀\u{2028}\"}",
        ),
        (
            json!([[{"b": {"d": 1, "c": 2}, "a": []}]]),
            r#"[[{"a":[],"b":{"c":2,"d":1}}]]"#,
        ),
    ];
    for (value, expected) in table {
        assert_eq!(canonical_json(&value), expected);
    }
}

#[test]
fn a_space_is_written_as_is_and_only_controls_are_escaped() {
    // JSON.stringify escapes code points below U+0020 and leaves the space itself alone: a domain
    // named "Agents mail" is signed as `"Agents mail"`, never `"Agents\u0020mail"`.
    assert_eq!(
        canonical_json(&json!({"name": "Agents mail", "s": "\u{1f} \u{21}"})),
        "{\"name\":\"Agents mail\",\"s\":\"\\u001f !\"}"
    );
}

#[test]
fn numbers_are_written_as_javascript_writes_them() {
    let numbers = json!([
        1,
        1.0,
        1.5,
        -0.0,
        1e21,
        1e-7,
        123456789012_u64,
        0.1,
        1e20,
        2.5e-5,
        1.7976931348623157e308,
        5e-324,
        -3.25,
        100,
        1e300
    ]);
    assert_eq!(
        canonical_json(&numbers),
        "[1,1,1.5,0,1e+21,1e-7,123456789012,0.1,100000000000000000000,0.000025,\
         1.7976931348623157e+308,5e-324,-3.25,100,1e+300]"
    );
    assert_eq!(canonical_json(&json!(u64::MAX)), "18446744073709551615");
    assert_eq!(canonical_json(&json!(i64::MIN)), "-9223372036854775808");
    assert_eq!(canonical_json(&json!(-1.5e-9)), "-1.5e-9");
    assert_eq!(canonical_json(&json!(0.000001)), "0.000001");
    assert_eq!(canonical_json(&json!(123.456)), "123.456");
}

#[test]
fn js_layout_handles_every_serde_form() {
    for (text, expected) in [
        ("1.0", "1"),
        ("100.0", "100"),
        ("1e21", "1e+21"),
        ("1.5e-7", "1.5e-7"),
        ("0.00001", "0.00001"),
        ("1E+2", "100"),
        ("-0.0", "0"),
        ("12.5e1", "125"),
    ] {
        assert_eq!(canonical::js_number_layout(text), expected, "{text}");
    }
}

#[test]
fn signing_message_vectors() {
    assert_eq!(
        signing_message(
            "GET",
            "/v3/admin/domains?limit=5&page_token=x",
            TIMESTAMP,
            NONCE,
            None
        ),
        r#"{"method":"get","nonce":"AbCdEfGhIjKlMnOpQrSt","path":"/v3/admin/domains","timestamp":1767225600}"#
    );
    let payload = canonical_json(&json!({"name": "Acme", "domain_address": "acme.example"}));
    assert_eq!(
        signing_message("Post", "/v3/admin/domains", 5, "n", Some(&payload)),
        r#"{"method":"post","nonce":"n","path":"/v3/admin/domains","payload":"{\"domain_address\":\"acme.example\",\"name\":\"Acme\"}","timestamp":5}"#
    );
    // No payload for methods without a body, nor an empty one.
    assert!(!signing_message("DELETE", "/p", 5, "n", Some("{}")).contains("payload"));
    assert!(!signing_message("PUT", "/p", 5, "n", Some("")).contains("payload"));
}

#[test]
fn headers_carry_kid_nonce_timestamp_and_signature() {
    let headers = signed_headers(&account("pem"), NONCE, TIMESTAMP, "c2ln");
    let expected = [
        ("X-Nylas-Kid", "kid-test-1"),
        ("X-Nylas-Nonce", NONCE),
        ("X-Nylas-Timestamp", "1767225600"),
        ("X-Nylas-Signature", "c2ln"),
    ];
    let got: Vec<(&str, &str)> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn nonces_are_20_alphanumerics_and_differ() {
    let a = nonce().unwrap();
    let b = nonce().unwrap();
    assert_ne!(a, b);
    for n in [&a, &b] {
        assert_eq!(n.len(), NONCE_LENGTH);
        assert!(n.bytes().all(|c| c.is_ascii_alphanumeric()), "{n}");
    }
    // Over many draws every character of the alphabet shows up.
    let seen: std::collections::BTreeSet<u8> = (0..200)
        .flat_map(|_| nonce().unwrap().into_bytes())
        .collect();
    assert_eq!(seen.len(), 62);
}

#[test]
fn signatures_equal_the_sdk_for_both_key_forms() {
    for pem in [TEST_KEY_PKCS8, TEST_KEY_PKCS1] {
        let acct = account(pem);
        let (headers, body) = ready(sign_request_with_nonce(
            &RsaSigner,
            &acct,
            "GET",
            "/v3/admin/domains",
            None,
            TIMESTAMP,
            NONCE,
        ))
        .unwrap();
        assert_eq!(headers[3].1, SDK_GET_SIGNATURE);
        assert_eq!(body, None);
    }
    let body = json!({"name": "Acme", "domain_address": "acme.example"});
    let (headers, wire) = ready(sign_request_with_nonce(
        &RsaSigner,
        &account(TEST_KEY_PKCS8),
        "POST",
        "/v3/admin/domains",
        Some(&body),
        TIMESTAMP,
        NONCE,
    ))
    .unwrap();
    assert_eq!(headers[3].1, SDK_POST_SIGNATURE);
    assert_eq!(
        wire.as_deref(),
        Some(r#"{"domain_address":"acme.example","name":"Acme"}"#)
    );
}

/// What the emulator's verifier does (`emulator/src/signing.rs`): rebuild the text from the method,
/// path, raw wire body and headers, then check the RSA signature with the public key.
#[test]
fn signed_requests_verify_like_the_emulator_checks_them() {
    let der = private_key_pkcs8_der(TEST_KEY_PKCS8).unwrap();
    let public = rsa::RsaPrivateKey::from_pkcs8_der(&der)
        .unwrap()
        .to_public_key();
    let verifier = VerifyingKey::<sha2::Sha256>::new(public);
    let cases = [
        (
            "PUT",
            "/v3/admin/domains/d1",
            Some(json!({"name": "Ünïcode 😀", "n": 1.0})),
        ),
        (
            "POST",
            "/v3/admin/domains/d1/verify",
            Some(json!({"type": "mx"})),
        ),
        ("DELETE", "/v3/admin/domains/d1", None),
        ("POST", "/v3/admin/domains", Some(json!(null))),
    ];
    for (method, path, body) in cases {
        let acct = account(TEST_KEY_PKCS8);
        let (headers, wire) = ready(sign_request(
            &RsaSigner,
            &acct,
            method,
            path,
            body.as_ref(),
            TIMESTAMP,
        ))
        .unwrap();
        let value = |name: &str| headers.iter().find(|(k, _)| k == name).unwrap().1.clone();
        let text = signing_message(
            method,
            path,
            TIMESTAMP,
            &value("X-Nylas-Nonce"),
            wire.as_deref(),
        );
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(value("X-Nylas-Signature"))
            .unwrap();
        let signature = Signature::try_from(bytes.as_slice()).unwrap();
        verifier.verify(text.as_bytes(), &signature).unwrap();
    }
}

#[test]
fn pkcs1_is_wrapped_into_the_same_pkcs8_der() {
    assert_eq!(
        private_key_pkcs8_der(TEST_KEY_PKCS1).unwrap(),
        private_key_pkcs8_der(TEST_KEY_PKCS8).unwrap()
    );
    assert_eq!(der_length(5), [5]);
    assert_eq!(der_length(0x80), [0x81, 0x80]);
    assert_eq!(der_length(1190), [0x82, 0x04, 0xa6]);
    assert_eq!(&wrap_pkcs1_in_pkcs8(&[0xaa])[..4], [0x30, 0x15, 0x02, 0x01]);
}

#[test]
fn keys_in_other_shapes_are_read_or_refused_without_leaking() {
    let base64_pem = base64::engine::general_purpose::STANDARD.encode(TEST_KEY_PKCS8);
    let escaped = TEST_KEY_PKCS8.replace('\n', "\\n");
    let with_preamble = format!("test key\n{TEST_KEY_PKCS8}");
    let expected = private_key_pkcs8_der(TEST_KEY_PKCS8).unwrap();
    for text in [&base64_pem, &escaped, &with_preamble] {
        assert_eq!(private_key_pkcs8_der(text).unwrap(), expected);
    }
    let body_line = TEST_KEY_PKCS8.lines().nth(1).unwrap();
    let broken = TEST_KEY_PKCS8.replacen(body_line, &format!("{}!", &body_line[1..]), 1);
    let encrypted =
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----";
    let ec = "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----";
    let not_rsa = "-----BEGIN PRIVATE KEY-----\nMAMCAQA=\n-----END PRIVATE KEY-----";
    for text in [
        broken.as_str(),
        encrypted,
        ec,
        not_rsa,
        "",
        "hello",
        "-----BEGIN PRIVATE KEY-----",
    ] {
        let error = private_key_pkcs8_der(text).unwrap_err();
        assert_eq!(error.code(), "SIGNING_ERROR");
        let message = error.to_string();
        assert!(!message.contains(&body_line[..16]), "{message}");
        assert!(!message.contains("offset"), "{message}");
    }
}

#[test]
fn debug_redacts_the_private_key() {
    let acct = account(TEST_KEY_PKCS8);
    let shown = format!("{acct:?}");
    assert!(shown.contains("<redacted>") && shown.contains("kid-test-1"));
    assert!(!shown.contains("PRIVATE KEY") && !shown.contains(&TEST_KEY_PKCS8[40..60]));
}

#[test]
fn credentials_json_is_read_with_unknown_fields() {
    let text = json!({
        "name": "prod", "type": "service_account", "private_key_id": "k1",
        "private_key": "pem", "organization_id": "o1", "region": "eu", "issued_by": "support"
    });
    let acct = ServiceAccount::from_value(&text).unwrap();
    assert_eq!(
        (acct.private_key_id.as_str(), acct.region.as_str()),
        ("k1", "eu")
    );
    assert_eq!(acct.kind, "service_account");
    let missing = ServiceAccount::from_value(&json!({ "private_key_id": "k" }));
    assert_eq!(missing.unwrap_err(), "is missing private_key");
    let wrong = ServiceAccount::from_value(&json!({ "private_key_id": "k", "private_key": 7 }));
    assert_eq!(wrong.unwrap_err(), "has a private_key that is not a string");
}

#[test]
fn a_missing_key_id_is_refused_before_signing() {
    let mut acct = account(TEST_KEY_PKCS8);
    acct.private_key_id.clear();
    let error = ready(sign_request(
        &RsaSigner,
        &acct,
        "GET",
        "/v3/admin/domains",
        None,
        1,
    ))
    .unwrap_err();
    assert_eq!(error.code(), "SIGNING_ERROR");
}

#[test]
fn keys_sort_by_utf16_whatever_order_the_map_gives() {
    let keys: Vec<String> = ["\u{FF61}", "\u{1F600}", "z", "é", "a", "A", ""]
        .iter()
        .map(|k| k.to_string())
        .collect();
    let null = Value::Null;
    let mut entries: Vec<(&String, &Value)> = keys.iter().map(|k| (k, &null)).collect();
    canonical::sort_by_utf16(&mut entries);
    let sorted: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(sorted, ["", "A", "a", "z", "é", "\u{1F600}", "\u{FF61}"]);
}
