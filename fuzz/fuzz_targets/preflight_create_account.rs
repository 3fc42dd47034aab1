//! `preflight_create_account`: the first byte says which optional fields are present (bit 0 password,
//! 1 name, 2 policy id, 3 workspace id, 4 registered domains), then `email 0xFF password 0xFF name 0xFF
//! policy 0xFF workspace 0xFF domain …`. Invariants: valid iff no problems; the email's problems come
//! first and equal `validate_email`'s; the password's equal `validate_app_password`'s; and no problem
//! of any field changes when the password's characters are replaced by others of the same kinds, so
//! nothing shows the password.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nylas_agent_accounts::{
    preflight_create_account, validate_app_password, validate_email, CreateAccountRequest,
    DomainRef, EmailOptions, PreflightContext,
};
use nylas_agent_accounts_fuzz::{check_password, fields, redacted};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, data)) = data.split_first() else {
        return;
    };
    let Some(fields) = fields(data) else { return };
    let field = |i: usize, bit: u8| {
        (flags & (1 << bit) != 0).then(|| fields.get(i).unwrap_or(&"").to_string())
    };
    let request = CreateAccountRequest {
        email: fields.first().map(|e| e.to_string()),
        app_password: field(1, 0),
        name: field(2, 1),
        policy_id: field(3, 2),
        workspace_id: field(4, 3),
    };
    let context = PreflightContext {
        domains: (flags & 16 != 0).then(|| {
            fields
                .iter()
                .skip(5)
                .map(|d| DomainRef::Name(d.to_string()))
                .collect()
        }),
    };
    let verdict = preflight_create_account(&request, &context);
    assert_eq!(verdict.valid, verdict.problems.is_empty());
    let email = validate_email(
        request.email.as_deref().unwrap_or(""),
        &EmailOptions::default(),
    );
    assert_eq!(
        verdict.problems[..email.problems.len()],
        email.problems[..],
        "email problems first"
    );
    if let Some(password) = &request.app_password {
        check_password(password);
        let own: Vec<_> = verdict
            .problems
            .iter()
            .filter(|p| p.field == "appPassword")
            .cloned()
            .collect();
        assert_eq!(own, validate_app_password(password).problems);
        let masked = CreateAccountRequest {
            app_password: Some(redacted(password)),
            ..request.clone()
        };
        assert_eq!(
            preflight_create_account(&masked, &context).problems,
            verdict.problems,
            "a problem depends on the password's characters"
        );
    }
});
