//! App passwords: the rules Nylas enforces (18–40 printable ASCII characters with an uppercase letter,
//! a lowercase letter and a digit) and a generator whose every output follows them.
//!
//! Nothing here ever puts the password, or any character of it, into a message.

use crate::error::Error;
use crate::problem::{Problem, ProblemCode};
use serde::Serialize;

/// Shortest app password Nylas accepts.
pub const MIN_LENGTH: usize = 18;
/// Longest app password Nylas accepts.
pub const MAX_LENGTH: usize = 40;
/// Length of a generated password when none is asked for.
pub const DEFAULT_LENGTH: usize = 24;

/// Every rule, in the order problems are reported, with a label for a checklist shown before anything
/// is typed (`APP_PASSWORD_RULES` in JavaScript).
pub const RULES: [(ProblemCode, &str); 6] = [
    (ProblemCode::AppPasswordTooShort, "At least 18 characters"),
    (ProblemCode::AppPasswordTooLong, "At most 40 characters"),
    (
        ProblemCode::AppPasswordInvalidCharacter,
        "Printable ASCII only: no spaces, accented letters or emoji",
    ),
    (
        ProblemCode::AppPasswordMissingUppercase,
        "An uppercase letter (A–Z)",
    ),
    (
        ProblemCode::AppPasswordMissingLowercase,
        "A lowercase letter (a–z)",
    ),
    (ProblemCode::AppPasswordMissingDigit, "A digit (0–9)"),
];

/// One app-password rule: `APP_PASSWORD_RULES` in JavaScript (js/password-rules.js, generated from
/// these by `src/typescript/js_modules.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PasswordRule {
    /// The problem code reported when the rule is broken.
    pub code: ProblemCode,
    /// What the rule asks, for a checklist.
    pub label: &'static str,
}

/// Every rule, in the order problems are reported.
pub fn password_rules() -> Vec<PasswordRule> {
    RULES
        .iter()
        .map(|&(code, label)| PasswordRule { code, label })
        .collect()
}

const FIELD: &str = "appPassword";
/// Printable ASCII, codes 33–126: the space is excluded, as Nylas and its CLI do.
const ALPHABET: std::ops::RangeInclusive<u8> = 33..=126;

/// The verdict on an app password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PasswordCheck {
    /// True when there are no problems.
    pub valid: bool,
    /// Every rule the password breaks, all at once.
    #[cfg_attr(test, ts(type = "Problem<AppPasswordProblemCode>[]"))]
    pub problems: Vec<Problem>,
}

