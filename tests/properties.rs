//! Property tests of the rules table (PRODUCT.md): generated valid addresses and app passwords pass,
//! and a valid input changed to break exactly one rule fails with exactly that rule's code. Bounded
//! (`CASES` per property) so that `make test` stays fast; `make fuzz` is the long search.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used)] // tests: a failed expect is a failed test

use nylas_agent_accounts::{
    encode_single, validate_app_password, validate_email, EmailCheck, EmailOptions,
};
use proptest::prelude::*;
use proptest::sample::select;

const CASES: u32 = 256;

/// RFC 5322 section 3.2.3 atext.
const ATEXT: &str =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~";

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn codes(check: &EmailCheck) -> Vec<&'static str> {
    check.problems.iter().map(|p| p.code.as_str()).collect()
}

/// A dot-atom local part within 64 octets: atext atoms joined by single dots.
fn local_part() -> impl Strategy<Value = String> {
    let atom = proptest::collection::vec(select(ATEXT.chars().collect::<Vec<_>>()), 1..12)
        .prop_map(|chars| chars.into_iter().collect::<String>());
    proptest::collection::vec(atom, 1..5)
        .prop_map(|atoms| atoms.join("."))
        .prop_filter("at most 64 octets", |l| l.len() <= 64)
}

/// A letter-digit-hyphen label of 1–63 octets, mixed case, no hyphen at either end, not an A-label.
fn label(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!(
        "[a-zA-Z0-9]([a-zA-Z0-9-]{{0,{}}}[a-zA-Z0-9])?",
        max - 2
    ))
    .expect("a valid regex")
    .prop_filter("not an A-label", |l| {
        !l.to_ascii_lowercase().starts_with("xn--")
    })
}

/// A domain of 2–4 labels whose last label is not all digits.
fn domain() -> impl Strategy<Value = Vec<String>> {
    (proptest::collection::vec(label(20), 1..4), label(10))
        .prop_filter("a TLD with a letter", |(_, tld)| {
            !tld.bytes().all(|b| b.is_ascii_digit())
        })
        .prop_map(|(mut labels, tld)| {
            labels.push(tld);
            labels
        })
}

fn address() -> impl Strategy<Value = (String, Vec<String>)> {
    (local_part(), domain())
}

