//! Preflight collects every problem of every field at once.

use super::*;

fn request(json: &str) -> CreateAccountRequest {
    serde_json::from_str(json).unwrap()
}

fn codes(json: &str, context: &PreflightContext) -> Vec<&'static str> {
    preflight_create_account(&request(json), context)
        .problems
        .iter()
        .map(|p| p.code.as_str())
        .collect()
}

#[test]
fn a_good_request_passes() {
    let json = r#"{"email":"bot@acme.com","appPassword":"Correct-Horse-42-battery","name":"Bot","policyId":"0b5a6f1e-3c2d-4e5f-8a9b-0c1d2e3f4a5b","workspaceId":"0B5A6F1E-3C2D-4E5F-8A9B-0C1D2E3F4A5B"}"#;
    assert_eq!(
        codes(json, &PreflightContext::default()),
        Vec::<&str>::new()
    );
}

#[test]
fn every_problem_of_every_field_at_once() {
    let long_name = "n".repeat(257);
    let json = format!(
        r#"{{"email":"bot@acme.com","appPassword":"short","name":"{long_name}","policyId":"p-1","workspaceId":"{{0b5a6f1e-3c2d-4e5f-8a9b-0c1d2e3f4a5b}}"}}"#
    );
    let context = PreflightContext {
        domains: Some(vec![DomainRef::Name("agents.acme.com".into())]),
    };
    assert_eq!(
        codes(&json, &context),
        vec![
            "DOMAIN_NOT_REGISTERED",
            "APP_PASSWORD_TOO_SHORT",
            "APP_PASSWORD_MISSING_UPPERCASE",
            "APP_PASSWORD_MISSING_DIGIT",
            "NAME_TOO_LONG",
            "POLICY_ID_INVALID",
            "WORKSPACE_ID_INVALID",
        ]
    );
}

#[test]
fn fields_are_named_in_camel_case() {
    let verdict = preflight_create_account(
        &request(r#"{"email":"","appPassword":"x","name":" ","policyId":"x","workspaceId":"y"}"#),
        &PreflightContext::default(),
    );
    let fields: Vec<&str> = verdict.problems.iter().map(|p| p.field).collect();
    assert_eq!(fields[0], "email");
    assert!(fields.contains(&"appPassword") && fields.contains(&"name"));
    assert!(fields.contains(&"policyId") && fields.contains(&"workspaceId"));
    assert!(verdict
        .problems
        .iter()
        .any(|p| p.code == ProblemCode::NameEmpty));
}

#[test]
fn domain_match_is_skipped_when_the_email_is_already_wrong() {
    let context = PreflightContext {
        domains: Some(vec![DomainRef::Name("acme.com".into())]),
    };
    assert_eq!(
        codes(r#"{"email":"bot@"}"#, &context),
        vec!["EMAIL_DOMAIN_EMPTY"]
    );
}

#[test]
fn missing_and_null_fields_are_absent() {
    assert_eq!(
        codes(r#"{}"#, &PreflightContext::default()),
        vec!["EMAIL_EMPTY"]
    );
    assert_eq!(
        codes(
            r#"{"email":"a@b.co","name":null}"#,
            &PreflightContext::default()
        ),
        Vec::<&str>::new()
    );
}

#[test]
fn long_ids_are_cut_short_in_messages() {
    let id = "x".repeat(10_000);
    let verdict = preflight_create_account(
        &CreateAccountRequest {
            email: Some("a@b.co".into()),
            policy_id: Some(id),
            ..Default::default()
        },
        &PreflightContext::default(),
    );
    assert!(verdict.problems[0].message.len() < 100);
}
