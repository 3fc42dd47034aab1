//! Webhook signature checks with a native HMAC (the `hmac` crate stands in for WebCrypto), and envelope
//! parsing over one fixture per event family.
#![cfg(not(target_arch = "wasm32"))] // the native crates standing in for WebCrypto

use super::event::camel_case;
use super::*;
use crate::client::signing::test_signer::ready;
use hmac::Mac;
use serde_json::{json, Value};

struct NativeHmac;

impl Hmac for NativeHmac {
    async fn hmac_sha256(&self, key: &[u8], message: &[u8]) -> Result<Vec<u8>, Error> {
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key).unwrap();
        mac.update(message);
        Ok(mac.finalize().into_bytes().to_vec())
    }
}

const SECRET: &str = "whsec-test-only";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn sign(body: &[u8]) -> String {
    hex(&ready(NativeHmac.hmac_sha256(SECRET.as_bytes(), body)).unwrap())
}

fn verify(body: &[u8], header: &str) -> bool {
    ready(verify_webhook_signature(&NativeHmac, body, header, SECRET)).unwrap()
}

#[test]
fn rfc_4231_vector_through_the_header_path() {
    // RFC 4231 test case 2, as the emulator's signature test uses it.
    let header = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    let ok = ready(verify_webhook_signature(
        &NativeHmac,
        b"what do ya want for nothing?",
        header,
        "Jefe",
    ));
    assert_eq!(ok, Ok(true));
}

#[test]
fn accepted_header_forms() {
    let body = br#"{"type":"message.created"}"#;
    let sig = sign(body);
    for header in [
        sig.clone(),
        sig.to_uppercase(),
        format!("sha256={sig}"),
        format!("SHA256={sig}"),
        format!("  {sig}\t"),
    ] {
        assert!(verify(body, &header), "{header}");
    }
}

