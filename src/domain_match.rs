//! Does an address belong to a domain registered with Nylas? Exact match on the normalised domain (a
//! subdomain or a parent does not match), with a suggestion for the domain the user most likely meant.

use crate::email::{normalize_domain, validate_email, EmailOptions};
use crate::problem::{Problem, ProblemCode};
#[cfg(feature = "client")]
use serde::Deserialize;
use serde::Serialize;

const FIELD: &str = "email";
/// Trial domains Nylas hosts: they need no DNS records.
const TRIAL_SUFFIX: &str = ".nylas.email";

/// A registered domain as the caller knows it: a bare name, or a domain object as
/// `client.domains.list()` returns it (camelCase) or as the wire carries it (snake_case).
#[derive(Debug, Clone)]
#[cfg_attr(feature = "client", derive(Deserialize), serde(untagged))]
pub enum DomainRef {
    /// `"acme.com"`: taken as registered and verified.
    Name(String),
    /// A domain object; its verification flags are read.
    Object(RegisteredDomain),
}

/// The fields of a domain object that matching reads; unknown fields are ignored.
#[derive(Debug, Clone, Default)]
#[cfg_attr(
    feature = "client",
    derive(Deserialize),
    serde(rename_all = "camelCase")
)]
pub struct RegisteredDomain {
    /// The DNS name, e.g. `agents.acme.com`.
    #[cfg_attr(feature = "client", serde(alias = "domain_address"))]
    pub domain_address: String,
    /// True for a Nylas-branded `*.nylas.email` domain.
    #[cfg_attr(feature = "client", serde(default))]
    pub branded: Option<bool>,
    /// Ownership (TXT) verified.
    #[cfg_attr(feature = "client", serde(default, alias = "verified_ownership"))]
    pub verified_ownership: Option<bool>,
    /// MX record verified.
    #[cfg_attr(feature = "client", serde(default, alias = "verified_mx"))]
    pub verified_mx: Option<bool>,
}

impl DomainRef {
    fn address(&self) -> &str {
        match self {
            DomainRef::Name(name) => name,
            DomainRef::Object(domain) => &domain.domain_address,
        }
    }
}

/// The verdict of [`match_domain`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct DomainMatch {
    /// True when the address's domain is registered (and, for custom domains, verified).
    pub matched: bool,
    /// The registered domain it matched, in normalised form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// True for a Nylas trial domain (`*.nylas.email`), which needs no DNS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trial: Option<bool>,
    /// On a miss: the registered domain the user most likely meant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// What is wrong; empty on a match.
    #[cfg_attr(test, ts(type = "Problem<EmailProblemCode | DomainProblemCode>[]"))]
    pub problems: Vec<Problem>,
}

/// Matches `email`'s domain against the registered `domains`.
///
/// ```
/// use nylas_agent_accounts::{match_domain, DomainRef};
/// let domains = [DomainRef::Name("acme.com".into())];
/// let miss = match_domain("bot@agents.acme.com", &domains);
/// assert!(!miss.matched);
/// assert_eq!(miss.suggestion.as_deref(), Some("acme.com"));
/// ```
pub fn match_domain(email: &str, domains: &[DomainRef]) -> DomainMatch {
    let check = validate_email(email, &EmailOptions::default());
    let Some(wanted) = check.domain else {
        return DomainMatch {
            problems: check.problems,
            ..DomainMatch::default()
        };
    };
    let registered: Vec<(String, &DomainRef)> = domains
        .iter()
        .filter_map(|d| normalize_domain(d.address()).ok().map(|n| (n.ascii, d)))
        .collect();
    match registered.iter().find(|(name, _)| *name == wanted) {
        Some((name, domain)) => matched(name, domain),
        None => not_registered(&wanted, &registered),
    }
}

