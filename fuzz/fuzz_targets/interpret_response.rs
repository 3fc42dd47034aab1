//! `client::response::interpret` on an arbitrary response: two bytes of status (big-endian), eight of
//! the clock (`f64` bits: NaN and infinities included), then `body 0xFF name 0xFF value 0xFF name …`.
//! It must never panic, and: a 3xx is `REDIRECT_REFUSED`; a 2xx is the parsed body (empty → null) with
//! the status, or `BAD_RESPONSE`; anything else is an API error carrying the status, one of the
//! documented codes, a fix, and a `retryAfter` only when a `Retry-After` header came. Every error's
//! report serialises.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nylas_agent_accounts::client::response::interpret;
use nylas_agent_accounts::client::transport::HttpResponse;
use nylas_agent_accounts::Error;
use nylas_agent_accounts_fuzz::fields;
use serde_json::Value;

/// The generic codes `interpret` may give: narrower on purpose than `response::API_ERROR_CODES`, whose
/// refined codes (`DOMAIN_NOT_REGISTERED`, …) only `refine_create_error` produces.
const API_CODES: [&str; 8] = [
    "UNAUTHORIZED",
    "FORBIDDEN",
    "NOT_FOUND",
    "CONFLICT",
    "RATE_LIMITED",
    "INVALID_REQUEST",
    "SERVER_ERROR",
    "API_ERROR",
];

fuzz_target!(|data: &[u8]| {
    if data.len() < 10 {
        return;
    }
    let status = u16::from_be_bytes([data[0], data[1]]);
    let mut clock = [0u8; 8];
    clock.copy_from_slice(&data[2..10]);
    let now_ms = f64::from_bits(u64::from_be_bytes(clock));
    let Some(fields) = fields(&data[10..]) else {
        return;
    };
    let body = fields[0].to_string();
    let headers: Vec<(String, String)> = fields[1..]
        .chunks(2)
        .map(|pair| {
            (
                pair[0].to_ascii_lowercase(),
                pair.get(1).unwrap_or(&"").to_string(),
            )
        })
        .collect();
    let response = HttpResponse {
        status,
        headers,
        body: body.clone(),
    };
    let result = interpret(response.clone(), now_ms);
    match (status, &result) {
        (300..=399, Err(Error::BadResponse { code, .. })) => assert_eq!(*code, "REDIRECT_REFUSED"),
        (200..=299, Ok(ok)) => {
            assert_eq!(ok.status, status);
            let expected = if body.trim().is_empty() {
                Value::Null
            } else {
                serde_json::from_str(&body).expect("a success is parsed JSON")
            };
            assert_eq!(ok.body, expected);
            let from_body = ok.body.get("request_id").and_then(Value::as_str);
            if let Some(id) = from_body {
                assert_eq!(ok.request_id.as_deref(), Some(id));
            }
        }
        (200..=299, Err(Error::BadResponse { code, .. })) => assert_eq!(*code, "BAD_RESPONSE"),
        (200..=399, other) => panic!("status {status}: unexpected {other:?}"),
        (_, Err(Error::Api(details))) => {
            assert_eq!(details.status, status);
            assert!(API_CODES.contains(&details.code), "{}", details.code);
            assert!(!details.fix.is_empty() && !details.error_type.is_empty());
            if details.retry_after.is_some() {
                assert!(response.header("retry-after").is_some());
            }
        }
        (_, other) => panic!("status {status}: unexpected {other:?}"),
    }
    if let Err(error) = &result {
        assert!(!error.code().is_empty() && !error.name().is_empty());
        serde_json::to_string(&error.report()).expect("an error report serialises");
        let _ = error.to_string();
    }
});