/// Checks `input` and asserts it fails with exactly `code`.
fn fails_with(input: &str, code: &str) -> Result<(), TestCaseError> {
    let check = validate_email(input, &EmailOptions::default());
    prop_assert!(!check.valid, "{input:?} passed");
    prop_assert_eq!(codes(&check), vec![code], "{:?}", input);
    prop_assert!(encode_single(input, &EmailOptions::default()).starts_with('I'));
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn generated_addresses_pass_and_normalise((local, labels) in address()) {
        let domain = labels.join(".");
        let input = format!("{local}@{domain}");
        let check = validate_email(&input, &EmailOptions::default());
        prop_assert!(check.valid, "{input:?}: {:?}", codes(&check));
        let expected = format!("{local}@{}", domain.to_ascii_lowercase());
        prop_assert_eq!(check.address.as_deref(), Some(expected.as_str()));
        prop_assert_eq!(check.local_part.as_deref(), Some(local.as_str()));
        // One final dot is the DNS root: dropped, same address.
        let rooted = validate_email(&format!("{input}."), &EmailOptions::default());
        prop_assert_eq!(rooted.address, check.address);
    }

    #[test]
    fn a_bare_alias_takes_the_default_domain((local, labels) in address()) {
        let options = EmailOptions { default_domain: Some(labels.join(".")) };
        let alias = validate_email(&local, &options);
        let full = validate_email(&format!("{local}@{}", labels.join(".")), &EmailOptions::default());
        prop_assert_eq!(alias, full);
    }

    #[test]
    fn a_space_anywhere_is_whitespace((local, labels) in address(), at in any::<prop::sample::Index>(), c in select(vec![' ', '\t', '\n', '\u{200B}'])) {
        let mut input: Vec<char> = format!("{local}@{}", labels.join(".")).chars().collect();
        input.insert(at.index(input.len() + 1), c);
        // A quote first would make it a quoted local part; the generator never starts with one.
        fails_with(&input.into_iter().collect::<String>(), "EMAIL_WHITESPACE")?;
    }

    #[test]
    fn a_local_part_over_64_octets((_, labels) in address(), atom in "[a-z0-9]{65,90}") {
        fails_with(&format!("{atom}@{}", labels.join(".")), "EMAIL_LOCAL_TOO_LONG")?;
    }

    #[test]
    fn misplaced_dots_in_the_local_part((local, labels) in address(), place in 0..3usize) {
        let local = match place {
            0 => format!(".{local}"),
            1 => format!("{local}."),
            _ => format!("{local}..x"),
        };
        prop_assume!(local.len() <= 64);
        fails_with(&format!("{local}@{}", labels.join(".")), "EMAIL_LOCAL_DOTS")?;
    }

    #[test]
    fn a_character_outside_atext((local, labels) in address(), c in select("(),:;<>[]\\\"".chars().collect::<Vec<_>>()), at in any::<prop::sample::Index>()) {
        prop_assume!(local.len() < 64);
        let mut chars: Vec<char> = local.chars().collect();
        chars.insert(1 + at.index(chars.len()), c);
        let local: String = chars.into_iter().collect();
        fails_with(&format!("{local}@{}", labels.join(".")), "EMAIL_LOCAL_INVALID_CHARACTER")?;
    }

    #[test]
    fn a_non_ascii_local_part((local, labels) in address(), c in select(vec!['é', 'ß', 'ж', '中'])) {
        prop_assume!(local.len() <= 60);
        fails_with(&format!("{local}{c}@{}", labels.join(".")), "EMAIL_LOCAL_NON_ASCII")?;
    }

    #[test]
    fn structural_mistakes((local, labels) in address()) {
        let domain = labels.join(".");
        fails_with(&format!("{local}{domain}"), "EMAIL_MISSING_AT")?;
        fails_with(&format!("{local}@@{domain}"), "EMAIL_MULTIPLE_AT")?;
        fails_with(&format!("@{domain}"), "EMAIL_LOCAL_EMPTY")?;
        fails_with(&format!("{local}@"), "EMAIL_DOMAIN_EMPTY")?;
        fails_with(&format!("\"{local}\"@{domain}"), "EMAIL_LOCAL_QUOTED")?;
        fails_with(&format!("{local}@[192.0.2.1]"), "EMAIL_DOMAIN_IP_LITERAL")?;
    }

    #[test]
    fn a_label_over_63_octets((local, labels) in address(), long in "[a-z0-9]{64,80}", at in any::<prop::sample::Index>()) {
        let mut labels = labels;
        let at = at.index(labels.len() - 1); // not the TLD: a numeric one would add its own code
        labels[at] = long;
        fails_with(&format!("{local}@{}", labels.join(".")), "EMAIL_DOMAIN_LABEL_TOO_LONG")?;
    }

    #[test]
    fn a_numeric_tld((local, labels) in address(), tld in "[0-9]{1,6}") {
        let mut labels = labels;
        *labels.last_mut().expect("two labels or more") = tld;
        fails_with(&format!("{local}@{}", labels.join(".")), "EMAIL_DOMAIN_NUMERIC_TLD")?;
    }

    #[test]
    fn label_shape_mistakes((local, labels) in address(), at in any::<prop::sample::Index>()) {
        let at = at.index(labels.len());
        let with = |change: &dyn Fn(&str) -> String| {
            let mut changed = labels.clone();
            changed[at] = change(&labels[at]);
            format!("{local}@{}", changed.join("."))
        };
        fails_with(&with(&|l| format!("-{l}")), "EMAIL_DOMAIN_LABEL_HYPHEN")?;
        fails_with(&with(&|l| format!("{l}-")), "EMAIL_DOMAIN_LABEL_HYPHEN")?;
        fails_with(&with(&|l| format!("{l}_x")), "EMAIL_DOMAIN_INVALID_CHARACTER")?;
        fails_with(&with(&|l| format!(".{l}")), "EMAIL_DOMAIN_LABEL_EMPTY")?;
        fails_with(&format!("{local}@{}", labels[0]), "EMAIL_DOMAIN_SINGLE_LABEL")?;
    }

    #[test]
    fn a_domain_over_253_octets((local, _) in address(), labels in proptest::collection::vec("[a-z]{40,63}", 5..8)) {
        let domain = format!("{}.com", labels.join("."));
        prop_assume!(domain.len() > 253);
        fails_with(&format!("{local}@{domain}"), "EMAIL_DOMAIN_TOO_LONG")?;
    }
}

