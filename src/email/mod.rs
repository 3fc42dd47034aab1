//! Email address checks for the mailbox-creatable profile: an address Nylas can host and send from.
//!
//! The profile is stricter than RFC 5322 on purpose (no quoted local parts, no IP literals, ASCII local
//! parts only); see `PRODUCT.md` for the rules and `tests/conformance/` for how it compares with public suites.

mod domain;
mod local;

use crate::problem::{Problem, ProblemCode};
pub use domain::{normalize_domain, NormalizedDomain};
use serde::Serialize;

const FIELD: &str = "email";

/// Options of `validateEmail` and `validateEmails`.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields, rename_all = "camelCase"))]
pub struct EmailOptions {
    /// A bare alias without '@' becomes `alias@defaultDomain`.
    pub default_domain: Option<String>,
}

/// The verdict on one address, with its normalised parts when it is valid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct EmailCheck {
    /// True when there are no problems.
    pub valid: bool,
    /// The normalised address: local part as given, domain lowercased in A-label form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The local part, case kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub local_part: Option<String>,
    /// The domain, lowercased, in A-labels, without a final dot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The domain as the user wrote it in Unicode (lowercased), when it had non-ASCII characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unicode_domain: Option<String>,
    /// Everything wrong with the address; empty when valid.
    #[cfg_attr(test, ts(type = "Problem<EmailProblemCode>[]"))]
    pub problems: Vec<Problem>,
}

impl EmailCheck {
    fn invalid(problems: Vec<Problem>) -> Self {
        EmailCheck {
            valid: false,
            address: None,
            local_part: None,
            domain: None,
            unicode_domain: None,
            problems,
        }
    }
}

/// Checks one address against the mailbox-creatable profile and normalises it.
///
/// Never panics, whatever the input. Structural problems (empty, whitespace, missing or repeated `@`,
/// quoted local part) are reported alone; otherwise every problem of the local part and of the domain
/// is reported at once.
///
/// ```
/// use nylas_agent_accounts::{validate_email, EmailOptions};
/// let check = validate_email("Ada@Bücher.Example.", &EmailOptions::default());
/// assert_eq!(check.address.as_deref(), Some("Ada@xn--bcher-kva.example"));
/// ```
pub fn validate_email(input: &str, options: &EmailOptions) -> EmailCheck {
    match check_address(input, options, domain::normalize_domain) {
        Ok((local, d)) => EmailCheck {
            valid: true,
            address: Some(format!("{local}@{}", d.ascii)),
            local_part: Some(local.to_string()),
            domain: Some(d.ascii),
            unicode_domain: d.unicode,
            problems: Vec::new(),
        },
        Err(problems) => EmailCheck::invalid(problems),
    }
}

/// The valid local part and the domain as `normalize` returns it, or every problem found. `normalize`
/// is a parameter so that a batch can remember the domains it has already converted.
pub(crate) fn check_address<'a, D>(
    input: &'a str,
    options: &'a EmailOptions,
    mut normalize: impl FnMut(&'a str) -> Result<D, Vec<Problem>>,
) -> Result<(&'a str, D), Vec<Problem>> {
    let (local, domain) = split_address(input, options).map_err(|problem| vec![problem])?;
    let mut problems = local::check_local_part(local);
    match normalize(domain) {
        Ok(d) if problems.is_empty() => Ok((local, d)),
        Ok(_) => Err(problems),
        Err(domain_problems) => {
            problems.extend(domain_problems);
            Err(problems)
        }
    }
}

/// Splits an address into local part and domain, or reports the one structural problem that stops
/// any further reading of it.
fn split_address<'a>(
    input: &'a str,
    options: &'a EmailOptions,
) -> Result<(&'a str, &'a str), Problem> {
    // Loops by index over the bytes for what most addresses need (printable? where is the '@'?): at
    // opt-level "z" std's string searchers and iterator adapters stay calls per byte, about a sixth of
    // a 100k-address batch's time (BENCHMARKS.md, cut 39).
    let bytes = input.as_bytes();
    let (mut printable, mut at_count, mut first_at) = (true, 0, 0);
    let mut i = 0;
    // Eight bytes at a time while they are printable and hold no '@'; the byte loop below takes the rest.
    while let Some(word) = word_at(bytes, i) {
        if !is_printable_without_at(word) {
            break;
        }
        i += 8;
    }
    while i < bytes.len() {
        let b = bytes[i];
        printable &= b.is_ascii_graphic();
        if b == b'@' {
            if at_count == 0 {
                first_at = i;
            }
            at_count += 1;
        }
        i += 1;
    }
    // The common case: printable, one '@', not quoted.
    if printable && at_count == 1 && bytes.first() != Some(&b'"') {
        return Ok((&input[..first_at], &input[first_at + 1..]));
    }
    split_problem(input, options, printable, at_count, first_at)
}

