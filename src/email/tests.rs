//! Table tests: one row per rule of the email profile.

use super::*;
use crate::problem::ProblemCode::{self, *};

fn codes(input: &str) -> Vec<ProblemCode> {
    validate_email(input, &EmailOptions::default())
        .problems
        .iter()
        .map(|p| p.code)
        .collect()
}

#[test]
fn each_rule_reports_its_code() {
    let long_local = format!("{}@example.com", "a".repeat(65));
    let long_label = format!("a@{}.com", "b".repeat(64));
    let long_domain = format!("a@{}com", "abcdefghi.".repeat(26));
    let table: Vec<(&str, Vec<ProblemCode>)> = vec![
        ("", vec![EmailEmpty]),
        ("   \t", vec![EmailEmpty]),
        (" ada@example.com", vec![EmailWhitespace]),
        ("ada@example.com\n", vec![EmailWhitespace]),
        ("ada @example.com", vec![EmailWhitespace]),
        ("ada\u{0}@example.com", vec![EmailWhitespace]),
        ("\u{FEFF}ada@example.com", vec![EmailWhitespace]),
        ("ada.example.com", vec![EmailMissingAt]),
        ("ada@b@example.com", vec![EmailMultipleAt]),
        ("@example.com", vec![EmailLocalEmpty]),
        (&long_local, vec![EmailLocalTooLong]),
        ("\"ada lovelace\"@example.com", vec![EmailLocalQuoted]),
        ("\"a@b\"@example.com", vec![EmailLocalQuoted]),
        ("adé@example.com", vec![EmailLocalNonAscii]),
        ("ad(a)@example.com", vec![EmailLocalInvalidCharacter]),
        ("a,b@example.com", vec![EmailLocalInvalidCharacter]),
        (".ada@example.com", vec![EmailLocalDots]),
        ("ada.@example.com", vec![EmailLocalDots]),
        ("a..da@example.com", vec![EmailLocalDots]),
        ("ada@", vec![EmailDomainEmpty]),
        ("ada@.", vec![EmailDomainEmpty]),
        ("ada@[192.0.2.1]", vec![EmailDomainIpLiteral]),
        ("ada@xn--zz.example", vec![EmailDomainIdnInvalid]),
        ("ada@a\u{0378}.example", vec![EmailDomainIdnInvalid]),
        (&long_domain, vec![EmailDomainTooLong]),
        ("ada@example..com", vec![EmailDomainLabelEmpty]),
        ("ada@.example.com", vec![EmailDomainLabelEmpty]),
        (&long_label, vec![EmailDomainLabelTooLong]),
        ("ada@exa_mple.com", vec![EmailDomainInvalidCharacter]),
        ("ada@exam!ple.com", vec![EmailDomainInvalidCharacter]),
        ("ada@-example.com", vec![EmailDomainLabelHyphen]),
        ("ada@example-.com", vec![EmailDomainLabelHyphen]),
        ("ada@localhost", vec![EmailDomainSingleLabel]),
        ("ada@192.0.2.1", vec![EmailDomainNumericTld]),
        ("ada@bücher.123", vec![EmailDomainNumericTld]),
    ];
    for (input, expected) in table {
        assert_eq!(codes(input), expected, "input {input:?}");
    }
}

#[test]
fn local_and_domain_problems_are_reported_together() {
    assert_eq!(
        codes(".a(b@-x..com"),
        vec![
            EmailLocalInvalidCharacter,
            EmailLocalDots,
            EmailDomainLabelEmpty,
            EmailDomainLabelHyphen
        ]
    );
}

#[test]
fn valid_addresses_are_normalised() {
    let table = [
        ("Ada@Example.COM", "Ada@example.com", "example.com", None),
        ("ada@example.com.", "ada@example.com", "example.com", None),
        (
            "ada@Bücher.Example",
            "ada@xn--bcher-kva.example",
            "xn--bcher-kva.example",
            Some("bücher.example"),
        ),
        (
            "o'brien+tag@sub.example.co.uk",
            "o'brien+tag@sub.example.co.uk",
            "sub.example.co.uk",
            None,
        ),
        (
            "a@xn--bcher-kva.example",
            "a@xn--bcher-kva.example",
            "xn--bcher-kva.example",
            None,
        ),
        (
            "x@bücher.example。",
            "x@xn--bcher-kva.example",
            "xn--bcher-kva.example",
            Some("bücher.example"),
        ),
    ];
    for (input, address, domain, unicode) in table {
        let check = validate_email(input, &EmailOptions::default());
        assert!(check.valid, "{input}: {:?}", check.problems);
        assert_eq!(check.address.as_deref(), Some(address), "{input}");
        assert_eq!(check.domain.as_deref(), Some(domain), "{input}");
        assert_eq!(check.unicode_domain.as_deref(), unicode, "{input}");
    }
}

#[test]
fn bare_alias_uses_the_default_domain() {
    let options = EmailOptions {
        default_domain: Some("Acme.nylas.email".into()),
    };
    let check = validate_email("support", &options);
    assert_eq!(check.address.as_deref(), Some("support@acme.nylas.email"));
    assert_eq!(
        validate_email("support", &EmailOptions::default()).problems[0].code,
        EmailMissingAt
    );
}

