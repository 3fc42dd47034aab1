//! The JavaScript boundary. Arguments cross as strings and numbers, results as JSON text (or the compact
//! text of [`crate::encode_single`]); `js/checks.js` builds the arguments, parses the results and turns
//! error reports into `Error` classes (`js/errors.js`). One string each way is cheaper than objects built
//! property by property, and the checks read no JSON: without a JSON parser (and the float formatting its
//! error messages link) the checks-only wasm stays small. The client (`client` feature) reads JSON.

#[cfg(feature = "client")]
pub mod client;
#[cfg(feature = "client")]
pub mod fetch;
#[cfg(feature = "server")]
pub mod handler;
pub(crate) mod host;
#[cfg(feature = "client")]
pub(crate) mod webcrypto;
#[cfg(feature = "client")]
pub(crate) mod webhook;

#[cfg(feature = "client")]
pub use webcrypto::{WebCryptoHmac, WebCryptoSigner};
#[cfg(feature = "client")]
pub use webhook::{parse_webhook_json, verify_webhook_signature_js};

use crate::{
    encode_single, generate_app_password, match_domain, preflight_create_account, requested_length,
    validate_app_password, validate_email_batch, wrong_argument, CreateAccountRequest, DomainRef,
    EmailOptions, Error, LengthArgument, PreflightContext, RegisteredDomain, EXPECTED,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// `validateEmail`: the compact text of [`crate::encode_single`], which `js/checks.js` expands into an
/// `EmailCheck`.
#[wasm_bindgen(js_name = validateEmailCompact)]
pub fn validate_email_compact(input: &str, default_domain: Option<String>) -> String {
    encode_single(input, &EmailOptions { default_domain })
}

/// `validateEmails`: the addresses joined by NUL → the compact [`crate::EmailBatch`] JSON, which
/// `js/checks.js` expands. `None` when the text does not split into `count` addresses (one of them
/// holds a NUL itself); the JS side then checks them one by one.
#[wasm_bindgen(js_name = validateEmailsJoined)]
pub fn validate_emails_joined(
    joined: &str,
    count: usize,
    default_domain: Option<String>,
) -> Option<String> {
    let inputs: Vec<&str> = if count == 0 {
        Vec::new()
    } else {
        split_nul(joined, count)
    };
    (inputs.len() == count)
        .then(|| validate_email_batch(&inputs, &EmailOptions { default_domain }).to_json())
}

/// `joined.split('\0')`, by index: at opt-level "z" `split`'s searcher (and a byte iterator's
/// `next`) stay calls per byte. `count`, the number of parts expected, sizes the list.
fn split_nul(joined: &str, count: usize) -> Vec<&str> {
    let mut parts = Vec::with_capacity(count.min(joined.len() + 1));
    let mut start = 0;
    let bytes = joined.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == 0 {
            parts.push(&joined[start..at]);
            start = at + 1;
        }
        at += 1;
    }
    parts.push(&joined[start..]);
    parts
}

/// `validateAppPassword` → `PasswordCheck` JSON.
#[wasm_bindgen(js_name = validateAppPasswordJson)]
pub fn validate_app_password_json(password: &str) -> String {
    to_json(&validate_app_password(password))
}

/// `generateAppPassword(length?)`: the length as JavaScript gave it; [`crate::requested_length`]
/// decides the default and what is accepted. Throws an error report otherwise.
#[wasm_bindgen(js_name = generateAppPassword)]
pub fn generate_app_password_js(length: JsValue) -> Result<String, JsValue> {
    let kind;
    let argument = if length.is_undefined() {
        LengthArgument::Absent
    } else if let Some(n) = length.as_f64() {
        LengthArgument::Number(n)
    } else {
        kind = describe(&length);
        LengthArgument::Other(&kind)
    };
    requested_length(argument)
        .and_then(generate_app_password)
        .map_err(|e| report(&e))
}

/// `argumentError(what, expected, value)`: the error report of an argument of the wrong kind, for
/// `js/checks.js` to throw: `what` must be [`crate::EXPECTED`]`[expected]`, and `value` is named as
/// [`describe`] names it.
#[wasm_bindgen(js_name = argumentError)]
pub fn argument_error(what: &str, expected: usize, value: JsValue) -> JsValue {
    let expected = EXPECTED.get(expected).copied().unwrap_or_default();
    report(&wrong_argument(what, expected, &describe(&value)))
}

