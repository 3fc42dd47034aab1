//! The conformance corpus's case format and how a result is held to a case: shared by the native run
//! (`tests/conformance.rs`) and the run inside each JavaScript host (`tests/wasm_shared/conformance.rs`).

use nylas_agent_accounts::EmailCheck;
use serde_json::Value;

/// One case, as the data files hold it.
pub struct Case {
    pub input: String,
    pub source_verdict: String,
    pub expect_valid: bool,
    pub codes: Vec<String>,
    pub codes_any: Vec<String>,
    pub address: Option<String>,
    pub default_domain: Option<String>,
    pub note: Option<String>,
    pub source_id: String,
    /// Checked against the host's URL only (the native `idna` crate gives another verdict).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub host_only: bool,
    /// Checked natively only: Node's URL gives another verdict (see the case's note).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub native_only: bool,
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn text(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Reads one case, or says what is malformed about it.
pub fn parse_case(value: &Value) -> Result<Case, String> {
    let input = text(value, "input").ok_or("no \"input\" string")?;
    let source_verdict = text(value, "source_verdict").ok_or("no \"source_verdict\"")?;
    if source_verdict != "valid" && source_verdict != "invalid" {
        return Err(format!(
            "source_verdict must be \"valid\" or \"invalid\", not {source_verdict:?}"
        ));
    }
    let expect = value.get("expect").ok_or("no \"expect\" object")?;
    let expect_valid = expect
        .get("valid")
        .and_then(Value::as_bool)
        .ok_or("no \"expect.valid\" boolean")?;
    let case = Case {
        input,
        source_verdict,
        expect_valid,
        codes: strings(expect.get("codes")),
        codes_any: strings(expect.get("codes_any")),
        address: text(expect, "address"),
        default_domain: text(value, "default_domain"),
        note: text(value, "note"),
        source_id: text(value, "source_id").ok_or("no \"source_id\"")?,
        host_only: value.get("host_only").and_then(Value::as_bool) == Some(true),
        native_only: value.get("native_only").and_then(Value::as_bool) == Some(true),
    };
    if case.expect_valid != (case.source_verdict == "valid") && case.note.is_none() {
        return Err("the expectation differs from the source but no \"note\" says why".into());
    }
    if case.expect_valid && !(case.codes.is_empty() && case.codes_any.is_empty()) {
        return Err("a valid expectation lists problem codes".into());
    }
    Ok(case)
}

/// Everything wrong with our result for this case; empty when it meets the expectation.
pub fn mismatches(case: &Case, check: &EmailCheck) -> Vec<String> {
    let got: Vec<&str> = check.problems.iter().map(|p| p.code.as_str()).collect();
    let mut wrong = Vec::new();
    if check.valid != case.expect_valid {
        wrong.push(format!(
            "expected valid={}, got valid={}",
            case.expect_valid, check.valid
        ));
    }
    let missing: Vec<&String> = case
        .codes
        .iter()
        .filter(|code| !got.contains(&code.as_str()))
        .collect();
    if !missing.is_empty() {
        wrong.push(format!("missing codes {missing:?}"));
    }
    if !case.codes_any.is_empty() && !case.codes_any.iter().any(|c| got.contains(&c.as_str())) {
        wrong.push(format!("expected one of {:?}", case.codes_any));
    }
    // Exact, not a subset: a code the case does not list is a difference too (when it lists any).
    let listed = |code: &&str| case.codes.iter().chain(&case.codes_any).any(|c| c == code);
    let unexpected: Vec<&&str> = got.iter().filter(|code| !listed(code)).collect();
    if !case.codes.is_empty() && !unexpected.is_empty() {
        wrong.push(format!("unexpected codes {unexpected:?}"));
    }
    if case.expect_valid && case.address.is_some() && case.address != check.address {
        wrong.push(format!(
            "expected address {:?}, got {:?}",
            case.address, check.address
        ));
    }
    wrong
}