#[test]
fn rejected_deliveries() {
    let body = br#"{"type":"message.created"}"#;
    let sig = sign(body);
    assert!(
        !verify(br#"{"type":"message.created" }"#, &sig),
        "tampered body"
    );
    let other = ready(verify_webhook_signature(
        &NativeHmac,
        body,
        &sig,
        "other-secret",
    ));
    assert_eq!(other, Ok(false), "wrong secret");
    for header in [
        String::new(),
        sig[..63].to_string(),
        format!("{sig}0"),
        format!("{}g", &sig[..63]),
        format!("sha1={sig}"),
        format!("sha256= {sig}"),
        format!("{sig},{sig}"),
        "é".repeat(32),
    ] {
        assert!(!verify(body, &header), "{header:?}");
    }
}

#[test]
fn gzip_bytes_are_verified_as_received() {
    let gzip = [
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0x00,
    ];
    assert!(verify(&gzip, &sign(&gzip)));
}

#[test]
fn an_empty_secret_is_an_error_not_a_verdict() {
    let error = ready(verify_webhook_signature(
        &NativeHmac,
        b"{}",
        &sign(b"{}"),
        "",
    ))
    .unwrap_err();
    assert_eq!(
        (error.code(), error.name()),
        ("INVALID_ARGUMENT", "ValidationError")
    );
}

#[test]
fn header_parsing_and_comparison() {
    let parsed = parse_signature_header(&"ab".repeat(32)).unwrap();
    assert_eq!(parsed, [0xab; 32]);
    assert!(constant_time_eq(b"abc", b"abc"));
    assert!(!constant_time_eq(b"abc", b"abd"));
    assert!(!constant_time_eq(b"abc", b"ab"));
}

fn message_created() -> Value {
    json!({
        "specversion": "1.0",
        "type": "message.created",
        "source": "/google/emails/realtime",
        "id": "evt-1",
        "time": 1_723_821_985,
        "webhook_delivery_attempt": 1,
        "data": {
            "application_id": "app-1",
            "object": {
                "id": "msg-1", "grant_id": "grant-1", "object": "message", "thread_id": "t-1",
                "subject": "Hello", "from": [{"name": "Ann", "email": "ann@example.com"}],
                "to": [{"email": "bot@acme.nylas.email"}], "date": 1_723_821_981,
                "unread": true, "folders": ["inbox"], "body": "<p>Hi</p>",
                "attachments": [{"id": "a1", "content_type": "text/plain", "is_inline": false}],
                "metadata": {"customer_id": "c-9", "key_two": "v"}
            }
        }
    })
}

fn parse(value: &Value) -> Result<WebhookEvent, Error> {
    parse_webhook(value.to_string().as_bytes())
}

#[test]
fn message_events_become_camel_case() {
    let event = parse(&message_created()).unwrap();
    assert_eq!(event.event_type(), "message.created");
    assert_eq!((event.id(), event.time()), ("evt-1", 1_723_821_985));
    assert_eq!(event.grant_id(), Some("grant-1"));
    let json = Value::Object(event.to_json().clone());
    assert_eq!(json["webhookDeliveryAttempt"], 1);
    assert_eq!(json["data"]["applicationId"], "app-1");
    let object = &json["data"]["object"];
    assert_eq!(object["threadId"], "t-1");
    assert_eq!(object["attachments"][0]["contentType"], "text/plain");
    assert_eq!(object["attachments"][0]["isInline"], false);
    // The user's metadata keys are kept as they were sent.
    assert_eq!(object["metadata"]["customer_id"], "c-9");
    assert!(object.get("grant_id").is_none());
}

#[test]
fn every_event_family_parses() {
    let mut truncated = message_created();
    truncated["type"] = "message.created.truncated".into();
    truncated["data"]["object"]
        .as_object_mut()
        .unwrap()
        .remove("body");
    let grant = json!({
        "specversion": "1.0", "type": "grant.expired", "source": "/nylas/passthru", "id": "evt-2",
        "time": 1_723_821_985,
        "data": {"application_id": "app-1", "object": {
            "code": 25009, "grant_id": "grant-2", "integration_id": "int-1", "provider": "nylas"}}
    });
    let mut delivered = message_created();
    delivered["type"] = "message.bounced".into();
    for (value, kind, grant_id) in [
        (truncated, "message.created.truncated", "grant-1"),
        (grant, "grant.expired", "grant-2"),
        (delivered, "message.bounced", "grant-1"),
    ] {
        let event = parse(&value).unwrap();
        assert_eq!(
            (event.event_type(), event.grant_id()),
            (kind, Some(grant_id))
        );
    }
}

#[test]
fn malformed_bodies_say_what_is_wrong() {
    let mut no_type = message_created();
    no_type.as_object_mut().unwrap().remove("type");
    let mut float_time = message_created();
    float_time["time"] = json!(1.5);
    let mut no_object = message_created();
    no_object["data"]["object"] = json!("msg-1");
    let mut no_app = message_created();
    no_app["data"]
        .as_object_mut()
        .unwrap()
        .remove("application_id");
    let cases: [(Vec<u8>, &str, &str); 9] = [
        (
            vec![0x1f, 0x8b, 8, 0],
            "WEBHOOK_COMPRESSED",
            "gzip-compressed",
        ),
        (vec![b'{', 0xff, b'}'], "WEBHOOK_NOT_JSON", "not UTF-8"),
        (b"".to_vec(), "WEBHOOK_NOT_JSON", "is empty"),
        (
            b"{\"type\":".to_vec(),
            "WEBHOOK_NOT_JSON",
            "not valid JSON (line 1, column 8)",
        ),
        (b"[1]".to_vec(), "WEBHOOK_NOT_JSON", "must be a JSON object"),
        (
            no_type.to_string().into_bytes(),
            "WEBHOOK_FIELD_MISSING",
            "no \"type\"",
        ),
        (
            float_time.to_string().into_bytes(),
            "WEBHOOK_FIELD_MISSING",
            "no \"time\"",
        ),
        (
            no_object.to_string().into_bytes(),
            "WEBHOOK_FIELD_MISSING",
            "no \"data.object\"",
        ),
        (
            no_app.to_string().into_bytes(),
            "WEBHOOK_FIELD_MISSING",
            "no \"data.applicationId\"",
        ),
    ];
    for (body, code, expected) in cases {
        let error = parse_webhook(&body).unwrap_err();
        assert_eq!(
            (error.code(), error.name()),
            ("WEBHOOK_INVALID", "ValidationError")
        );
        assert!(error.to_string().contains(expected), "{error}");
        let report = serde_json::to_value(error.report()).unwrap();
        assert_eq!(report["problems"][0]["code"], code, "{error}");
    }
}

#[test]
fn what_the_types_promise_of_message_and_grant_events_is_checked() {
    let problem_fields = |value: &Value| -> Vec<String> {
        let error = parse(value).unwrap_err();
        let report = serde_json::to_value(error.report()).unwrap();
        report["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                assert_eq!(p["code"], "WEBHOOK_FIELD_MISSING");
                p["field"].as_str().unwrap().to_string()
            })
            .collect()
    };
    let mut bare_message = message_created();
    let object = bare_message["data"]["object"].as_object_mut().unwrap();
    object.remove("grant_id");
    object.remove("id");
    assert_eq!(
        problem_fields(&bare_message),
        ["data.object.grantId", "data.object.id"],
        "both missing fields, at once"
    );
    let mut truncated = message_created();
    truncated["type"] = json!("message.created.truncated");
    truncated["data"]["object"]["grant_id"] = json!("");
    assert_eq!(problem_fields(&truncated), ["data.object.grantId"]);
    let grant_expired = json!({"type": "grant.expired", "id": "d1", "time": 1, "data": {"application_id": "a", "object": {"code": 25013}}});
    assert_eq!(problem_fields(&grant_expired), ["data.object.grantId"]);
    // Triggers whose object is not a message promise no grantId: they parse without one.
    let bounced = json!({"type": "message.bounced", "id": "d2", "time": 1, "data": {"application_id": "a", "object": {"bounce_type": "hard"}}});
    assert_eq!(parse(&bounced).unwrap().grant_id(), None);
}

#[test]
fn camel_case_rules() {
    for (key, expected) in [
        ("grant_id", "grantId"),
        ("webhook_delivery_attempt", "webhookDeliveryAttempt"),
        ("id", "id"),
        ("alreadyCamel", "alreadyCamel"),
        ("_private", "_private"),
        ("trailing_", "trailing_"),
        ("id_2", "id2"),
    ] {
        assert_eq!(camel_case(key), expected);
    }
}
