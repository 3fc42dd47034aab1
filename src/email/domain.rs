//! Checks and normalisation of the domain (after the `@`): RFC 1035 section 2.3.4 lengths, RFC 952 /
//! RFC 1123 section 2.1 letter-digit-hyphen labels, UTS #46 for internationalised names.

use super::local::quote_list;
use crate::idn;
use crate::problem::{Problem, ProblemCode};
use std::borrow::Cow;

const FIELD: &str = "email";
use crate::idn::{MAX_DOMAIN_OCTETS, MAX_LABEL_OCTETS};

/// A domain in the one form every comparison uses.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NormalizedDomain {
    /// Lowercase, A-labels, no final dot: `xn--bcher-kva.example`.
    pub ascii: String,
    /// The Unicode form of `ascii` (its A-labels decoded), when the input had non-ASCII characters.
    pub unicode: Option<String>,
}

/// Normalises a domain, or reports every problem that keeps it from hosting a mailbox.
pub fn normalize_domain(domain: &str) -> Result<NormalizedDomain, Vec<Problem>> {
    match plain_ascii_domain(domain) {
        Some(ascii) => Ok(NormalizedDomain {
            ascii,
            unicode: None,
        }),
        None => normalize_fully(domain),
    }
}

/// [`normalize_domain`] by every rule, for what [`plain_ascii_domain`] leaves. Never inlined: kept out
/// of [`normalize_domain`], the common case is all that V8 compiles on a fresh process's first call
/// (BENCHMARKS.md, cut 53).
#[inline(never)]
fn normalize_fully(domain: &str) -> Result<NormalizedDomain, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut ascii = to_ascii_form(domain, &mut problems).ok_or_else(|| problems.clone())?;
    if ascii.ends_with('.') {
        ascii.pop(); // one final dot (the DNS root) is allowed and dropped
    }
    problems.extend(structure_problems(&ascii));
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(NormalizedDomain {
        unicode: (!domain.is_ascii()).then(|| unicode_form(&ascii)),
        ascii,
    })
}

/// The common case in one pass: an ASCII domain of letters, digits, hyphens and dots, without `xn--`
/// labels, that meets every rule of [`structure_problems`], lowercased without its final dot. `None`
/// sends the domain through the full rules, which then say what is wrong (or convert an IDN). A batch
/// of customers' own domains runs this once per address; the full rules walk the name a dozen times.
fn plain_ascii_domain(domain: &str) -> Option<String> {
    // One loop by index, without `split` or `strip_suffix`: at opt-level "z" their searchers and
    // iterators stay calls per byte (BENCHMARKS.md, cut 39).
    let name = match domain.as_bytes().last() {
        Some(b'.') => &domain[..domain.len() - 1],
        _ => domain,
    };
    let bytes = name.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_DOMAIN_OCTETS {
        return None;
    }
    let (mut start, mut dots, mut digits_only) = (0, 0, true);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'.' {
            if !is_plain_label(&bytes[start..i]) {
                return None;
            }
            (start, dots, digits_only) = (i + 1, dots + 1, true);
        } else if b.is_ascii_alphanumeric() || b == b'-' {
            digits_only &= b.is_ascii_digit();
        } else {
            return None;
        }
        i += 1;
    }
    // At least two labels, and the last one not all digits.
    if dots == 0 || digits_only || !is_plain_label(&bytes[start..]) {
        return None;
    }
    let mut ascii = name.to_owned();
    ascii.make_ascii_lowercase();
    Some(ascii)
}

/// A label of letters, digits and hyphens (already checked) that [`plain_ascii_domain`] takes: not
/// empty, not too long, no hyphen at either end, no `xn--` prefix.
#[inline(always)]
fn is_plain_label(label: &[u8]) -> bool {
    match (label.first(), label.last()) {
        (Some(&first), Some(&last)) => {
            label.len() <= MAX_LABEL_OCTETS
                && first != b'-'
                && last != b'-'
                && !label
                    .get(..4)
                    .is_some_and(|prefix| prefix.eq_ignore_ascii_case(b"xn--"))
        }
        _ => false,
    }
}

