//! A create's errors refined to domain and plan codes, only when the message says so.

use super::*;

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

fn refined(status: u16, message: &str) -> (&'static str, String) {
    let body = serde_json::json!({"error": {"type": "t", "message": message}}).to_string();
    let error = interpret(response(status, &body, &[]), 0.0).unwrap_err();
    match refine_create_error(error) {
        Error::Api(d) => (d.code, d.fix),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_ordinary_create_error_stays_generic() {
    for (status, message, code) in [
        (400, "email is invalid", "INVALID_REQUEST"),
        (403, "not allowed for this application", "FORBIDDEN"),
        (422, "name is too long", "INVALID_REQUEST"),
        (404, "grant not found", "NOT_FOUND"),
        (409, "domain exists", "CONFLICT"),
        (500, "domain not found", "SERVER_ERROR"),
    ] {
        assert_eq!(refined(status, message).0, code, "{status} {message}");
    }
    assert_eq!(
        refine_create_error(Error::Timeout { ms: 5 }).code(),
        "TIMEOUT"
    );
}

#[test]
fn create_codes_need_both_the_subject_and_the_verdict() {
    for (status, message, code) in [
        // "domain" and a word of the verdict, each alone is not enough.
        (400, "account is not verified", "INVALID_REQUEST"),
        (400, "domain acme.com is bad", "INVALID_REQUEST"),
        (
            400,
            "Domain acme.com: Verify ownership first",
            "DOMAIN_NOT_VERIFIED",
        ),
        (422, "domain unverified", "DOMAIN_NOT_VERIFIED"),
        (404, "domain is not verified", "NOT_FOUND"),
        (400, "unknown domain acme.com", "DOMAIN_NOT_REGISTERED"),
        (422, "domain does not exist", "DOMAIN_NOT_REGISTERED"),
        (400, "domain missing", "DOMAIN_NOT_REGISTERED"),
        (403, "domain not found", "FORBIDDEN"),
        (404, "too many domains: max 5", "DOMAIN_LIMIT_REACHED"),
        (422, "domain limit", "DOMAIN_LIMIT_REACHED"),
        (403, "accounts limit for this plan", "ACCOUNT_LIMIT_REACHED"),
        (422, "too many accounts", "ACCOUNT_LIMIT_REACHED"),
        (400, "limit reached", "ACCOUNT_LIMIT_REACHED"),
        (404, "account limit", "NOT_FOUND"),
        (400, "the limit is 3", "INVALID_REQUEST"),
    ] {
        assert_eq!(refined(status, message).0, code, "{status} {message}");
    }
    // The fix is the refined code's own.
    assert!(refined(400, "domain x unverified")
        .1
        .contains("domains.verify"));
    assert!(refined(400, "account limit")
        .1
        .contains("plan with more accounts"));
    assert!(refined(404, "domain x not registered")
        .1
        .contains("domains.create"));
    assert!(refined(400, "domain maximum").1.contains("domain limit"));
}