/// Checks an app password against every Nylas rule and reports all that it breaks.
///
/// ```
/// use nylas_agent_accounts::validate_app_password;
/// assert!(validate_app_password("Correct-Horse-42-battery").valid);
/// assert_eq!(validate_app_password("short").problems.len(), 3); // too short, no uppercase, no digit
/// ```
pub fn validate_app_password(password: &str) -> PasswordCheck {
    let mut problems = Vec::new();
    let length = password.chars().count();
    if length < MIN_LENGTH {
        problems.push(Problem::new(
            ProblemCode::AppPasswordTooShort,
            FIELD,
            format!(
                "The app password has {length} character{}; Nylas needs at least {MIN_LENGTH}.",
                if length == 1 { "" } else { "s" }
            ),
            "Make it 18 to 40 characters long, or use generateAppPassword().",
        ));
    }
    if length > MAX_LENGTH {
        problems.push(Problem::new(
            ProblemCode::AppPasswordTooLong,
            FIELD,
            format!(
                "The app password has {length} characters; Nylas accepts at most {MAX_LENGTH}."
            ),
            "Make it 18 to 40 characters long, or use generateAppPassword().",
        ));
    }
    if let Some(kinds) = invalid_character_kinds(password) {
        problems.push(Problem::new(
            ProblemCode::AppPasswordInvalidCharacter,
            FIELD,
            format!("The app password contains {kinds}; only printable ASCII (codes 33–126) is allowed."),
            "Use letters, digits and ASCII punctuation only: no spaces, accented letters or emoji.",
        ));
    }
    type Rule = (fn(&char) -> bool, ProblemCode, &'static str);
    let required: [Rule; 3] = [
        (
            char::is_ascii_uppercase,
            ProblemCode::AppPasswordMissingUppercase,
            "uppercase letter (A–Z)",
        ),
        (
            char::is_ascii_lowercase,
            ProblemCode::AppPasswordMissingLowercase,
            "lowercase letter (a–z)",
        ),
        (
            char::is_ascii_digit,
            ProblemCode::AppPasswordMissingDigit,
            "digit (0–9)",
        ),
    ];
    for (is_kind, code, kind) in required {
        if !password.chars().any(|c| is_kind(&c)) {
            problems.push(Problem::new(
                code,
                FIELD,
                format!("The app password has no {kind}."),
                format!("Add at least one {kind}."),
            ));
        }
    }
    PasswordCheck {
        valid: problems.is_empty(),
        problems,
    }
}

/// Names the kinds of forbidden characters present, without showing any of them.
fn invalid_character_kinds(password: &str) -> Option<String> {
    let mut kinds: Vec<&str> = Vec::new();
    for c in password.chars() {
        let kind = match c {
            ' ' => "a space",
            c if c.is_whitespace() => "whitespace",
            c if c.is_control() => "a control character",
            c if !c.is_ascii() => "a non-ASCII character",
            _ => continue,
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    match kinds.as_slice() {
        [] => None,
        [one] => Some((*one).to_string()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// A new random app password of `length` characters (18–40) drawn from the whole allowed alphabet,
/// from the host's cryptographic random source, that always passes [`validate_app_password`].
///
/// ```
/// use nylas_agent_accounts::{generate_app_password, validate_app_password};
/// let password = generate_app_password(24).unwrap();
/// assert_eq!(password.len(), 24);
/// assert!(validate_app_password(&password).valid);
/// ```
pub fn generate_app_password(length: usize) -> Result<String, Error> {
    let host = crate::idn::host();
    generate_from(length, &mut |buffer| {
        host.fill_random(buffer)
            .map_err(|e| Error::Random(e.to_string()))
    })
}

/// The `length` argument of `generateAppPassword(length?)`, as JavaScript gave it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LengthArgument<'a> {
    /// Omitted (`undefined`): the default length.
    Absent,
    /// A number, not necessarily a whole one.
    Number(f64),
    /// Any other value, described for the message (`"string"`, `"null"`, `"an array"`).
    Other(&'a str),
}

/// The length `generateAppPassword(length?)` asks for: [`DEFAULT_LENGTH`] when omitted, and an
/// `INVALID_ARGUMENT` error for anything but a whole non-negative number. A whole number outside
/// 18–40 passes through, so that [`generate_app_password`] reports it with its problem code.
pub fn requested_length(argument: LengthArgument<'_>) -> Result<usize, Error> {
    let given = match argument {
        LengthArgument::Absent => return Ok(DEFAULT_LENGTH),
        // Huge lengths are clamped: they are too long either way, and the cast must not wrap.
        LengthArgument::Number(n) if n >= 0.0 && n.fract() == 0.0 => {
            return Ok(n.min(f64::from(u16::MAX)) as usize)
        }
        // Described, not printed: a number in a message would bring in number formatting.
        LengthArgument::Number(n) if n < 0.0 => "a negative number",
        LengthArgument::Number(_) => "a fractional or non-finite number",
        LengthArgument::Other(kind) => kind,
    };
    let mut message = String::from(
        "generateAppPassword(length): length must be a whole number from 18 to 40, not ",
    );
    message.push_str(given);
    message.push('.');
    Err(Error::InvalidArgument(message))
}

/// Draws per candidate before giving up. A uniform draw of 18 characters misses an uppercase letter,
/// a lowercase letter or a digit about one time in seven, so 64 failed draws in a row (odds about
/// 1 in 10^54) mean the random source is broken: an error then, rather than a loop without end.
const MAX_DRAWS: usize = 64;

/// The generator over any byte source (`fill` fills a buffer or fails): the host's RNG in
/// [`generate_app_password`], a fixed one in tests.
fn generate_from(
    length: usize,
    fill: &mut dyn FnMut(&mut [u8]) -> Result<(), Error>,
) -> Result<String, Error> {
    check_length(length)?;
    for _ in 0..MAX_DRAWS {
        let candidate = random_printable(length, fill)?;
        if validate_app_password(&candidate).valid {
            return Ok(candidate);
        }
    }
    Err(Error::Random(format!(
        "no valid app password came out of {MAX_DRAWS} random draws; the host's random source looks broken"
    )))
}

fn check_length(length: usize) -> Result<(), Error> {
    let (code, message) = if length < MIN_LENGTH {
        (ProblemCode::AppPasswordTooShort, format!("An app password of {length} characters was asked for; Nylas needs at least {MIN_LENGTH}."))
    } else if length > MAX_LENGTH {
        (ProblemCode::AppPasswordTooLong, format!("An app password of {length} characters was asked for; Nylas accepts at most {MAX_LENGTH}."))
    } else {
        return Ok(());
    };
    Err(Error::Validation(vec![Problem::new(
        code,
        "length",
        message,
        "Ask for a length from 18 to 40, or omit it for the default of 24.",
    )]))
}

/// Uniform over the 94 printable characters: bytes at or above the largest multiple of 94 are
/// rejected so that no character is more likely than another. `MAX_DRAWS` buffers at most: with 73 %
/// of bytes kept, one 64-byte buffer nearly always suffices, and a source stuck on rejected bytes
/// ends in an error instead of a loop.
fn random_printable(
    length: usize,
    fill: &mut dyn FnMut(&mut [u8]) -> Result<(), Error>,
) -> Result<String, Error> {
    let size = ALPHABET.len() as u8;
    let limit = size * (u8::MAX / size);
    let mut out = String::with_capacity(length);
    let mut buffer = [0u8; 64];
    for _ in 0..MAX_DRAWS {
        fill(&mut buffer)?;
        for byte in buffer.iter().filter(|b| **b < limit) {
            out.push(char::from(ALPHABET.start() + byte % size));
            if out.len() == length {
                return Ok(out);
            }
        }
    }
    Err(Error::Random(format!(
        "the random source gave no usable byte in {MAX_DRAWS} draws; it looks broken"
    )))
}

#[cfg(test)]
mod tests;
