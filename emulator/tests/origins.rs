//! Which web pages may drive the emulator: CORS grants and the test hooks' origin check.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::body::Body;
use axum::http::Request;
use clap::Parser;
use common::{Answer, Emu};
use nylas_emulator::app::AppState;
use nylas_emulator::config::Args;

const EVIL: &str = "https://evil.example";

async fn preflight(emu: &Emu, origin: &str) -> Answer {
    let req = Request::builder()
        .method("OPTIONS")
        .uri("/v3/connect/custom")
        .header("origin", origin)
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "authorization,content-type",
        )
        .body(Body::empty())
        .unwrap();
    emu.send(req).await
}

/// A hook call as a page of `origin` would make it: a simple POST (text/plain, so no preflight).
async fn hook_from(emu: &Emu, origin: &str, path: &str) -> Answer {
    let req = Request::builder()
        .method("POST")
        .uri(path)
        .header("origin", origin)
        .header("content-type", "text/plain")
        .body(Body::from("{}"))
        .unwrap();
    emu.send(req).await
}

fn allowed_origin(a: &Answer) -> Option<&str> {
    a.headers
        .get("access-control-allow-origin")
        .map(|v| v.to_str().unwrap())
}

#[tokio::test]
async fn a_foreign_page_gets_no_cors_grant_loopback_pages_do() {
    let emu = Emu::new(&[]);
    assert_eq!(allowed_origin(&preflight(&emu, EVIL).await), None);
    for origin in [
        "http://localhost:5173",
        "http://127.0.0.1:3000",
        "http://[::1]:8080",
    ] {
        assert_eq!(allowed_origin(&preflight(&emu, origin).await), Some(origin));
    }
    // Look-alikes of loopback names are foreign.
    for origin in [
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io:3000",
    ] {
        assert_eq!(allowed_origin(&preflight(&emu, origin).await), None);
    }
    // A plain call from a foreign page: answered (it has no key, so 401) but unreadable to the page.
    let req = Request::builder()
        .uri("/v3/grants")
        .header("origin", EVIL)
        .body(Body::empty())
        .unwrap();
    assert_eq!(allowed_origin(&emu.send(req).await), None);
}

#[tokio::test]
async fn hooks_refuse_a_foreign_origin_and_change_nothing() {
    let emu = Emu::new(&[]);
    assert_eq!(
        emu.create_account("keep@acme.nylas.email").await.status,
        201
    );
    let refused = hook_from(&emu, EVIL, "/__emulator/reset").await;
    assert_eq!(refused.status, 403);
    assert_eq!(refused.error_type(), "emulator.origin_not_allowed");
    assert!(refused.message().contains(EVIL), "{}", refused.message());
    assert!(
        refused.message().contains("--allow-origin"),
        "{}",
        refused.message()
    );
    let null = hook_from(&emu, "null", "/__emulator/reset").await;
    assert_eq!(
        null.status, 403,
        "sandboxed frames and file:// pages send Origin: null"
    );
    let grants = emu.call("GET", "/v3/grants", None).await;
    assert_eq!(grants.data().as_array().unwrap().len(), 1, "not reset");

    // A loopback page, and a tool that sends no Origin (curl, Node), may.
    assert_eq!(
        hook_from(&emu, "http://localhost:5173", "/__emulator/reset")
            .await
            .status,
        200
    );
    assert_eq!(
        emu.hook("POST", "/__emulator/reset", None).await.status,
        200
    );
}

#[tokio::test]
async fn allow_origin_adds_exact_origins_and_star_allows_all() {
    let emu = Emu::new(&["--allow-origin", "https://admin.example:8443"]);
    let ok = preflight(&emu, "https://admin.example:8443").await;
    assert_eq!(allowed_origin(&ok), Some("https://admin.example:8443"));
    assert_eq!(
        allowed_origin(&preflight(&emu, "https://admin.example").await),
        None
    );
    assert_eq!(
        hook_from(&emu, "https://admin.example:8443", "/__emulator/reset")
            .await
            .status,
        200
    );
    assert_eq!(hook_from(&emu, EVIL, "/__emulator/reset").await.status, 403);
    // Loopback pages keep their grant.
    let local = preflight(&emu, "http://localhost:5173").await;
    assert_eq!(allowed_origin(&local), Some("http://localhost:5173"));

    let open = Emu::new(&["--allow-origin", "*"]);
    assert_eq!(allowed_origin(&preflight(&open, EVIL).await), Some("*"));
    assert_eq!(
        hook_from(&open, EVIL, "/__emulator/reset").await.status,
        200
    );
}

#[test]
fn an_allow_origin_that_is_not_an_origin_stops_the_start() {
    for bad in [
        "admin.example",
        "https://admin.example/app",
        "http://user@admin.example",
    ] {
        let args = Args::parse_from(["nylas-emulator", "--allow-origin", bad]);
        let err = AppState::from_args(args).unwrap_err();
        assert!(err.contains("--allow-origin"), "{err}");
    }
}
