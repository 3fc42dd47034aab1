//! The checks every call passes before its handler, shared by the native host's axum layers
//! (`middleware.rs`) and the core's own exchange (`exchange.rs`): the API key, the hooks' origin rule,
//! and the call counter of the stats hook.

use http::StatusCode;

use crate::reply::ApiError;
use crate::state::AppState;

/// The `type` of the 403 a test hook answers to a page of a foreign origin. Hooks are the emulator's
/// own, not Nylas's, so the type says so.
pub const ORIGIN_NOT_ALLOWED: &str = "emulator.origin_not_allowed";

/// `Authorization: Bearer <api key>` (given the header's value), compared in constant time.
pub fn check_api_key(state: &AppState, authorization: Option<&str>) -> Result<(), ApiError> {
    let given = authorization
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim);
    match given {
        None => Err(ApiError::unauthorized(
            "missing Authorization: Bearer <API key> header",
        )),
        Some(key) if !constant_time_eq(key.as_bytes(), state.args.api_key.as_bytes()) => Err(
            ApiError::unauthorized("the API key is not valid for this application"),
        ),
        Some(_) => Ok(()),
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Test hooks take no key, and a page can send a simple POST (no preflight) to any URL: so a hook
/// refuses a request whose `Origin` is present and not allowed, rather than only withholding CORS.
pub fn check_hook_origin(state: &AppState, origin: Option<&str>) -> Result<(), ApiError> {
    let Some(origin) = origin else {
        return Ok(());
    };
    if state.origins.allows(origin) {
        return Ok(());
    }
    let message = format!(
        "origin {origin} may not call the emulator's test hooks: only pages from http://localhost, \
         http://127.0.0.1 or http://[::1] (any port) may; start the emulator with --allow-origin {origin} \
         to allow this one"
    );
    Err(ApiError::new(
        StatusCode::FORBIDDEN,
        ORIGIN_NOT_ALLOWED,
        message,
    ))
}

/// Counts one call of `METHOD /route/{template}` for the stats hook.
pub fn count_call(state: &AppState, method: &str, route: &str) {
    if let Ok(mut stats) = state.stats.lock() {
        *stats.entry(format!("{method} {route}")).or_default() += 1;
    }
}