/// How an argument of the wrong kind is named in a message: `null`, `an array`, or its `typeof`.
pub(crate) fn describe(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// `matchDomain`: `domains` as [`domain_refs`] reads them.
#[wasm_bindgen(js_name = matchDomainJson)]
pub fn match_domain_json(email: &str, domains: &str) -> Result<String, JsValue> {
    Ok(to_json(&match_domain(email, &domain_refs(domains)?)))
}

/// `preflightCreateAccount`: the request's fields and the context's domains in one string, as
/// `js/checks.js` encodes them: `email`, `appPassword`, `name`, `policyId`, `workspaceId` and the
/// domains as [`domain_refs`] reads them, in that order, each either `-` (absent) or framed as
/// [`domain_refs`] frames a domain (its length in UTF-16 units, `:`, itself). One string instead of six
/// optional ones: the glue's copy of each was most of this export's JavaScript.
#[wasm_bindgen(js_name = preflightCreateAccountJson)]
pub fn preflight_create_account_json(encoded: &str) -> Result<String, JsValue> {
    let mut rest = encoded;
    let mut next = || -> Result<Option<String>, JsValue> {
        let (field, after) = match rest.strip_prefix('-') {
            Some(after) => (None, after),
            None => next_framed(rest)
                .map(|(text, after)| (Some(text.to_string()), after))
                .ok_or_else(not_encoded)?,
        };
        rest = after;
        Ok(field)
    };
    let request = CreateAccountRequest {
        email: next()?,
        app_password: next()?,
        name: next()?,
        policy_id: next()?,
        workspace_id: next()?,
    };
    let domains = next()?;
    if !rest.is_empty() {
        return Err(not_encoded());
    }
    let context = PreflightContext {
        domains: domains.as_deref().map(domain_refs).transpose()?,
    };
    Ok(to_json(&preflight_create_account(&request, &context)))
}

/// Registered domains as `js/checks.js` encodes them, in one string: each domain as its length in
/// UTF-16 units (JavaScript's `length`), `:`, and itself, which is `N<name>` for a bare name and
/// `O<b><o><m><address>` for a domain object, where `b`, `o` and `m` are its `branded`,
/// `verifiedOwnership` and `verifiedMx` flags as `t` (true), `f` (false) or `-` (absent, which is not
/// the same as false). One string instead of an array of them: the glue's per-element copy through
/// the externref table was about 0.5 KB of the checks' download.
pub fn domain_refs(mut encoded: &str) -> Result<Vec<DomainRef>, JsValue> {
    let mut refs = Vec::new();
    while !encoded.is_empty() {
        let (entry, rest) = next_framed(encoded).ok_or_else(not_encoded)?;
        refs.push(domain_ref(entry)?);
        encoded = rest;
    }
    Ok(refs)
}

/// The first `<length>:<text>` of [`domain_refs`], and what follows it. The length counts UTF-16 units,
/// which each character of the UTF-8 text has as many of as it had in JavaScript (a lone surrogate
/// arrives as U+FFFD: one unit either way).
fn next_framed(encoded: &str) -> Option<(&str, &str)> {
    let (length, text) = encoded.split_once(':')?;
    let mut units: usize = length.parse().ok()?;
    let mut end = 0;
    for c in text.chars() {
        if units == 0 {
            break;
        }
        units = units.checked_sub(c.len_utf16())?;
        end += c.len_utf8();
    }
    (units == 0).then(|| text.split_at(end))
}

fn domain_ref(encoded: &str) -> Result<DomainRef, JsValue> {
    let decoded = match encoded.as_bytes() {
        [b'N', ..] => Some(DomainRef::Name(encoded[1..].to_string())),
        [b'O', branded, ownership, mx, ..] => {
            match (
                flag(*branded),
                flag(*ownership),
                flag(*mx),
                encoded.get(4..),
            ) {
                (Some(branded), Some(verified_ownership), Some(verified_mx), Some(address)) => {
                    Some(DomainRef::Object(RegisteredDomain {
                        domain_address: address.to_string(),
                        branded,
                        verified_ownership,
                        verified_mx,
                    }))
                }
                _ => None,
            }
        }
        _ => None,
    };
    decoded.ok_or_else(not_encoded)
}

/// Only a caller that bypasses `js/checks.js` meets this.
fn not_encoded() -> JsValue {
    report(&Error::InvalidArgument(
        "arguments must be encoded by js/checks.js (see domain_refs in src/wasm/mod.rs).".into(),
    ))
}

/// A domain flag of [`domain_refs`]: `Some(value)` for a known letter, `None` for anything else.
fn flag(letter: u8) -> Option<Option<bool>> {
    match letter {
        b't' => Some(Some(true)),
        b'f' => Some(Some(false)),
        b'-' => Some(None),
        _ => None,
    }
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Our result types hold only strings, booleans, integers and lists: serialising them cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

/// An error crosses as the JSON of its report; `js/errors.js` makes the `Error` object.
pub(crate) fn report(error: &Error) -> JsValue {
    JsValue::from_str(&to_json(&error.report()))
}
