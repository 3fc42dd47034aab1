//! Checks of the local part (before the `@`): RFC 5322 section 3.2.3 dot-atom, ASCII only, RFC 5321
//! section 4.5.3.1.1 length.

use crate::problem::{Problem, ProblemCode};

const FIELD: &str = "email";
/// RFC 5321 section 4.5.3.1.1: at most 64 octets.
const MAX_LOCAL_OCTETS: usize = 64;

/// Every problem of a local part; empty when it is fine.
pub(super) fn check_local_part(local: &str) -> Vec<Problem> {
    if local.is_empty() {
        return vec![Problem::new(
            ProblemCode::EmailLocalEmpty,
            FIELD,
            "Nothing comes before the '@'.",
            "Put the mailbox name before the '@', e.g. agent@yourdomain.com.",
        )];
    }
    if is_plain_dot_atom(local) {
        return Vec::new();
    }
    every_problem(local)
}

/// The common case in one pass, before the rules that each walk the local part again: a dot-atom of
/// at most 64 octets.
fn is_plain_dot_atom(local: &str) -> bool {
    // One loop by index rather than `split('.')` and `bytes()`: at opt-level "z" the splitter's
    // searcher and the iterator stay calls per byte. `previous` starts as a dot, so a leading
    // dot fails like a double one.
    let bytes = local.as_bytes();
    if bytes.len() > MAX_LOCAL_OCTETS {
        return false;
    }
    let mut previous = b'.';
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let fine = if b == b'.' {
            previous != b'.'
        } else {
            is_atext_byte(b)
        };
        if !fine {
            return false;
        }
        previous = b;
        i += 1;
    }
    previous != b'.'
}

/// [`is_atext_or_dot`] of one byte, without the dot, as a lookup in a 128-bit mask.
#[inline(always)]
fn is_atext_byte(b: u8) -> bool {
    b != b'.' && b < 128 && ATEXT_OR_DOT >> b & 1 == 1
}

/// Bit `c` is set for each ASCII `c` that [`is_atext_or_dot`] accepts.
const ATEXT_OR_DOT: u128 = {
    let mut mask = 0u128;
    let mut c = 0u8;
    while c < 128 {
        if is_atext_or_dot(c as char) {
            mask |= 1 << c;
        }
        c += 1;
    }
    mask
};

/// Every rule of a non-empty local part, each reporting its own problem. Never inlined: kept out of
/// [`check_local_part`], the common case is all that V8 compiles on a fresh process's first call
/// (BENCHMARKS.md, cut 53).
#[inline(never)]
fn every_problem(local: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if local.len() > MAX_LOCAL_OCTETS {
        problems.push(Problem::new(
            ProblemCode::EmailLocalTooLong,
            FIELD,
            format!(
                "The part before the '@' is {} bytes long; the limit is 64.",
                local.len()
            ),
            "Shorten the mailbox name to 64 characters or fewer.",
        ));
    }
    if let Some(c) = local.chars().find(|c| !c.is_ascii()) {
        problems.push(Problem::new(
            ProblemCode::EmailLocalNonAscii,
            FIELD,
            format!("The part before the '@' contains the non-ASCII character '{c}'; Nylas can't send from such an address."),
            "Use only ASCII letters, digits and . _ - + before the '@' (e.g. replace 'é' with 'e').",
        ));
    }
    let invalid = invalid_ascii_characters(local);
    if !invalid.is_empty() {
        problems.push(Problem::new(
            ProblemCode::EmailLocalInvalidCharacter,
            FIELD,
            format!("The part before the '@' contains {}, which an address can't contain.", quote_list(&invalid)),
            "Remove those characters; letters, digits and ! # $ % & ' * + - / = ? ^ _ ` { | } ~ and single dots are allowed.",
        ));
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        problems.push(Problem::new(
            ProblemCode::EmailLocalDots,
            FIELD,
            "The part before the '@' starts or ends with a dot, or has two dots in a row.",
            "Use dots only between other characters, one at a time (first.last, not .first or first..last).",
        ));
    }
    problems
}

/// RFC 5322 section 3.2.3 atext, plus the dot that separates atoms.
const fn is_atext_or_dot(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            '!' | '#'
                | '$'
                | '%'
                | '&'
                | '\''
                | '*'
                | '+'
                | '-'
                | '/'
                | '='
                | '?'
                | '^'
                | '_'
                | '`'
                | '{'
                | '|'
                | '}'
                | '~'
                | '.'
        )
}

fn invalid_ascii_characters(local: &str) -> Vec<char> {
    let mut found: Vec<char> = Vec::new();
    for c in local
        .chars()
        .filter(|c| c.is_ascii() && !is_atext_or_dot(*c))
    {
        if !found.contains(&c) {
            found.push(c);
        }
    }
    found
}

/// `'(', ',' and ':'` — the characters a person must remove.
pub(super) fn quote_list(chars: &[char]) -> String {
    let quoted: Vec<String> = chars.iter().map(|c| format!("'{c}'")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every short local part over an alphabet that reaches each rule: the one-pass path takes exactly
    /// those the full rules find nothing wrong with.
    #[test]
    fn the_plain_path_agrees_with_the_full_rules() {
        let alphabet = ['a', 'Z', '9', '.', '+', '(', ' ', 'é'];
        let mut locals = vec![String::new()];
        let mut plain = 0;
        for _ in 0..5 {
            locals = locals
                .iter()
                .flat_map(|l| alphabet.iter().map(move |c| format!("{l}{c}")))
                .collect();
            for local in &locals {
                assert_eq!(
                    is_plain_dot_atom(local),
                    every_problem(local).is_empty(),
                    "{local:?}"
                );
                plain += usize::from(is_plain_dot_atom(local));
            }
        }
        for n in [64, 65] {
            let local = "a".repeat(n);
            assert_eq!(is_plain_dot_atom(&local), every_problem(&local).is_empty());
        }
        assert!(plain > 1000, "the plain path took {plain} local parts");
    }
}