fn matched(name: &str, domain: &DomainRef) -> DomainMatch {
    let trial = name.ends_with(TRIAL_SUFFIX)
        || matches!(domain, DomainRef::Object(d) if d.branded == Some(true));
    let missing = match domain {
        DomainRef::Object(d) if !trial => missing_records(d),
        _ => Vec::new(),
    };
    let problems = if missing.is_empty() {
        Vec::new()
    } else {
        vec![Problem::new(
            ProblemCode::DomainNotVerified,
            FIELD,
            format!("The domain {name} is registered but its {} not verified yet, so Nylas won't create mailboxes on it.", missing.join(" and ")),
            format!("Publish the DNS records that client.domains.records(id) lists for {name}, then call client.domains.verify(id, type) for each; records can take a while to propagate."),
        )]
    };
    DomainMatch {
        matched: problems.is_empty(),
        domain: Some(name.to_string()),
        trial: Some(trial),
        suggestion: None,
        problems,
    }
}

/// The records a custom domain still has to verify; a flag the object doesn't carry is not assumed false.
fn missing_records(domain: &RegisteredDomain) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if domain.verified_ownership == Some(false) {
        missing.push("ownership record (TXT) is");
    }
    if domain.verified_mx == Some(false) {
        missing.push("MX record is");
    }
    if missing.len() == 2 {
        return vec!["ownership (TXT) and MX records are"];
    }
    missing
}

fn not_registered(wanted: &str, registered: &[(String, &DomainRef)]) -> DomainMatch {
    let suggestion = suggest(wanted, registered.iter().map(|(name, _)| name.as_str()));
    let head = format!("The domain {wanted} is not registered with this Nylas application");
    let message = match &suggestion {
        _ if registered.is_empty() => format!("{head}, and no domain is registered yet."),
        None => format!("{head}."),
        Some((parent, Relation::Parent)) => format!(
            "{head}: its parent {parent} is, but a subdomain of a registered domain does not count."
        ),
        Some((child, Relation::Child)) => format!(
            "{head}: its subdomain {child} is, but the parent of a registered domain does not count."
        ),
        Some((near, Relation::Spelling)) => {
            format!("{head}; {near}, a near spelling, is (a typo?).")
        }
    };
    let fix = match &suggestion {
        Some((s, _)) => format!("Did you mean {s}? Use an address on a registered domain, or register {wanted} with client.domains.create({{ name, domainAddress: '{wanted}' }})."),
        None => format!("Register {wanted} with client.domains.create({{ name, domainAddress: '{wanted}' }}) and verify it, or use a trial *.nylas.email domain."),
    };
    DomainMatch {
        suggestion: suggestion.map(|(domain, _)| domain),
        problems: vec![Problem::new(
            ProblemCode::DomainNotRegistered,
            FIELD,
            message,
            fix,
        )],
        ..DomainMatch::default()
    }
}

/// How a suggested domain relates to the one asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    /// The registered domain is a parent of the one asked for.
    Parent,
    /// The registered domain is a subdomain of the one asked for.
    Child,
    /// The registered domain is spelled within two edits of it.
    Spelling,
}

/// The registered domain the user most likely meant: first a parent or child of `wanted` (the usual
/// confusion between `acme.com` and `agents.acme.com`), then the nearest spelling within two edits.
fn suggest<'a>(
    wanted: &str,
    registered: impl Iterator<Item = &'a str> + Clone,
) -> Option<(String, Relation)> {
    let related = registered
        .clone()
        .filter_map(|r| {
            if is_subdomain(wanted, r) {
                Some((r, Relation::Parent))
            } else if is_subdomain(r, wanted) {
                Some((r, Relation::Child))
            } else {
                None
            }
        })
        .min_by_key(|(r, _)| r.len().abs_diff(wanted.len()));
    if let Some((r, relation)) = related {
        return Some((r.to_string(), relation));
    }
    registered
        .map(|r| (strsim::osa_distance(wanted, r), r))
        .filter(|(distance, r)| *distance <= 2 && *distance * 4 < wanted.len().min(r.len()))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, r)| (r.to_string(), Relation::Spelling))
}

fn is_subdomain(child: &str, parent: &str) -> bool {
    child.len() > parent.len() + 1
        && child.ends_with(parent)
        && child.as_bytes()[child.len() - parent.len() - 1] == b'.'
}

#[cfg(test)]
mod tests;
