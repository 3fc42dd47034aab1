//! Builds the response a fault produces, from nothing (before phase) or from the real one (after phase).

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::time::Duration;

use crate::faults::{Fault, FaultKind};
use crate::listener::ConnMeta;

/// The response for `fault`; `real` is the handler's response in the after phase.
pub async fn fault_response(
    fault: Fault,
    real: Option<Response>,
    conn: Option<&ConnMeta>,
) -> Response {
    match fault.kind {
        FaultKind::Html => html_page(fault.status),
        FaultKind::Reset => {
            if let Some(c) = conn {
                c.request_reset();
            }
            broken_body(StatusCode::OK, Bytes::new(), 0)
        }
        FaultKind::Truncated => {
            let (status, bytes) = real_or_placeholder(real).await;
            let half = bytes.slice(..bytes.len() / 2);
            broken_body(status, half, bytes.len())
        }
        FaultKind::MalformedJson => {
            let (status, bytes) = real_or_placeholder(real).await;
            let cut = bytes.slice(..(bytes.len() / 2).max(1));
            let mut resp = (status, cut).into_response();
            resp.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            resp
        }
        // Delays are handled by the middleware (they wrap the handler instead of replacing it).
        FaultKind::Delay => real.unwrap_or_else(|| status_error(503)),
        status_kind => status_error(status_kind.status().unwrap_or(500)),
    }
}

fn status_error(code: u16) -> Response {
    crate::exchange::status_error(code).into_response()
}

fn html_page(code: u16) -> Response {
    let (status, page) = crate::faults::html_page(code);
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
    let mut resp = (status, page).into_response();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
    resp
}

async fn real_or_placeholder(real: Option<Response>) -> (StatusCode, Bytes) {
    let placeholder = || {
        let id = crate::reply::current_request_id();
        Bytes::from(format!(
            r#"{{"request_id":"{id}","data":{{"id":"00000000-0000-0000-0000-000000000000"}}}}"#
        ))
    };
    match real {
        Some(resp) => {
            let status = resp.status();
            let bytes = axum::body::to_bytes(resp.into_body(), 64 * 1024 * 1024)
                .await
                .unwrap_or_else(|_| placeholder());
            let bytes = if bytes.len() < 4 {
                placeholder()
            } else {
                bytes
            };
            (status, bytes)
        }
        None => (StatusCode::OK, placeholder()),
    }
}

/// A response that promises `declared_len` bytes, sends `first`, then fails: hyper aborts the
/// connection. The pause lets hyper flush `first` before the failure.
fn broken_body(status: StatusCode, first: Bytes, declared_len: usize) -> Response {
    let head = futures_util::stream::iter([Ok::<Bytes, std::io::Error>(first)]);
    let tail = futures_util::stream::once(async {
        tokio::time::sleep(Duration::from_millis(30)).await;
        Err::<Bytes, std::io::Error>(std::io::Error::other("injected connection fault"))
    });
    let mut resp = Response::new(Body::from_stream(futures_util::StreamExt::chain(
        head, tail,
    )));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if declared_len > 0 {
        resp.headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(declared_len));
    }
    resp
}
