//! Agent-account creation and grants: rules the real service enforces, envelopes and status codes.

mod common;
use common::*;
use serde_json::json;

#[tokio::test]
async fn create_answers_201_with_the_grant_and_matching_request_ids() {
    let emu = Emu::new(&[]);
    let a = emu.create_account("Bot@acme.nylas.email").await;
    assert_eq!(a.status, 201, "{:?}", a.body);
    let g = a.data();
    assert_eq!(g["provider"], "nylas");
    assert_eq!(g["email"], "Bot@acme.nylas.email");
    assert_eq!(g["grant_status"], "valid");
    assert!(
        g["created_at"].as_i64().unwrap() > 1_600_000_000,
        "Unix seconds"
    );
    assert!(
        g["settings"].get("app_password").is_none(),
        "the password is never echoed"
    );
    assert!(!a.body.to_string().contains(PASSWORD));
    assert_eq!(
        a.headers["x-request-id"].to_str().unwrap(),
        a.body["request_id"]
    );
}

#[tokio::test]
async fn unregistered_domain_is_404_naming_the_domain_and_unverified_is_400() {
    let emu = Emu::new(&[]);
    let a = emu.create_account("bot@nowhere.example").await;
    assert_eq!(a.status, 404);
    assert_eq!(a.error_type(), "api.not_found_error");
    assert!(
        a.message()
            .contains("domain nowhere.example is not registered"),
        "{}",
        a.message()
    );

    let emu = Emu::new(&["--service-account", FIXTURE]);
    let d = emu.create_domain("Corp", "corp.example").await;
    assert_eq!(d.status, 200);
    let a = emu.create_account("bot@corp.example").await;
    assert_eq!(a.status, 400);
    assert!(
        a.message().contains("not verified") && a.message().contains("ownership"),
        "{}",
        a.message()
    );
}

#[tokio::test]
async fn app_password_rules_are_enforced_without_echoing_it() {
    let emu = Emu::new(&[]);
    for bad in [
        "short1A",
        "alllowercase123456789",
        "ALLUPPERCASE123456789",
        "NoDigitsAtAllHereXyz",
        "Has Space 123456789aB",
    ] {
        let body = json!({"provider": "nylas", "settings": {"email": "x@acme.nylas.email", "app_password": bad}});
        let a = emu.call("POST", "/v3/connect/custom", Some(body)).await;
        assert_eq!(a.status, 400, "{bad}");
        assert_eq!(a.error_type(), "api.invalid_request_error");
        assert!(!a.body.to_string().contains(bad));
    }
}

