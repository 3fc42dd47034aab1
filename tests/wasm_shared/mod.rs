//! Tests shared by the Node (`tests/node.rs`) and browser (`tests/web.rs`) wasm test binaries: the
//! same checks, run inside each host, including the IDN conversion that the host's `URL` performs.
#![allow(clippy::unwrap_used)] // tests: a failed unwrap is a failed test

mod client;
mod conformance;
mod signing;
mod webhook;

use nylas_agent_accounts::wasm::{
    generate_app_password_js, match_domain_json, preflight_create_account_json,
    validate_app_password_json, validate_email_compact, validate_emails_joined,
};
use nylas_agent_accounts::{validate_email, EmailOptions};
use serde_json::Value;
use wasm_bindgen_test::wasm_bindgen_test;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

pub fn codes(address: &str) -> Vec<String> {
    validate_email(address, &EmailOptions::default())
        .problems
        .iter()
        .map(|p| p.code.as_str().to_string())
        .collect()
}

#[wasm_bindgen_test]
fn host_url_converts_idn_to_a_labels() {
    let table = [
        ("a@Bücher.Example", "a@xn--bcher-kva.example"),
        ("a@ＢÜＣＨＥＲ.example", "a@xn--bcher-kva.example"),
        ("a@faß.de", "a@xn--fa-hia.de"),
        ("a@例え.テスト", "a@xn--r8jz45g.xn--zckzah"),
        ("a@bücher。example", "a@xn--bcher-kva.example"),
    ];
    for (input, expected) in table {
        let check = validate_email(input, &EmailOptions::default());
        assert_eq!(
            check.address.as_deref(),
            Some(expected),
            "{input}: {:?}",
            check.problems
        );
    }
}

#[wasm_bindgen_test]
fn host_url_rejects_what_uts46_rejects() {
    assert_eq!(codes("a@a\u{0378}.example"), ["EMAIL_DOMAIN_IDN_INVALID"]);
    assert_eq!(codes("a@b／c.example"), ["EMAIL_DOMAIN_IDN_INVALID"]);
    assert_eq!(codes("a@ex＿ample.com"), ["EMAIL_DOMAIN_INVALID_CHARACTER"]);
}

#[wasm_bindgen_test]
fn json_exports_speak_camel_case() {
    let valid = validate_email_compact("support", Some("Acme.nylas.email".into()));
    assert_eq!(valid, "V7\tacme.nylas.email");
    let invalid = validate_email_compact("a@", None);
    assert_eq!(json(&invalid[1..])[0]["code"], "EMAIL_DOMAIN_EMPTY");
    let batch = json(&validate_emails_joined("a@b.co\0nope", 2, None).unwrap());
    assert_eq!(batch["items"], serde_json::json!([1, 0, -1, 0]));
    assert_eq!(batch["domains"][0][0], "b.co");
    assert_eq!(batch["problems"][0]["code"], "EMAIL_MISSING_AT");
    // A NUL inside an address splits the text into more parts than addresses: refused, not misread.
    assert_eq!(validate_emails_joined("a\0b@c.co\0d@e.co", 2, None), None);
    assert_eq!(
        json(&validate_emails_joined("", 0, None).unwrap())["items"],
        serde_json::json!([])
    );
    let password = json(&validate_app_password_json("short"));
    assert_eq!(password["problems"][0]["field"], "appPassword");
}

#[wasm_bindgen_test]
fn generator_uses_the_host_random_source() {
    let a = generate_app_password_js(24.into()).unwrap();
    let b = generate_app_password_js(24.into()).unwrap();
    assert_ne!(a, b);
    assert_eq!(json(&validate_app_password_json(&a))["valid"], true);
    let error = generate_app_password_js(41.into())
        .unwrap_err()
        .as_string()
        .unwrap();
    assert_eq!(json(&error)["problems"][0]["code"], "APP_PASSWORD_TOO_LONG");
}

#[wasm_bindgen_test]
fn domain_match_and_preflight_cross_the_boundary() {
    let m = json(&match_domain_json("bot@agents.acme.com", "9:Nacme.com").unwrap());
    assert_eq!(m["suggestion"], "acme.com");
    let unverified = json(&match_domain_json("bot@acme.com", "12:O-tfacme.com").unwrap());
    assert_eq!(unverified["problems"][0]["code"], "DOMAIN_NOT_VERIFIED");
    let verdict =
        json(&preflight_create_account_json("12:bot@acme.com---4:nope15:12:O-ttacme.com").unwrap());
    assert_eq!(verdict["problems"][0]["code"], "WORKSPACE_ID_INVALID");
    // Fields in order, each absent (`-`) or framed; anything else is refused.
    for malformed in [
        "12:bot@acme.com----",
        "-------",
        "12:bot@acme.com-----x",
        "3:ab",
    ] {
        let error = preflight_create_account_json(malformed)
            .unwrap_err()
            .as_string()
            .unwrap();
        assert_eq!(json(&error)["code"], "INVALID_ARGUMENT", "{malformed}");
    }
    let without_context = json(&preflight_create_account_json("12:bot@acme.com-----").unwrap());
    assert_eq!(without_context["valid"], true, "{without_context}");
    // Lengths count UTF-16 units, as JavaScript's `length` does: "😀" is two, "ü" one.
    let m = json(&match_domain_json("bot@bücher.de", "6:N😀.de10:Nbücher.de").unwrap());
    assert_eq!(m["matched"], true, "{m}");
    for malformed in ["8:Oxyzb.co", "9:Nacme.com1", "x:Nacme.com", "4:N😀", "N"] {
        let error = match_domain_json("a@b.co", malformed)
            .unwrap_err()
            .as_string()
            .unwrap();
        assert_eq!(json(&error)["code"], "INVALID_ARGUMENT", "{malformed}");
    }
}

#[wasm_bindgen_test]
fn hostile_inputs_do_not_trap() {
    let megabyte = "é".repeat(1 << 19);
    for input in [
        format!("a@{megabyte}"),
        format!("{megabyte}@x.com"),
        "\u{FFFD}".into(),
        String::new(),
    ] {
        assert!(validate_email_compact(&input, None).starts_with('I'));
    }
}

/// Chromium's URL passes `xn--` labels through unchecked, Node's checks them: our own check of each
/// A-label (Punycode-decoded, converted back by the host) gives the same verdict in both.
#[wasm_bindgen_test]
fn broken_a_labels_are_rejected_in_every_host() {
    for address in [
        "a@xn--zz.example",
        "a@xn--a.example",
        "a@xn--1ug.example",
        "a@xn--abc-.com",
    ] {
        assert_eq!(codes(address), ["EMAIL_DOMAIN_IDN_INVALID"], "{address}");
    }
    let valid = validate_email("a@xn--bcher-kva.example", &EmailOptions::default());
    assert_eq!(valid.domain.as_deref(), Some("xn--bcher-kva.example"));
    // A megabyte A-label is not decoded (that is quadratic): it is invalid in every host, at once.
    let huge = format!("a@xn--{}.com", "a".repeat(1 << 20));
    assert!(!validate_email(&huge, &EmailOptions::default()).valid);
    // Nor a name of a hundred thousand short ones, over 253 octets: the length rule rejects it.
    let many = format!("a@{}com", "xn--bcher-kva.".repeat(100_000));
    assert!(!validate_email(&many, &EmailOptions::default()).valid);
}
