//! The invariants the fuzz targets hold the library to, shared by the targets in `fuzz_targets/`.
//!
//! Inputs with several fields are split on the byte 0xFF, which never occurs in UTF-8, so every field
//! stays arbitrary text and the seeds built from `tests/conformance/` (scripts/fuzz-seed.mjs) are
//! readable files.

use nylas_agent_accounts::{
    encode_single, validate_app_password, validate_email, validate_email_batch, EmailCheck,
    EmailOptions, NormalizedDomain, Problem, ProblemCode,
};

/// The byte that separates the fields of a multi-field input.
pub const SEPARATOR: u8 = 0xFF;

/// The fields of `data`, each as text; `None` when one is not UTF-8 (libFuzzer then moves on).
pub fn fields(data: &[u8]) -> Option<Vec<&str>> {
    data.split(|b| *b == SEPARATOR)
        .map(|field| std::str::from_utf8(field).ok())
        .collect()
}

/// Codes that stop any further reading of an address, and are therefore reported alone.
const STRUCTURAL: [&str; 5] = [
    "EMAIL_EMPTY",
    "EMAIL_WHITESPACE",
    "EMAIL_MISSING_AT",
    "EMAIL_MULTIPLE_AT",
    "EMAIL_LOCAL_QUOTED",
];

fn codes(problems: &[Problem]) -> Vec<&'static str> {
    problems.iter().map(|p| p.code.as_str()).collect()
}

/// Checks `input` and holds the verdict to every invariant of an `EmailCheck`; returns it.
pub fn check_email(input: &str, options: &EmailOptions) -> EmailCheck {
    let check = validate_email(input, options);
    assert_eq!(
        check.valid,
        check.problems.is_empty(),
        "{input:?}: valid iff no problems"
    );
    if check.valid {
        check_valid_email(input, &check);
    } else {
        check_invalid_email(input, &check);
    }
    assert_agrees_with_encodings(input, options, &check);
    check
}

fn check_valid_email(input: &str, check: &EmailCheck) {
    let (Some(address), Some(local), Some(domain)) =
        (&check.address, &check.local_part, &check.domain)
    else {
        panic!("{input:?}: a valid check carries address, local part and domain: {check:?}");
    };
    assert_eq!(*address, format!("{local}@{domain}"), "{input:?}");
    assert!(
        !local.is_empty() && local.len() <= 64,
        "{input:?}: local part {local:?}"
    );
    assert!(local.is_ascii(), "{input:?}: local part must be ASCII");
    assert!(
        !domain.is_empty() && domain.len() <= 253,
        "{input:?}: domain {domain:?}"
    );
    assert!(
        domain
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'),
        "{input:?}: domain {domain:?} is lowercase LDH"
    );
    let labels: Vec<&str> = domain.split('.').collect();
    assert!(
        labels.len() >= 2,
        "{input:?}: {domain:?} has two labels or more"
    );
    for label in &labels {
        assert!(
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-'),
            "{input:?}: label {label:?} of {domain:?}"
        );
    }
    assert!(
        !labels[labels.len() - 1].bytes().all(|b| b.is_ascii_digit()),
        "{input:?}: numeric TLD in {domain:?}"
    );
    // Normalisation is idempotent: the normalised address is valid and normalises to itself.
    let again = validate_email(address, &EmailOptions::default());
    assert!(
        again.valid,
        "{input:?} → {address:?} no longer valid: {:?}",
        again.problems
    );
    assert_eq!(
        again.address.as_deref(),
        Some(address.as_str()),
        "{input:?}"
    );
    assert_eq!(again.unicode_domain, None, "{address:?} is ASCII");
    // The Unicode form shown to a person names the same domain.
    if let Some(unicode) = &check.unicode_domain {
        let shown = validate_email(&format!("{local}@{unicode}"), &EmailOptions::default());
        assert_eq!(
            shown.address.as_deref(),
            Some(address.as_str()),
            "{input:?}: the Unicode form {unicode:?} names another domain"
        );
    }
}

fn check_invalid_email(input: &str, check: &EmailCheck) {
    assert!(
        check.address.is_none()
            && check.local_part.is_none()
            && check.domain.is_none()
            && check.unicode_domain.is_none(),
        "{input:?}: an invalid check carries no parts: {check:?}"
    );
    let found = codes(&check.problems);
    for problem in &check.problems {
        assert!(
            problem.code.as_str().starts_with("EMAIL_"),
            "{input:?}: {found:?}"
        );
        assert_eq!(problem.field, "email", "{input:?}");
        assert!(
            !problem.message.is_empty() && !problem.fix.is_empty(),
            "{input:?}"
        );
    }
    let mut distinct = found.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        found.len(),
        "{input:?}: a code reported twice: {found:?}"
    );
    if found.iter().any(|c| STRUCTURAL.contains(c)) {
        assert_eq!(
            found.len(),
            1,
            "{input:?}: a structural problem comes alone: {found:?}"
        );
    }
    // The rules the table states outright, checked from the input itself.
    if input.chars().all(char::is_whitespace) {
        assert_eq!(found, ["EMAIL_EMPTY"], "{input:?}");
    } else if input.starts_with('"') {
        assert_eq!(found, ["EMAIL_LOCAL_QUOTED"], "{input:?}");
    } else if input.chars().any(|c| c.is_whitespace() || c.is_control()) {
        assert_eq!(found, ["EMAIL_WHITESPACE"], "{input:?}");
    }
}