#[tokio::test]
async fn one_grant_per_email_a_recreate_returns_the_existing_grant() {
    let emu = Emu::new(&[]);
    let first = emu.create_account("dup@acme.nylas.email").await;
    let again = emu.create_account("DUP@acme.nylas.email").await;
    assert_eq!(again.status, 201);
    assert_eq!(first.data()["id"], again.data()["id"]);
    let list = emu.call("GET", "/v3/grants?limit=200", None).await;
    assert_eq!(list.data().as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn create_needs_the_nylas_connector_and_respects_the_account_cap() {
    let emu = Emu::with_args(clap::Parser::parse_from([
        "e",
        "--domain",
        "acme.nylas.email",
        "--max-accounts",
        "2",
    ]));
    let a = emu.create_account("a@acme.nylas.email").await;
    assert_eq!(a.status, 400);
    assert!(a.message().contains("connector"));
    let c = emu
        .call("POST", "/v3/connectors", Some(json!({"provider": "nylas"})))
        .await;
    assert_eq!(c.status, 201);
    assert_eq!(
        emu.call("POST", "/v3/connectors", Some(json!({"provider": "nylas"})))
            .await
            .status,
        409
    );
    assert_eq!(emu.create_account("a@acme.nylas.email").await.status, 201);
    assert_eq!(emu.create_account("b@acme.nylas.email").await.status, 201);
    let capped = emu.create_account("c@acme.nylas.email").await;
    assert_eq!(capped.status, 400);
    assert!(capped.message().contains("limit"));
}

#[tokio::test]
async fn grants_list_is_offset_paginated_and_filtered() {
    let emu = Emu::new(&[]);
    for i in 0..12 {
        emu.create_account(&format!("u{i}@acme.nylas.email")).await;
    }
    let first = emu.call("GET", "/v3/grants", None).await;
    assert_eq!(
        first.data().as_array().unwrap().len(),
        10,
        "default limit 10"
    );
    assert_eq!(first.body["limit"], 10);
    assert_eq!(first.body["offset"], 0);
    assert_eq!(
        first.data()[0]["email"],
        "u11@acme.nylas.email",
        "newest first"
    );
    let rest = emu.call("GET", "/v3/grants?limit=10&offset=10", None).await;
    assert_eq!(rest.data().as_array().unwrap().len(), 2);
    let asc = emu
        .call("GET", "/v3/grants?order_by=asc&limit=1", None)
        .await;
    assert_eq!(asc.data()[0]["email"], "u0@acme.nylas.email");
    let by_email = emu
        .call("GET", "/v3/grants?email=U3@acme.nylas.email", None)
        .await;
    assert_eq!(by_email.data().as_array().unwrap().len(), 1);
    assert_eq!(
        emu.call("GET", "/v3/grants?limit=201", None).await.status,
        400
    );
    let none = emu.call("GET", "/v3/grants?provider=google", None).await;
    assert!(none.data().as_array().unwrap().is_empty());
}

#[tokio::test]
async fn grants_are_found_by_id_email_and_prefixes() {
    let emu = Emu::new(&[]);
    let id = emu.account_id("find@acme.nylas.email").await;
    for ident in [
        id.clone(),
        format!("grant:{id}"),
        "find@acme.nylas.email".into(),
        "email:find%40acme.nylas.email".into(),
    ] {
        let a = emu.call("GET", &format!("/v3/grants/{ident}"), None).await;
        assert_eq!(a.status, 200, "{ident}");
        assert_eq!(a.data()["id"], id.as_str());
    }
    let missing = emu
        .call("GET", "/v3/grants/nobody@acme.nylas.email", None)
        .await;
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn patch_replaces_settings_wholesale_and_delete_is_permanent() {
    let emu = Emu::new(&[]);
    let id = emu.account_id("p@acme.nylas.email").await;
    let path = format!("/v3/grants/{id}");
    let new_pw = json!({"settings": {"email": "p@acme.nylas.email", "app_password": "Zyxwvutsrqponmlk98"}, "name": "P"});
    let a = emu.call("PATCH", &path, Some(new_pw)).await;
    assert_eq!(a.status, 200);
    assert_eq!(a.data()["name"], "P");
    let snap = emu.hook("GET", "/__emulator/snapshot", None).await;
    assert_eq!(snap.data()["grants"][&id]["has_app_password"], true);
    assert!(
        !snap.body.to_string().contains("$2"),
        "no bcrypt hash in snapshots"
    );
    // Settings without app_password clear it: the object is replaced whole.
    emu.call(
        "PATCH",
        &path,
        Some(json!({"settings": {"email": "p@acme.nylas.email"}})),
    )
    .await;
    let snap = emu.hook("GET", "/__emulator/snapshot", None).await;
    assert_eq!(snap.data()["grants"][&id]["has_app_password"], false);
    let moved = emu
        .call(
            "PATCH",
            &path,
            Some(json!({"settings": {"email": "q@acme.nylas.email"}})),
        )
        .await;
    assert_eq!(moved.status, 400);
    let weak = emu
        .call(
            "PATCH",
            &path,
            Some(json!({"settings": {"app_password": "weak"}})),
        )
        .await;
    assert_eq!(weak.status, 400);
    assert_eq!(emu.call("DELETE", &path, None).await.status, 200);
    let gone = emu.call("GET", &path, None).await;
    assert_eq!(gone.status, 404);
    assert_eq!(gone.error_type(), "api.not_found_error");
}

#[tokio::test]
async fn stored_hash_is_bcrypt_and_verifies() {
    let emu = Emu::new(&[]);
    let id = emu.account_id("h@acme.nylas.email").await;
    let store = emu.state.store.lock().unwrap();
    let hash = store
        .grants
        .get(&id)
        .unwrap()
        .app_password_hash
        .clone()
        .unwrap();
    assert!(hash.starts_with("$2"));
    assert!(bcrypt::verify(PASSWORD, &hash).unwrap());
}

#[tokio::test]
async fn api_key_is_required_and_never_echoed() {
    let emu = Emu::new(&[]);
    let req = axum::http::Request::builder()
        .uri("/v3/grants")
        .body(axum::body::Body::empty())
        .unwrap();
    let a = emu.send(req).await;
    assert_eq!(a.status, 401);
    assert_eq!(a.error_type(), "api.authentication_error");
    assert!(
        a.message().contains("missing Authorization"),
        "{}",
        a.message()
    );
    let req = axum::http::Request::builder()
        .uri("/v3/grants")
        .header("authorization", "Bearer nyk_wrong_secret")
        .body(axum::body::Body::empty())
        .unwrap();
    let a = emu.send(req).await;
    assert_eq!(a.status, 401);
    assert_eq!(a.error_type(), "api.authentication_error");
    assert!(
        a.message().contains("API key is not valid"),
        "{}",
        a.message()
    );
    assert!(!a.body.to_string().contains("nyk_wrong_secret"));
}

#[tokio::test]
async fn grant_calls_are_rate_limited_with_retry_after() {
    let emu = Emu::new(&["--rate-limit", "5"]);
    let mut limited = None;
    for _ in 0..20 {
        let a = emu.call("GET", "/v3/grants", None).await;
        if a.status == 429 {
            limited = Some(a);
            break;
        }
    }
    let a = limited.expect("a 429 within 20 fast calls at 5 req/s");
    assert_eq!(a.error_type(), "api.rate_limit_error");
    assert!(
        a.headers["retry-after"]
            .to_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            >= 1
    );
    // Other groups have their own budget.
    assert_eq!(emu.call("GET", "/v3/connectors", None).await.status, 200);
}

#[tokio::test]
async fn unknown_fields_are_tolerated_and_bad_json_is_400() {
    let emu = Emu::new(&[]);
    let body = json!({"provider": "nylas", "future_field": 1, "settings": {"email": "t@acme.nylas.email", "x": true}});
    assert_eq!(
        emu.call("POST", "/v3/connect/custom", Some(body))
            .await
            .status,
        201
    );
    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/v3/connect/custom")
        .header("authorization", format!("Bearer {KEY}"))
        .body(axum::body::Body::from("{not json"))
        .unwrap();
    let a = emu.send(req).await;
    assert_eq!(a.status, 400);
    assert_eq!(a.error_type(), "api.invalid_request_payload");
}

#[tokio::test]
async fn legacy_policy_id_is_inherited_from_the_nylas_connector() {
    let emu = Emu::new(&[]);
    let p = emu
        .call("POST", "/v3/policies", Some(json!({"name": "Strict"})))
        .await;
    let pid = owned_str(&p.data()["id"]);
    let c = emu
        .call(
            "PATCH",
            "/v3/connectors/nylas",
            Some(json!({"settings": {"policy_id": pid}})),
        )
        .await;
    assert_eq!(c.status, 200);
    let g = emu.create_account("legacy@acme.nylas.email").await;
    assert_eq!(g.data()["settings"]["policy_id"], pid.as_str());
    let bad = json!({"provider": "nylas", "settings": {"email": "x2@acme.nylas.email", "policy_id": "00000000-0000-4000-8000-000000000000"}});
    assert_eq!(
        emu.call("POST", "/v3/connect/custom", Some(bad))
            .await
            .status,
        404
    );
}
