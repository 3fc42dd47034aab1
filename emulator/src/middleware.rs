//! The native host's own layers, around the core's exchange: the `--verbose` log and body deadlines.
//! Everything else a request passes (request ids, CORS, origins, auth, faults, call counting) is the
//! core's, in `exchange.rs`, once for both hosts.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

use crate::app::AppState;
use crate::reply::{with_request_id, ApiError};

/// With `--verbose`, logs each request's method, path and status to stderr.
pub async fn log_request(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    let resp = next.run(req).await;
    if state.args.verbose {
        // Method, path and status only: never headers or bodies (they carry keys and passwords).
        eprintln!("{method} {path} -> {}", resp.status().as_u16());
    }
    resp
}

/// The largest request body read: the core's limit (axum's default).
pub use crate::exchange::MAX_BODY_BYTES;

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
        Ok(Err(_)) => refusal(&state, &parts.headers, crate::exchange::too_large()).await,
        Err(_) => {
            let message = format!("the request body did not arrive within {limit_ms} ms");
            let timeout = ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                crate::unknowns::error_type::INVALID_REQUEST,
                message,
            );
            let mut resp = refusal(&state, &parts.headers, timeout).await;
            resp.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            resp
        }
    }
}

/// An answer made before the core's exchange (the body never arrived whole), with what the exchange
/// gives every answer: a request id (in the envelope and `X-Request-Id`) and the origin's CORS grant.
pub async fn refusal(state: &AppState, headers: &HeaderMap, error: ApiError) -> Response {
    let id = crate::ids::new_uuid();
    let mut resp = with_request_id(id.clone(), async move { error.into_response() }).await;
    let mut extra = vec![("x-request-id".to_string(), id)];
    let origin = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok());
    crate::cors::grant(&state.origins, origin, &mut extra);
    for (name, value) in extra {
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            resp.headers_mut().append(name, value);
        }
    }
    resp
}
