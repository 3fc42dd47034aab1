//! Table tests for domain matching and its suggestions.

use super::*;

fn names(list: &[&str]) -> Vec<DomainRef> {
    list.iter()
        .map(|n| DomainRef::Name(n.to_string()))
        .collect()
}

fn object(json: &str) -> DomainRef {
    serde_json::from_str(json).unwrap()
}

#[test]
fn exact_match_ignores_case_final_dot_and_idn_form() {
    let domains = names(&["Acme.COM.", "bücher.example"]);
    for email in [
        "bot@acme.com",
        "bot@ACME.com.",
        "bot@xn--bcher-kva.example",
        "bot@BÜCHER.example",
    ] {
        let m = match_domain(email, &domains);
        assert!(m.matched, "{email}: {:?}", m.problems);
        assert_eq!(m.trial, Some(false));
    }
}

#[test]
fn subdomain_and_parent_do_not_match_but_are_suggested() {
    let m = match_domain("bot@agents.acme.com", &names(&["acme.com", "other.org"]));
    assert!(!m.matched);
    assert_eq!(m.suggestion.as_deref(), Some("acme.com"));
    assert_eq!(m.problems[0].code, ProblemCode::DomainNotRegistered);
    assert!(m.problems[0].fix.contains("Did you mean acme.com?"));

    let m = match_domain("bot@acme.com", &names(&["agents.acme.com"]));
    assert_eq!(m.suggestion.as_deref(), Some("agents.acme.com"));
}

#[test]
fn near_spellings_are_suggested_and_far_ones_are_not() {
    let domains = names(&["example.com", "acme.io"]);
    assert_eq!(
        match_domain("a@exmaple.com", &domains)
            .suggestion
            .as_deref(),
        Some("example.com")
    );
    assert_eq!(
        match_domain("a@example.co", &domains).suggestion.as_deref(),
        Some("example.com")
    );
    assert_eq!(match_domain("a@unrelated.net", &domains).suggestion, None);
    assert_eq!(
        match_domain("a@b.io", &names(&["c.io"])).suggestion,
        None,
        "too short to guess"
    );
}

#[test]
fn trial_domains_need_no_verification() {
    let domains = vec![object(
        r#"{"domainAddress":"acme.nylas.email","branded":true,"verifiedOwnership":false,"verifiedMx":false}"#,
    )];
    let m = match_domain("bot@acme.nylas.email", &domains);
    assert!(m.matched);
    assert_eq!(m.trial, Some(true));
}

