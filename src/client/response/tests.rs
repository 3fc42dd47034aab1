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

fn code_of(status: u16, error_type: &str, message: &str) -> &'static str {
    let body = serde_json::json!({"error": {"type": error_type, "message": message}}).to_string();
    details(response(status, &body, &[])).code
}

#[test]
fn every_status_class_has_its_code() {
    let cases = [
        (401, "api.authentication_error", "UNAUTHORIZED"),
        (400, "api.unauthorized", "UNAUTHORIZED"),
        (400, "api.invalid_request_error", "INVALID_REQUEST"),
        (403, "api.forbidden", "FORBIDDEN"),
        (404, "api.not_found_error", "NOT_FOUND"),
        (409, "api.conflict_error", "CONFLICT"),
        (422, "api.invalid_request_error", "INVALID_REQUEST"),
        (429, "api.rate_limit_error", "RATE_LIMITED"),
        (500, "api.internal_error", "SERVER_ERROR"),
        (599, "x", "SERVER_ERROR"),
        (418, "x", "API_ERROR"),
        (600, "x", "API_ERROR"),
    ];
    for (status, error_type, code) in cases {
        assert_eq!(
            code_of(status, error_type, "m"),
            code,
            "{status} {error_type}"
        );
    }
    // The fix says what to do for that code, not a generic line.
    let fix = |status, t| {
        details(response(
            status,
            &format!(r#"{{"error":{{"type":"{t}","message":"m"}}}}"#),
            &[],
        ))
        .fix
    };
    assert!(fix(400, "unauthorized").contains("API key"));
    assert!(fix(403, "x").contains("not allowed"));
    assert!(fix(409, "x").contains("already exists"));
    assert!(fix(418, "x").contains("unexpected status"));
}

#[test]
fn success_is_exactly_2xx() {
    assert!(interpret(response(299, "{}", &[]), 0.0).is_ok());
    assert!(interpret(response(204, "", &[]), 0.0).is_ok());
    assert!(matches!(
        interpret(response(199, "{}", &[]), 0.0),
        Err(Error::Api(_))
    ));
    assert!(matches!(
        interpret(response(300, "{}", &[]), 0.0),
        Err(Error::BadResponse {
            code: "REDIRECT_REFUSED",
            ..
        })
    ));
}

#[test]
fn request_id_from_the_body_then_either_header() {
    let id =
        |body: &str, headers: &[(&str, &str)]| details(response(400, body, headers)).request_id;
    let body = r#"{"request_id":"from-body","error":{"type":"t","message":"m"}}"#;
    assert_eq!(
        id(body, &[("x-request-id", "h")]).as_deref(),
        Some("from-body")
    );
    let bare = r#"{"error":{"type":"t","message":"m"}}"#;
    assert_eq!(
        id(bare, &[("Request-Id", "plain")]).as_deref(),
        Some("plain")
    );
    assert_eq!(
        id(bare, &[("request-id", "plain"), ("x-request-id", "x")]).as_deref(),
        Some("x")
    );
    assert_eq!(id(bare, &[]), None);
}

#[test]
fn retry_after_rounds_a_date_up_to_whole_seconds() {
    let d = interpret(
        response(
            429,
            "{}",
            &[("retry-after", "Thu, 01 Jan 1970 00:00:02 GMT")],
        ),
        500.0,
    );
    match d {
        Err(Error::Api(d)) => assert_eq!(d.retry_after, Some(2), "1.5 s is 2 s, not 1"),
        other => panic!("{other:?}"),
    }
    assert_eq!(details(response(429, "{}", &[])).retry_after, None);
}

#[test]
fn error_bodies_in_every_shape() {
    let fields = |body: &str| {
        let d = details(response(400, body, &[]));
        (d.error_type, d.message)
    };
    assert_eq!(
        fields(r#"{"error":{"type":"only_type"}}"#),
        ("only_type".into(), "no message".into())
    );
    assert_eq!(
        fields(r#"{"error":{"message":"only message"}}"#),
        ("unknown_error".into(), "only message".into())
    );
    assert_eq!(
        fields(r#"{"message":"flat message"}"#),
        ("unknown_error".into(), "flat message".into())
    );
    let (t, m) = fields(r#"{"unrelated":true}"#);
    assert_eq!(t, "http_error");
    assert_eq!(
        m,
        "status 400 with a body that is not a Nylas error (a proxy or gateway answered instead of the Nylas API)"
    );
    let (_, m) = fields("  <!doctype html><p>blocked</p>");
    assert!(m.starts_with("status 400 with an HTML page"), "{m}");
}

#[test]
fn only_secrets_of_six_characters_or_more_are_scrubbed() {
    let scrubbed = |secret: &str| {
        let body = format!(r#"{{"error":{{"type":"t","message":"value {secret} refused"}}}}"#);
        let error = interpret(response(400, &body, &[]), 0.0).unwrap_err();
        match crate::client::scrub::scrub_error(error, &[secret]) {
            Error::Api(d) => d.message,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(scrubbed("abcdef"), "value [redacted] refused");
    // A five-character "secret" would redact ordinary words of every message.
    assert_eq!(scrubbed("abcde"), "value abcde refused");
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

mod refine;

/// `API_ERROR_CODES` (the source of the TypeScript `ApiErrorCode`) is exactly what the classifiers make.
#[test]
fn api_error_codes_list_exactly_the_codes_made() {
    let mut made = std::collections::BTreeSet::new();
    let messages = [
        "m",
        "domain not registered",
        "domain limit reached",
        "domain not verified",
        "account limit reached",
    ];
    for status in 400..=600 {
        for error_type in ["x", "api.unauthorized"] {
            for message in messages {
                let body = serde_json::json!({"error": {"type": error_type, "message": message}});
                let error = Error::Api(Box::new(details(response(status, &body.to_string(), &[]))));
                if let Error::Api(refined) = refine_create_error(error) {
                    made.insert(refined.code);
                }
            }
        }
    }
    let listed: std::collections::BTreeSet<&str> = API_ERROR_CODES.into_iter().collect();
    assert_eq!(made, listed);
}
