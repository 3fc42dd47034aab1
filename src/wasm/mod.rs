//! The JavaScript boundary. Each export moves JSON text across and calls the core: `js/api.js` does the
//! `JSON.stringify`/`JSON.parse` and turns error reports into `Error` classes (`js/errors.js`). One string
//! each way is cheaper than building objects property by property across the boundary, and keeps this
//! layer free of logic.

pub mod client;
pub mod fetch;
pub(crate) mod host;
pub(crate) mod webcrypto;
pub(crate) mod webhook;

pub use webcrypto::{WebCryptoHmac, WebCryptoSigner};
pub use webhook::{parse_webhook_json, verify_webhook_signature_js};

use crate::{
    encode_single, generate_app_password, match_domain, preflight_create_account,
    validate_app_password, validate_email_batch, CreateAccountRequest, DomainRef, EmailOptions,
    Error, PreflightContext,
};
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    // Makes a bug readable in the console; it is not error handling (nothing here is meant to panic).
    console_error_panic_hook::set_once();
}

/// `validateEmail`: the compact text of [`crate::encode_single`], which `js/api.js` expands into an
/// `EmailCheck`.
#[wasm_bindgen(js_name = validateEmailCompact)]
pub fn validate_email_compact(input: &str, default_domain: Option<String>) -> String {
    encode_single(input, &EmailOptions { default_domain })
}

/// `validateEmails`: a JSON array of strings → the compact [`crate::EmailBatch`] JSON, which `js/api.js`
/// expands. Throws an error report when the array is not an array of strings; the JS side then cleans
/// it up and calls again.
#[wasm_bindgen(js_name = validateEmailsJson)]
pub fn validate_emails_json(
    inputs: &str,
    default_domain: Option<String>,
) -> Result<String, JsValue> {
    let inputs: Vec<String> = parse(inputs, "addresses must be an array of strings")?;
    Ok(to_json(&validate_email_batch(
        &inputs,
        &EmailOptions { default_domain },
    )))
}

/// `validateAppPassword` → `PasswordCheck` JSON.
#[wasm_bindgen(js_name = validateAppPasswordJson)]
pub fn validate_app_password_json(password: &str) -> String {
    to_json(&validate_app_password(password))
}

/// `generateAppPassword`: throws an error report for a length outside 18–40.
#[wasm_bindgen(js_name = generateAppPassword)]
pub fn generate_app_password_js(length: usize) -> Result<String, JsValue> {
    generate_app_password(length).map_err(|e| report(&e))
}

/// `matchDomain`: `domains` is a JSON array of names or domain objects.
#[wasm_bindgen(js_name = matchDomainJson)]
pub fn match_domain_json(email: &str, domains: &str) -> Result<String, JsValue> {
    let domains: Vec<DomainRef> = parse(
        domains,
        "domains must be an array of domain names or domain objects with a domainAddress",
    )?;
    Ok(to_json(&match_domain(email, &domains)))
}

/// `preflightCreateAccount`: request and context as JSON objects.
#[wasm_bindgen(js_name = preflightCreateAccountJson)]
pub fn preflight_create_account_json(request: &str, context: &str) -> Result<String, JsValue> {
    let request: CreateAccountRequest = parse(
        request,
        "the request must be an object such as { email, appPassword }",
    )?;
    let context: PreflightContext = parse(
        context,
        "context.domains must be an array of domain names or domain objects with a domainAddress",
    )?;
    Ok(to_json(&preflight_create_account(&request, &context)))
}

/// serde_json's own error text is left out: formatting it links float printing and debug escaping
/// (about 20 KB of wasm) for a message the expectation already states.
fn parse<T: DeserializeOwned>(json: &str, expectation: &str) -> Result<T, JsValue> {
    serde_json::from_str(json)
        .map_err(|_| report(&Error::InvalidArgument(format!("{expectation}."))))
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Our result types hold only strings, booleans and lists: serialising them cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

/// An error crosses as the JSON of its report; `js/errors.js` makes the `Error` object.
pub(crate) fn report(error: &Error) -> JsValue {
    JsValue::from_str(&to_json(&error.report()))
}