#[test]
fn unverified_custom_domain_names_the_missing_records() {
    let camel = object(
        r#"{"id":"d1","domainAddress":"acme.com","verifiedOwnership":true,"verifiedMx":false}"#,
    );
    let m = match_domain("bot@acme.com", &[camel]);
    assert!(!m.matched);
    assert_eq!(m.domain.as_deref(), Some("acme.com"));
    assert_eq!(m.problems[0].code, ProblemCode::DomainNotVerified);
    assert!(
        m.problems[0].message.contains("MX record is not verified"),
        "{}",
        m.problems[0].message
    );

    let snake = object(
        r#"{"domain_address":"acme.com","verified_ownership":false,"verified_mx":false,"extra":1}"#,
    );
    let m = match_domain("bot@acme.com", &[snake]);
    assert!(m.problems[0]
        .message
        .contains("ownership (TXT) and MX records are not verified"));

    let verified =
        object(r#"{"domain_address":"acme.com","verified_ownership":true,"verified_mx":true}"#);
    assert!(match_domain("bot@acme.com", &[verified]).matched);
}

#[test]
fn invalid_email_reports_the_email_problems() {
    let m = match_domain("not-an-address", &names(&["acme.com"]));
    assert!(!m.matched);
    assert_eq!(m.problems[0].code, ProblemCode::EmailMissingAt);
}

#[test]
fn no_registered_domain_says_so() {
    let m = match_domain("bot@acme.com", &[]);
    assert!(m.problems[0]
        .message
        .contains("no domain is registered yet"));
    assert!(m.problems[0].fix.contains("client.domains.create"));
}

#[test]
fn the_not_registered_message_fits_the_case() {
    let domains = names(&["acme.com", "agents.example.com"]);
    let message = |email: &str, registered: &[DomainRef]| {
        match_domain(email, registered).problems[0]
            .message
            .to_string()
    };
    let child = message("bot@agents.acme.com", &domains);
    assert!(
        child.contains("its parent acme.com is, but a subdomain"),
        "{child}"
    );
    let parent = message("bot@example.com", &domains);
    assert!(
        parent.contains("its subdomain agents.example.com is, but the parent"),
        "{parent}"
    );
    let typo = message("bot@acme.con", &domains);
    assert!(
        typo.contains("acme.com, a near spelling, is (a typo?)"),
        "{typo}"
    );
    assert!(
        !typo.contains("subdomain") && !typo.contains("parent"),
        "{typo}"
    );
    let unrelated = message("bot@unrelated.net", &domains);
    assert_eq!(
        unrelated,
        "The domain unrelated.net is not registered with this Nylas application."
    );
    assert!(message("bot@acme.com", &[]).contains("no domain is registered yet"));
}

#[test]
fn a_trial_domain_is_known_by_its_name_or_by_branded() {
    // By name alone: the flags of a *.nylas.email domain are not read.
    let by_name = object(r#"{"domainAddress":"acme.nylas.email","verifiedOwnership":false}"#);
    let m = match_domain("bot@acme.nylas.email", &[by_name]);
    assert!(m.matched, "{:?}", m.problems);
    assert_eq!(m.trial, Some(true));
    let bare = match_domain("bot@acme.nylas.email", &names(&["acme.nylas.email"]));
    assert_eq!(bare.trial, Some(true));
    // By branded alone: a branded domain on another name needs no DNS either.
    let branded = object(r#"{"domainAddress":"mail.acme.com","branded":true,"verifiedMx":false}"#);
    let m = match_domain("bot@mail.acme.com", &[branded]);
    assert!(m.matched, "{:?}", m.problems);
    assert_eq!(m.trial, Some(true));
    // Neither: a custom domain, whose flags count.
    let custom = object(r#"{"domainAddress":"mail.acme.com","branded":false,"verifiedMx":false}"#);
    let m = match_domain("bot@mail.acme.com", &[custom]);
    assert!(!m.matched);
    assert_eq!(m.trial, Some(false));
    // A name that merely contains the trial suffix is custom.
    let lookalike = object(r#"{"domainAddress":"nylas.email.acme.com","verifiedMx":false}"#);
    assert_eq!(
        match_domain("bot@nylas.email.acme.com", &[lookalike]).trial,
        Some(false)
    );
}

#[test]
fn only_the_unverified_record_is_named() {
    let ownership =
        object(r#"{"domainAddress":"acme.com","verifiedOwnership":false,"verifiedMx":true}"#);
    let m = match_domain("bot@acme.com", &[ownership]);
    assert!(!m.matched);
    assert!(m.problems[0]
        .message
        .contains("ownership record (TXT) is not verified"));
    assert!(
        !m.problems[0].message.contains("MX"),
        "{}",
        m.problems[0].message
    );
    assert_eq!(m.problems.len(), 1);
}

#[test]
fn spelling_suggestions_stop_at_two_edits_and_a_quarter_of_the_name() {
    let suggested =
        |email: &str, registered: &[&str]| match_domain(email, &names(registered)).suggestion;
    // One edit: needs a name longer than 4 characters.
    assert_eq!(suggested("a@ab.io", &["ac.io"]).as_deref(), Some("ac.io"));
    assert_eq!(suggested("a@a.io", &["b.io"]), None);
    // Two edits: needs a name longer than 8 characters.
    assert_eq!(
        suggested("a@abcde.com", &["abxye.com"]).as_deref(),
        Some("abxye.com")
    );
    assert_eq!(suggested("a@abcd.com", &["abxy.com"]), None);
    // Three edits: never.
    assert_eq!(suggested("a@abcdefghijk.com", &["abxyzfghijk.com"]), None);
    // The nearest spelling wins, whatever the order.
    assert_eq!(
        suggested("a@example.com", &["exaxxle.com", "exaxple.com"]).as_deref(),
        Some("exaxple.com")
    );
    assert_eq!(
        suggested("a@example.com", &["exaxple.com", "exaxxle.com"]).as_deref(),
        Some("exaxple.com")
    );
    // Of several parents and children, the closest in length.
    assert_eq!(
        suggested("a@x.b.acme.com", &["acme.com", "b.acme.com"]).as_deref(),
        Some("b.acme.com")
    );
    // A registered name that is not a domain is skipped, not matched.
    assert_eq!(
        suggested("a@acme.com", &["not a domain", "acme.co"]).as_deref(),
        Some("acme.co")
    );
}

#[test]
fn a_subdomain_is_a_whole_label_away() {
    assert!(is_subdomain("x.acme.com", "acme.com"));
    assert!(!is_subdomain("xacme.com", "acme.com"));
    assert!(!is_subdomain(".acme.com", "acme.com"));
    assert!(!is_subdomain("acme.com", "acme.com"));
    assert!(!is_subdomain("acme.com", "x.acme.com"));
}