/// `encode_single` and a one-item `validate_email_batch` say what `validate_email` says.
fn assert_agrees_with_encodings(input: &str, options: &EmailOptions, check: &EmailCheck) {
    let single = encode_single(input, options);
    let batch = validate_email_batch(&[input], options);
    if let (true, Some(local), Some(domain)) = (check.valid, &check.local_part, &check.domain) {
        let mut expected = format!("V{}\t{domain}", local.len());
        if let Some(unicode) = &check.unicode_domain {
            expected.push('\t');
            expected.push_str(unicode);
        }
        assert_eq!(single, expected, "{input:?}: encode_single");
        assert_eq!(
            batch.items,
            [local.len() as i64, 0],
            "{input:?}: batch items"
        );
        let forms = NormalizedDomain {
            ascii: domain.clone(),
            unicode: check.unicode_domain.clone(),
        };
        assert_eq!(batch.domains, [forms], "{input:?}: batch domains");
    } else {
        let json = serde_json::to_string(&check.problems).expect("problems serialise");
        assert_eq!(single, format!("I{json}"), "{input:?}: encode_single");
        let expanded: Vec<Problem> = batch.items[1..]
            .iter()
            .map(|i| batch.problems[*i as usize].clone())
            .collect();
        assert_eq!(batch.items[0], -(check.problems.len() as i64), "{input:?}");
        assert_eq!(expanded, check.problems, "{input:?}: batch problems");
    }
}

/// Expands a batch the way `js/checks.js` does and compares every item with `validate_email`.
pub fn check_batch(inputs: &[&str], options: &EmailOptions) {
    let batch = validate_email_batch(inputs, options);
    let mut items = batch.items.iter().copied();
    let mut next = || items.next().expect("an item for every address");
    for input in inputs {
        let single = validate_email(input, options);
        let head = next();
        if head < 0 {
            let problems: Vec<Problem> = (0..-head)
                .map(|_| batch.problems[next() as usize].clone())
                .collect();
            assert_eq!(problems, single.problems, "{input:?}");
        } else {
            let forms = &batch.domains[next() as usize];
            assert_eq!(
                single.domain.as_deref(),
                Some(forms.ascii.as_str()),
                "{input:?}"
            );
            assert_eq!(single.unicode_domain, forms.unicode, "{input:?}");
            assert_eq!(
                single.local_part.as_ref().map(String::len),
                Some(head as usize),
                "{input:?}"
            );
        }
    }
    assert_eq!(items.next(), None, "no item left over");
    // Each distinct domain and problem is sent once.
    let mut domains = batch.domains.clone();
    domains.sort();
    domains.dedup();
    assert_eq!(domains.len(), batch.domains.len(), "a domain sent twice");
    for (i, problem) in batch.problems.iter().enumerate() {
        assert!(
            !batch.problems[..i].contains(problem),
            "a problem sent twice"
        );
    }
}

/// The rules of an app password, restated from PRODUCT.md: the codes it must produce, in order.
pub fn expected_password_codes(password: &str) -> Vec<&'static str> {
    let length = password.chars().count();
    let rules = [
        (length < 18, ProblemCode::AppPasswordTooShort),
        (length > 40, ProblemCode::AppPasswordTooLong),
        (
            password.bytes().any(|b| !(33..=126).contains(&b)),
            ProblemCode::AppPasswordInvalidCharacter,
        ),
        (
            !password.bytes().any(|b| b.is_ascii_uppercase()),
            ProblemCode::AppPasswordMissingUppercase,
        ),
        (
            !password.bytes().any(|b| b.is_ascii_lowercase()),
            ProblemCode::AppPasswordMissingLowercase,
        ),
        (
            !password.bytes().any(|b| b.is_ascii_digit()),
            ProblemCode::AppPasswordMissingDigit,
        ),
    ];
    rules
        .iter()
        .filter(|(broken, _)| *broken)
        .map(|(_, code)| code.as_str())
        .collect()
}

/// The same password with each character replaced by a fixed one of its kind: what a message may
/// depend on (length and kinds) survives, every character of the password itself is gone.
pub fn redacted(password: &str) -> String {
    password
        .chars()
        .map(|c| match c {
            'A'..='Z' => 'A',
            'a'..='z' => 'a',
            '0'..='9' => '0',
            '!'..='~' => '!',
            ' ' => ' ',
            c if c.is_whitespace() => '\u{2003}',
            c if c.is_control() => '\u{7}',
            _ => 'é',
        })
        .collect()
}

/// Checks a password against the rules and holds the verdict to its invariants: exactly the broken
/// rules are reported, and no message or fix depends on anything but the password's length and the
/// kinds of its characters (so none can show the password or a character of it).
pub fn check_password(password: &str) {
    let check = validate_app_password(password);
    assert_eq!(
        check.valid,
        check.problems.is_empty(),
        "valid iff no problems"
    );
    assert_eq!(codes(&check.problems), expected_password_codes(password));
    assert!(check.problems.iter().all(|p| p.field == "appPassword"));
    let masked = validate_app_password(&redacted(password));
    assert_eq!(
        check.problems, masked.problems,
        "a message depends on the password's characters"
    );
}
