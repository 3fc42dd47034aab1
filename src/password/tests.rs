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
