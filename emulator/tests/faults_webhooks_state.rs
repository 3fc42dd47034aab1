//! Faults before and after the handler, webhooks against a real local receiver, CORS, and state files.

mod common;
use axum::routing::{get, post};
use common::*;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

#[tokio::test]
async fn a_fault_after_the_handler_applies_the_change_but_loses_the_response() {
    let emu = Emu::new(&[]);
    let rule = json!({"kind": "503", "path": "/v3/connect/custom", "phase": "after", "count": 1});
    assert_eq!(emu.add_fault(rule).await.status, 200);
    let lost = emu.create_account("lost@acme.nylas.email").await;
    assert_eq!(lost.status, 503);
    assert_eq!(lost.error_type(), "api.provider_error");
    let found = emu
        .call("GET", "/v3/grants/lost@acme.nylas.email", None)
        .await;
    assert_eq!(found.status, 200, "the create landed despite the 503");
    // The retry finds the same grant: no duplicate.
    let retry = emu.create_account("lost@acme.nylas.email").await;
    assert_eq!(retry.data()["id"], found.data()["id"]);
}

#[tokio::test]
async fn a_fault_before_the_handler_applies_nothing() {
    let emu = Emu::new(&[]);
    let rule = json!({"kind": "429", "pattern": "/v3/connect/*", "method": "POST", "count": 1});
    emu.add_fault(rule).await;
    let refused = emu.create_account("before@acme.nylas.email").await;
    assert_eq!(refused.status, 429);
    assert_eq!(refused.headers["retry-after"], "1");
    assert_eq!(
        emu.call("GET", "/v3/grants/before@acme.nylas.email", None)
            .await
            .status,
        404
    );
    assert_eq!(
        emu.create_account("before@acme.nylas.email").await.status,
        201,
        "count 1: spent"
    );
    let rules = emu.hook("GET", "/__emulator/faults", None).await;
    assert_eq!(rules.data()[0]["fired"], 1);
}

#[tokio::test]
async fn html_and_malformed_json_faults_break_parsing() {
    let emu = Emu::new(&[]);
    emu.add_fault(json!({"kind": "html", "path": "/v3/grants", "count": 1}))
        .await;
    let html = emu.call("GET", "/v3/grants", None).await;
    assert_eq!(html.status, 502);
    assert_eq!(html.headers["content-type"], "text/html");
    assert!(html.text.starts_with('<'), "an HTML page: {}", html.text);
    emu.add_fault(json!({"kind": "malformed_json", "path": "/v3/grants", "count": 1}))
        .await;
    let cut = emu.call("GET", "/v3/grants", None).await;
    assert_eq!(cut.status, 200);
    // A body that is there but does not parse, not an empty one (which would not parse either).
    assert!(
        cut.text.starts_with('{') && cut.text.len() > 2,
        "{}",
        cut.text
    );
    assert!(serde_json::from_str::<serde_json::Value>(&cut.text).is_err());
}

#[tokio::test]
async fn random_faults_from_the_flag_hit_api_routes_only() {
    let emu = Emu::new(&["--fault-rate", "1", "--fault-kinds", "500"]);
    assert_eq!(emu.call("GET", "/v3/grants", None).await.status, 500);
    assert_eq!(
        emu.hook("GET", "/__emulator/health", None).await.status,
        200
    );
}

