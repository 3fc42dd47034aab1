//! The create workflow: preflight, wire body, reconciliation of lost responses, updates and deletes.

use super::*;
use crate::client::mock::{block_on, client, FakeSigner, MockTransport};
use crate::client::transport::TransportError;
use serde_json::json;

const OPTIONS: &str = r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","requestsPerSecond":1000}"#;

fn request(json: Value) -> CreateAccountRequest {
    serde_json::from_value(json).unwrap()
}

/// A create of an address known to be absent (no lookup first), as the older tests expect.
fn create_absent(c: &Client<MockTransport, FakeSigner>, json: Value) -> Result<Value, Error> {
    block_on(create(
        c,
        &request(json),
        OnExisting::Error,
        Prior::Absent,
        None,
    ))
    .map(|created| created.account)
}

fn grant(email: &str) -> Value {
    json!({"request_id": "r", "data": {"id": "g1", "provider": "nylas", "email": email, "grant_status": "valid", "settings": {"email": email}}})
}

#[test]
fn create_body_matches_the_wire_format() {
    let body = create_body(
        &request(
            json!({"email": "bot@acme.com", "appPassword": "Abcdefghijklmnop12", "name": "Bot", "workspaceId": "w", "policyId": "p"}),
        ),
        true,
    );
    assert_eq!(
        body,
        json!({"provider": "nylas", "name": "Bot", "workspace_id": "w", "settings": {"email": "bot@acme.com", "app_password": "Abcdefghijklmnop12", "policy_id": "p"}})
    );
    let minimal = create_body(&request(json!({"email": "bot@acme.com"})), true);
    assert_eq!(
        minimal,
        json!({"provider": "nylas", "settings": {"email": "bot@acme.com"}})
    );
}

#[test]
fn preflight_failure_sends_no_request() {
    let c = client(OPTIONS);
    let e = create_absent(&c, json!({"email": "bot@acme", "appPassword": "short"})).unwrap_err();
    match e {
        Error::Validation(problems) => assert!(problems.len() >= 2),
        other => panic!("{other:?}"),
    }
    assert!(c.transport().requests.borrow().is_empty());
}

#[test]
fn a_lost_response_is_reconciled_by_lookup_not_by_creating_again() {
    let c = client(OPTIONS);
    c.transport().fail(TransportError::Network("reset".into()));
    c.transport().reply(200, grant("bot@acme.com"));
    let account = create_absent(&c, json!({"email": "bot@acme.com"})).unwrap();
    assert_eq!(account["email"], "bot@acme.com");
    assert_eq!(account["grantStatus"], "valid");
    assert_eq!(
        c.transport().lines(),
        [
            "POST http://127.0.0.1:1/v3/connect/custom",
            "GET http://127.0.0.1:1/v3/grants/bot%40acme.com"
        ]
    );
}

#[test]
fn when_the_lookup_finds_nothing_the_create_is_tried_again() {
    let c = client(OPTIONS);
    c.transport().reply_raw(503, "{}", &[]);
    c.transport().reply_raw(
        404,
        r#"{"error":{"type":"api.not_found_error","message":"grant not found"}}"#,
        &[],
    );
    c.transport().reply(201, grant("bot@acme.com"));
    let account = create_absent(&c, json!({"email": "bot@acme.com"})).unwrap();
    assert_eq!(account["id"], "g1");
    assert_eq!(c.transport().lines().len(), 3);
}

