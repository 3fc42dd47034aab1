//! Everything Nylas would reject in a create-account request, found locally and all at once.

use crate::domain_match::{match_domain, DomainRef};
use crate::email::{validate_email, EmailOptions};
use crate::password::validate_app_password;
use crate::problem::{Problem, ProblemCode};
#[cfg(feature = "client")]
use serde::Deserialize;
use serde::Serialize;

/// The display name limit, counted in Unicode characters as the official CLI counts it.
pub const MAX_NAME_CHARS: usize = 256;

/// What `client.accounts.create` and `preflightCreateAccount` take: the new agent account.
#[derive(Debug, Clone, Default)]
#[cfg_attr(
    feature = "client",
    derive(Deserialize),
    serde(rename_all = "camelCase")
)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields, rename_all = "camelCase"))]
pub struct CreateAccountRequest {
    /// The address: on a domain registered with the application (`matchDomain` checks it).
    #[cfg_attr(feature = "client", serde(default))]
    #[cfg_attr(test, ts(optional = false, type = "string"))]
    pub email: Option<String>,
    /// For IMAP/SMTP clients: 18–40 printable ASCII with an uppercase letter, a lowercase letter and a digit (`generateAppPassword` makes one). Nylas stores a hash; without it the account has no IMAP/SMTP access.
    #[cfg_attr(feature = "client", serde(default))]
    pub app_password: Option<String>,
    /// A display name, up to 256 characters.
    #[cfg_attr(feature = "client", serde(default))]
    pub name: Option<String>,
    /// Legacy: policies now attach to workspaces.
    #[cfg_attr(feature = "client", serde(default))]
    pub policy_id: Option<String>,
    /// The workspace (and so the policy) the account joins: a UUID.
    #[cfg_attr(feature = "client", serde(default))]
    pub workspace_id: Option<String>,
}

/// What `preflightCreateAccount` checks a request against.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "client", derive(Deserialize))]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
pub struct PreflightContext {
    /// The application's domains, as strings or as `client.domains.list()` returns them; without them the domain is not checked.
    #[cfg_attr(feature = "client", serde(default))]
    #[cfg_attr(test, ts(type = "Array<string | Domain>", optional))]
    pub domains: Option<Vec<DomainRef>>,
}

/// The verdict of [`preflight_create_account`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Preflight {
    /// True when nothing would be rejected.
    pub valid: bool,
    /// Every problem of every field.
    pub problems: Vec<Problem>,
}

/// Checks a create-account request: email, app password, name, policy and workspace ids, and the domain
/// match when `context.domains` is given.
///
/// ```
/// use nylas_agent_accounts::{preflight_create_account, CreateAccountRequest, PreflightContext};
/// let request = CreateAccountRequest { email: Some("bot@acme.com".into()), name: Some("".into()), ..Default::default() };
/// let verdict = preflight_create_account(&request, &PreflightContext::default());
/// assert_eq!(verdict.problems[0].code.as_str(), "NAME_EMPTY");
/// ```
pub fn preflight_create_account(
    request: &CreateAccountRequest,
    context: &PreflightContext,
) -> Preflight {
    let email = request.email.as_deref().unwrap_or("");
    let email_check = validate_email(email, &EmailOptions::default());
    let mut problems = email_check.problems;
    if let (true, Some(domains)) = (problems.is_empty(), &context.domains) {
        problems.extend(match_domain(email, domains).problems);
    }
    problems.extend(field_problems(request));
    Preflight {
        valid: problems.is_empty(),
        problems,
    }
}

/// The problems of every field but the email: app password, name, policy and workspace ids. An
/// account update checks these alone (its email can't change).
pub fn field_problems(request: &CreateAccountRequest) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Some(password) = &request.app_password {
        problems.extend(validate_app_password(password).problems);
    }
    if let Some(name) = &request.name {
        problems.extend(check_name(name));
    }
    let ids = [
        (
            &request.policy_id,
            ProblemCode::PolicyIdInvalid,
            "policyId",
            "policy",
        ),
        (
            &request.workspace_id,
            ProblemCode::WorkspaceIdInvalid,
            "workspaceId",
            "workspace",
        ),
    ];
    for (id, code, field, what) in ids {
        if let Some(id) = id.as_deref().filter(|id| !is_uuid(id)) {
            problems.push(Problem::new(
                code,
                field,
                format!("The {what} id {} is not a UUID.", excerpt(id)),
                format!("Pass the id exactly as Nylas returned it (8-4-4-4-12 hex digits), e.g. from client.{what}s.list()."),
            ));
        }
    }
    problems
}

fn check_name(name: &str) -> Option<Problem> {
    if name.trim().is_empty() {
        return Some(Problem::new(
            ProblemCode::NameEmpty,
            "name",
            "The display name is empty.",
            "Give a name (it becomes the From name of sent mail), or leave the field out.",
        ));
    }
    let length = name.chars().count();
    (length > MAX_NAME_CHARS).then(|| {
        Problem::new(
            ProblemCode::NameTooLong,
            "name",
            format!(
                "The display name has {length} characters; Nylas accepts at most {MAX_NAME_CHARS}."
            ),
            "Shorten the name to 256 characters or fewer.",
        )
    })
}

/// The hyphenated 8-4-4-4-12 form Nylas issues. Hand-written because the `uuid` crate's parser also
/// accepts braced, URN and unhyphenated forms, which Nylas ids never take.
fn is_uuid(id: &str) -> bool {
    let groups: Vec<&str> = id.split('-').collect();
    let lengths: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    lengths == [8, 4, 4, 4, 12]
        && groups
            .iter()
            .all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A quoted input, cut short so that a megabyte of garbage doesn't become a megabyte of message.
fn excerpt(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("'{}…'", &text[..cut]),
        None => format!("'{text}'"),
    }
}

#[cfg(test)]
mod tests;
