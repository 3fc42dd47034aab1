//! `validate_email` with a default domain: `address 0xFF defaultDomain`. Besides `check_email`'s
//! invariants: an input with an '@' gets the verdict it gets without the option, and a bare alias gets
//! the verdict of `alias@defaultDomain`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nylas_agent_accounts::{validate_email, EmailOptions};
use nylas_agent_accounts_fuzz::{check_email, fields};

fuzz_target!(|data: &[u8]| {
    let Some(fields) = fields(data) else { return };
    let (input, default_domain) = match fields.as_slice() {
        [input, domain, ..] => (*input, *domain),
        _ => return,
    };
    let options = EmailOptions {
        default_domain: Some(default_domain.to_string()),
    };
    let check = check_email(input, &options);
    let plain = EmailOptions::default();
    if input.contains('@') {
        assert_eq!(
            check,
            validate_email(input, &plain),
            "{input:?}: the option changed it"
        );
    } else if !input.is_empty() && !starts_structurally_wrong(&check) && is_plain(default_domain) {
        let joined = format!("{input}@{default_domain}");
        assert_eq!(
            check,
            validate_email(&joined, &plain),
            "{input:?} on {default_domain:?}"
        );
    }
});

/// Problems found in the input before the default domain is read: their messages (a position) differ
/// from those of the joined address.
fn starts_structurally_wrong(check: &nylas_agent_accounts::EmailCheck) -> bool {
    check.problems.first().is_some_and(|p| {
        matches!(
            p.code.as_str(),
            "EMAIL_EMPTY" | "EMAIL_WHITESPACE" | "EMAIL_LOCAL_QUOTED"
        )
    })
}

/// A default domain that joins to the same address: no '@', nothing the whitespace rule would see.
fn is_plain(domain: &str) -> bool {
    !domain.chars().any(|c| {
        c == '@'
            || c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
    })
}
