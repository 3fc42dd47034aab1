//! Provision Nylas Agent Accounts from browsers, edge functions and Node.
//!
//! The core is plain Rust that builds and tests natively: the local checks Nylas would otherwise reject
//! a request for ([`validate_email`], [`validate_app_password`], [`match_domain`],
//! [`preflight_create_account`]), the password generator and the error model. The `wasm` module is the
//! thin layer that exposes them to JavaScript.

mod argument;
mod batch;
#[cfg(feature = "client")]
pub mod client;
mod domain_match;
mod email;
mod error;
mod hash_index;
mod idn;
mod password;
mod preflight;
mod problem;
mod punycode;
#[cfg(feature = "client")]
mod webhook;

#[cfg(all(test, feature = "server", not(target_arch = "wasm32")))]
mod typescript;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The wasm's allocator: talc instead of std's dlmalloc, 1.9 KB gzip less for `/checks` with the batch as
/// fast, 2.0 KB for the client (BENCHMARKS.md, per-cut log, cuts 15 and 42). Each heap grown is claimed on its own (`WasmGrowAndClaim`) and
/// blocks are never resized in place: both smaller, and tests/js/checks-memory.test.mjs still sees no
/// growth over 1M validations. Not a bump allocator reset per call, though the batch would suit one:
/// the IDN conversions remembered between calls (`wasm::host`) and the strings handed back to
/// JavaScript, which it frees after the call returns, outlive the call.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::cell::TalcSyncCell<talc::wasm::WasmGrowAndClaim, talc::wasm::WasmBinning> =
    talc::cell::TalcSyncCell::new_wasm(talc::wasm::WasmGrowAndClaim);

/// The host's services for the core, by target: the JavaScript host's in wasm, the `idna` crate
/// natively. Chosen here, where the modules are wired, so that the core never names `wasm`.
#[cfg(target_arch = "wasm32")]
fn default_host() -> &'static dyn Host {
    &wasm::host::JsHost
}

/// The host's services for the core, by target: the JavaScript host's in wasm, the `idna` crate
/// natively. Chosen here, where the modules are wired, so that the core never names `wasm`.
#[cfg(not(target_arch = "wasm32"))]
fn default_host() -> &'static dyn Host {
    &idn::NativeHost
}

/// The client's codecs (base64, HTTP dates), by target as [`default_host`]: the JavaScript host's in
/// wasm, the `base64` and `httpdate` crates natively.
#[cfg(all(feature = "client", target_arch = "wasm32"))]
fn default_codecs() -> &'static dyn client::host::Codecs {
    &wasm::host::JsHost
}
#[cfg(all(feature = "client", not(target_arch = "wasm32")))]
fn default_codecs() -> &'static dyn client::host::Codecs {
    &client::host::NativeCodecs
}

pub use argument::{wrong_argument, EXPECTED};
#[cfg(feature = "client")]
pub use argument::{RAW_BODY, WEBHOOK_SECRET};
pub use batch::{encode_single, validate_email_batch, EmailBatch};
pub use domain_match::{match_domain, DomainMatch, DomainRef, RegisteredDomain};
pub use email::{normalize_domain, validate_email, EmailCheck, EmailOptions, NormalizedDomain};
pub use error::{ApiErrorDetails, Error, ErrorReport};
pub use idn::Host;
pub use password::{
    generate_app_password, password_rules, requested_length, validate_app_password, LengthArgument,
    PasswordCheck, PasswordRule, DEFAULT_LENGTH, MAX_LENGTH, MIN_LENGTH,
};
pub use preflight::{preflight_create_account, CreateAccountRequest, Preflight, PreflightContext};
pub use problem::{Problem, ProblemCode};
#[cfg(feature = "client")]
pub use webhook::{
    constant_time_eq, parse_signature_header, parse_webhook, sign_webhook_payload,
    verify_webhook_signature, Hmac, WebhookEvent,
};
