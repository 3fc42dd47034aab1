//! Conformance corpus: runs every case of `tests/conformance/*.json` (public suites and our own edge cases)
//! through `validate_email`, fails on any case whose verdict, codes or normalised address differ from the
//! profile's expectation, and prints how often our verdict agrees with each source's own verdict.
//!
//! Run it with `cargo test --test conformance -- --nocapture` to see the agreement figures.
#![cfg(not(target_arch = "wasm32"))]

#[path = "conformance/corpus.rs"]
mod corpus;

use corpus::{mismatches, parse_case};
use nylas_agent_accounts::{validate_email, EmailOptions};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Agreement figures of one source file.
#[derive(Default)]
struct Tally {
    run: usize,
    skipped: usize,
    agree: usize,
    deliberate: usize,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance")
}

fn corpus_files() -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(corpus_dir())? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "json") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

#[test]
fn conformance_corpus() {
    let mut failures = String::new();
    let mut failed = 0usize;
    let mut total = Tally::default();
    let mut report =
        String::from("\nconformance corpus: our verdict against each source's own verdict\n");
    for path in corpus_files().expect("tests/conformance is readable") {
        let name = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("?")
            .to_owned();
        let raw = std::fs::read_to_string(&path).expect("corpus file is readable");
        let cases: Vec<Value> = serde_json::from_str(&raw)
            .unwrap_or_else(|err| panic!("{}: not a JSON array of cases: {err}", path.display()));
        let mut tally = Tally::default();
        for (index, value) in cases.iter().enumerate() {
            let case = match parse_case(value) {
                Ok(case) => case,
                Err(why) => {
                    failed += 1;
                    let _ = writeln!(failures, "{name}[{index}]: malformed case: {why}");
                    continue;
                }
            };
            if case.host_only {
                tally.skipped += 1;
                continue;
            }
            let options = EmailOptions {
                default_domain: case.default_domain.clone(),
            };
            let check = validate_email(&case.input, &options);
            tally.run += 1;
            if check.valid == (case.source_verdict == "valid") {
                tally.agree += 1;
            } else if case.expect_valid == check.valid {
                tally.deliberate += 1;
            }
            let wrong = mismatches(&case, &check);
            if !wrong.is_empty() {
                failed += 1;
                let got: Vec<&str> = check.problems.iter().map(|p| p.code.as_str()).collect();
                let _ = writeln!(
                    failures,
                    "{name} [{}]\n  input:    {:?}\n  expected: valid={} codes={:?}{}{}\n  got:      valid={} codes={:?} address={:?}\n  why:      {}",
                    case.source_id,
                    case.input,
                    case.expect_valid,
                    case.codes,
                    if case.codes_any.is_empty() { String::new() } else { format!(" one of {:?}", case.codes_any) },
                    case.address.as_ref().map(|a| format!(" address={a:?}")).unwrap_or_default(),
                    check.valid,
                    got,
                    check.address,
                    wrong.join("; "),
                );
            }
        }
        let _ = writeln!(
            report,
            "  {name}: {}/{} agree with the source ({:.1} %), {} deliberate differences{}",
            tally.agree,
            tally.run,
            percent(tally.agree, tally.run),
            tally.deliberate,
            if tally.skipped > 0 {
                format!(", {} host-only cases skipped", tally.skipped)
            } else {
                String::new()
            },
        );
        total.run += tally.run;
        total.agree += tally.agree;
        total.deliberate += tally.deliberate;
        total.skipped += tally.skipped;
    }
    let _ = writeln!(
        report,
        "  total: {}/{} agree with their sources ({:.1} %), {} deliberate differences, {} cases fail our expectations",
        total.agree,
        total.run,
        percent(total.agree, total.run),
        total.deliberate,
        failed,
    );
    println!("{report}");
    assert!(total.run > 0, "no conformance case ran");
    assert!(
        failures.is_empty(),
        "{failed} conformance case(s) differ from the profile's expectation:\n{failures}"
    );
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    // Case counts are small: the conversion is exact.
    part as f64 * 100.0 / whole as f64
}
