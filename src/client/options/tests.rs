//! Options are validated at construction with errors that name the option.

use super::*;

fn error(json: &str) -> String {
    ClientOptions::from_json(json).unwrap_err().to_string()
}

#[test]
fn defaults_and_regions() {
    let o = ClientOptions::from_json(r#"{"apiKey":"nyk_1"}"#).unwrap();
    assert_eq!(o.base_url, "https://api.us.nylas.com");
    assert_eq!((o.timeout_ms, o.max_retries), (90_000, 3));
    assert!(o.requests_per_second < 50.0);
    let eu = ClientOptions::from_json(r#"{"apiKey":"k","region":"eu"}"#).unwrap();
    assert_eq!(eu.base_url, "https://api.eu.nylas.com");
}

#[test]
fn api_uri_needs_https_except_on_loopback() {
    for ok in [
        "http://127.0.0.1:4010",
        "http://localhost:3000/",
        "http://[::1]:80",
        "https://proxy.example.com/nylas",
    ] {
        let o = ClientOptions::from_json(&format!(r#"{{"apiUri":"{ok}"}}"#)).unwrap();
        assert!(!o.base_url.ends_with('/'), "{ok}");
    }
    assert!(error(r#"{"apiKey":"k","apiUri":"http://api.example.com"}"#)
        .contains("must use https for api.example.com"));
    assert!(error(r#"{"apiKey":"k","apiUri":"api.example.com"}"#).contains("absolute URL"));
    assert!(error(r#"{"apiKey":"k","apiUri":"ftp://x.com"}"#).contains("https://"));
    assert!(error(r#"{"apiKey":"k","apiUri":"https://user:pw@x.com"}"#).contains("credentials"));
}

#[test]
fn bad_values_name_the_option() {
    assert!(error("{}").contains("apiKey is missing"));
    assert!(error(r#"{"apiKey":"k","region":"asia"}"#).contains("region must be 'us' or 'eu'"));
    assert!(error(r#"{"apiKey":"k","timeoutMs":0}"#).contains("timeoutMs"));
    assert!(error(r#"{"apiKey":"k","maxRetries":2.5}"#).contains("maxRetries"));
    assert!(error(r#"{"apiKey":"k","requestsPerSecond":-1}"#).contains("requestsPerSecond"));
    assert!(error(r#"{"apiKey":"k","apiKye":"x"}"#)
        .contains("unknown option apiKye. Known options: apiKey,"));
    assert!(error(r#"{"apiKey":"k","timeoutMs":"90"}"#).contains("timeoutMs must be a number."));
    assert!(error(r#"{"apiKey":"k","maxRetries":2.5}"#).contains("from 0 to 10, not 2.5."));
    assert!(error(r#"{"apiKey":"k","headers":{"X-A":1}}"#)
        .contains("headers must be an object of strings"));
    assert!(
        error(r#"{"apiKey":"k","serviceAccount":{"private_key":"p"}}"#)
            .contains("serviceAccount is missing private_key_id.")
    );
    assert!(error("[]").contains("options must be an object"));
    assert!(error(r#"{"apiKey":"nyk one"}"#).contains("whitespace"));
}

#[test]
fn debug_never_shows_the_key() {
    let o = ClientOptions::from_json(r#"{"apiKey":"nyk_secret_value"}"#).unwrap();
    let shown = format!("{o:?}");
    assert!(!shown.contains("nyk_secret_value") && shown.contains("[redacted]"));
    let e = error(r#"{"apiKey":"nyk_secret_value","region":"mars"}"#);
    assert!(!e.contains("nyk_secret_value"));
}

#[test]
fn null_counts_as_absent_and_headers_are_kept() {
    let o = ClientOptions::from_json(
        r#"{"apiKey":"k","region":null,"timeoutMs":null,"headers":{"X-Source":"admin"}}"#,
    )
    .unwrap();
    assert_eq!(o.base_url, "https://api.us.nylas.com");
    assert_eq!(o.timeout_ms, DEFAULT_TIMEOUT_MS);
    assert_eq!(o.headers, [("X-Source".to_string(), "admin".to_string())]);
}

#[test]
fn requests_per_second_must_be_above_zero() {
    let rps =
        |v: &str| ClientOptions::from_json(&format!(r#"{{"apiKey":"k","requestsPerSecond":{v}}}"#));
    assert!(error(r#"{"apiKey":"k","requestsPerSecond":0}"#).contains("must be above 0"));
    assert_eq!(rps("0.5").unwrap().requests_per_second, 0.5);
    assert_eq!(rps("10000").unwrap().requests_per_second, 10_000.0);
    assert!(rps("10000.5").is_err());
}

#[test]
fn only_127_x_x_x_localhost_and_ipv6_loopback_may_use_http() {
    for host in [
        "127.0.0.1.evil.example",
        "127.example",
        "10.0.0.1",
        "192.168.1.20",
        "localhost.example",
    ] {
        assert!(
            error(&format!(
                r#"{{"apiKey":"k","apiUri":"http://{host}:4010"}}"#
            ))
            .contains("must use https"),
            "{host}"
        );
    }
    for host in ["127.0.0.2", "LOCALHOST", "[::1]"] {
        assert!(
            ClientOptions::from_json(&format!(
                r#"{{"apiKey":"k","apiUri":"http://{host}:4010"}}"#
            ))
            .is_ok(),
            "{host}"
        );
    }
}

/// JavaScript passes the hooks' `typeof`; a hook that is not a function is refused by name.
#[test]
fn hooks_must_be_functions() {
    for hooks in [
        r#""fetch":"function","onRetry":"function""#,
        r#""fetch":"undefined","onRetry":"undefined""#,
    ] {
        assert!(ClientOptions::from_json(&format!(r#"{{"apiKey":"k",{hooks}}}"#)).is_ok());
    }
    assert!(error(r#"{"apiKey":"k","fetch":"string"}"#)
        .contains("new AgentAccounts(options): fetch must be a function."));
    assert!(error(r#"{"apiKey":"k","onRetry":"object"}"#).contains("onRetry must be a function."));
}
