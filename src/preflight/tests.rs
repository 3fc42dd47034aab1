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

fn problems_of(request: CreateAccountRequest) -> Vec<Problem> {
    preflight_create_account(&request, &PreflightContext::default()).problems
}

fn named(name: String) -> CreateAccountRequest {
    CreateAccountRequest {
        email: Some("a@b.co".into()),
        name: Some(name),
        ..Default::default()
    }
}

#[test]
fn a_name_of_256_characters_passes_and_257_does_not() {
    assert_eq!(problems_of(named("n".repeat(256))), vec![]);
    // Counted in characters, as the CLI counts: 256 two-byte characters are 512 bytes and still fit.
    assert_eq!(problems_of(named("é".repeat(256))), vec![]);
    let too_long = problems_of(named("é".repeat(257)));
    assert_eq!(too_long.len(), 1);
    assert_eq!(too_long[0].code, ProblemCode::NameTooLong);
    assert_eq!(too_long[0].field, "name");
    assert_eq!(
        too_long[0].message,
        "The display name has 257 characters; Nylas accepts at most 256."
    );
    assert_eq!(
        problems_of(named("  \t".into()))[0].code,
        ProblemCode::NameEmpty
    );
    assert_eq!(problems_of(named(" a ".into())), vec![]);
}

fn with_policy(id: &str) -> Vec<Problem> {
    problems_of(CreateAccountRequest {
        email: Some("a@b.co".into()),
        policy_id: Some(id.into()),
        ..Default::default()
    })
}

#[test]
fn a_uuid_is_five_groups_of_hex_digits() {
    assert_eq!(with_policy("0b5a6f1e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"), vec![]);
    for bad in [
        "0b5a6f1g-3c2d-4e5f-8a9b-0c1d2e3f4a5b", // a g
        "0b5a6f1e-3c2d-4e5f-8a9b-0c1d2e3f4a5z",
        "0b5a6f1e-3c2d-4e5f-8a9b-0c1d2e3f4a5", // 11 digits last
        "0b5a6f1e3c2d-4e5f-8a9b-0c1d2e3f4a5b", // four groups
        "0b5a6f1e-3c2d-4e5f-8a9b-0c1d-2e3f4a5b",
        "",
    ] {
        let problems = with_policy(bad);
        assert_eq!(problems.len(), 1, "{bad}");
        assert_eq!(problems[0].code, ProblemCode::PolicyIdInvalid, "{bad}");
    }
}

#[test]
fn ids_are_quoted_and_cut_at_40_characters() {
    assert_eq!(
        with_policy("p-1")[0].message,
        "The policy id 'p-1' is not a UUID."
    );
    let forty = "é".repeat(40);
    assert_eq!(
        with_policy(&forty)[0].message,
        format!("The policy id '{forty}' is not a UUID.")
    );
    assert_eq!(
        with_policy(&format!("{forty}xyz"))[0].message,
        format!("The policy id '{forty}…' is not a UUID.")
    );
    let workspace = problems_of(CreateAccountRequest {
        email: Some("a@b.co".into()),
        workspace_id: Some("w".into()),
        ..Default::default()
    });
    assert_eq!(workspace[0].message, "The workspace id 'w' is not a UUID.");
    assert!(workspace[0].fix.contains("client.workspaces.list()"));
}

#[test]
fn the_domain_is_matched_only_when_domains_are_given() {
    let request = CreateAccountRequest {
        email: Some("bot@acme.com".into()),
        ..Default::default()
    };
    assert!(preflight_create_account(&request, &PreflightContext::default()).valid);
    let context = PreflightContext {
        domains: Some(vec![DomainRef::Name("acme.com".into())]),
    };
    assert!(preflight_create_account(&request, &context).valid);
    let elsewhere = PreflightContext {
        domains: Some(vec![]),
    };
    let verdict = preflight_create_account(&request, &elsewhere);
    assert!(!verdict.valid);
    assert_eq!(verdict.problems[0].code, ProblemCode::DomainNotRegistered);
}
