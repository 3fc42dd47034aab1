//! The Nylas API client: builds requests, paces them under the rate limit, signs Manage Domains calls,
//! retries what is safe to retry and maps every failure to an [`Error`]. Resources live in their own
//! modules; the network lives behind [`Transport`].

pub mod accounts;
pub mod case;
pub mod connector;
pub mod dispatch;
pub mod domains;
pub mod endpoints;
pub(crate) mod host;
pub mod methods;
#[cfg(test)]
pub mod mock;
pub mod options;
#[cfg(feature = "server")]
pub mod proxy;
pub mod response;
pub mod retry;
pub mod scrub;
pub mod signing;
pub mod transport;
#[cfg(test)]
pub mod types;

use crate::error::Error;
use options::ClientOptions;
use response::{interpret, ApiResponse};
use retry::{delay_ms, jitter, should_retry, Replay};
use serde_json::Value;
use signing::Signer;
use std::cell::Cell;
use transport::{HttpRequest, Method, RetryEvent, Transport, TransportError};

/// The `User-Agent` of every request outside browsers: the package and its version (the npm package
/// takes the crate's version), as the official SDKs name themselves.
pub const USER_AGENT: &str = concat!("nylas-agent-accounts/", env!("CARGO_PKG_VERSION"));

/// How a call authenticates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// `Authorization: Bearer <apiKey>`.
    ApiKey,
    /// Service-account signature headers (Manage Domains), no `Authorization`.
    ServiceAccount,
}

/// One API call, before it becomes a request.
#[derive(Debug, Clone)]
pub struct Call {
    /// Method.
    pub method: Method,
    /// Path under the base URL, already percent-encoded (`/v3/grants/abc`).
    pub path: String,
    /// Query parameters, not yet encoded.
    pub query: Vec<(String, String)>,
    /// JSON body (snake_case, as the wire wants it).
    pub body: Option<Value>,
    /// How it authenticates.
    pub auth: Auth,
    /// Whether it may be repeated after an ambiguous failure.
    pub replay: Replay,
    /// Values to scrub from server messages (an app password in the body).
    pub secrets: Vec<String>,
}

impl Call {
    /// A call with API-key auth and no body.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        let replay = if method == Method::Post {
            Replay::Unsafe
        } else {
            Replay::Safe
        };
        Call {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            auth: Auth::ApiKey,
            replay,
            secrets: Vec::new(),
        }
    }

    /// With a JSON body.
    pub fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// With query parameters (`None` values are skipped).
    pub fn query(mut self, pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        self.query.extend(pairs);
        self
    }

    /// Declares that sending it twice does no harm.
    pub fn safe_to_replay(mut self) -> Self {
        self.replay = Replay::Safe;
        self
    }

    /// Signed with the service account.
    pub fn signed(mut self) -> Self {
        self.auth = Auth::ServiceAccount;
        self
    }
}

/// The client, generic over the network and the signer so that native tests drive it with mocks.
pub struct Client<T: Transport, S: Signer> {
    options: ClientOptions,
    transport: T,
    signer: S,
    next_slot_ms: Cell<f64>,
}

impl<T: Transport, S: Signer> Client<T, S> {
    /// A client with validated options.
    pub fn new(options: ClientOptions, transport: T, signer: S) -> Self {
        Client {
            options,
            transport,
            signer,
            next_slot_ms: Cell::new(0.0),
        }
    }

    /// The validated options.
    pub fn options(&self) -> &ClientOptions {
        &self.options
    }

    /// The transport (for its clock).
    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// Sends `call`, pacing and retrying as its kind allows, and returns the parsed success body.
    pub async fn send(
        &self,
        call: &Call,
        signal: Option<&T::Signal>,
    ) -> Result<ApiResponse, Error> {
        let mut attempt = 0;
        loop {
            if self.transport.is_aborted(signal) {
                return Err(Error::Abort);
            }
            let wait = self.reserve_slot();
            if wait > 0 {
                self.pause(wait, signal).await?;
            }
            let error = match self.attempt(call, signal).await {
                Ok(response) => return Ok(response),
                Err(error) => error,
            };
            attempt += 1;
            if attempt > self.options.max_retries || !should_retry(&error, call.replay) {
                return Err(error);
            }
            let delay = self.retry_delay(attempt, &error);
            self.transport.on_retry(&RetryEvent {
                attempt,
                delay_ms: delay,
                request: format!("{} {}", call.method.as_str(), call.path),
                reason: error.code().to_string(),
                status: match &error {
                    Error::Api(details) => Some(details.status),
                    _ => None,
                },
            });
            self.pause(delay, signal).await?;
        }
    }

    /// Waits `ms`, or ends with `Error::Abort` as soon as the caller's signal fires.
    pub async fn pause(&self, ms: u64, signal: Option<&T::Signal>) -> Result<(), Error> {
        self.transport
            .sleep(ms, signal)
            .await
            .map_err(|_| Error::Abort)
    }

    async fn attempt(&self, call: &Call, signal: Option<&T::Signal>) -> Result<ApiResponse, Error> {
        let request = self.prepare(call).await?;
        let secrets: Vec<&str> = call
            .secrets
            .iter()
            .map(String::as_str)
            .chain(self.options.api_key.as_deref())
            .collect();
        let outcome = match self.transport.send(request, signal).await {
            Ok(response) => interpret(response, self.transport.now_ms()),
            Err(TransportError::Timeout) => Err(Error::Timeout {
                ms: self.options.timeout_ms,
            }),
            Err(TransportError::Aborted) => Err(Error::Abort),
            Err(TransportError::Network(message)) => Err(Error::Network { message }),
            Err(TransportError::TooLarge) => Err(Error::BadResponse {
                code: "RESPONSE_TOO_LARGE",
                message: format!(
                    "the response of {} {} was larger than maxResponseBytes ({} bytes): reading stopped \
                     there. Ask for smaller pages (limit), or raise maxResponseBytes.",
                    call.method.as_str(),
                    call.path,
                    self.options.max_response_bytes
                ),
            }),
        };
        outcome.map_err(|error| scrub::scrub_error(error, &secrets))
    }