/// Printable ASCII without letters and digits: filler that changes no kind rule.
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// A valid app password of `length` characters: one uppercase, one lowercase, one digit, the rest any
/// printable ASCII, shuffled.
fn password(length: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = String> {
    let printable: Vec<char> = (33u8..=126).map(char::from).collect();
    length
        .prop_flat_map(move |n| {
            (
                proptest::collection::vec(select(printable.clone()), n - 3),
                select(('A'..='Z').collect::<Vec<_>>()),
                select(('a'..='z').collect::<Vec<_>>()),
                select(('0'..='9').collect::<Vec<_>>()),
            )
        })
        .prop_map(|(mut rest, upper, lower, digit)| {
            rest.extend([upper, lower, digit]);
            rest
        })
        .prop_shuffle()
        .prop_map(|chars| chars.into_iter().collect())
}

fn password_codes(password: &str) -> Vec<&'static str> {
    validate_app_password(password)
        .problems
        .iter()
        .map(|p| p.code.as_str())
        .collect()
}

/// Replaces every character `is_kind` accepts with one of `PUNCTUATION`.
fn without(password: &str, is_kind: fn(&char) -> bool) -> String {
    password
        .chars()
        .map(|c| if is_kind(&c) { '#' } else { c })
        .collect()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn generated_passwords_pass(password in password(18..=40)) {
        prop_assert_eq!(password_codes(&password), Vec::<&str>::new(), "{:?}", password);
    }

    #[test]
    fn one_broken_password_rule(password in password(18..=39), filler in select(PUNCTUATION.chars().collect::<Vec<_>>()), bad in select(vec![' ', 'é', '\t', '\u{7}', '🔑']), at in any::<prop::sample::Index>()) {
        prop_assert_eq!(password_codes(&without(&password, char::is_ascii_digit)), vec!["APP_PASSWORD_MISSING_DIGIT"]);
        prop_assert_eq!(password_codes(&without(&password, char::is_ascii_uppercase)), vec!["APP_PASSWORD_MISSING_UPPERCASE"]);
        prop_assert_eq!(password_codes(&without(&password, char::is_ascii_lowercase)), vec!["APP_PASSWORD_MISSING_LOWERCASE"]);
        let mut chars: Vec<char> = password.chars().collect();
        chars.insert(at.index(chars.len() + 1), bad);
        let with_bad: String = chars.iter().collect();
        prop_assert_eq!(password_codes(&with_bad), vec!["APP_PASSWORD_INVALID_CHARACTER"]);
        // The message names the kind of character, never the password.
        for problem in validate_app_password(&with_bad).problems {
            prop_assert!(!problem.message.contains(&with_bad));
            prop_assert!(bad == ' ' || !problem.message.contains(bad), "{:?}", problem.message);
        }
        let long: String = password.chars().chain(std::iter::repeat_n(filler, 41 - password.len())).collect();
        prop_assert_eq!(password_codes(&long), vec!["APP_PASSWORD_TOO_LONG"]);
    }

    #[test]
    fn seventeen_characters_are_too_short(password in password(17..=17)) {
        prop_assert_eq!(password_codes(&password), vec!["APP_PASSWORD_TOO_SHORT"]);
    }
}
