//! CORS, for both hosts (the native binary, and the wasm build's `listen()` and in-process fetch): a
//! grant to loopback pages and to the origins allowed by flag ([`crate::origins`]), nothing to others.
//! A page of another origin gets no `Access-Control-Allow-Origin`, so its browser neither sends a
//! preflighted call nor lets it read an answer (the hooks refuse it outright: [`crate::auth`]).

use crate::exchange::{Request, Response};
use crate::origins::AllowedOrigins;

/// The answer to a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`), or `None` for any
/// other request: the method and headers asked for are granted to an allowed origin, nothing to others.
pub fn preflight(origins: &AllowedOrigins, req: &Request) -> Option<Response> {
    let asked_method = req.header("access-control-request-method")?;
    if !req.method.eq_ignore_ascii_case("OPTIONS") {
        return None;
    }
    let mut headers = vec![("vary".to_string(), VARY.to_string())];
    if let Some(origin) = allowed(origins, req.header("origin")) {
        headers.push(("access-control-allow-origin".into(), origin));
        headers.push(("access-control-allow-methods".into(), asked_method.into()));
        if let Some(asked) = req.header("access-control-request-headers") {
            // Browsers never let `*` cover Authorization, so mirror what the preflight asks for.
            headers.push(("access-control-allow-headers".into(), asked.into()));
        }
        headers.push(("access-control-max-age".into(), "600".into()));
    }
    Some(Response::empty(200, headers))
}

/// Adds the grant to an answer for an allowed `origin`; nothing for others.
pub fn grant(origins: &AllowedOrigins, origin: Option<&str>, headers: &mut Vec<(String, String)>) {
    headers.push(("vary".into(), VARY.into()));
    if let Some(origin) = allowed(origins, origin) {
        headers.push(("access-control-allow-origin".into(), origin));
        headers.push((
            "access-control-expose-headers".into(),
            "x-request-id,retry-after".into(),
        ));
    }
}

const VARY: &str = "origin, access-control-request-method, access-control-request-headers";

/// The `Access-Control-Allow-Origin` value for this `Origin`, if it may have one.
fn allowed(origins: &AllowedOrigins, origin: Option<&str>) -> Option<String> {
    let origin = origin?;
    if origins.allows_any() {
        Some("*".into())
    } else {
        origins.allows(origin).then(|| origin.to_string())
    }
}
