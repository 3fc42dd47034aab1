//! Server-side checks, as the real service makes them: app passwords, emails, names, page sizes.

use nylas_agent_accounts::{normalize_domain, validate_email, EmailOptions};

use http::StatusCode;

use crate::reply::ApiError;
use crate::unknowns;

/// The app-password rules (nylas-api.md §2). The message names the rules broken, never the password.
pub fn app_password(password: &str) -> Result<(), ApiError> {
    let mut problems = Vec::new();
    let len = password.chars().count();
    if len < 18 {
        problems.push("at least 18 characters");
    }
    if len > 40 {
        problems.push("at most 40 characters");
    }
    if !password.chars().all(|c| ('!'..='~').contains(&c)) {
        problems.push("only printable ASCII characters (codes 33-126, no spaces)");
    }
    if !password.chars().any(|c| c.is_ascii_uppercase()) {
        problems.push("at least one uppercase letter");
    }
    if !password.chars().any(|c| c.is_ascii_lowercase()) {
        problems.push("at least one lowercase letter");
    }
    if !password.chars().any(|c| c.is_ascii_digit()) {
        problems.push("at least one digit");
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ApiError::invalid(format!(
            "app_password must have {}",
            problems.join(", ")
        )))
    }
}

/// A valid mailbox address, normalised: local part as given, domain lowercase in A-labels, no final dot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// Local part.
    pub local: String,
    /// Lowercase ASCII (A-label) domain.
    pub domain: String,
}

impl Email {
    /// `local@domain`.
    pub fn address(&self) -> String {
        format!("{}@{}", self.local, self.domain)
    }
}

/// `settings.email` held to the package's own rules (`validate_email`, the mailbox-creatable profile of
/// PRODUCT.md): one rule for the client's local check and the emulator, so an address the package
/// rejects is never stored and one it accepts is never refused. The 400's message names the problem
/// codes; how the real service answers such addresses is unknown (see `unknowns::INVALID_EMAIL_STATUS`).
pub fn email(raw: &str) -> Result<Email, ApiError> {
    let check = validate_email(raw, &EmailOptions::default());
    match (check.local_part, check.domain) {
        (Some(local), Some(domain)) if check.valid => Ok(Email { local, domain }),
        _ => Err(invalid_address(
            "settings.email is not a valid email address",
            &check.problems,
        )),
    }
}

/// The form an address is stored under, for looking a grant up by email: the normalised address when
/// it is valid, else the input as given (it then matches nothing, as no invalid address is stored).
pub fn email_lookup_key(raw: &str) -> String {
    validate_email(raw, &EmailOptions::default())
        .address
        .unwrap_or_else(|| raw.to_string())
}

/// A domain name normalised by the package's rule (lowercase A-labels, no final dot), or the problem codes.
pub fn domain(field: &str, raw: &str) -> Result<String, ApiError> {
    normalize_domain(raw).map(|d| d.ascii).map_err(|problems| {
        invalid_address(&format!("{field} is not a valid domain name"), &problems)
    })
}

fn invalid_address(subject: &str, problems: &[nylas_agent_accounts::Problem]) -> ApiError {
    let status =
        StatusCode::from_u16(unknowns::INVALID_EMAIL_STATUS).unwrap_or(StatusCode::BAD_REQUEST);
    ApiError::new(
        status,
        unknowns::error_type::INVALID_REQUEST,
        unknowns::invalid_email_message(subject, problems),
    )
}

/// A `*.nylas.email` trial domain: one label matching the CLI's rule, then `.nylas.email`.
pub fn is_trial_domain(domain: &str) -> bool {
    let Some(label) = domain.strip_suffix(".nylas.email") else {
        return false;
    };
    let bytes = label.as_bytes();
    let edge_ok = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    !label.is_empty()
        && label.len() <= 63
        && edge_ok(bytes.first())
        && edge_ok(bytes.last())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// A display name: 1–256 Unicode characters.
pub fn name(field: &str, name: &str) -> Result<(), ApiError> {
    let n = name.chars().count();
    if n == 0 || n > 256 {
        return Err(ApiError::invalid(format!(
            "{field} must be 1-256 characters"
        )));
    }
    Ok(())
}

/// Parses `limit`: `default` when absent, 400 outside `1..=max`.
pub fn limit(raw: Option<&str>, default: usize, max: usize) -> Result<usize, ApiError> {
    let Some(raw) = raw else { return Ok(default) };
    let n: usize = raw
        .trim()
        .parse()
        .map_err(|_| ApiError::invalid("limit must be a positive integer"))?;
    if n == 0 || n > max {
        if crate::unknowns::LIMIT_OUT_OF_RANGE_IS_ERROR {
            return Err(ApiError::invalid(format!(
                "limit must be between 1 and {max}"
            )));
        }
        return Ok(n.clamp(1, max));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_password_rules() {
        assert!(app_password("Abcdefghijklmnop12").is_ok());
        assert!(app_password("Abcdefghijklmnop1").is_err()); // 17
        assert!(app_password(&format!("Ab1{}", "x".repeat(38))).is_err()); // 41
        assert!(app_password("abcdefghijklmnop12").is_err()); // no upper
        assert!(app_password("ABCDEFGHIJKLMNOP12").is_err()); // no lower
        assert!(app_password("Abcdefghijklmnopqr").is_err()); // no digit
        assert!(app_password("Abcdefghij klmnop12").is_err()); // space
        let e = app_password("Secret Pass 1").unwrap_err();
        assert!(!e.message.contains("Secret"));
    }

    #[test]
    fn emails_and_trial_domains() {
        let e = email("Agent@Example.COM.").unwrap();
        assert_eq!(e.address(), "Agent@example.com");
        assert!(email("a b@x.com").is_err());
        assert!(email("nobody").is_err());
        assert!(email("a@localhost").is_err());
        assert!(is_trial_domain("acme-1.nylas.email"));
        assert!(!is_trial_domain("a.b.nylas.email"));
        assert!(!is_trial_domain("-a.nylas.email"));
    }

    #[test]
    fn limits() {
        assert_eq!(limit(None, 10, 200).unwrap(), 10);
        assert_eq!(limit(Some("200"), 10, 200).unwrap(), 200);
        assert!(limit(Some("201"), 10, 200).is_err());
        assert!(limit(Some("0"), 10, 200).is_err());
    }
}
