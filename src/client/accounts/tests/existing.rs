//! An address that already has an account: looked up first, then refused, skipped or updated as asked.

use super::*;

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