#[test]
fn definite_errors_are_returned_with_our_code() {
    let c = client(OPTIONS);
    c.transport().reply_raw(404, r#"{"error":{"type":"api.not_found_error","message":"domain acme.io is not registered with this organization"}}"#, &[]);
    let e = create_absent(&c, json!({"email": "bot@acme.io"})).unwrap_err();
    assert_eq!(e.code(), "DOMAIN_NOT_REGISTERED");
    assert_eq!(c.transport().lines().len(), 1);
}

#[test]
fn an_unknown_app_password_field_falls_back_to_create_then_patch() {
    let c = client(OPTIONS);
    c.transport().reply_raw(400, r#"{"error":{"type":"api.invalid_request_error","message":"unknown field settings.app_password"}}"#, &[]);
    c.transport().reply(201, grant("bot@acme.com"));
    c.transport().reply(200, grant("bot@acme.com"));
    c.transport().reply(200, grant("bot@acme.com"));
    create_absent(
        &c,
        json!({"email": "bot@acme.com", "appPassword": "Abcdefghijklmnop12"}),
    )
    .unwrap();
    assert_eq!(
        c.transport().body(1),
        json!({"provider": "nylas", "settings": {"email": "bot@acme.com"}})
    );
    assert_eq!(
        c.transport().lines()[3],
        "PATCH http://127.0.0.1:1/v3/grants/g1"
    );
    assert_eq!(
        c.transport().body(3),
        json!({"settings": {"email": "bot@acme.com", "app_password": "Abcdefghijklmnop12"}})
    );
}

#[test]
fn delete_refuses_other_providers_and_treats_a_late_404_as_done() {
    let c = client(OPTIONS);
    c.transport().reply(
        200,
        json!({"data": {"id": "g2", "provider": "google", "email": "x@gmail.com"}}),
    );
    let e = block_on(delete(&c, "x@gmail.com", None)).unwrap_err();
    assert!(e.to_string().contains("not an agent account"));
    c.transport().reply(200, grant("bot@acme.com"));
    c.transport().reply_raw(
        404,
        r#"{"error":{"type":"api.not_found_error","message":"gone"}}"#,
        &[],
    );
    assert_eq!(
        block_on(delete(&c, "bot@acme.com", None)).unwrap(),
        Value::Null
    );
}

#[test]
fn list_filters_out_other_providers_and_pages_by_offset() {
    let c = client(OPTIONS);
    c.transport().reply(200, json!({"data": [{"id": "a", "provider": "nylas"}, {"id": "b", "provider": "google"}], "limit": 2, "offset": 0}));
    let page = block_on(list(&c, &Args::default(), None)).unwrap();
    assert_eq!(page["data"].as_array().unwrap().len(), 1);
    assert_eq!(
        page["nextCursor"], "2:a",
        "the offset, and the page's first id"
    );
    assert_eq!(
        c.transport().lines()[0],
        "GET http://127.0.0.1:1/v3/grants?limit=200&provider=nylas&offset=0"
    );
}

mod bulk;
mod existing;
mod update;

/// `createMany`'s argument checks are made here, before the pass sends anything.
#[test]
fn a_bulk_create_refuses_a_batch_that_is_not_an_array_or_a_bad_concurrency_before_any_request() {
    use crate::client::dispatch::dispatch;
    let c = client(r#"{"apiKey":"nyk_test","apiUri":"http://127.0.0.1:4010"}"#);
    let refused = |args: Value| {
        let error =
            block_on(dispatch(&c, "accounts.lookupMany", &args.to_string(), None)).unwrap_err();
        assert_eq!(error.code(), "INVALID_ARGUMENT", "{args}");
        error.to_string()
    };
    assert!(refused(json!({"body": null, "concurrency": 8})).contains("requests must be an array"));
    for concurrency in [json!(0), json!(65), json!(2.5), json!(null), json!("8")] {
        let args = json!({"body": [], "concurrency": concurrency});
        assert!(refused(args).contains("concurrency must be a whole number from 1 to 64"));
    }
    assert!(
        refused(json!({"body": [], "concurrency": 64, "onExisting": "x"})).contains("onExisting")
    );
    assert!(c.transport().lines().is_empty());
    c.transport()
        .reply(200, json!({"data": [], "limit": 200, "offset": 0}));
    let ok = block_on(dispatch(
        &c,
        "accounts.lookupMany",
        r#"{"body":["a@b.co"],"concurrency":1}"#,
        None,
    ));
    assert!(ok.is_ok(), "{ok:?}");
}
