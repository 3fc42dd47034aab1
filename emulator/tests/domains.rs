//! Manage Domains: service-account signatures, info/verify per record type, trial domains.

mod common;
use common::*;
use serde_json::json;

#[tokio::test]
async fn signed_calls_manage_domains_and_verification_reads_published_dns() {
    let emu = Emu::new(&["--service-account", FIXTURE]);
    let d = emu.create_domain("Corp", "Corp.Example").await;
    assert_eq!(d.status, 200, "{:?}", d.body);
    assert_eq!(d.data()["domain_address"], "corp.example");
    assert_eq!(d.data()["branded"], false);
    assert_eq!(d.data()["verified_ownership"], false);
    let id = owned_str(&d.data()["id"]);

    let info = emu
        .admin(
            "POST",
            &format!("/v3/admin/domains/{id}/info"),
            Some(json!({"type": "ownership"})),
        )
        .await;
    assert_eq!(info.data()["status"], "pending");
    let record = info.data()["attempt"]["options"].clone();
    assert_eq!(record["type"], "TXT");

    let verify_path = format!("/v3/admin/domains/{id}/verify");
    let failed = emu
        .admin("POST", &verify_path, Some(json!({"type": "ownership"})))
        .await;
    assert_eq!(failed.data()["status"], "failed");
    emu.hook(
        "PUT",
        "/__emulator/dns/corp.example",
        Some(json!({"records": [record]})),
    )
    .await;
    let done = emu
        .admin("POST", &verify_path, Some(json!({"type": "ownership"})))
        .await;
    assert_eq!(done.data()["status"], "done");
    assert_eq!(
        emu.create_account("a@corp.example").await.status,
        400,
        "MX still missing"
    );
    emu.hook(
        "POST",
        "/__emulator/dns/corp.example/publish-expected",
        None,
    )
    .await;
    let mx = emu
        .admin("POST", &verify_path, Some(json!({"type": "mx"})))
        .await;
    assert_eq!(mx.data()["status"], "done");
    assert_eq!(emu.create_account("a@corp.example").await.status, 201);

    let list = emu.admin("GET", "/v3/admin/domains?limit=1", None).await;
    assert_eq!(list.data().as_array().unwrap().len(), 1);
    assert!(
        list.body["next_cursor"].is_string(),
        "acme + corp: two domains"
    );
    let renamed = emu
        .admin(
            "PUT",
            &format!("/v3/admin/domains/{id}"),
            Some(json!({"name": "Corp 2"})),
        )
        .await;
    assert_eq!(renamed.data()["name"], "Corp 2");
    assert_eq!(
        emu.admin("DELETE", &format!("/v3/admin/domains/{id}"), None)
            .await
            .status,
        200
    );
    assert_eq!(
        emu.admin("GET", &format!("/v3/admin/domains/{id}"), None)
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn bad_signatures_stale_timestamps_and_reused_nonces_are_refused() {
    let account = fixture_account();
    let emu = Emu::new(&["--service-account", FIXTURE]);
    let now = nylas_emulator::ids::now_secs();
    let ok = emu
        .signed_with(
            &account,
            "GET",
            "/v3/admin/domains",
            None,
            "nonce-aaaaaaaaaaaaaa",
            now,
        )
        .await;
    assert_eq!(ok.status, 200);
    let replay = emu
        .signed_with(
            &account,
            "GET",
            "/v3/admin/domains",
            None,
            "nonce-aaaaaaaaaaaaaa",
            now,
        )
        .await;
    assert_eq!(replay.status, 401);
    assert!(replay.message().to_lowercase().contains("nonce"));
    let stale = emu
        .signed_with(
            &account,
            "GET",
            "/v3/admin/domains",
            None,
            "nonce-bbbbbbbbbbbbbb",
            now - 301,
        )
        .await;
    assert_eq!(stale.status, 401);
    assert!(
        stale.message().contains("5-minute window"),
        "{}",
        stale.message()
    );
    // An API key is not enough for Manage Domains.
    let unsigned = emu.call("GET", "/v3/admin/domains", None).await;
    assert_eq!(unsigned.status, 401);
    assert!(
        unsigned.message().contains("missing x-nylas-kid header"),
        "{}",
        unsigned.message()
    );
    // A body that differs from what was signed.
    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/v3/admin/domains")
        .header("x-nylas-kid", &account.private_key_id)
        .header("x-nylas-nonce", "nonce-cccccccccccccc")
        .header("x-nylas-timestamp", now.to_string())
        .header("x-nylas-signature", sign(&account, "{}"))
        .body(axum::body::Body::from(
            r#"{"domain_address":"x.com","name":"x"}"#,
        ))
        .unwrap();
    let tampered = emu.send(req).await;
    assert_eq!(tampered.status, 401);
    assert!(
        tampered.message().contains("signature does not match"),
        "{}",
        tampered.message()
    );
}

#[tokio::test]
async fn trial_domains_need_no_dns_and_one_per_organization() {
    let emu = Emu::with_args(clap::Parser::parse_from([
        "e",
        "--service-account",
        FIXTURE,
        "--auto-connector",
    ]));
    let d = emu.create_domain("Trial", "my-team.nylas.email").await;
    assert_eq!(d.data()["branded"], true);
    assert_eq!(d.data()["verified_mx"], true);
    assert_eq!(
        emu.create_account("bot@my-team.nylas.email").await.status,
        201
    );
    let second = emu.create_domain("T2", "other.nylas.email").await;
    assert_eq!(second.status, 400);
    let bad = emu.create_domain("T3", "a.b.nylas.email").await;
    assert_eq!(bad.status, 400);
}
