//! Status and body → result or error with our code, fix, request id and Retry-After.

use super::*;
use crate::client::transport::HttpResponse;

fn response(status: u16, body: &str, headers: &[(&str, &str)]) -> HttpResponse {
    HttpResponse {
        status,
        body: body.into(),
        headers: headers
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
    }
}

fn details(r: HttpResponse) -> ApiErrorDetails {
    match interpret(r, 0.0)
        .map_err(|e| crate::client::scrub::scrub_error(e, &["Secret-Password-123"]))
    {
        Err(Error::Api(d)) => *d,
        other => panic!("{other:?}"),
    }
}

#[test]
fn success_envelope_and_request_id() {
    let ok = interpret(
        response(201, r#"{"request_id":"r1","data":{"id":"g"}}"#, &[]),
        0.0,
    )
    .unwrap();
    assert_eq!((ok.status, ok.request_id.as_deref()), (201, Some("r1")));
    let header = interpret(response(200, "", &[("X-Request-Id", "r2")]), 0.0).unwrap();
    assert_eq!(
        (header.body, header.request_id.as_deref()),
        (Value::Null, Some("r2"))
    );
}

#[test]
fn truncated_success_is_a_bad_response_not_a_crash() {
    let e = interpret(response(200, r#"{"request_id":"r","da"#, &[]), 0.0).unwrap_err();
    assert_eq!((e.code(), e.name()), ("BAD_RESPONSE", "NetworkError"));
    assert!(e.to_string().contains("not valid JSON"));
}

#[test]
fn errors_map_to_codes_with_fixes() {
    let cases = [
        (
            404,
            r#"{"error":{"type":"api.not_found_error","message":"domain d-1 not found"}}"#,
            "NOT_FOUND",
        ),
        (
            404,
            r#"{"error":{"type":"not_found_error","message":"Resource not found"}}"#,
            "NOT_FOUND",
        ),
        (
            400,
            r#"{"error":{"type":"api.invalid_request_error","message":"agent account limit reached: this plan allows 3 accounts"}}"#,
            "INVALID_REQUEST",
        ),
        (
            400,
            r#"{"error":{"type":"api.invalid_request_error","message":"domain acme.com is not verified: publish ownership and MX"}}"#,
            "INVALID_REQUEST",
        ),
        (
            401,
            r#"{"error":{"type":"api.authentication_error","message":"bad key"}}"#,
            "UNAUTHORIZED",
        ),
        (
            429,
            r#"{"error":{"type":"api.rate_limit_error","message":"Too many requests"}}"#,
            "RATE_LIMITED",
        ),
        (
            503,
            "<html><body>Service Unavailable</body></html>",
            "SERVER_ERROR",
        ),
        (
            400,
            r#"{"type":"invalid_request","message":"flat form"}"#,
            "INVALID_REQUEST",
        ),
        (
            400,
            r#"{"error":"invalid_grant","error_description":"oauth form"}"#,
            "INVALID_REQUEST",
        ),
    ];
    for (status, body, code) in cases {
        let d = details(response(status, body, &[]));
        assert_eq!(d.code, code, "{body}");
        assert!(!d.fix.is_empty());
    }
    let html = details(response(502, "<html>Bad gateway</html>", &[]));
    assert!(html.message.contains("HTML page"), "{}", html.message);
    let oauth = details(response(
        400,
        r#"{"error":"invalid_grant","error_description":"oauth form"}"#,
        &[],
    ));
    assert_eq!(
        (oauth.error_type.as_str(), oauth.message.as_str()),
        ("invalid_grant", "oauth form")
    );
}

#[test]
fn retry_after_and_secrets() {
    let d = details(response(
        429,
        r#"{"error":{"type":"api.rate_limit_error","message":"slow down"}}"#,
        &[("Retry-After", "2")],
    ));
    assert_eq!(d.retry_after, Some(2));
    let d = details(response(
        400,
        r#"{"error":{"type":"x","message":"app_password Secret-Password-123 is bad"}}"#,
        &[],
    ));
    assert!(!d.message.contains("Secret-Password-123") && d.message.contains("[redacted]"));
}

#[test]
fn redirects_and_successes_without_data_are_refused() {
    for status in [301, 302, 307, 308, 300] {
        let e = interpret(
            response(status, "", &[("Location", "https://evil.example/")]),
            0.0,
        )
        .unwrap_err();
        assert_eq!(
            (e.code(), e.name()),
            ("REDIRECT_REFUSED", "NetworkError"),
            "{status}"
        );
    }
    let envelope = r#"{"request_id":"r","error":{"type":"api.internal_error","message":"boom"}}"#;
    let e = interpret(response(200, envelope, &[]), 0.0).unwrap_err();
    assert_eq!(e.code(), "BAD_RESPONSE");
    assert!(e.to_string().contains("error envelope (boom)"), "{e}");
}

#[test]
fn create_errors_are_refined_to_domain_and_plan_codes() {
    let cases = [
        (
            404,
            "domain x.com is not registered with this organization",
            "DOMAIN_NOT_REGISTERED",
        ),
        (404, "Resource not found", "NOT_FOUND"),
        (
            400,
            "agent account limit reached: this plan allows 3 accounts",
            "ACCOUNT_LIMIT_REACHED",
        ),
        (
            400,
            "domain acme.com is not verified: publish ownership and MX",
            "DOMAIN_NOT_VERIFIED",
        ),
        (
            400,
            "maximum number of domains reached for this domain plan",
            "DOMAIN_LIMIT_REACHED",
        ),
    ];
    for (status, message, code) in cases {
        let body = format!(r#"{{"error":{{"type":"t","message":"{message}"}}}}"#);
        let error = interpret(response(status, &body, &[]), 0.0).unwrap_err();
        assert_eq!(refine_create_error(error).code(), code, "{message}");
    }
}

#[test]
fn blank_error_fields_count_as_missing() {
    // Found by the interpret_response fuzz target: `{"type":""}` made an ApiError whose type was "".
    let d = details(response(
        511,
        r#"{"type":"","message":"domain not registered"}"#,
        &[],
    ));
    assert_eq!(
        (d.error_type.as_str(), d.message.as_str()),
        ("unknown_error", "domain not registered")
    );
    let d = details(response(500, r#"{"error":{"type":" ","message":""}}"#, &[]));
    assert_eq!(d.error_type, "http_error");
    assert!(d.message.contains("not a Nylas error"), "{}", d.message);
}