#[test]
fn every_problem_has_a_message_and_a_fix_on_the_email_field() {
    for input in [
        "",
        " a@b.c",
        "a",
        "a@b@c",
        "@x.com",
        "a@",
        "a@[1.2.3.4]",
        "a@localhost",
    ] {
        for problem in validate_email(input, &EmailOptions::default()).problems {
            assert_eq!(problem.field, "email");
            assert!(
                problem.message.len() > 10 && problem.fix.len() > 10,
                "{problem:?}"
            );
        }
    }
}

#[test]
fn hostile_inputs_never_panic_and_messages_stay_short() {
    let megabyte = "a".repeat(1 << 20);
    let inputs = [
        megabyte.clone(),
        format!("{megabyte}@example.com"),
        format!("a@{megabyte}"),
        format!("a@{}", "é".repeat(1 << 18)),
        "\u{FFFD}@\u{FFFD}".to_string(),
        "@@@@".to_string(),
        "\"".to_string(),
        "a@.".to_string(),
        "a@..".to_string(),
        "a@\u{3002}".to_string(),
    ];
    for input in &inputs {
        let check = validate_email(input, &EmailOptions::default());
        assert!(!check.valid);
        for problem in &check.problems {
            assert!(problem.message.len() < 300, "{}", problem.message);
        }
    }
}

fn whitespace_message(input: &str) -> String {
    let problems = validate_email(input, &EmailOptions::default()).problems;
    assert_eq!(problems.len(), 1, "{input:?}");
    assert_eq!(problems[0].code, EmailWhitespace, "{input:?}");
    problems[0].message.to_string()
}

#[test]
fn the_whitespace_message_says_what_and_where() {
    let table = [
        (" ada@x.io", "a space at the start"),
        ("ada@x.io ", "a space at the end"),
        ("ad a@x.io", "a space at position 3"),
        ("a\t@x.io", "a tab at position 2"),
        ("ada@x.io\n", "a line break at the end"),
        ("\rada@x.io", "a line break at the start"),
        (
            "ada@x\u{200B}.io",
            "the invisible character U+200B at position 6",
        ),
        ("ada@x.io\u{0}", "the invisible character U+0000 at the end"),
        // Positions count characters, not bytes: 'é' is one.
        (
            "é\u{A0}@x.io",
            "the invisible character U+00A0 at position 2",
        ),
    ];
    for (input, expected) in table {
        assert_eq!(
            whitespace_message(input),
            format!("The address contains {expected}; addresses can't contain whitespace or control characters."),
            "{input:?}"
        );
    }
}

#[test]
fn forbidden_local_characters_are_listed_once_each_in_order() {
    let message = |input: &str| {
        let problems = validate_email(input, &EmailOptions::default()).problems;
        assert_eq!(problems[0].code, EmailLocalInvalidCharacter, "{input}");
        problems[0].message.to_string()
    };
    let sentence = |list: &str| {
        format!("The part before the '@' contains {list}, which an address can't contain.")
    };
    assert_eq!(message("a(b@x.io"), sentence("'('"));
    assert_eq!(message("a(b)@x.io"), sentence("'(' and ')'"));
    assert_eq!(
        message("a(b),c:d(e@x.io"),
        sentence("'(', ')', ',' and ':'")
    );
}

#[test]
fn a_local_part_of_64_bytes_fits_and_65_does_not() {
    assert!(codes(&format!("{}@x.io", "a".repeat(64))).is_empty());
    let problems = validate_email(
        &format!("{}@x.io", "a".repeat(65)),
        &EmailOptions::default(),
    )
    .problems;
    assert_eq!(problems[0].code, EmailLocalTooLong);
    assert_eq!(
        problems[0].message,
        "The part before the '@' is 65 bytes long; the limit is 64."
    );
}

#[test]
fn an_a_label_domain_still_gets_every_structure_check() {
    // An ASCII domain with an xn-- label goes through UTS #46 and then the same label checks as any
    // other: the numeric-TLD shortcut is for Unicode input only.
    assert_eq!(
        codes("a@xn--bcher-kva..123"),
        vec![EmailDomainLabelEmpty, EmailDomainNumericTld]
    );
}

#[test]
fn an_a_label_that_decodes_to_another_a_label_is_invalid() {
    // Found by the validate_email fuzz target: the idna crate accepted `xn--xn--bxn----8--bchle77b`,
    // whose Unicode form `xn--b˪xn-˩˪---8̅-` names no domain. UTS #46 validity criterion 4 rejects it.
    for input in [
        "adN-Ea@XN--XN--BXN----8--BCHLE77\u{ad}b.E",
        "a@xn--xn--bxn----8--bchle77b.example",
    ] {
        assert_eq!(
            codes(input),
            [ProblemCode::EmailDomainIdnInvalid],
            "{input:?}"
        );
    }
    assert!(validate_email("a@xn--bcher-kva.example", &EmailOptions::default()).valid);
}
