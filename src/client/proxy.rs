//! The server side of an admin page (`nylas-agent-accounts/server`): a handler that holds the API key and
//! the service account, and forwards to Nylas only the requests that an allowlist of client operations
//! sends. A browser request passes, in order: the base path, the origin check (same origin, or one of
//! `allowedOrigins`; CORS preflights are answered here), the caller's `authorize` hook (in JavaScript),
//! the route and allowlist, a JSON content type (a cross-site form can't send one), the body limit, and
//! the server-side checks of [`forward`]. Every refusal is a Nylas-style error body with a `fix`, so the
//! browser's client raises an `ApiError` that says what to do.

pub mod forward;
pub mod options;
pub mod routes;

use super::signing::Signer;
use super::transport::{Method, Transport};
use super::Client;
use options::HandlerOptions;
use routes::{match_route, Matched};
use serde_json::json;
use std::collections::BTreeMap;

/// What the handler reads of a request before its body. Header names are lowercase.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Head {
    /// `GET`, `POST`, …
    pub method: String,
    /// The absolute URL the request arrived at.
    pub url: String,
    /// The headers that matter here: origin, content-type, content-length, sec-fetch-site,
    /// access-control-request-method.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
}

impl Head {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    /// `(authority, path, query)` of the URL.
    fn parts(&self) -> (&str, &str, &str) {
        let rest = self.url.split_once("://").map_or("", |(_, rest)| rest);
        let rest = rest.split('#').next().unwrap_or("");
        let (authority, path_and_query) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let (path, query) = path_and_query
            .split_once('?')
            .unwrap_or((path_and_query, ""));
        (authority, path, query)
    }
}

/// An answer for the browser: status, headers and a JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// Header names and values.
    pub headers: Vec<(String, String)>,
    /// JSON text (may be empty for 204).
    pub body: String,
}

impl Reply {
    /// A refusal in the Nylas error format, with the `fix` the browser's `ApiError` carries.
    pub fn refusal(status: u16, kind: &str, message: &str, fix: &str) -> Reply {
        let body = json!({ "error": { "type": kind, "message": message, "fix": fix } });
        Reply {
            status,
            headers: Vec::new(),
            body: body.to_string(),
        }
    }

    /// As JSON for JavaScript: `{status, headers: [[name, value]], body}`.
    pub fn to_json(&self) -> String {
        json!({ "status": self.status, "headers": self.headers, "body": self.body }).to_string()
    }
}

/// A request that passed every check before its body.
#[derive(Debug)]
pub struct Admitted {
    /// Its method.
    pub method: Method,
    /// The route it matched, with the path as the client would send it.
    pub route: Matched,
    /// Its query string, decoded.
    pub query: Vec<(String, String)>,
    /// The allowed cross origin to answer with CORS headers, if any.
    pub cors_origin: Option<String>,
}

/// The handler: its options and a client that sends with the key and signs.
pub struct Handler<T: Transport, S: Signer> {
    /// Validated options.
    pub options: HandlerOptions,
    /// The upstream client (no retries: the browser's client retries).
    pub client: Client<T, S>,
}

fn method_of(name: &str) -> Option<Method> {
    Some(match name {
        "GET" => Method::Get,
        "POST" => Method::Post,
        "PUT" => Method::Put,
        "PATCH" => Method::Patch,
        "DELETE" => Method::Delete,
        _ => return None,
    })
}

impl<T: Transport, S: Signer> Handler<T, S> {
    /// A handler with validated options.
    pub fn new(options: HandlerOptions, transport: T, signer: S) -> Self {
        let client = Client::new(options.client.clone(), transport, signer);
        Handler { options, client }
    }

    /// The first gate, before `authorize`: the base path and the origin. `Some` is the answer (a
    /// refusal, or the reply to a CORS preflight); `None` lets the request go on.
    pub fn gate(&self, head: &Head) -> Option<Reply> {
        let (_, path, _) = head.parts();
        if self.api_path(path).is_none() {
            return Some(Reply::refusal(
                404,
                "not_found",
                &format!(
                    "{path} is not under this handler's basePath ({})",
                    self.base_path_shown()
                ),
                "Point the client's apiUri at the handler's basePath.",
            ));
        }
        let cors = match self.cross_origin(head) {
            Ok(cors) => cors,
            Err(reply) => return Some(reply),
        };
        if head.method == "OPTIONS" {
            let Some(origin) = cors else {
                return Some(Reply::refusal(403, "forbidden", "a CORS preflight from no allowed cross origin", "Same-origin pages need no preflight; add a cross-origin page's origin to allowedOrigins."));
            };
            let mut reply = Reply {
                status: 204,
                headers: Vec::new(),
                body: String::new(),
            };
            reply.headers.push((
                "access-control-allow-methods".into(),
                "GET, POST, PUT, PATCH, DELETE".into(),
            ));
            reply.headers.push((
                "access-control-allow-headers".into(),
                "content-type, authorization".into(),
            ));
            reply
                .headers
                .push(("access-control-max-age".into(), "600".into()));
            return Some(self.finish(reply, Some(&origin)));
        }
        None
    }