/// The rest of [`split_address`], given what its scan found: the problem, or the split of what the
/// common case leaves (a bare alias with `defaultDomain`). Never inlined: kept out of
/// [`split_address`], the common case is all that V8 compiles on a fresh process's first call
/// (BENCHMARKS.md, cut 53).
#[inline(never)]
fn split_problem<'a>(
    input: &'a str,
    options: &'a EmailOptions,
    printable: bool,
    at_count: usize,
    first_at: usize,
) -> Result<(&'a str, &'a str), Problem> {
    let bytes = input.as_bytes();
    // A non-empty printable input holds no whitespace: only the others are decoded.
    if (input.is_empty() || !printable) && input.chars().all(char::is_whitespace) {
        return Err(Problem::new(
            ProblemCode::EmailEmpty,
            FIELD,
            "The email address is empty.",
            "Enter an address such as agent@yourdomain.com.",
        ));
    }
    // Before the whitespace rule: a quoted local part is the classic home of a space.
    if bytes.first() == Some(&b'"') {
        return Err(Problem::new(
            ProblemCode::EmailLocalQuoted,
            FIELD,
            "Quoted local parts (\"…\"@domain) are not supported: Nylas can't host such a mailbox.",
            "Use an unquoted local part made of letters, digits and . _ - +, e.g. first.last@yourdomain.com.",
        ));
    }
    // Printable ASCII holds no invisible character: most addresses skip decoding each character.
    if let Some((position, c)) = (!printable)
        .then(|| input.chars().enumerate().find(|(_, c)| is_invisible(*c)))
        .flatten()
    {
        return Err(whitespace_problem(input, position, c));
    }
    match (at_count, options.default_domain.as_deref()) {
        (1, _) => Ok((&input[..first_at], &input[first_at + 1..])),
        (0, Some(default_domain)) => Ok((input, default_domain)),
        (0, None) => Err(missing_at()),
        (n, _) => Err(Problem::new(
            ProblemCode::EmailMultipleAt,
            FIELD,
            format!("The address has {n} '@' signs; it must have exactly one."),
            "Keep one '@' between the mailbox name and the domain, e.g. agent@yourdomain.com.",
        )),
    }
}

/// The eight bytes from `at`, as one little-endian word, if there are eight.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    match bytes.get(at..at.checked_add(8)?) {
        Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) => {
            Some(u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]))
        }
        _ => None,
    }
}

/// Whether some byte of `word` is `byte`: xor leaves a zero byte there, and subtracting one from a
/// zero byte sets its top bit where the byte's own top bit was clear (a borrow only follows a zero
/// byte, so the first one found is a real one).
#[inline(always)]
fn has_byte(word: u64, byte: u8) -> bool {
    let x = word ^ (u64::from(byte) * ONES);
    x.wrapping_sub(ONES) & !x & TOPS != 0
}

const ONES: u64 = 0x0101_0101_0101_0101;
const TOPS: u64 = 0x8080_8080_8080_8080;

/// Whether each byte of `word` is printable ASCII (`!` to `~`) other than '@', eight at once: a byte
/// is below 0x80, at least 0x21 (adding 0x5F sets its top bit), at most 0x7E (adding 1 leaves it
/// clear), and not 0x40 (xor 0x40 leaves no zero byte). No byte carries into the next: each is
/// below 0x80 when the sums are read.
#[inline(always)]
fn is_printable_without_at(word: u64) -> bool {
    word & TOPS == 0
        && word.wrapping_add(0x5F * ONES) & TOPS == TOPS
        && word.wrapping_add(ONES) & TOPS == 0
        && !has_byte(word, b'@')
}

fn missing_at() -> Problem {
    Problem::new(
        ProblemCode::EmailMissingAt,
        FIELD,
        "The address has no '@'.",
        "Write the full address, mailbox@domain (e.g. agent@yourdomain.com), or pass defaultDomain to accept bare aliases.",
    )
}

/// Whitespace, control characters and the invisible format characters that sneak in by copy and paste.
fn is_invisible(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

fn whitespace_problem(input: &str, position: usize, c: char) -> Problem {
    let total = input.chars().count();
    let place = if position == 0 {
        "at the start".to_string()
    } else if position + 1 == total {
        "at the end".to_string()
    } else {
        format!("at position {}", position + 1)
    };
    let what = match c {
        ' ' => "a space".to_string(),
        '\t' => "a tab".to_string(),
        '\n' | '\r' => "a line break".to_string(),
        _ => format!("the invisible character U+{:04X}", u32::from(c)),
    };
    Problem::new(
        ProblemCode::EmailWhitespace,
        FIELD,
        format!("The address contains {what} {place}; addresses can't contain whitespace or control characters."),
        "Remove the whitespace (it is never trimmed silently), e.g. paste the address again without spaces or line breaks.",
    )
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod word_tests {
    use super::{has_byte, is_printable_without_at, word_at};

    #[test]
    fn words_and_bytes_in_them() {
        let bytes = b"abcdefghij";
        assert_eq!(word_at(bytes, 2), Some(u64::from_le_bytes(*b"cdefghij")));
        assert_eq!(word_at(bytes, 3), None);
        assert_eq!(word_at(bytes, usize::MAX), None);
        for at in 0..8 {
            for b in 0..=255u8 {
                for fill in [0u8, 1, 0x7f, 0x80, 0xff, b'a'] {
                    let mut word = [fill; 8];
                    word[at] = b;
                    for wanted in [0u8, b'"', b'\\', b'@', 0xff] {
                        assert_eq!(
                            has_byte(u64::from_le_bytes(word), wanted),
                            word.contains(&wanted),
                            "{word:?} {wanted}"
                        );
                    }
                }
            }
        }
    }

    /// Every byte value at every position of a word of otherwise printable bytes.
    #[test]
    fn eight_bytes_at_once_agree_with_one_at_a_time() {
        for fill in [b'a', b'!', b'~', b'?', b'A'] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    let mut bytes = [fill; 8];
                    bytes[at] = b;
                    let expected = bytes.iter().all(|&c| c.is_ascii_graphic() && c != b'@');
                    let word = u64::from_le_bytes(bytes);
                    assert_eq!(is_printable_without_at(word), expected, "{bytes:?}");
                }
            }
        }
    }
}
