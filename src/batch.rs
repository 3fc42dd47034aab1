//! Many addresses in one call, encoded compactly for the trip back to JavaScript.
//!
//! A list of 100k addresses usually holds a handful of domains and a handful of distinct problems, so
//! each domain is converted once and each distinct problem is sent once; an item refers to them by
//! index. `js/checks.js` expands the items into the same `EmailCheck` objects `validateEmail` returns.
//! Both compact forms ([`EmailBatch`], [`encode_single`]) are described here only; their one decoder is
//! `js/checks.js`, and tests/js/boundary-round-trip.test.mjs round-trips both against `validate_email`.

use crate::email::{check_address, normalize_domain, EmailOptions, NormalizedDomain};
use crate::hash_index::HashIndex;
use crate::problem::Problem;
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;

/// The compact form of many `EmailCheck`s.
#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct EmailBatch {
    /// Distinct normalised domains, each sent as `[ascii]` or `[ascii, unicode]`.
    #[serde(serialize_with = "domain_forms")]
    pub domains: Vec<NormalizedDomain>,
    /// Distinct problems.
    pub problems: Vec<Problem>,
    /// One run of numbers per address, in order: `localPartLength, domainIndex` when valid (the local
    /// part is ASCII, so its length is the same in bytes and UTF-16 units), `-problemCount,
    /// problemIndex…` when not. Flat, so neither side allocates an array per address.
    pub items: Vec<i64>,
}

impl EmailBatch {
    /// The JSON text `serde_json` writes for this batch, written here directly for the domains and
    /// items: at opt-level "z" serde_json's writer is a chain of calls per value (and per string
    /// chunk), a sixth of a 10k-distinct-domain batch's time (BENCHMARKS.md, cut 39). The few
    /// distinct problems still go through serde_json.
    pub fn to_json(&self) -> String {
        let mut out = Vec::with_capacity(64 + 8 * self.items.len() + 40 * self.domains.len());
        out.extend_from_slice(b"{\"domains\":[");
        for (i, domain) in self.domains.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.push(b'[');
            json_string(&mut out, &domain.ascii);
            if let Some(unicode) = &domain.unicode {
                out.push(b',');
                json_string(&mut out, unicode);
            }
            out.push(b']');
        }
        out.extend_from_slice(b"],\"problems\":");
        // Problems hold only strings: serialising them cannot fail.
        if serde_json::to_writer(&mut out, &self.problems).is_err() {
            return String::new();
        }
        out.extend_from_slice(b",\"items\":[");
        let mut buffer = [0; 22];
        for (i, &item) in self.items.iter().enumerate() {
            out.extend_from_slice(decimal(&mut buffer, item, i > 0));
        }
        out.extend_from_slice(b"]}");
        String::from_utf8(out).unwrap_or_default()
    }
}

/// `text` as a JSON string. A domain never needs escaping; should one, serde_json escapes it.
fn json_string(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x20 || bytes[i] == b'"' || bytes[i] == b'\\' {
            // Writing a string into a Vec cannot fail.
            let _ = serde_json::to_writer(out, text);
            return;
        }
        i += 1;
    }
    out.push(b'"');
    out.extend_from_slice(bytes);
    out.push(b'"');
}

