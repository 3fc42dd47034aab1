//! Table tests for the app-password rules and the generator.

use super::*;
use crate::problem::ProblemCode::{self, *};

fn codes(password: &str) -> Vec<ProblemCode> {
    validate_app_password(password)
        .problems
        .iter()
        .map(|p| p.code)
        .collect()
}

#[test]
fn each_rule_reports_its_code() {
    let table: Vec<(String, Vec<ProblemCode>)> = vec![
        ("Abcdefghijklmnop1".into(), vec![AppPasswordTooShort]),
        ("Abcdefghijklmnopq1".into(), vec![]),
        (format!("A1{}", "b".repeat(38)), vec![]),
        (format!("A1{}", "b".repeat(39)), vec![AppPasswordTooLong]),
        (
            "Abcdefghij klmnopq1".into(),
            vec![AppPasswordInvalidCharacter],
        ),
        (
            "Abcdefghijklmnopqé1".into(),
            vec![AppPasswordInvalidCharacter],
        ),
        (
            "Abcdefghijklmnopq\u{7}1".into(),
            vec![AppPasswordInvalidCharacter],
        ),
        (
            "abcdefghijklmnopq1".into(),
            vec![AppPasswordMissingUppercase],
        ),
        (
            "ABCDEFGHIJKLMNOPQ1".into(),
            vec![AppPasswordMissingLowercase],
        ),
        ("Abcdefghijklmnopqr".into(), vec![AppPasswordMissingDigit]),
        (
            "".into(),
            vec![
                AppPasswordTooShort,
                AppPasswordMissingUppercase,
                AppPasswordMissingLowercase,
                AppPasswordMissingDigit,
            ],
        ),
    ];
    for (password, expected) in table {
        assert_eq!(codes(&password), expected, "password {password:?}");
    }
}

#[test]
fn messages_never_echo_the_password() {
    let secret = "Hunter2 hunter2 🐍 hunter2 hunter2 Hunter2 hunter2";
    for problem in validate_app_password(secret).problems {
        for fragment in ["Hunter2", "hunter", "🐍"] {
            assert!(
                !problem.message.contains(fragment) && !problem.fix.contains(fragment),
                "{problem:?}"
            );
        }
    }
    let kinds = validate_app_password("A1 é\u{1}bbbbbbbbbbbbbbbbbb").problems;
    assert_eq!(
        kinds[0].message,
        "The app password contains a space, a non-ASCII character and a control character; only printable ASCII (codes 33–126) is allowed."
    );
}

#[test]
fn generated_passwords_are_valid_at_every_length() {
    for length in MIN_LENGTH..=MAX_LENGTH {
        for _ in 0..50 {
            let password = generate_app_password(length).unwrap();
            assert_eq!(password.chars().count(), length);
            assert!(validate_app_password(&password).valid, "{length}");
        }
    }
}

#[test]
fn generator_uses_the_whole_alphabet() {
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..400 {
        seen.extend(generate_app_password(40).unwrap().bytes());
    }
    assert_eq!(
        seen.len(),
        94,
        "every printable ASCII character 33–126 should appear"
    );
    assert_eq!(seen.first(), Some(&33));
    assert_eq!(seen.last(), Some(&126));
}

#[test]
fn generator_rejects_lengths_outside_the_rules() {
    for (length, code) in [
        (0, AppPasswordTooShort),
        (17, AppPasswordTooShort),
        (41, AppPasswordTooLong),
    ] {
        match generate_app_password(length) {
            Err(Error::Validation(problems)) => {
                assert_eq!(problems[0].code, code);
                assert_eq!(problems[0].field, "length");
            }
            other => panic!("{length}: {other:?}"),
        }
    }
}

/// A byte source that cycles through `bytes`, for deterministic draws.
fn cycling(bytes: Vec<u8>) -> impl FnMut(&mut [u8]) -> Result<(), Error> {
    let mut next = 0;
    move |buffer: &mut [u8]| {
        for slot in buffer.iter_mut() {
            *slot = bytes[next % bytes.len()];
            next += 1;
        }
        Ok(())
    }
}

#[test]
fn every_character_is_equally_likely() {
    // Each byte value once: the 188 kept (below 2·94) map to every printable character exactly twice,
    // and the 68 bytes from 188 up are dropped rather than favouring the first characters.
    let all_bytes: Vec<u8> = (0..=255).collect();
    let mut fill = cycling(all_bytes);
    let mut counts = std::collections::BTreeMap::new();
    for c in random_printable(188, &mut fill).unwrap().chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    assert_eq!(counts.len(), 94, "{counts:?}");
    assert!(counts.values().all(|n| *n == 2), "{counts:?}");
    assert_eq!(counts.keys().next(), Some(&'!'));
    assert_eq!(counts.keys().last(), Some(&'~'));
}

