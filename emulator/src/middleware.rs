//! Request-wide layers: request ids, body deadlines, origin checks, API-key auth, service-account auth,
//! faults and call counting.

use axum::body::Body;
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

use crate::app::AppState;
use crate::fault_response::fault_response;
use crate::faults::{FaultKind, Phase};
use crate::listener::ConnMeta;
use crate::reply::{with_request_id, ApiError};
use crate::signing::SignedHeaders;

/// Gives every request an id: in the task-local the envelopes read, and in `X-Request-Id`.
pub async fn request_id(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let id = crate::ids::new_uuid();
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    let mut resp = with_request_id(id.clone(), next.run(req)).await;
    if let Ok(v) = HeaderValue::from_str(&id) {
        resp.headers_mut().insert("x-request-id", v);
    }
    if state.args.verbose {
        // Method, path and status only: never headers or bodies (they carry keys and passwords).
        eprintln!("{method} {path} -> {}", resp.status().as_u16());
    }
    resp
}

/// The largest request body read: what axum's body extractors accept by default.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// The `type` of the 403 a test hook answers to a page of a foreign origin.
pub use crate::auth::ORIGIN_NOT_ALLOWED;

/// Reads the whole request body within `--body-timeout-ms` of the headers, or answers 408 and closes
/// the connection: a client that stops half-way through a body must not hold a connection forever.
pub async fn read_body_in_time(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let limit_ms = state.args.body_timeout_ms;
    if limit_ms == 0 {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let read = axum::body::to_bytes(body, MAX_BODY_BYTES);
    match tokio::time::timeout(Duration::from_millis(limit_ms), read).await {
        Ok(Ok(bytes)) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Ok(Err(_)) => {
            ApiError::invalid("cannot read the request body (too large?)").into_response()
        }
        Err(_) => {
            let message = format!("the request body did not arrive within {limit_ms} ms");
            let mut resp = ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                crate::unknowns::error_type::INVALID_REQUEST,
                message,
            )
            .into_response();
            resp.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            resp
        }
    }
}

/// Refuses a hook call from a foreign page ([`crate::auth::check_hook_origin`]).
pub async fn hooks_refuse_foreign_origins(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .map(|o| String::from_utf8_lossy(o.as_bytes()).into_owned());
    match crate::auth::check_hook_origin(&state, origin.as_deref()) {
        Ok(()) => next.run(req).await,
        Err(e) => e.into_response(),
    }
}

/// `Authorization: Bearer <api key>` on every `/v3` route except `/v3/admin`.
pub async fn require_api_key(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let given = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok());
    match crate::auth::check_api_key(&state, given) {
        Ok(()) => next.run(req).await,
        Err(e) => e.into_response(),
    }
}

/// Service-account signatures on `/v3/admin/*` (no Authorization header needed).
pub async fn require_signature(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 2 * 1024 * 1024).await else {
        return ApiError::invalid("request body too large").into_response();
    };
    let headers = match signed_headers(&parts.headers) {
        Ok(h) => h,
        Err(e) => return e.into_response(),
    };
    if let Err(e) = state
        .trusted
        .verify(parts.method.as_str(), parts.uri.path(), &bytes, &headers)
    {
        return e.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

fn signed_headers(h: &HeaderMap) -> Result<SignedHeaders, ApiError> {
    let get = |name: &str| {
        h.get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .ok_or_else(|| {
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

/// Applies the fault (if any) chosen for this call, before or after the handler.
pub async fn inject_faults(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(fault) = state.faults.pick(req.method().as_str(), req.uri().path()) else {
        return next.run(req).await;
    };
    let conn = req
        .extensions()
        .get::<ConnectInfo<ConnMeta>>()
        .map(|c| c.0.clone());
    let delay = Duration::from_millis(fault.delay_ms);
    match (fault.phase, fault.kind) {
        (Phase::Before, FaultKind::Delay) => {
            // If the client gives up meanwhile, hyper drops this future: the call is never applied.
            tokio::time::sleep(delay).await;
            next.run(req).await
        }
        (Phase::Before, _) => fault_response(fault, None, conn.as_ref()).await,
        (Phase::After, FaultKind::Delay) => {
            let resp = next.run(req).await;
            tokio::time::sleep(delay).await;
            resp
        }
        (Phase::After, _) => {
            // Run the handler to completion even if the client disconnects: the change must land.
            let handled = tokio::spawn(with_request_id(
                crate::reply::current_request_id(),
                next.run(req),
            ));
            let real = handled.await.ok();
            fault_response(fault, real, conn.as_ref()).await
        }
    }
}

/// Counts calls per `METHOD /route/{template}` for the stats hook.
pub async fn count_calls(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| req.uri().path().to_string(), |m| m.as_str().to_string());
    crate::auth::count_call(&state, req.method().as_str(), &route);
    next.run(req).await
}
