//! `match_domain`: `email 0xFF domain 0xFF domain …`, each domain a JSON domain object when it parses
//! as one, a bare name otherwise. Invariants: an invalid email gets exactly `validate_email`'s problems;
//! a match names the email's own normalised domain, which one of the registered domains normalises to;
//! a miss is one `DOMAIN_NOT_REGISTERED` (no registered domain is the email's; a suggestion is a
//! registered one, never the email's own) or one `DOMAIN_NOT_VERIFIED`; and case and a final dot of the
//! registered names change nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nylas_agent_accounts::{
    match_domain, normalize_domain, validate_email, DomainRef, EmailOptions,
};
use nylas_agent_accounts_fuzz::fields;

fuzz_target!(|data: &[u8]| {
    let Some(fields) = fields(data) else { return };
    let Some((email, rest)) = fields.split_first() else {
        return;
    };
    let domains: Vec<DomainRef> = rest
        .iter()
        .map(|f| serde_json::from_str(f).unwrap_or_else(|_| DomainRef::Name(f.to_string())))
        .collect();
    let verdict = match_domain(email, &domains);
    let check = validate_email(email, &EmailOptions::default());
    let Some(wanted) = check.domain else {
        assert_eq!(verdict.problems, check.problems, "{email:?}");
        assert!(!verdict.matched && verdict.domain.is_none() && verdict.suggestion.is_none());
        return;
    };
    let registered: Vec<String> = domains
        .iter()
        .filter_map(|d| {
            let name = match d {
                DomainRef::Name(name) => name,
                DomainRef::Object(object) => &object.domain_address,
            };
            normalize_domain(name).ok().map(|n| n.ascii)
        })
        .collect();
    let codes: Vec<&str> = verdict.problems.iter().map(|p| p.code.as_str()).collect();
    if verdict.matched {
        assert!(
            verdict.problems.is_empty(),
            "{email:?}: matched with problems"
        );
        assert_eq!(verdict.domain.as_deref(), Some(wanted.as_str()));
        assert!(
            registered.contains(&wanted),
            "{email:?}: matched an unregistered domain"
        );
        assert!(verdict.trial.is_some());
    } else if codes == ["DOMAIN_NOT_VERIFIED"] {
        assert_eq!(verdict.domain.as_deref(), Some(wanted.as_str()));
        assert!(registered.contains(&wanted));
    } else {
        assert_eq!(codes, ["DOMAIN_NOT_REGISTERED"], "{email:?}");
        assert!(
            !registered.contains(&wanted),
            "{email:?}: {wanted} is registered"
        );
        assert!(verdict.domain.is_none());
        if let Some(suggestion) = &verdict.suggestion {
            assert!(
                registered.contains(suggestion) && *suggestion != wanted,
                "{suggestion:?}"
            );
        }
    }
    if domains.iter().all(|d| matches!(d, DomainRef::Name(_))) {
        let shouted: Vec<DomainRef> = rest
            .iter()
            .map(|name| {
                // Only on ASCII names: UTS #46 maps other characters to a final stop ('。', '⒈' → "1.").
                let dot = if name.is_ascii() && !name.ends_with('.') {
                    "."
                } else {
                    ""
                };
                DomainRef::Name(format!("{}{dot}", name.to_ascii_uppercase()))
            })
            .collect();
        let again = match_domain(email, &shouted);
        assert_eq!(
            again.matched, verdict.matched,
            "{email:?}: case or a final dot mattered"
        );
        assert_eq!(again.domain, verdict.domain);
    }
});
