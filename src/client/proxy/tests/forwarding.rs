//! Forwarding: what the handler sends upstream, what it refuses on the server side, and what it
//! passes back.

use super::*;

/// Forwards a request admitted by `h`; the answer.
fn forwarded(
    h: &Handler<MockTransport, FakeSigner>,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> Reply {
    let admitted = h.admit(&head(method, path, &[JSON])).unwrap();
    block_on(forward(
        h,
        &admitted,
        body.map(|b| b.to_string()).as_deref(),
        None,
    ))
}

#[test]
fn forwarding_adds_the_key_or_the_signature_and_scrubs_the_answer() {
    let h = handler(json!({}));
    let echo = json!({"error": {"type": "x", "message": format!("bad key {KEY} / {}", KEY.to_uppercase())}});
    h.client.transport().reply_raw(
        401,
        &echo.to_string(),
        &[("x-request-id", "r1"), ("set-cookie", "s=1")],
    );
    let reply = forwarded(
        &h,
        "GET",
        "/api/nylas/v3/grants?limit=5&provider=nylas",
        None,
    );
    assert_eq!(reply.status, 401);
    assert!(
        !reply
            .body
            .to_ascii_lowercase()
            .contains(&KEY.to_ascii_lowercase()),
        "{}",
        reply.body
    );
    assert!(reply
        .headers
        .contains(&("x-request-id".into(), "r1".into())));
    assert!(!reply.headers.iter().any(|(n, _)| n == "set-cookie"));
    let sent = h.client.transport().requests.borrow()[0].clone();
    assert_eq!(
        sent.url,
        "http://127.0.0.1:4010/v3/grants?limit=5&provider=nylas"
    );
    assert!(sent
        .headers
        .contains(&("Authorization".into(), format!("Bearer {KEY}"))));

    h.client.transport().reply(200, json!({"data": []}));
    assert_eq!(
        forwarded(&h, "GET", "/api/nylas/v3/admin/domains", None).status,
        200
    );
    let signed = h.client.transport().requests.borrow()[1].clone();
    assert!(signed
        .headers
        .iter()
        .any(|(n, _)| n.eq_ignore_ascii_case("x-nylas-signature")));
    assert!(!signed.headers.iter().any(|(n, _)| n == "Authorization"));
}

#[test]
fn a_create_is_checked_on_the_server_and_never_replaces_an_existing_account() {
    let h = handler(json!({}));
    let create = |email: &str, password: &str| json!({"provider": "nylas", "settings": {"email": email, "app_password": password}});
    let weak = forwarded(
        &h,
        "POST",
        "/api/nylas/v3/connect/custom",
        Some(create("a@x.com", "short")),
    );
    assert_eq!(weak.status, 400);
    assert!(
        weak.body.contains("local checks") && !weak.body.contains("short\""),
        "{}",
        weak.body
    );
    let google = json!({"provider": "google", "settings": {"email": "a@x.com"}});
    assert_eq!(
        forwarded(&h, "POST", "/api/nylas/v3/connect/custom", Some(google)).status,
        400
    );
    assert!(
        h.client.transport().requests.borrow().is_empty(),
        "refused before any request"
    );

    h.client
        .transport()
        .reply(200, json!({"data": {"id": "g1", "provider": "nylas"}}));
    let existing = forwarded(
        &h,
        "POST",
        "/api/nylas/v3/connect/custom",
        Some(create("a@x.com", "Abcdefghijklmnop12")),
    );
    assert_eq!(existing.status, 409);
    assert!(
        existing.body.contains("accounts.update"),
        "{}",
        existing.body
    );
    assert_eq!(
        h.client.transport().lines(),
        ["GET http://127.0.0.1:4010/v3/grants/a%40x.com"],
        "no create sent"
    );
    assert!(!existing.body.contains("Abcdefghijklmnop12"));

    h.client
        .transport()
        .reply(404, json!({}))
        .reply(200, json!({"data": {"id": "g2"}}));
    let created = forwarded(
        &h,
        "POST",
        "/api/nylas/v3/connect/custom",
        Some(create("b@x.com", "Abcdefghijklmnop12")),
    );
    assert_eq!(created.status, 200);
    assert_eq!(
        h.client.transport().lines().last().unwrap(),
        "POST http://127.0.0.1:4010/v3/connect/custom"
    );
}

#[test]
fn only_agent_accounts_are_deleted_and_upstream_failures_are_typed() {
    let h = handler(json!({}));
    h.client
        .transport()
        .reply(200, json!({"data": {"id": "g1", "provider": "google"}}));
    assert_eq!(
        forwarded(&h, "DELETE", "/api/nylas/v3/grants/g1", None).status,
        403
    );
    assert_eq!(
        h.client.transport().lines(),
        ["GET http://127.0.0.1:4010/v3/grants/g1"]
    );

    h.client
        .transport()
        .reply_raw(307, "", &[("location", "https://evil.example/")]);
    assert_eq!(
        forwarded(&h, "GET", "/api/nylas/v3/grants", None).status,
        502
    );
    h.client.transport().fail(TransportError::Timeout);
    assert_eq!(
        forwarded(&h, "GET", "/api/nylas/v3/grants", None).status,
        504
    );
    h.client.transport().fail(TransportError::Network(format!(
        "reset while sending Bearer {KEY}"
    )));
    let reset = forwarded(&h, "GET", "/api/nylas/v3/grants", None);
    assert_eq!(reset.status, 502);
    assert!(!reset.body.contains(KEY), "{}", reset.body);
    let garbage = h
        .admit(&head("POST", "/api/nylas/v3/connect/custom", &[JSON]))
        .unwrap();
    assert_eq!(
        block_on(forward(&h, &garbage, Some("{not json"), None)).status,
        400
    );
}
