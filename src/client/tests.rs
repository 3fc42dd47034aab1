//! The request pipeline through the recording mock: headers, pacing, retries, signing, aborts.

use super::mock::{block_on, client};
use super::transport::TransportError;
use super::*;
use serde_json::json;

const OPTIONS: &str = r#"{"apiKey":"nyk_test","apiUri":"http://127.0.0.1:4010","requestsPerSecond":10,"headers":{"X-App":"demo"}}"#;

#[test]
fn requests_carry_auth_json_headers_and_encoded_queries() {
    let c = client(OPTIONS);
    c.transport()
        .reply(200, json!({"request_id": "r", "data": []}));
    let call =
        Call::new(Method::Get, "/v3/grants").query([("email".to_string(), "a+b@x.co".to_string())]);
    block_on(c.send(&call, None)).unwrap();
    let sent = &c.transport().requests.borrow()[0];
    assert_eq!(
        sent.url,
        "http://127.0.0.1:4010/v3/grants?email=a%2Bb%40x.co"
    );
    let header = |n: &str| {
        sent.headers
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(header("Authorization").as_deref(), Some("Bearer nyk_test"));
    assert_eq!(header("X-App").as_deref(), Some("demo"));
    assert_eq!(header("Content-Type"), None, "no body, no content type");
    assert_eq!(sent.timeout_ms, 90_000);
}

#[test]
fn calls_are_paced_at_the_configured_rate() {
    let c = client(OPTIONS);
    for _ in 0..3 {
        c.transport().reply(200, json!({}));
    }
    for _ in 0..3 {
        block_on(c.send(&Call::new(Method::Get, "/v3/x"), None)).unwrap();
    }
    // 10/s: the second and third calls wait for their 100 ms slots (the mock clock only moves in sleeps).
    assert_eq!(*c.transport().sleeps.borrow(), vec![100, 100]);
}

#[test]
fn safe_calls_retry_429_5xx_and_network_errors_with_backoff() {
    let c = client(OPTIONS);
    let t = c.transport();
    t.reply_raw(
        429,
        r#"{"error":{"type":"api.rate_limit_error","message":"slow"}}"#,
        &[("retry-after", "3")],
    );
    t.reply_raw(503, "<html>down</html>", &[]);
    t.fail(TransportError::Network("connection reset".into()));
    t.reply(200, json!({"data": {"ok": true}}));
    let response = block_on(c.send(&Call::new(Method::Get, "/v3/x"), None)).unwrap();
    assert_eq!(response.body["data"]["ok"], true);
    let retries = t.retries.borrow();
    assert_eq!(
        retries
            .iter()
            .map(|r| r.reason.as_str())
            .collect::<Vec<_>>(),
        ["RATE_LIMITED", "SERVER_ERROR", "NETWORK_ERROR"]
    );
    assert_eq!(retries[0].delay_ms, 3000, "Retry-After wins");
    assert!(
        (500..1000).contains(&retries[1].delay_ms),
        "second retry: 500 ms base doubled, jittered"
    );
    assert!((1000..2000).contains(&retries[2].delay_ms));
}

#[test]
fn max_retries_is_respected_and_the_last_error_returned() {
    let c = client(r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","maxRetries":1}"#);
    c.transport()
        .reply_raw(502, "", &[])
        .reply_raw(504, "", &[]);
    let error = block_on(c.send(&Call::new(Method::Get, "/v3/x"), None)).unwrap_err();
    assert_eq!(c.transport().requests.borrow().len(), 2);
    match error {
        Error::Api(d) => assert_eq!(d.status, 504),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unsafe_calls_retry_only_429() {
    let c = client(OPTIONS);
    c.transport()
        .reply_raw(429, "{}", &[])
        .reply_raw(503, "{}", &[]);
    let error = block_on(c.send(
        &Call::new(Method::Post, "/v3/connect/custom").body(json!({})),
        None,
    ))
    .unwrap_err();
    assert_eq!(error.code(), "SERVER_ERROR");
    assert_eq!(c.transport().requests.borrow().len(), 2);
}

#[test]
fn timeouts_and_aborts_become_their_errors() {
    let c = client(OPTIONS);
    c.transport().fail(TransportError::Timeout);
    let e = block_on(c.send(&Call::new(Method::Post, "/v3/x"), None)).unwrap_err();
    assert_eq!((e.code(), e.name()), ("TIMEOUT", "TimeoutError"));
    let aborted = std::cell::Cell::new(true);
    let e = block_on(c.send(&Call::new(Method::Get, "/v3/x"), Some(&aborted))).unwrap_err();
    assert_eq!(e.code(), "ABORTED");
}

#[test]
fn signed_calls_carry_service_account_headers_and_no_bearer() {
    let options = r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","serviceAccount":{"private_key_id":"kid-1","private_key":"-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----\n","organization_id":"o","region":"us"}}"#;
    let c = client(options);
    c.transport().reply(200, json!({"data": {}}));
    let call = Call::new(Method::Post, "/v3/admin/domains")
        .body(json!({"name": "A", "domain_address": "a.com"}))
        .signed();
    block_on(c.send(&call, None)).unwrap();
    let sent = &c.transport().requests.borrow()[0];
    let names: Vec<&str> = sent.headers.iter().map(|(n, _)| n.as_str()).collect();
    assert!(!names.contains(&"Authorization"));
    for expected in [
        "X-Nylas-Kid",
        "X-Nylas-Nonce",
        "X-Nylas-Timestamp",
        "X-Nylas-Signature",
    ] {
        assert!(
            names.iter().any(|n| n.eq_ignore_ascii_case(expected)),
            "{expected} in {names:?}"
        );
    }
    assert_eq!(
        sent.body.as_deref(),
        Some(r#"{"domain_address":"a.com","name":"A"}"#),
        "canonical JSON on the wire"
    );
}

#[test]
fn signed_calls_without_credentials_say_what_is_missing() {
    let c = client(OPTIONS);
    let e =
        block_on(c.send(&Call::new(Method::Get, "/v3/admin/domains").signed(), None)).unwrap_err();
    assert!(e.to_string().contains("serviceAccount option"));
}

#[test]
fn behind_the_server_handler_manage_domains_calls_go_unsigned() {
    let c = client(r#"{"apiUri":"https://admin.example.com/api/nylas"}"#);
    c.transport().reply(200, json!({"data": []}));
    block_on(c.send(&Call::new(Method::Get, "/v3/admin/domains").signed(), None)).unwrap();
    let sent = &c.transport().requests.borrow()[0];
    assert_eq!(
        sent.url,
        "https://admin.example.com/api/nylas/v3/admin/domains"
    );
    assert!(
        !sent
            .headers
            .iter()
            .any(|(n, _)| n.starts_with("X-Nylas") || n == "Authorization"),
        "{:?}",
        sent.headers
    );
}

#[test]
fn requests_name_the_package_unless_the_caller_names_itself() {
    let header = |options: &str| {
        let c = client(options);
        c.transport().reply(200, json!({}));
        block_on(c.send(&Call::new(Method::Get, "/v3/grants"), None)).unwrap();
        let sent = &c.transport().requests.borrow()[0];
        sent.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("user-agent"))
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        header(OPTIONS),
        [format!(
            "nylas-agent-accounts/{}",
            env!("CARGO_PKG_VERSION")
        )]
    );
    assert_eq!(
        header(r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","headers":{"user-agent":"mine/1"}}"#),
        ["mine/1"]
    );
}

#[test]
fn retry_after_is_capped_by_retry_max_delay() {
    let c = client(
        r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","requestsPerSecond":1000,"retryMaxDelayMs":5000}"#,
    );
    let busy = r#"{"error":{"type":"rate_limit_error","message":"slow down"}}"#;
    c.transport()
        .reply_raw(429, busy, &[("retry-after", "2000000")]);
    c.transport().reply_raw(
        429,
        busy,
        &[("retry-after", "Thu, 01 Jan 2099 00:00:00 GMT")],
    );
    c.transport().reply(200, json!({}));
    block_on(c.send(&Call::new(Method::Get, "/v3/grants"), None)).unwrap();
    assert_eq!(c.transport().retry_delays(), [5000, 5000]);
}

#[test]
fn an_abort_during_a_retry_wait_ends_the_call_at_once() {
    let c = client(r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","requestsPerSecond":1000}"#);
    c.transport().reply_raw(
        429,
        r#"{"error":{"type":"rate_limit_error","message":"slow down"}}"#,
        &[("retry-after", "30")],
    );
    c.transport().abort_during_sleep.set(true);
    let signal = std::cell::Cell::new(false);
    let e = block_on(c.send(&Call::new(Method::Get, "/v3/grants"), Some(&signal))).unwrap_err();
    assert_eq!(e.code(), "ABORTED");
    assert_eq!(c.transport().lines().len(), 1, "no second attempt");
}
