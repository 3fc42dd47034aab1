//! Success and error envelopes (`{request_id, data}` / `{request_id, error:{type, message}}`).
//!
//! The request id is made once per request by the request-id middleware and kept in a scope, so a
//! handler (and every error it returns) writes the same id into its body as the `X-Request-Id` header
//! carries, without threading it through every function.

#[cfg(feature = "native")]
use axum::response::{IntoResponse, Response};
#[cfg(feature = "native")]
use http::HeaderValue;
use http::StatusCode;
use serde_json::{json, Map, Value};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::unknowns::error_type;

thread_local! {
    /// The id of the request whose future is being polled on this thread (see [`RequestScope`]).
    static REQUEST_ID: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `fut` with `id` as the current request id: what tokio's `task_local!` does, without tokio, so the
/// same code runs on a JavaScript event loop. The id is set for the length of each poll only, so futures
/// of other requests polled on the same thread in between never see it.
pub fn with_request_id<F: Future>(id: String, fut: F) -> RequestScope<F> {
    RequestScope {
        id: Some(id),
        fut: Box::pin(fut),
    }
}

/// The future [`with_request_id`] returns.
#[derive(Debug)]
pub struct RequestScope<F> {
    id: Option<String>,
    fut: Pin<Box<F>>,
}

impl<F: Future> Future for RequestScope<F> {
    type Output = F::Output;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = &mut *self;
        let outer = REQUEST_ID.with(|c| c.replace(this.id.take()));
        let result = this.fut.as_mut().poll(cx);
        // Restore the outer id and keep ours for the next poll.
        this.id = REQUEST_ID.with(|c| c.replace(outer));
        result
    }
}

/// The id of the request being handled, or a fresh one outside a request scope (unit tests).
pub fn current_request_id() -> String {
    REQUEST_ID
        .with(|c| c.borrow().clone())
        .unwrap_or_else(crate::ids::new_uuid)
}

/// An API error: status, `error.type` and a message that never contains a secret.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// `error.type`.
    pub kind: &'static str,
    /// `error.message`.
    pub message: String,
    /// Seconds for a `Retry-After` header (429 only).
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// Any status and type.
    pub fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            kind,
            message: message.into(),
            retry_after: None,
        }
    }
    /// 400 invalid request.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            error_type::INVALID_REQUEST,
            message,
        )
    }
    /// 404 not found.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, error_type::NOT_FOUND, message)
    }
    /// 409 conflict.
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, error_type::CONFLICT, message)
    }
    /// 401 authentication failure.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        let status = StatusCode::from_u16(crate::unknowns::AUTH_FAILURE_STATUS)
            .unwrap_or(StatusCode::UNAUTHORIZED);
        Self::new(status, error_type::AUTHENTICATION, message)
    }
    /// 429 with `Retry-After`.
    pub fn rate_limited(retry_after: u64) -> Self {
        let mut e = Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            error_type::RATE_LIMIT,
            "Too many requests, please try again shortly.",
        );
        e.retry_after = Some(retry_after.max(1));
        e
    }
    /// 500 for an emulator-side failure (state file, hashing task).
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            error_type::INTERNAL,
            message,
        )
    }
}

impl ApiError {
    /// The `{request_id, error:{type, message}}` body, with the current request's id.
    pub fn body(&self) -> Value {
        json!({
            "request_id": current_request_id(),
            "error": { "type": self.kind, "message": self.message },
        })
    }
}

#[cfg(feature = "native")]
impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut resp = (self.status, axum::Json(self.body())).into_response();
        if let Some(secs) = self.retry_after {
            resp.headers_mut()
                .insert("retry-after", HeaderValue::from(secs));
        }
        resp
    }
}

/// A success: a status and the body's fields other than `request_id`.
#[derive(Debug, Clone)]
pub struct Reply {
    status: StatusCode,
    fields: Map<String, Value>,
}

impl Reply {
    /// `{request_id, data}` with status 200.
    pub fn ok(data: Value) -> Self {
        Self::with_status(StatusCode::OK, data)
    }
    /// `{request_id, data}` with status 201.
    pub fn created(data: Value) -> Self {
        Self::with_status(StatusCode::CREATED, data)
    }
    /// `{request_id, data}` with any status.
    pub fn with_status(status: StatusCode, data: Value) -> Self {
        let mut fields = Map::new();
        fields.insert("data".into(), data);
        Self { status, fields }
    }
    /// Offset-paginated list: `{request_id, data:[…], limit, offset}` (grants, connectors).
    pub fn offset_list(items: Vec<Value>, limit: usize, offset: usize) -> Self {
        let mut r = Self::ok(Value::Array(items));
        r.fields.insert("limit".into(), json!(limit));
        r.fields.insert("offset".into(), json!(offset));
        r
    }
    /// Cursor-paginated list: `{request_id, data:[…], next_cursor}`.
    pub fn cursor_list(items: Vec<Value>, next_cursor: Option<String>) -> Self {
        let mut r = Self::ok(Value::Array(items));
        r.fields.insert("next_cursor".into(), json!(next_cursor));
        r
    }
    /// The rules list's nested envelope: `{request_id, data:{items, next_cursor}}`.
    pub fn nested_list(items: Vec<Value>, next_cursor: Option<String>) -> Self {
        Self::ok(json!({ "items": items, "next_cursor": next_cursor }))
    }
    /// DELETE: `{request_id}` only.
    pub fn deleted() -> Self {
        Self {
            status: StatusCode::OK,
            fields: Map::new(),
        }
    }
}

impl Reply {
    /// The status and the whole body, `request_id` (of the current request) first.
    pub fn into_parts(self) -> (StatusCode, Value) {
        let mut body = Map::new();
        body.insert("request_id".into(), Value::String(current_request_id()));
        body.extend(self.fields);
        (self.status, Value::Object(body))
    }
}

#[cfg(feature = "native")]
impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let (status, body) = self.into_parts();
        (status, axum::Json(body)).into_response()
    }
}

/// What every handler returns.
pub type ApiResult = Result<Reply, ApiError>;
