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
fn reset_password_resends_the_settings_and_checks_the_password_first() {
    let c = client(OPTIONS);
    let e = block_on(update(&c, "g1", &json!({"appPassword": "weak"}), None)).unwrap_err();
    assert_eq!(e.code(), "VALIDATION_ERROR");
    assert!(c.transport().requests.borrow().is_empty());
    c.transport().reply(200, json!({"data": {"id": "g1", "provider": "nylas", "email": "bot@acme.com", "settings": {"email": "bot@acme.com", "policy_id": "p"}}}));
    c.transport().reply(200, grant("bot@acme.com"));
    block_on(update(
        &c,
        "g1",
        &json!({"appPassword": "Abcdefghijklmnop12", "name": "New"}),
        None,
    ))
    .unwrap();
    assert_eq!(
        c.transport().body(1),
        json!({"name": "New", "settings": {"email": "bot@acme.com", "policy_id": "p", "app_password": "Abcdefghijklmnop12"}})
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

fn not_found() -> &'static str {
    r#"{"error":{"type":"api.not_found_error","message":"grant not found"}}"#
}

fn created_with(
    c: &Client<MockTransport, FakeSigner>,
    json: Value,
    on_existing: OnExisting,
) -> Result<Created, Error> {
    block_on(create(c, &request(json), on_existing, Prior::Unknown, None))
}

#[test]
fn an_existing_account_is_refused_by_default_and_never_modified() {
    let c = client(OPTIONS);
    c.transport().reply(200, grant("bot@acme.com"));
    let e = created_with(
        &c,
        json!({"email": "bot@acme.com", "appPassword": "Abcdefghijklmnop12"}),
        OnExisting::Error,
    )
    .unwrap_err();
    assert_eq!((e.code(), e.name()), ("ACCOUNT_EXISTS", "ValidationError"));
    assert!(e.to_string().contains("onExisting: 'skip'"), "{e}");
    assert!(!e.to_string().contains("Abcdefghijklmnop12"));
    assert_eq!(
        c.transport().lines(),
        ["GET http://127.0.0.1:1/v3/grants/bot%40acme.com"],
        "one lookup, and no create that would reset the password"
    );
}

#[test]
fn skip_returns_the_existing_account_unchanged() {
    let c = client(OPTIONS);
    c.transport().reply(200, grant("bot@acme.com"));
    let created = created_with(
        &c,
        json!({"email": "bot@acme.com", "appPassword": "Abcdefghijklmnop12"}),
        OnExisting::Skip,
    )
    .unwrap();
    assert_eq!(created.outcome, Outcome::Existed);
    assert_eq!(created.account["id"], "g1");
    assert_eq!(c.transport().lines().len(), 1, "no write");
}

#[test]
fn update_applies_the_request_to_the_existing_account() {
    let c = client(OPTIONS);
    c.transport().reply(200, grant("bot@acme.com")); // lookup
    c.transport().reply(200, grant("bot@acme.com")); // current settings
    c.transport().reply(200, grant("bot@acme.com")); // PATCH
    let created = created_with(
        &c,
        json!({"email": "bot@acme.com", "appPassword": "Abcdefghijklmnop12", "name": "Bot"}),
        OnExisting::Update,
    )
    .unwrap();
    assert_eq!(created.outcome, Outcome::Updated);
    assert_eq!(
        c.transport().lines()[2],
        "PATCH http://127.0.0.1:1/v3/grants/g1"
    );
    assert_eq!(
        c.transport().body(2),
        json!({"name": "Bot", "settings": {"email": "bot@acme.com", "app_password": "Abcdefghijklmnop12"}})
    );
    // A request with nothing to apply leaves the account alone.
    c.transport().reply(200, grant("bot@acme.com"));
    let only_email =
        created_with(&c, json!({"email": "bot@acme.com"}), OnExisting::Update).unwrap();
    assert_eq!(only_email.outcome, Outcome::Existed);
    assert_eq!(c.transport().lines().len(), 4);
}

#[test]
fn a_grant_of_another_provider_is_never_skipped_to_or_updated() {
    for mode in [OnExisting::Skip, OnExisting::Update] {
        let c = client(OPTIONS);
        c.transport().reply(
            200,
            json!({"data": {"id": "g9", "provider": "google", "email": "bot@acme.com"}}),
        );
        let e = created_with(&c, json!({"email": "bot@acme.com", "name": "X"}), mode).unwrap_err();
        assert_eq!(e.code(), "ACCOUNT_EXISTS");
        assert!(e.to_string().contains("provider google"), "{e}");
        assert_eq!(c.transport().lines().len(), 1);
    }
}

#[test]
fn an_absent_address_is_looked_up_then_created_with_its_normalised_form() {
    let c = client(OPTIONS);
    c.transport().reply_raw(404, not_found(), &[]);
    c.transport().reply(201, grant("bot2@agents.example.com"));
    let created = created_with(
        &c,
        json!({"email": "Bot2@ＡＧＥＮＴＳ.Example.com."}),
        OnExisting::Error,
    )
    .unwrap();
    assert_eq!(created.outcome, Outcome::Created);
    assert_eq!(
        c.transport().lines()[0],
        "GET http://127.0.0.1:1/v3/grants/Bot2%40agents.example.com"
    );
    assert_eq!(
        c.transport().body(1)["settings"]["email"],
        "Bot2@agents.example.com",
        "the address the checks approved, not the raw input"
    );
}

#[test]
fn a_known_prior_saves_the_lookup() {
    let c = client(OPTIONS);
    let existing = to_camel_grant("bot@acme.com");
    let created = block_on(create(
        &c,
        &request(json!({"email": "bot@acme.com"})),
        OnExisting::Skip,
        Prior::from_json(Some(&existing)),
        None,
    ))
    .unwrap();
    assert_eq!(
        (created.outcome, c.transport().lines().len()),
        (Outcome::Existed, 0)
    );
    c.transport().reply(201, grant("new@acme.com"));
    let created = block_on(create(
        &c,
        &request(json!({"email": "new@acme.com"})),
        OnExisting::Skip,
        Prior::from_json(Some(&json!(false))),
        None,
    ))
    .unwrap();
    assert_eq!(created.outcome, Outcome::Created);
    assert_eq!(
        c.transport().lines(),
        ["POST http://127.0.0.1:1/v3/connect/custom"]
    );
    assert_eq!(Prior::from_json(None), Prior::Unknown);
    assert_eq!(Prior::from_json(Some(&Value::Null)), Prior::Unknown);
    for prior in [Prior::Unknown, Prior::Absent, Prior::Exists(existing)] {
        assert_eq!(Prior::from_json(Some(&prior.clone().to_json())), prior);
    }
}

fn to_camel_grant(email: &str) -> Value {
    crate::client::case::to_camel(grant(email)["data"].clone())
}

#[test]
fn on_existing_names_its_three_choices() {
    assert_eq!(OnExisting::parse(None).unwrap(), OnExisting::Error);
    assert_eq!(OnExisting::parse(Some("skip")).unwrap(), OnExisting::Skip);
    assert_eq!(
        OnExisting::parse(Some("update")).unwrap(),
        OnExisting::Update
    );
    let e = OnExisting::parse(Some("overwrite")).unwrap_err();
    assert_eq!(e.code(), "INVALID_ARGUMENT");
    assert!(e.to_string().contains("'overwrite'"), "{e}");
}

#[test]
fn lookup_many_reads_the_list_once_and_knows_what_is_absent() {
    let c = client(OPTIONS);
    c.transport().reply(
        200,
        json!({"data": [
        {"id": "a", "provider": "nylas", "email": "ann@acme.com"},
        {"id": "b", "provider": "google", "email": "bob@gmail.com"}
    ], "limit": 200, "offset": 0}),
    );
    let emails = ["ANN@acme.com", "new@acme.com", "not an address"].map(String::from);
    let lookup = block_on(lookup_many(&c, &emails, None)).unwrap();
    assert!(lookup.complete);
    assert_eq!(
        lookup.priors[0]["id"], "a",
        "matched without regard to case"
    );
    assert_eq!(
        lookup.priors[1],
        json!(false),
        "known absent: no lookup needed"
    );
    assert_eq!(
        lookup.priors[2],
        Value::Null,
        "invalid: left to the create's checks"
    );
    assert_eq!(
        c.transport().lines(),
        ["GET http://127.0.0.1:1/v3/grants?limit=200&offset=0"],
        "every provider: one grant per address in an application"
    );
}

#[test]
fn lookup_many_stops_at_its_page_budget_and_leaves_the_rest_unknown() {
    let c = client(OPTIONS);
    let full_page: Vec<Value> = (0..200)
        .map(|i| json!({"id": format!("g{i}"), "provider": "nylas", "email": format!("a{i}@acme.com")}))
        .collect();
    c.transport()
        .reply(200, json!({"data": full_page, "limit": 200, "offset": 0}));
    let emails: Vec<String> = (0..20).map(|i| format!("b{i}@acme.com")).collect();
    let lookup = block_on(lookup_many(&c, &emails, None)).unwrap();
    assert!(!lookup.complete);
    assert!(lookup.priors.iter().all(Value::is_null));
    assert_eq!(c.transport().lines().len(), 1, "20 addresses: one page");
}

#[test]
fn a_policy_change_must_say_what_becomes_of_the_app_password() {
    let c = client(OPTIONS);
    let policy = "0b3c5a9e-6f1d-4c2e-9a7b-1d2e3f4a5b6c";
    let e = block_on(update(&c, "g1", &json!({ "policyId": policy }), None)).unwrap_err();
    assert_eq!(e.code(), "INVALID_ARGUMENT");
    assert!(e.to_string().contains("appPassword: null"), "{e}");
    assert!(c.transport().requests.borrow().is_empty());

    // A new password keeps IMAP/SMTP access; the other settings are kept.
    c.transport().reply(200, json!({"data": {"id": "g1", "provider": "nylas", "email": "bot@acme.com", "settings": {"email": "bot@acme.com", "policy_id": "old", "extra_key": 1}}}));
    c.transport().reply(200, grant("bot@acme.com"));
    block_on(update(
        &c,
        "g1",
        &json!({"policyId": policy, "appPassword": "Abcdefghijklmnop12"}),
        None,
    ))
    .unwrap();
    assert_eq!(
        c.transport().body(1),
        json!({"settings": {"email": "bot@acme.com", "policy_id": policy, "extra_key": 1, "app_password": "Abcdefghijklmnop12"}})
    );

    // appPassword: null ends it, on purpose; policyId: null detaches the policy.
    c.transport().reply(200, json!({"data": {"id": "g1", "provider": "nylas", "email": "bot@acme.com", "settings": {"email": "bot@acme.com", "policy_id": "old"}}}));
    c.transport().reply(200, grant("bot@acme.com"));
    block_on(update(
        &c,
        "g1",
        &json!({"policyId": null, "appPassword": null}),
        None,
    ))
    .unwrap();
    assert_eq!(
        c.transport().body(3),
        json!({"settings": {"email": "bot@acme.com"}})
    );
}

#[test]
fn update_checks_the_patch_before_any_request() {
    let c = client(OPTIONS);
    let cases = [
        (
            json!({"email": "x@acme.com"}),
            "INVALID_ARGUMENT",
            "'email'",
        ),
        (
            json!({"name": 5}),
            "INVALID_ARGUMENT",
            "name must be a string",
        ),
        (
            json!({"name": null}),
            "INVALID_ARGUMENT",
            "name must be a string.",
        ),
        (
            json!({"policyId": "p", "appPassword": null}),
            "VALIDATION_ERROR",
            "not a UUID",
        ),
        (json!({"name": ""}), "VALIDATION_ERROR", "empty"),
        (json!({}), "INVALID_ARGUMENT", "changes nothing"),
    ];
    for (patch, code, says) in cases {
        let e = block_on(update(&c, "g1", &patch, None)).unwrap_err();
        assert_eq!(e.code(), code, "{patch}");
        assert!(e.to_string().contains(says), "{patch}: {e}");
    }
    assert!(c.transport().requests.borrow().is_empty());
}