    /// The second gate, after `authorize`: the route, the allowlist, the content type and the
    /// declared length.
    pub fn admit(&self, head: &Head) -> Result<Admitted, Reply> {
        let cors_origin = self.cross_origin(head).map_err(|r| self.finish(r, None))?;
        let finish = |reply: Reply| self.finish(reply, cors_origin.as_deref());
        let (_, path, query) = head.parts();
        let api_path = self.api_path(path).unwrap_or_default();
        let method = method_of(&head.method).ok_or_else(|| {
            finish(Reply::refusal(
                405,
                "method_not_allowed",
                &format!("{} is no method of the Nylas API", head.method),
                "Use the AgentAccounts client; it sends GET, POST, PUT, PATCH and DELETE only.",
            ))
        })?;
        let route = match_route(method, api_path).ok_or_else(|| {
            finish(Reply::refusal(
                404,
                "not_found",
                &format!(
                    "{} {api_path} is no request of a client operation",
                    head.method
                ),
                "Call the API through the AgentAccounts client with apiUri set to this handler.",
            ))
        })?;
        if !route.ops.iter().any(|op| self.options.allows(op)) {
            let ops = route.ops.join(" or ");
            return Err(finish(Reply::refusal(403, "forbidden", &format!("{} {} is sent by {ops}, which this handler does not allow", head.method, route.template), &format!("If the page should be able to do this, add '{}' to the handler's allow option.", route.ops[0]))));
        }
        let has_body = matches!(method, Method::Post | Method::Put | Method::Patch)
            || head
                .header("content-length")
                .is_some_and(|l| l.trim() != "0");
        let json = head.header("content-type").is_some_and(|t| {
            t.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .eq_ignore_ascii_case("application/json")
        });
        if has_body && !json {
            return Err(finish(Reply::refusal(415, "unsupported_media_type", "the request body must be sent as Content-Type: application/json", "Send JSON, as the AgentAccounts client does; forms and text bodies are refused (they are what cross-site forgeries can send).")));
        }
        let declared: Option<u64> = head
            .header("content-length")
            .and_then(|l| l.trim().parse().ok());
        if declared.is_some_and(|n| n > self.options.max_body_bytes) {
            return Err(self.too_large(cors_origin.as_deref()));
        }
        let query = routes::canonical_query(query).ok_or_else(|| {
            finish(Reply::refusal(
                400,
                "invalid_request_error",
                "the query string has a malformed percent-escape",
                "Send the request through the AgentAccounts client.",
            ))
        })?;
        Ok(Admitted {
            method,
            route,
            query,
            cors_origin,
        })
    }

    /// The answer when the caller's `authorize` hook says no (or throws).
    pub fn unauthorized(&self, head: &Head) -> Reply {
        let cors = self.cross_origin(head).ok().flatten();
        let reply = Reply::refusal(
            401,
            "unauthorized",
            "the handler's authorize hook refused this request",
            "Sign in again: the page's session may have expired.",
        );
        self.finish(reply, cors.as_deref())
    }

    /// The answer to a body over `maxBodyBytes`.
    pub fn too_large(&self, cors_origin: Option<&str>) -> Reply {
        let limit = self.options.max_body_bytes;
        self.finish(Reply::refusal(413, "payload_too_large", &format!("the request body is over this handler's limit of {limit} bytes"), "Send less at once (fewer list items per call), or raise the handler's maxBodyBytes."), cors_origin)
    }

    /// `path` without the base path, when it is under it.
    fn api_path<'p>(&self, path: &'p str) -> Option<&'p str> {
        let rest = path.strip_prefix(self.options.base_path.as_str())?;
        rest.starts_with("/v3/").then_some(rest)
    }

    fn base_path_shown(&self) -> &str {
        if self.options.base_path.is_empty() {
            "/"
        } else {
            &self.options.base_path
        }
    }

    /// `Ok(Some(origin))` for an allowed cross origin, `Ok(None)` for the same origin or no browser
    /// origin at all, `Err` for any other origin.
    fn cross_origin(&self, head: &Head) -> Result<Option<String>, Reply> {
        let (authority, _, _) = head.parts();
        let origin = match head.header("origin") {
            Some(origin) => origin.trim().to_ascii_lowercase(),
            // No Origin: a server-side caller, or a same-origin GET. A browser that says the request
            // is cross-site without naming the origin is refused all the same.
            None if head.header("sec-fetch-site") == Some("cross-site") => {
                "an unnamed cross-site page".into()
            }
            None => return Ok(None),
        };
        let origin_authority = origin.split_once("://").map(|(_, a)| a);
        if origin_authority.is_some_and(|a| same_authority(a, authority)) {
            return Ok(None);
        }
        if self.options.allowed_origins.contains(&origin) {
            return Ok(Some(origin));
        }
        Err(Reply::refusal(403, "forbidden", &format!("a request from {origin}, which is not this handler's origin nor one of its allowedOrigins"), "Serve the page from the handler's origin, or add the page's origin to allowedOrigins."))
    }

    /// The headers every answer carries.
    pub fn finish(&self, mut reply: Reply, cors_origin: Option<&str>) -> Reply {
        let mut headers = vec![
            ("cache-control".to_string(), "no-store".to_string()),
            ("x-content-type-options".to_string(), "nosniff".to_string()),
        ];
        if !reply.body.is_empty() {
            headers.push((
                "content-type".into(),
                "application/json; charset=utf-8".into(),
            ));
        }
        if let Some(origin) = cors_origin {
            headers.push(("access-control-allow-origin".into(), origin.into()));
            headers.push(("access-control-allow-credentials".into(), "true".into()));
            headers.push(("vary".into(), "Origin".into()));
        }
        headers.append(&mut reply.headers);
        reply.headers = headers;
        reply
    }
}

/// Two authorities equal, ignoring case and a default port.
fn same_authority(a: &str, b: &str) -> bool {
    let strip = |x: &str| {
        let x = x.to_ascii_lowercase();
        x.strip_suffix(":443")
            .or_else(|| x.strip_suffix(":80"))
            .map(str::to_string)
            .unwrap_or(x)
    };
    strip(a) == strip(b)
}

#[cfg(test)]
mod tests;
