//! Webhook exports inside the host: HMAC-SHA256 from WebCrypto, parsing across the boundary.

use nylas_agent_accounts::wasm::{parse_webhook_json, verify_webhook_signature_js};
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// RFC 4231 test case 2.
const RFC4231_MAC: &str = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
const RFC4231_BODY: &[u8] = b"what do ya want for nothing?";

async fn verify(body: &[u8], header: &str, secret: &str) -> bool {
    verify_webhook_signature_js(
        Some(body.to_vec()),
        JsValue::UNDEFINED,
        header.into(),
        secret.into(),
    )
    .await
    .unwrap()
}

#[wasm_bindgen_test]
async fn webcrypto_hmac_verifies_the_rfc_vector() {
    assert!(verify(RFC4231_BODY, RFC4231_MAC, "Jefe").await);
    assert!(
        verify(
            RFC4231_BODY,
            &format!("sha256={}", RFC4231_MAC.to_uppercase()),
            "Jefe"
        )
        .await
    );
    assert!(!verify(RFC4231_BODY, RFC4231_MAC, "jefe").await);
    assert!(!verify(b"what do ya want for nothing!", RFC4231_MAC, "Jefe").await);
    assert!(!verify(RFC4231_BODY, "not-hex", "Jefe").await);
}

/// The error report `verifyWebhookSignature` rejects with for these arguments.
async fn rejection(body: Option<Vec<u8>>, raw: JsValue, secret: JsValue) -> Value {
    let thrown = verify_webhook_signature_js(body, raw, RFC4231_MAC.into(), secret)
        .await
        .unwrap_err()
        .as_string()
        .unwrap();
    serde_json::from_str(&thrown).unwrap()
}

#[wasm_bindgen_test]
async fn an_empty_secret_rejects_with_a_report() {
    let report = rejection(Some(RFC4231_BODY.to_vec()), JsValue::UNDEFINED, "".into()).await;
    assert_eq!(report["code"], "INVALID_ARGUMENT");
}

#[wasm_bindgen_test]
async fn a_body_or_secret_of_the_wrong_kind_rejects_naming_what_came() {
    let report = rejection(None, JsValue::NULL, "Jefe".into()).await;
    assert_eq!(report["code"], "INVALID_ARGUMENT");
    let message = report["message"].as_str().unwrap();
    assert!(
        message.ends_with("rather than request.json(), not null."),
        "{message}"
    );
    let report = rejection(Some(vec![]), JsValue::NULL, 7.into()).await;
    let message = report["message"].as_str().unwrap();
    assert!(message.ends_with("was created, not number."), "{message}");
}

#[wasm_bindgen_test]
fn parse_crosses_as_camel_case_json() {
    let body = br#"{"specversion":"1.0","type":"message.created","source":"/s","id":"e1","time":5,
        "data":{"application_id":"app","object":{"id":"m1","grant_id":"g1","thread_id":"t1"}}}"#;
    let event: Value =
        serde_json::from_str(&parse_webhook_json(Some(body.to_vec()), JsValue::UNDEFINED).unwrap())
            .unwrap();
    assert_eq!(event["grantId"], "g1");
    assert_eq!(event["data"]["applicationId"], "app");
    assert_eq!(event["data"]["object"]["threadId"], "t1");
    let thrown = parse_webhook_json(Some(b"{}".to_vec()), JsValue::UNDEFINED)
        .unwrap_err()
        .as_string()
        .unwrap();
    let report: Value = serde_json::from_str(&thrown).unwrap();
    assert_eq!(report["code"], "WEBHOOK_INVALID");
    assert_eq!(report["name"], "ValidationError");
}
