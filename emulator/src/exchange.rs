//! One HTTP exchange over plain values, for both hosts (the native binary's axum server, `app.rs`, and
//! the wasm build's in-process `fetch` and `listen()`): request id, CORS, the body limit, routing, the
//! hooks' origin check, API-key or signature auth, call counting and faults.

use http::{Method, StatusCode};
use serde_json::Value;

use crate::faults::{FaultKind, Phase};
use crate::handler::{Cx, Found, Router};
use crate::reply::{with_request_id, ApiError};
use crate::signing::SignedHeaders;
use crate::state::AppState;

/// A request: method, path, query string (without `?`), headers (lowercase names) and body.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// `GET`, `POST` …
    pub method: String,
    /// The path, `/v3/grants`.
    pub path: String,
    /// The query string without `?`.
    pub query: String,
    /// Header names (lowercase) and values.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Request {
    /// The value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// How a response ends: whole, or broken as a fault asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The whole body.
    Complete,
    /// No response at all: the connection is reset.
    Reset,
    /// Part of the body, then the connection is cut.
    Cut,
}

/// A response: status, headers, body and how it ends.
#[derive(Debug, Clone)]
pub struct Response {
    /// HTTP status.
    pub status: u16,
    /// Header names and values.
    pub headers: Vec<(String, String)>,
    /// The body (for [`Ending::Cut`], the part that arrives).
    pub body: Vec<u8>,
    /// Whether it arrives whole.
    pub ending: Ending,
}

impl Response {
    /// A response with no body.
    pub fn empty(status: u16, headers: Vec<(String, String)>) -> Self {
        Self {
            status,
            headers,
            body: Vec::new(),
            ending: Ending::Complete,
        }
    }
    fn json(status: StatusCode, body: &Value) -> Self {
        Self {
            status: status.as_u16(),
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
            ending: Ending::Complete,
        }
    }
    fn error(e: &ApiError) -> Self {
        let mut r = Self::json(e.status, &e.body());
        if let Some(secs) = e.retry_after {
            r.headers.push(("retry-after".into(), secs.to_string()));
        }
        r
    }
}

/// Which checks a route gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Keyed,
    Signed,
    Hook,
}

/// The emulator's whole route table, grouped as the native host layers it.
#[derive(Debug, Clone)]
pub struct Table(Vec<(Group, Router)>);

impl Table {
    /// Every route; the hooks only when `--test-hooks` (`testHooks`) is on.
    pub fn new(state: &AppState) -> Self {
        let mut groups = vec![
            (Group::Keyed, crate::routes::keyed_routes()),
            (Group::Signed, crate::routes::signed_routes()),
        ];
        if state.args.test_hooks {
            groups.push((Group::Hook, crate::routes::hooks::router()));
        }
        Self(groups)
    }
}

/// The largest request body read: what the native host's body extractors accept (axum's default).
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// Answers one request: a CORS preflight at once; any other with a request id, refused when its body
/// is over [`MAX_BODY_BYTES`], and with the CORS grant of its origin.
pub async fn handle(state: &AppState, table: &Table, req: Request) -> Response {
    if let Some(answer) = crate::cors::preflight(&state.origins, &req) {
        return answer;
    }
    let origin = req.header("origin").map(str::to_string);
    let id = crate::ids::new_uuid();
    let mut resp = with_request_id(id.clone(), async {
        if req.body.len() > MAX_BODY_BYTES {
            return Response::error(&too_large());
        }
        route(state, table, req).await
    })
    .await;
    resp.headers.push(("x-request-id".into(), id));
    crate::cors::grant(&state.origins, origin.as_deref(), &mut resp.headers);
    resp
}

async fn route(state: &AppState, table: &Table, req: Request) -> Response {
    let Ok(method) = Method::from_bytes(req.method.as_bytes()) else {
        return Response::error(&method_not_allowed());
    };
    let mut path_exists = false;
    for (group, router) in &table.0 {
        match router.find(&method, &req.path) {
            Found::Route(route, params) => {
                return run(state, *group, route, params, req).await;
            }
            Found::MethodNotAllowed => path_exists = true,
            Found::NotFound => {}
        }
    }
    Response::error(&if path_exists {
        method_not_allowed()
    } else {
        ApiError::not_found("no such route in the Nylas API emulator")
    })
}

fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        crate::unknowns::error_type::INVALID_REQUEST,
        "method not allowed on this route",
    )
}