#[tokio::test]
async fn cors_preflight_allows_authorization_and_exposes_request_id() {
    let emu = Emu::new(&[]);
    let req = axum::http::Request::builder()
        .method("OPTIONS")
        .uri("/v3/connect/custom")
        .header("origin", "http://localhost:5173")
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "authorization,content-type",
        )
        .body(axum::body::Body::empty())
        .unwrap();
    let a = emu.send(req).await;
    assert!(a.status.is_success());
    // A loopback page gets a grant for its own origin (never `*` unless --allow-origin "*").
    assert_eq!(
        a.headers["access-control-allow-origin"],
        "http://localhost:5173"
    );
    assert!(a.headers["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .contains("authorization"));
    let g = emu.call("GET", "/v3/grants", None).await;
    assert!(g.headers.contains_key("x-request-id"));
}

#[tokio::test]
async fn state_is_saved_and_loaded() {
    let dir = std::env::temp_dir().join(format!("emu-state-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("state.json");
    let file_s = file.to_str().unwrap();
    let emu = Emu::new(&["--state", file_s]);
    let id = emu.create_account("kept@acme.nylas.email").await.data()["id"].clone();
    assert_eq!(emu.hook("POST", "/__emulator/save", None).await.status, 200);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains(PASSWORD), "only the bcrypt hash is stored");
    let again = Emu::new(&["--state", file_s]);
    let found = again
        .call("GET", "/v3/grants/kept@acme.nylas.email", None)
        .await;
    assert_eq!(found.data()["id"], id);
    assert_eq!(
        again.create_account("kept@acme.nylas.email").await.data()["id"],
        id,
        "email index rebuilt"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// A local webhook receiver: answers challenges, records deliveries (body + signature header).
// A test helper: a failed setup should fail the test at once.
#[allow(clippy::unwrap_used)]
async fn receiver() -> (String, Arc<Mutex<Vec<(String, String)>>>) {
    let got: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let sink = got.clone();
    let app = axum::Router::new().route(
        "/hook",
        get(
            |q: axum::extract::Query<std::collections::HashMap<String, String>>| async move {
                q.get("challenge").cloned().unwrap_or_default()
            },
        )
        .merge(post(move |headers: axum::http::HeaderMap, body: String| {
            let sink = sink.clone();
            async move {
                let sig = headers["x-nylas-signature"].to_str().unwrap().to_string();
                sink.lock().unwrap().push((body, sig));
                "ok"
            }
        })),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, got)
}

#[tokio::test]
async fn webhooks_handshake_then_signed_message_created_deliveries() {
    let emu = Emu::new(&[]);
    let (url, got) = receiver().await;
    let created = emu
        .call(
            "POST",
            "/v3/webhooks",
            Some(json!({"trigger_types": ["message.created"], "webhook_url": url})),
        )
        .await;
    assert_eq!(created.status, 200, "{:?}", created.body);
    let secret = created.data()["webhook_secret"]
        .as_str()
        .unwrap()
        .to_string();
    let id = owned_str(&created.data()["id"]);
    let fetched = emu.call("GET", &format!("/v3/webhooks/{id}"), None).await;
    assert!(
        fetched.data().get("webhook_secret").is_none(),
        "secret only at create/rotate"
    );

    emu.create_account("hooked@acme.nylas.email").await;
    let d = emu
        .hook(
            "POST",
            "/__emulator/messages",
            Some(json!({"grant": "hooked@acme.nylas.email", "from": "x@y.com", "subject": "Hi"})),
        )
        .await;
    assert_eq!(d.data()["deliveries"][0]["delivered"], true, "{:?}", d.body);
    let (body, sig) = got.lock().unwrap()[0].clone();
    assert_eq!(
        sig,
        nylas_emulator::webhook_client::signature(&secret, body.as_bytes())
    );
    let event: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(event["type"], "message.created");
    assert_eq!(event["data"]["object"]["subject"], "Hi");

    let rotated = emu
        .call(
            "POST",
            &format!("/v3/webhooks/rotate-secret/{id}"),
            Some(json!({})),
        )
        .await;
    assert_ne!(rotated.data()["webhook_secret"].as_str().unwrap(), secret);
    let refused = emu
        .call("POST", "/v3/webhooks", Some(json!({"trigger_types": ["message.created"], "webhook_url": "http://example.com/x"})))
        .await;
    assert_eq!(refused.status, 400);
    let dead = emu
        .call("POST", "/v3/webhooks", Some(json!({"trigger_types": ["message.created"], "webhook_url": "http://127.0.0.1:9/none"})))
        .await;
    assert_eq!(dead.status, 400, "challenge fails");
}

#[tokio::test]
async fn a_reset_fault_resets_the_tcp_connection() {
    use nylas_emulator::listener::{ConnMeta, ResettableListener};
    let emu = Emu::new(&[]);
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", tcp.local_addr().unwrap());
    let app = emu
        .app
        .clone()
        .into_make_service_with_connect_info::<ConnMeta>();
    tokio::spawn(async move { axum::serve(ResettableListener(tcp), app).await.unwrap() });
    emu.add_fault(json!({"kind": "reset", "path": "/v3/grants", "count": 1}))
        .await;
    let http = reqwest::Client::new();
    let err = http
        .get(format!("{base}/v3/grants"))
        .bearer_auth(KEY)
        .send()
        .await;
    let failed = match err {
        Err(_) => true,
        Ok(resp) => resp.bytes().await.is_err(),
    };
    assert!(failed, "the client sees a network error, not a response");
    let ok = http
        .get(format!("{base}/v3/grants"))
        .bearer_auth(KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
}
