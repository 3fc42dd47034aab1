//! Which HTTP requests each client operation sends, so that an allowlist of operation names (the
//! client's method names) becomes an allowlist of requests: both come from the one operation table,
//! `methods::METHODS`, and a test runs each workflow through the mock transport to prove its list
//! complete.

pub use super::super::methods::Route;
use super::super::methods::{find, METHODS};
use super::super::path_segment;
use super::super::transport::Method;
use super::super::Auth;

/// Every operation name an allowlist may hold: the client's method names.
pub fn operations() -> impl Iterator<Item = &'static str> {
    METHODS.iter().map(|op| op.name)
}

/// The routes operation `op` may send (empty for an unknown name).
pub fn routes_of(op: &str) -> Vec<Route> {
    find(op).map(|op| op.routes()).unwrap_or_default()
}

/// A browser request matched to a route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    /// The operations that may send it.
    pub ops: Vec<&'static str>,
    /// The path rebuilt from the template and the ids re-encoded, as the client itself would send it.
    pub path: String,
    /// The route's template, e.g. `/v3/grants/{id}`.
    pub template: &'static str,
    /// The id segments, decoded.
    pub ids: Vec<String>,
    /// Signed with the service account (Manage Domains).
    pub signed: bool,
}

/// Matches `method path` (percent-encoded, as it arrived) to the routes of every operation. `None`
/// when no operation sends it, or an id segment is empty, a dot segment or not decodable.
pub fn match_route(method: Method, path: &str) -> Option<Matched> {
    let segments: Vec<&str> = path.split('/').collect();
    let mut found: Option<Matched> = None;
    for op in operations() {
        for (route_method, template) in routes_of(op) {
            if route_method != method {
                continue;
            }
            let Some(ids) = ids_in(template, &segments) else {
                continue;
            };
            match &mut found {
                Some(m) if m.template == template => m.ops.push(op),
                Some(_) => {}
                None => {
                    found = Some(Matched {
                        ops: vec![op],
                        path: rebuild(template, &ids)?,
                        template,
                        ids,
                        signed: find(op).is_some_and(|op| op.auth == Auth::ServiceAccount),
                    })
                }
            }
        }
    }
    found
}

/// The decoded ids of `segments` when they fit `template`.
fn ids_in(template: &str, segments: &[&str]) -> Option<Vec<String>> {
    let pattern: Vec<&str> = template.split('/').collect();
    if pattern.len() != segments.len() {
        return None;
    }
    let mut ids = Vec::new();
    for (want, got) in pattern.iter().zip(segments) {
        if *want == "{id}" {
            ids.push(decode(got)?);
        } else if want != got {
            return None;
        }
    }
    Some(ids)
}

fn rebuild(template: &str, ids: &[String]) -> Option<String> {
    let mut ids = ids.iter();
    let mut out = Vec::new();
    for part in template.split('/') {
        if part == "{id}" {
            out.push(path_segment(ids.next()?).ok()?);
        } else {
            out.push(part.to_string());
        }
    }
    Some(out.join("/"))
}

/// Percent-decoding of one segment. `None` for a malformed escape, text that isn't UTF-8, or a
/// control character: no id has one, and an upstream parser might read it as a separator.
pub fn decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let text = String::from_utf8(out).ok()?;
    (!text.chars().any(char::is_control)).then_some(text)
}

/// A query string with every name and value decoded and encoded again, so that what goes upstream
/// is what the client itself would have sent.
pub fn canonical_query(query: &str) -> Option<Vec<(String, String)>> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(name)?, decode(value)?))
        })
        .collect()
}
