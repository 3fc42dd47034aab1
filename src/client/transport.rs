//! The seam between the client and the network. The client owns URLs, headers, status mapping, retries
//! and pacing; a transport only moves bytes, sleeps and tells the time. `fetch` in wasm
//! (`src/wasm/fetch.rs` over `js/transport.js`), a recording mock in native tests (`src/client/mock.rs`).

use std::future::Future;

/// HTTP methods the Nylas API uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// GET
    Get,
    /// POST
    Post,
    /// PUT
    Put,
    /// PATCH
    Patch,
    /// DELETE
    Delete,
}

impl Method {
    /// The method's name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// One request, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRequest {
    /// Method.
    pub method: Method,
    /// Absolute URL, query included.
    pub url: String,
    /// Header names and values.
    pub headers: Vec<(String, String)>,
    /// JSON text, when there is a body.
    pub body: Option<String>,
    /// The request is cancelled after this long.
    pub timeout_ms: u64,
    /// Reading the body stops past this many bytes ([`TransportError::TooLarge`]).
    pub max_body_bytes: u64,
}

/// What came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// Status code.
    pub status: u16,
    /// The headers the client reads (`x-request-id`, `retry-after`), lowercase names.
    pub headers: Vec<(String, String)>,
    /// The body as text (it may be truncated or not JSON: the client decides).
    pub body: String,
}

impl HttpResponse {
    /// A header by lowercase name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why no response arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// The connection failed or was reset, or the body could not be read.
    Network(String),
    /// `timeout_ms` elapsed.
    Timeout,
    /// The caller's signal aborted the request.
    Aborted,
    /// The body was longer than `max_body_bytes`; reading it stopped there.
    TooLarge,
}

/// A retry about to happen, for the caller's `onRetry` hook.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RetryEvent {
    /// 1 for the first retry.
    pub attempt: u32,
    /// How long the client waits before it, in milliseconds.
    #[cfg_attr(test, ts(type = "number"))]
    pub delay_ms: u64,
    /// `METHOD /path` of the request (no query string, no body).
    pub request: String,
    /// Why: the code of the error the attempt ended with.
    #[cfg_attr(test, ts(type = "RetryReason"))]
    pub reason: String,
    /// The HTTP status, when there was a response.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub status: Option<u16>,
}

/// Moves bytes, sleeps and tells the time. Single-threaded by design: in wasm the futures are not `Send`.
pub trait Transport {
    /// What cancels a request (an `AbortSignal` in wasm).
    type Signal;

    /// Sends one request.
    fn send(
        &self,
        request: HttpRequest,
        signal: Option<&Self::Signal>,
    ) -> impl Future<Output = Result<HttpResponse, TransportError>>;

    /// Waits `ms` milliseconds; ends at once with `Aborted` when the signal fires meanwhile.
    fn sleep(
        &self,
        ms: u64,
        signal: Option<&Self::Signal>,
    ) -> impl Future<Output = Result<(), TransportError>>;

    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> f64;

    /// True once the signal has fired.
    fn is_aborted(&self, signal: Option<&Self::Signal>) -> bool;

    /// Told about every retry before its delay.
    fn on_retry(&self, _event: &RetryEvent) {}

    /// Whether requests may carry our `User-Agent`. Browsers manage that header themselves (some
    /// ignore it, some add it to the CORS preflight, which a proxy may then refuse), so the fetch
    /// transport says no there.
    fn sends_user_agent(&self) -> bool {
        true
    }
}