async fn run(
    state: &AppState,
    group: Group,
    route: crate::handler::Route,
    params: Vec<String>,
    req: Request,
) -> Response {
    if group == Group::Hook {
        if let Err(e) = crate::auth::check_hook_origin(state, req.header("origin")) {
            return Response::error(&e);
        }
    } else {
        crate::auth::count_call(state, route.method.as_str(), route.template);
    }
    let fault = if group == Group::Hook {
        None
    } else {
        state.faults.pick(route.method.as_str(), &req.path)
    };
    // A fault before the handler replaces the whole call: not even the auth runs (no nonce is spent).
    if let Some(f) = fault.filter(|f| f.phase == Phase::Before && f.kind != FaultKind::Delay) {
        return faulted(f.kind, f.status, None);
    }
    let checked = match group {
        Group::Keyed => crate::auth::check_api_key(state, req.header("authorization")),
        Group::Signed => signed_headers(&req).and_then(|h| {
            state
                .trusted
                .verify(route.method.as_str(), &req.path, &req.body, &h)
        }),
        Group::Hook => Ok(()),
    };
    let cx = Cx {
        state: state.clone(),
        params,
        query: req.query,
        body: req.body,
    };
    let call = async move {
        match checked {
            Err(e) => Response::error(&e),
            Ok(()) => match (route.endpoint)(cx).await {
                Ok(reply) => {
                    let (status, body) = reply.into_parts();
                    Response::json(status, &body)
                }
                Err(e) => Response::error(&e),
            },
        }
    };
    let Some(fault) = fault else {
        return call.await;
    };
    let tasks = &state.services.tasks;
    match (fault.phase, fault.kind) {
        (Phase::Before, FaultKind::Delay) => {
            tasks.sleep(fault.delay_ms).await;
            call.await
        }
        (Phase::Before, _) => faulted(fault.kind, fault.status, None),
        (Phase::After, FaultKind::Delay) => {
            let resp = call.await;
            tasks.sleep(fault.delay_ms).await;
            resp
        }
        (Phase::After, _) => {
            // The change must land even if the caller stops waiting for the spoiled answer.
            let (done, real) = futures_channel::oneshot::channel();
            let id = crate::reply::current_request_id();
            tasks.spawn(Box::pin(with_request_id(id, async move {
                let _ = done.send(call.await);
            })));
            faulted(fault.kind, fault.status, real.await.ok())
        }
    }
}

fn signed_headers(req: &Request) -> Result<SignedHeaders, ApiError> {
    let get = |name: &str| {
        req.header(name).map(str::to_string).ok_or_else(|| {
            ApiError::unauthorized(format!(
                "missing {name} header: Manage Domains needs a service-account signature"
            ))
        })
    };
    Ok(SignedHeaders {
        kid: get("x-nylas-kid")?,
        nonce: get("x-nylas-nonce")?,
        timestamp: get("x-nylas-timestamp")?,
        signature: get("x-nylas-signature")?,
    })
}

/// What a fault makes of the call; each host makes a broken [`Ending`] real on its connection.
fn faulted(kind: FaultKind, html_status: u16, real: Option<Response>) -> Response {
    let real_or_placeholder = || match real.clone() {
        Some(r) if r.body.len() >= 4 => r,
        _ => {
            let id = crate::reply::current_request_id();
            let body = format!(
                r#"{{"request_id":"{id}","data":{{"id":"00000000-0000-0000-0000-000000000000"}}}}"#
            );
            Response::json(StatusCode::OK, &Value::Null).with_body(body.into_bytes())
        }
    };
    match kind {
        FaultKind::Html => {
            let (status, page) = crate::faults::html_page(html_status);
            Response {
                status,
                headers: vec![("content-type".into(), "text/html".into())],
                body: page.into_bytes(),
                ending: Ending::Complete,
            }
        }
        FaultKind::Reset => Response {
            ending: Ending::Reset,
            ..Response::json(StatusCode::OK, &Value::Null).with_body(Vec::new())
        },
        FaultKind::Truncated => {
            let mut r = real_or_placeholder();
            let whole = r.body.len();
            r.body.truncate(whole / 2);
            r.headers.push(("content-length".into(), whole.to_string()));
            r.ending = Ending::Cut;
            r
        }
        FaultKind::MalformedJson => {
            let mut r = real_or_placeholder();
            let cut = (r.body.len() / 2).max(1);
            r.body.truncate(cut);
            r
        }
        FaultKind::Delay => real.unwrap_or_else(|| Response::error(&status_error(503))),
        other => Response::error(&status_error(other.status().unwrap_or(500))),
    }
}

/// The refusal of a body over [`MAX_BODY_BYTES`] (the native host's, before its body is whole, too).
pub fn too_large() -> ApiError {
    ApiError::invalid("cannot read the request body (too large?)")
}

/// The envelope of an injected status fault.
pub fn status_error(code: u16) -> ApiError {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let kind = match code {
        429 => return ApiError::rate_limited(1),
        500 => crate::unknowns::error_type::INTERNAL,
        _ => crate::unknowns::error_type::GATEWAY,
    };
    let reason = status.canonical_reason().unwrap_or("error");
    ApiError::new(status, kind, format!("injected fault: {code} {reason}"))
}

impl Response {
    fn with_body(mut self, body: Vec<u8>) -> Self {
        self.body = body;
        self
    }
}