/// `n` in decimal as serde_json writes it, after a comma when `comma`: put together at the end of
/// `text` (room for a comma, a sign and the 20 digits of the largest u64), which the caller adds in one
/// copy. Not `format!`/`itoa`: core's formatting machinery is ten functions that V8 compiles on the
/// first `validateEmail` of a fresh process (BENCHMARKS.md, "Cold start").
fn decimal(text: &mut [u8; 22], n: i64, comma: bool) -> &[u8] {
    let mut rest = n.unsigned_abs();
    let mut at = text.len();
    loop {
        at -= 1;
        text[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        at -= 1;
        text[at] = b'-';
    }
    if comma {
        at -= 1;
        text[at] = b',';
    }
    &text[at..]
}

/// `[ascii]` or `[ascii, unicode]` per domain, without building a list for each.
fn domain_forms<S: Serializer>(
    domains: &[NormalizedDomain],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut seq = serializer.serialize_seq(Some(domains.len()))?;
    for domain in domains {
        match &domain.unicode {
            None => seq.serialize_element(&[&domain.ascii])?,
            Some(unicode) => seq.serialize_element(&[&domain.ascii, unicode])?,
        }
    }
    seq.end()
}

/// The tables of one batch, each a list of distinct entries with a [`HashIndex`] over it. Raw domains
/// are borrowed from the input (a list of customers' own domains has as many as addresses, and each
/// copy was an allocation).
#[derive(Default)]
struct Tables<'a> {
    batch: EmailBatch,
    /// Each raw domain seen, with the index of its domain or its problems.
    raw_domains: Vec<(&'a str, Result<i64, Vec<Problem>>)>,
    raw_domain_index: HashIndex,
    /// Over `batch.domains`.
    domain_index: HashIndex,
    /// Over `batch.problems`.
    problem_index: HashIndex,
}

impl<'a> Tables<'a> {
    fn domain(&mut self, raw: &'a str) -> Result<i64, Vec<Problem>> {
        let hash = HashIndex::hash(raw);
        if let Some((_, known)) = self
            .raw_domain_index
            .get(hash)
            .and_then(|at| self.raw_domains.get(at))
            .filter(|(seen, _)| *seen == raw)
        {
            return known.clone();
        }
        let result = normalize_domain(raw).map(|d| self.domain_slot(d));
        self.raw_domain_index.insert(hash, self.raw_domains.len());
        self.raw_domains.push((raw, result.clone()));
        result
    }

    fn domain_slot(&mut self, domain: NormalizedDomain) -> i64 {
        let hash = HashIndex::hash(&domain.ascii);
        slot(
            &mut self.batch.domains,
            &mut self.domain_index,
            hash,
            domain,
        )
    }

    fn problem_slot(&mut self, problem: Problem) -> i64 {
        let hash = HashIndex::hash(&problem.message);
        slot(
            &mut self.batch.problems,
            &mut self.problem_index,
            hash,
            problem,
        )
    }
}

/// The position of `value` in `list`, added when the index does not know it.
fn slot<T: PartialEq>(list: &mut Vec<T>, index: &mut HashIndex, hash: u64, value: T) -> i64 {
    if let Some(at) = index.get(hash).filter(|&at| list.get(at) == Some(&value)) {
        return at as i64;
    }
    index.insert(hash, list.len());
    list.push(value);
    (list.len() - 1) as i64
}

/// Checks every address, as [`crate::validate_email`] would, into the compact form.
pub fn validate_email_batch<S: AsRef<str>>(inputs: &[S], options: &EmailOptions) -> EmailBatch {
    let mut tables = Tables::default();
    for input in inputs {
        match check_address(input.as_ref(), options, |raw| tables.domain(raw)) {
            Ok((local, domain)) => {
                tables.batch.items.push(local.len() as i64);
                tables.batch.items.push(domain);
            }
            Err(problems) => {
                tables.batch.items.push(-(problems.len() as i64));
                for problem in problems {
                    let slot = tables.problem_slot(problem);
                    tables.batch.items.push(slot);
                }
            }
        }
    }
    tables.batch
}

/// One address in a compact text form for `validateEmail`, so that the common valid case needs no
/// `JSON.parse` in JavaScript (which was a third of a call's time): `V<localPartLength>\t<domain>` with
/// `\t<unicodeDomain>` when there is one, or `I` followed by the problems' JSON.
pub fn encode_single(input: &str, options: &EmailOptions) -> String {
    match check_address(input, options, normalize_domain) {
        Ok((local, domain)) => {
            let mut out = String::with_capacity(24 + domain.ascii.len());
            out.push('V');
            // The length's digits are ASCII.
            let mut buffer = [0; 22];
            for &digit in decimal(&mut buffer, local.len() as i64, false) {
                out.push(char::from(digit));
            }
            out.push('\t');
            out.push_str(&domain.ascii);
            if let Some(unicode) = domain.unicode {
                out.push('\t');
                out.push_str(&unicode);
            }
            out
        }
        // Problems hold only strings: serialising them cannot fail.
        Err(problems) => {
            let mut out = String::from("I");
            out.push_str(&serde_json::to_string(&problems).unwrap_or_default());
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_encoding_carries_what_validate_email_returns() {
        let options = EmailOptions::default();
        assert_eq!(
            encode_single("Ada@Example.COM.", &options),
            "V3\texample.com"
        );
        assert_eq!(
            encode_single("a@Bücher.de", &options),
            "V1\txn--bcher-kva.de\tbücher.de"
        );
        let invalid = encode_single("nope", &options);
        let problems: serde_json::Value = serde_json::from_str(&invalid[1..]).unwrap();
        assert!(invalid.starts_with('I'));
        assert_eq!(problems[0]["code"], "EMAIL_MISSING_AT");
    }

    #[test]
    fn a_hash_that_points_at_another_entry_adds_the_value_again() {
        let mut list = vec!["a".to_string(), "b".to_string()];
        let mut index = HashIndex::default();
        // As if "c" had the hash of "a": the entry at the position is not "c", so "c" gets its own.
        index.insert(HashIndex::hash("c"), 0);
        assert_eq!(
            slot(&mut list, &mut index, HashIndex::hash("c"), "c".into()),
            2
        );
        assert_eq!(
            slot(&mut list, &mut index, HashIndex::hash("c"), "c".into()),
            2
        );
        // "b" was put in the list without the index: it is added again, which decodes the same.
        assert_eq!(
            slot(&mut list, &mut index, HashIndex::hash("b"), "b".into()),
            3
        );
        assert_eq!(list, ["a", "b", "c", "b"]);
    }

    #[test]
    fn the_direct_json_is_serde_jsons() {
        let inputs = [
            "a@b.co",
            "x@bücher.de",
            "nope",
            "\"q\"@b.co",
            " s@b.co",
            "a\u{1}b@c.co",
        ];
        let mut batch = validate_email_batch(&inputs, &EmailOptions::default());
        assert_eq!(batch.to_json(), serde_json::to_string(&batch).unwrap());
        // Not met in practice, but written right: strings to escape, the extreme integers.
        batch.domains.push(NormalizedDomain {
            ascii: "a\"b\\c\n".into(),
            unicode: Some("\u{7f}é\t".into()),
        });
        // Past the first eight bytes too, where they are tested a word at a time.
        for tail in ["\u{1}", "\u{1f}", "\"", "\\", " ", "\u{7f}", "ü", "例"] {
            for at in 0..17 {
                let text = format!("{}{tail}{}", "abcdefghijklmnopq".get(..at).unwrap(), "xyz");
                batch.domains.push(NormalizedDomain {
                    ascii: text.clone(),
                    unicode: Some(text),
                });
            }
        }
        batch
            .items
            .extend([i64::MIN, i64::MAX, 0, -1, 10, 1_000_000]);
        assert_eq!(batch.to_json(), serde_json::to_string(&batch).unwrap());
        assert_eq!(
            EmailBatch::default().to_json(),
            serde_json::to_string(&EmailBatch::default()).unwrap()
        );
    }

    #[test]
    fn batch_shares_tables() {
        let inputs = [
            "a@b.co",
            "c@B.CO.",
            "x@bücher.de",
            "y@bücher.de",
            "nope",
            "nope2",
            " s@b.co",
            ".a(@b_c.co",
        ];
        // That each item decodes to what `validate_email` returns is tested through the package, with the
        // one decoder (`js/checks.js`): tests/js/boundary-round-trip.test.mjs.
        let batch = validate_email_batch(&inputs, &EmailOptions::default());
        let json = serde_json::to_value(&batch).unwrap();
        assert_eq!(
            json["domains"],
            serde_json::json!([["b.co"], ["xn--bcher-kva.de", "bücher.de"]])
        );
        assert_eq!(&batch.items[..4], &[1, 0, 1, 0]);
        assert_eq!(
            &batch.items[8..12],
            &[-1, 0, -1, 0],
            "the same problem is sent once"
        );
        assert_eq!(batch.problems.len(), 5);
    }
}