/// The Unicode form of a checked A-label domain: each `xn--` label decoded. Derived from the A-labels
/// rather than the input, so that what UTS #46 mapped away (invisible joiners, full-width letters,
/// ideographic full stops) is not shown to a person as part of the name.
fn unicode_form(ascii: &str) -> String {
    ascii
        .split('.')
        .map(|label| {
            label
                .strip_prefix("xn--")
                .and_then(crate::punycode::decode)
                .unwrap_or_else(|| label.to_string())
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Lowercase ASCII form, converting IDNs to A-labels. Problems go to `problems`; `None` means the domain
/// can't be read any further (its label structure would say nothing useful).
fn to_ascii_form(domain: &str, problems: &mut Vec<Problem>) -> Option<String> {
    if strip_final_dot(domain).is_empty() {
        problems.push(problem(
            ProblemCode::EmailDomainEmpty,
            "Nothing comes after the '@'.",
            "Put the domain after the '@', e.g. agent@yourdomain.com.",
        ));
        return None;
    }
    if domain.starts_with('[') {
        problems.push(problem(
            ProblemCode::EmailDomainIpLiteral,
            "The domain is an IP address in brackets; a mailbox needs a registered domain name.",
            "Use a domain name registered with Nylas instead of an IP address.",
        ));
        return None;
    }
    if let Err(invalid) = check_ascii_characters(domain) {
        problems.push(invalid);
        // An ASCII domain's labels can still be checked; an IDN can't be converted with such characters.
        return domain.is_ascii().then(|| domain.to_ascii_lowercase());
    }
    let needs_idna = !domain.is_ascii() || domain.split('.').any(is_a_label);
    if !needs_idna {
        return Some(domain.to_ascii_lowercase());
    }
    if !domain.is_ascii() && last_label(domain).bytes().all(|b| b.is_ascii_digit()) {
        problems.push(numeric_tld());
        return None;
    }
    let Some(ascii) = idn::domain_to_ascii(domain) else {
        problems.push(idn_invalid());
        return None;
    };
    // UTS #46 (Unicode 15.1 on, validity criterion 4) rejects an A-label whose decoded label starts
    // with "xn--" again; a converter that follows an older revision accepts it, and the Unicode form
    // shown for it would name no domain at all.
    if ascii.split('.').any(decodes_to_an_a_label) {
        problems.push(idn_invalid());
        return None;
    }
    // UTS #46 maps some non-ASCII characters to ASCII ones a label can't hold (full-width '＿' → '_').
    if let Err(invalid) = check_ascii_characters(&ascii) {
        problems.push(invalid);
        return None;
    }
    Some(ascii)
}

fn is_a_label(label: &str) -> bool {
    label
        .get(..4)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("xn--"))
}

/// `xn--xn--…`-style labels: an A-label whose Punycode decodes to another `xn--` label.
fn decodes_to_an_a_label(label: &str) -> bool {
    label
        .strip_prefix("xn--")
        .and_then(crate::punycode::decode)
        .is_some_and(|decoded| is_a_label(&decoded))
}

fn idn_invalid() -> Problem {
    problem(
        ProblemCode::EmailDomainIdnInvalid,
        "The internationalised domain can't be converted to its ASCII (xn--) form under UTS #46.",
        "Check the domain for characters that are not allowed in domain names or stray symbols, or write it in its xn-- form.",
    )
}

fn check_ascii_characters(domain: &str) -> Result<(), Problem> {
    let mut invalid: Vec<char> = Vec::new();
    for c in domain
        .chars()
        .filter(|c| c.is_ascii() && !is_ldh_or_dot(*c))
    {
        if !invalid.contains(&c) {
            invalid.push(c);
        }
    }
    if invalid.is_empty() {
        return Ok(());
    }
    Err(problem(
        ProblemCode::EmailDomainInvalidCharacter,
        format!(
            "The domain contains {}; domain names hold only letters, digits, hyphens and dots.",
            quote_list(&invalid)
        ),
        "Remove those characters from the domain (underscores and spaces are common slips).",
    ))
}

fn is_ldh_or_dot(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '.'
}

fn structure_problems(ascii: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if ascii.len() > MAX_DOMAIN_OCTETS {
        problems.push(problem(
            ProblemCode::EmailDomainTooLong,
            format!(
                "The domain is {} characters long in its ASCII form; the limit is 253.",
                ascii.len()
            ),
            "Use a shorter domain.",
        ));
    }
    // Walked again for each rule rather than collected: a batch of distinct domains runs this per address.
    let labels = || ascii.split('.');
    if labels().any(str::is_empty) {
        problems.push(problem(
            ProblemCode::EmailDomainLabelEmpty,
            "The domain has an empty part: it starts with a dot or has two dots in a row.",
            "Remove the extra dot, e.g. yourdomain.com rather than yourdomain..com or .yourdomain.com.",
        ));
    }
    if let Some(long) = labels().find(|l| l.len() > MAX_LABEL_OCTETS) {
        problems.push(problem(
            ProblemCode::EmailDomainLabelTooLong,
            format!("A part of the domain is {} characters long; each part between dots may have at most 63.", long.len()),
            "Shorten that part of the domain to 63 characters or fewer.",
        ));
    }
    if labels().any(|l| l.starts_with('-') || l.ends_with('-')) {
        problems.push(problem(
            ProblemCode::EmailDomainLabelHyphen,
            "A part of the domain starts or ends with a hyphen.",
            "Use hyphens only inside a part of the domain (my-company.com, not -company.com).",
        ));
    }
    if !ascii.contains('.') {
        problems.push(problem(
            ProblemCode::EmailDomainSingleLabel,
            "The domain has a single part, like 'localhost'; a mailbox needs a registered domain such as yourdomain.com.",
            "Add the top-level domain (e.g. .com), or use your registered domain.",
        ));
    } else if !last_label(ascii).is_empty() && last_label(ascii).bytes().all(|b| b.is_ascii_digit())
    {
        problems.push(numeric_tld());
    }
    problems
}

fn numeric_tld() -> Problem {
    problem(
        ProblemCode::EmailDomainNumericTld,
        "The domain ends in a number; top-level domains are never all digits (this looks like an IP address).",
        "Use a domain name such as yourdomain.com rather than an IP address.",
    )
}

fn last_label(domain: &str) -> &str {
    strip_final_dot(domain).rsplit('.').next().unwrap_or("")
}

/// One final dot (the DNS root) is allowed and dropped.
fn strip_final_dot(domain: &str) -> &str {
    domain.strip_suffix('.').unwrap_or(domain)
}

fn problem(code: ProblemCode, message: impl Into<Cow<'static, str>>, fix: &'static str) -> Problem {
    Problem::new(code, FIELD, message, fix)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every short name over an alphabet that reaches each rule (case, digits, hyphens, dots, `xn--`,
    /// a character outside LDH, a non-ASCII letter), and names at the length limits: the one-pass
    /// path either declines or returns exactly what the full rules return.
    #[test]
    fn the_plain_path_agrees_with_the_full_rules() {
        let alphabet = ['a', 'X', '0', '-', '.', 'n', '_', 'é'];
        let mut names = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..5 {
            names = names
                .iter()
                .flat_map(|n| alphabet.iter().map(move |c| format!("{n}{c}")))
                .collect();
            all.extend(names.iter().cloned());
        }
        for n in [62, 63, 64] {
            all.push(format!("{}.com", "a".repeat(n)));
        }
        for n in [248, 249, 250] {
            all.push(format!("{}.com", "a".repeat(n)));
            all.push(format!("{}.com.", "a".repeat(n)));
        }
        all.extend(
            [
                "xn--bcher-kva.de",
                "XN--bcher-kva.de",
                "a.xn--x",
                "a.1",
                "a.b1",
                "a..b",
                "a.b..",
            ]
            .map(String::from),
        );
        let mut plain = 0;
        for name in &all {
            if let Some(ascii) = plain_ascii_domain(name) {
                plain += 1;
                let full = normalize_fully(name);
                assert_eq!(
                    full,
                    Ok(NormalizedDomain {
                        ascii,
                        unicode: None
                    }),
                    "{name:?}"
                );
            }
        }
        assert!(plain > 1000, "the plain path took {plain} names");
    }

    #[test]
    fn the_plain_path_declines_what_needs_a_closer_look() {
        for name in [
            "xn--bcher-kva.de",
            "Xn--a.b",
            "localhost",
            "a.123",
            "-a.b",
            "a-.b",
            "a..b",
            "a_b.c",
            "bücher.de",
            "",
            ".",
        ] {
            assert_eq!(plain_ascii_domain(name), None, "{name:?}");
        }
        assert_eq!(
            plain_ascii_domain("Mail.Example.COM.").as_deref(),
            Some("mail.example.com")
        );
    }
}