#[test]
fn bytes_map_to_characters_in_order_and_high_bytes_are_dropped() {
    let mut fill = cycling(vec![0, 187, 188, 255, 93, 94, 25]);
    assert_eq!(random_printable(5, &mut fill).unwrap(), "!~~!:");
}

#[test]
fn a_broken_random_source_fails_fast_instead_of_looping() {
    // Digits only: every candidate misses a letter, so no draw is valid.
    let mut digits = cycling(vec![15, 16, 17]);
    match generate_from(24, &mut digits) {
        Err(Error::Random(message)) => assert!(message.contains("64 random draws"), "{message}"),
        other => panic!("{other:?}"),
    }
    // Only rejected bytes: no character at all.
    let mut high = cycling(vec![200, 255]);
    match generate_from(24, &mut high) {
        Err(Error::Random(message)) => assert!(message.contains("no usable byte"), "{message}"),
        other => panic!("{other:?}"),
    }
    let mut failing = |_: &mut [u8]| Err(Error::Random("no entropy".into()));
    assert!(matches!(
        generate_from(24, &mut failing),
        Err(Error::Random(m)) if m == "no entropy"
    ));
}

#[test]
fn a_source_that_gives_a_valid_draw_is_used_as_is() {
    // 'A' is byte 32, 'a' is 64, '0' is 15: the first 18 characters "Aa0" repeated.
    let mut fill = cycling(vec![32, 64, 15]);
    assert_eq!(generate_from(18, &mut fill).unwrap(), "Aa0".repeat(6));
    // An invalid first draw (digits only) is thrown away and a second one taken.
    let mut bytes = vec![15u8; 64];
    bytes.extend([32, 64, 15].repeat(22));
    bytes.truncate(128);
    let mut fill = cycling(bytes);
    let password = generate_from(18, &mut fill).unwrap();
    assert!(validate_app_password(&password).valid, "{password}");
}

#[test]
fn forbidden_characters_are_named_by_kind_in_order_of_appearance() {
    let message = |password: &str| {
        validate_app_password(password).problems[0]
            .message
            .to_string()
    };
    let tail = "; only printable ASCII (codes 33–126) is allowed.";
    for (password, kinds) in [
        ("Abcdefghijklmnopq1\t", "whitespace"),
        ("Abcdefghijklmnopq1\u{A0}", "whitespace"),
        ("Abcdefghijklmnopq1\u{7f}", "a control character"),
        ("Abcdefghijklmnopq1€", "a non-ASCII character"),
        ("A b\u{2003}cdefghijklmnopq1", "a space and whitespace"),
        (
            "A b c€ d€fghijklmnopq1",
            "a space and a non-ASCII character",
        ),
        (
            "A\u{1}b c\u{A0}d€efghijklmnopq1",
            "a control character, a space, whitespace and a non-ASCII character",
        ),
    ] {
        assert_eq!(
            message(password),
            format!("The app password contains {kinds}{tail}"),
            "{password:?}"
        );
    }
}

#[test]
fn the_requested_length_defaults_and_refuses_what_is_not_a_whole_number() {
    use LengthArgument::{Absent, Number, Other};
    assert_eq!(requested_length(Absent).unwrap(), DEFAULT_LENGTH);
    assert_eq!(requested_length(Number(30.0)).unwrap(), 30);
    // Whole numbers outside 18–40 pass through to the generator, which reports them with their code.
    assert_eq!(requested_length(Number(0.0)).unwrap(), 0);
    assert_eq!(
        requested_length(Number(1e300)).unwrap(),
        usize::from(u16::MAX)
    );
    for (argument, given) in [
        (Number(-1.0), "a negative number"),
        (Number(-0.5), "a negative number"),
        (Number(20.5), "a fractional or non-finite number"),
        (Number(f64::NAN), "a fractional or non-finite number"),
        (Number(f64::INFINITY), "a fractional or non-finite number"),
        (Other("string"), "string"),
    ] {
        let error = requested_length(argument).unwrap_err();
        assert_eq!(error.code(), "INVALID_ARGUMENT");
        let range = format!("from {MIN_LENGTH} to {MAX_LENGTH}, not");
        assert!(error.to_string().contains(&range), "{error}");
        assert!(
            error.to_string().ends_with(&format!("not {given}.")),
            "{error}"
        );
    }
    let too_long = requested_length(Number(41.0)).and_then(generate_app_password);
    assert!(
        matches!(too_long, Err(Error::Validation(p)) if p[0].code == ProblemCode::AppPasswordTooLong)
    );
}