    fn retry_delay(&self, attempt: u32, error: &Error) -> u64 {
        let retry_after = match error {
            Error::Api(details) => details.retry_after.map(|s| s * 1000),
            _ => None,
        };
        let o = &self.options;
        delay_ms(
            attempt,
            retry_after,
            o.retry_base_delay_ms,
            o.retry_max_delay_ms,
            jitter(),
        )
    }

    /// Client-side pacing: each request takes the next free slot `1000 / requestsPerSecond` ms after
    /// the previous one, so a burst of calls is spread out instead of tripping the server's 429.
    fn reserve_slot(&self) -> u64 {
        let now = self.transport.now_ms();
        let slot = self.next_slot_ms.get().max(now);
        self.next_slot_ms
            .set(slot + 1000.0 / self.options.requests_per_second);
        (slot - now).max(0.0) as u64
    }

    pub(crate) async fn prepare(&self, call: &Call) -> Result<HttpRequest, Error> {
        let mut headers = vec![("Accept".to_string(), "application/json".to_string())];
        headers.extend(self.options.headers.iter().cloned());
        let caller_named_itself = headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("user-agent"));
        if self.transport.sends_user_agent() && !caller_named_itself {
            headers.push(("User-Agent".into(), USER_AGENT.into()));
        }
        let body = match call.auth {
            Auth::ApiKey => {
                if let Some(key) = &self.options.api_key {
                    headers.push(("Authorization".into(), format!("Bearer {key}")));
                }
                call.body.as_ref().map(json_text)
            }
            // Behind a server handler (no key, no service account: `apiUri` points at it) the call
            // goes unsigned, and the handler signs it.
            Auth::ServiceAccount
                if self.options.service_account.is_none() && self.options.api_key.is_none() =>
            {
                call.body.as_ref().map(json_text)
            }
            Auth::ServiceAccount => {
                let account = self.options.service_account.as_ref().ok_or_else(|| {
                    Error::InvalidArgument("Manage Domains calls need the serviceAccount option: the credentials JSON Nylas Support issues (keep it server side), or, in a browser, an apiUri pointing at the server handler (nylas-agent-accounts/server), which signs them.".into())
                })?;
                let timestamp = (self.transport.now_ms() / 1000.0) as u64;
                let path = call.path.as_str();
                let (signed, body) = signing::sign_request(
                    &self.signer,
                    account,
                    call.method.as_str(),
                    path,
                    call.body.as_ref(),
                    timestamp,
                )
                .await?;
                headers.extend(signed);
                body
            }
        };
        if body.is_some() {
            headers.push(("Content-Type".into(), "application/json".into()));
        }
        Ok(HttpRequest {
            method: call.method,
            url: self.url(call),
            headers,
            body,
            timeout_ms: self.options.timeout_ms,
            max_body_bytes: self.options.max_response_bytes,
        })
    }

    fn url(&self, call: &Call) -> String {
        let mut url = format!("{}{}", self.options.base_url, call.path);
        for (i, (key, value)) in call.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&encode(key));
            url.push('=');
            url.push_str(&encode(value));
        }
        url
    }
}

/// The compact JSON text of `value`. `Value`'s `Display` gives the same text, but it also links
/// serde_json's pretty printer (for `{:#}`), about 5 KB of wasm that nothing here uses.
pub fn json_text(value: &Value) -> String {
    // Serialising a `Value` can't fail: its map keys are strings.
    serde_json::to_string(value).unwrap_or_default()
}

/// A JSON object of `fields`, in place. `json!` with a `Value` inside copies that value through
/// serde_json's value serializer (about 1.5 KB of wasm), so results made of values are built with this.
pub fn object<const N: usize>(fields: [(&str, Value); N]) -> Value {
    // Inserted one by one: collect() would build the map by sorting, which links a sort routine.
    let mut map = serde_json::Map::new();
    for (key, value) in fields {
        map.insert(key.to_string(), value);
    }
    Value::Object(map)
}

/// An id (or, for accounts, an email address) as one path segment: trimmed, required, not a dot
/// segment, and percent-encoded so that it can't reach into another segment.
pub fn path_segment(id: &str) -> Result<String, Error> {
    let trimmed = id.trim();
    if trimmed.is_empty() {
        return Err(Error::InvalidArgument(
            "this call needs an id: pass the id (for accounts, the id or the email address) as Nylas returned it.".into(),
        ));
    }
    // URL parsers resolve `.` and `..` (and their %2E spellings) away: `DELETE /v3/policies/..` would
    // become `DELETE /v3/`, and `POST /v3/webhooks/rotate-secret/..` the create endpoint.
    if trimmed == "." || trimmed == ".." {
        return Err(Error::InvalidArgument(format!(
            "'{trimmed}' is not an id: pass the id as Nylas returned it."
        )));
    }
    Ok(encode(trimmed))
}

/// Percent-encodes everything but RFC 3986 unreserved characters (so `+` and `@` in an email survive a
/// query string, and `/` can't escape a path segment).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests;
