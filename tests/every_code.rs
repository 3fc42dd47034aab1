//! Every problem code of PRODUCT.md is produced through the public API by at least one input, and
//! `ProblemCode::ALL` lists exactly the codes of the contract.
#![allow(clippy::unwrap_used)] // tests: a failed unwrap is a failed test

use nylas_agent_accounts::{
    match_domain, parse_webhook, password_rules, preflight_create_account, validate_app_password,
    validate_email, CreateAccountRequest, DomainRef, EmailOptions, PreflightContext, ProblemCode,
};
use std::collections::BTreeSet;

const CONTRACT: &str =
    "EMAIL_EMPTY EMAIL_WHITESPACE EMAIL_MISSING_AT EMAIL_MULTIPLE_AT EMAIL_LOCAL_EMPTY \
    EMAIL_LOCAL_TOO_LONG EMAIL_LOCAL_QUOTED EMAIL_LOCAL_NON_ASCII EMAIL_LOCAL_INVALID_CHARACTER \
    EMAIL_LOCAL_DOTS EMAIL_DOMAIN_EMPTY EMAIL_DOMAIN_IP_LITERAL EMAIL_DOMAIN_IDN_INVALID \
    EMAIL_DOMAIN_TOO_LONG EMAIL_DOMAIN_LABEL_EMPTY EMAIL_DOMAIN_LABEL_TOO_LONG \
    EMAIL_DOMAIN_INVALID_CHARACTER EMAIL_DOMAIN_LABEL_HYPHEN EMAIL_DOMAIN_SINGLE_LABEL \
    EMAIL_DOMAIN_NUMERIC_TLD APP_PASSWORD_TOO_SHORT APP_PASSWORD_TOO_LONG \
    APP_PASSWORD_INVALID_CHARACTER APP_PASSWORD_MISSING_UPPERCASE APP_PASSWORD_MISSING_LOWERCASE \
    APP_PASSWORD_MISSING_DIGIT NAME_EMPTY NAME_TOO_LONG POLICY_ID_INVALID WORKSPACE_ID_INVALID \
    DOMAIN_NOT_REGISTERED DOMAIN_NOT_VERIFIED";

/// The problems of `parseWebhook` errors: beside PRODUCT.md's list, one per way a body fails.
const WEBHOOK_CODES: &str = "WEBHOOK_NOT_JSON WEBHOOK_COMPRESSED WEBHOOK_FIELD_MISSING";

fn contract() -> BTreeSet<&'static str> {
    CONTRACT
        .split_whitespace()
        .chain(WEBHOOK_CODES.split_whitespace())
        .collect()
}

fn produced() -> BTreeSet<&'static str> {
    let mut seen = BTreeSet::new();
    let emails = [
        String::new(),
        " a@b.co".into(),
        "ab.co".into(),
        "a@b@c.co".into(),
        "@b.co".into(),
        format!("{}@b.co", "a".repeat(65)),
        "\"a\"@b.co".into(),
        "é@b.co".into(),
        "a(b@c.co".into(),
        "a..b@c.co".into(),
        "a@".into(),
        "a@[1.2.3.4]".into(),
        "a@xn--zz.co".into(),
        format!("a@{}co", "abcdefghi.".repeat(26)),
        "a@b..co".into(),
        format!("a@{}.co", "b".repeat(64)),
        "a@b_c.co".into(),
        "a@-b.co".into(),
        "a@localhost".into(),
        "a@1.2.3.4".into(),
    ];
    for email in &emails {
        seen.extend(
            validate_email(email, &EmailOptions::default())
                .problems
                .iter()
                .map(|p| p.code.as_str()),
        );
    }
    for password in [
        "",
        &"aA1".repeat(20),
        "a A1aaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaa",
    ] {
        seen.extend(
            validate_app_password(password)
                .problems
                .iter()
                .map(|p| p.code.as_str()),
        );
    }
    let long_name = "n".repeat(257);
    for name in ["", &long_name] {
        let request = CreateAccountRequest {
            email: Some("a@b.co".into()),
            name: Some(name.into()),
            policy_id: Some("p".into()),
            workspace_id: Some("w".into()),
            ..Default::default()
        };
        let verdict = preflight_create_account(&request, &PreflightContext::default());
        seen.extend(verdict.problems.iter().map(|p| p.code.as_str()));
    }
    let unverified: DomainRef =
        serde_json::from_str(r#"{"domainAddress":"b.co","verifiedMx":false}"#).unwrap();
    seen.extend(
        match_domain("a@b.co", &[unverified])
            .problems
            .iter()
            .map(|p| p.code.as_str()),
    );
    seen.extend(
        match_domain("a@c.co", &[])
            .problems
            .iter()
            .map(|p| p.code.as_str()),
    );
    for body in [&b"[]"[..], &[0x1f, 0x8b], br#"{"type":"message.created"}"#] {
        let error = parse_webhook(body).unwrap_err();
        let report = serde_json::to_value(error.report()).unwrap();
        for problem in report["problems"].as_array().unwrap() {
            let code = problem["code"].as_str().unwrap();
            seen.extend(
                ProblemCode::ALL
                    .iter()
                    .map(|c| c.as_str())
                    .find(|c| *c == code),
            );
        }
    }
    seen
}

#[test]
fn the_password_rules_list_every_password_code_in_order() {
    let rules: Vec<&str> = password_rules().iter().map(|r| r.code.as_str()).collect();
    let codes: Vec<&str> = ProblemCode::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| c.starts_with("APP_PASSWORD_"))
        .collect();
    assert_eq!(rules, codes);
    assert!(password_rules().iter().all(|r| !r.label.is_empty()));
}

#[test]
fn every_contract_code_is_produced() {
    let contract = contract();
    let produced = produced();
    let missing: Vec<_> = contract.difference(&produced).collect();
    assert!(missing.is_empty(), "codes never produced: {missing:?}");
}

#[test]
fn the_enum_lists_exactly_the_contract() {
    let contract = contract();
    let listed: BTreeSet<&str> = ProblemCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(listed, contract);
}
