//! Client options, validated once at construction with errors that say what to change.

use crate::client::json_text;
use crate::client::signing::ServiceAccount;
use crate::error::Error;
use serde_json::{Map, Number, Value};

/// Default request timeout: the official SDK's 90 s, under the server's 120 s cap.
pub const DEFAULT_TIMEOUT_MS: u64 = 90_000;
/// Default retries after the first attempt.
pub const DEFAULT_MAX_RETRIES: u32 = 3;
/// Default pacing: under Nylas's 50 requests/s per application for grants and connect calls, leaving
/// room for other clients of the same application.
pub const DEFAULT_REQUESTS_PER_SECOND: f64 = 40.0;
/// First retry delay before jitter; doubles each retry.
pub const DEFAULT_RETRY_BASE_DELAY_MS: u64 = 500;
/// No retry waits longer than this, whatever the server's `Retry-After` says.
pub const DEFAULT_RETRY_MAX_DELAY_MS: u64 = 30_000;
/// The largest response body read: 16 MiB, far above any page of accounts or domains (a page of 200
/// messages with bodies can come near it: raise `maxResponseBytes` for those). A hostile or broken
/// server can't make the client buffer more.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

/// The options JavaScript passes (camelCase), in the order the messages list them.
const KNOWN_OPTIONS: [&str; 13] = [
    "apiKey",
    "region",
    "apiUri",
    "serviceAccount",
    "timeoutMs",
    "maxRetries",
    "requestsPerSecond",
    "retryBaseDelayMs",
    "retryMaxDelayMs",
    "maxResponseBytes",
    "headers",
    "fetch",
    "onRetry",
];

/// Validated options.
#[derive(Clone)]
pub struct ClientOptions {
    /// `Bearer` key; absent when a proxy at `base_url` adds it.
    pub api_key: Option<String>,
    /// `https://api.us.nylas.com`, `https://api.eu.nylas.com` or the `apiUri` given, without a final `/`.
    pub base_url: String,
    /// Credentials for the Manage Domains API.
    pub service_account: Option<ServiceAccount>,
    /// Per-request timeout.
    pub timeout_ms: u64,
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// Client-side pacing.
    pub requests_per_second: f64,
    /// First retry delay.
    pub retry_base_delay_ms: u64,
    /// Largest retry delay, the server's `Retry-After` included.
    pub retry_max_delay_ms: u64,
    /// Largest response body read.
    pub max_response_bytes: u64,
    /// Extra headers on every request.
    pub headers: Vec<(String, String)>,
}

impl std::fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientOptions")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("base_url", &self.base_url)
            .field("service_account", &self.service_account)
            .field("timeout_ms", &self.timeout_ms)
            .field("max_retries", &self.max_retries)
            .field("requests_per_second", &self.requests_per_second)
            .finish_non_exhaustive()
    }
}

fn invalid(message: impl Into<String>) -> Error {
    Error::InvalidArgument(message.into())
}

/// One option's value: `null` counts as absent, as `undefined` does in JavaScript.
fn given<'a>(options: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    options.get(name).filter(|value| !value.is_null())
}

/// A string option, or a message that names it.
fn text<'a>(options: &'a Map<String, Value>, name: &str) -> Result<Option<&'a str>, Error> {
    match given(options, name) {
        None => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(invalid(format!(
            "new AgentAccounts(options): {name} must be a string."
        ))),
    }
}

/// A number option as given, or a message that names it.
fn number<'a>(options: &'a Map<String, Value>, name: &str) -> Result<Option<&'a Number>, Error> {
    match given(options, name) {
        None => Ok(None),
        Some(Value::Number(n)) => Ok(Some(n)),
        Some(_) => Err(invalid(format!(
            "new AgentAccounts(options): {name} must be a number."
        ))),
    }
}

impl ClientOptions {
    /// Validates options from their JSON form.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        match serde_json::from_str(json) {
            Ok(Value::Object(options)) => Self::from_map(&options),
            _ => Err(invalid(
                "new AgentAccounts(options): options must be an object such as { apiKey }.",
            )),
        }
    }

    /// Validates options already read into an object. Read by hand rather than by a serde derive:
    /// the derive kept serde's deserialiser machinery and `f64`'s `Display` in the wasm, 19 KB gzip
    /// (BENCHMARKS.md, per-cut log, cut 41), and its messages ("invalid type: floating point `1.5`,
    /// expected u32") named Rust types instead of the option.
    pub fn from_map(options: &Map<String, Value>) -> Result<Self, Error> {
        if let Some(unknown) = options
            .keys()
            .find(|name| !KNOWN_OPTIONS.contains(&name.as_str()))
        {
            return Err(invalid(format!(
                "new AgentAccounts(options): unknown option {}. Known options: {}.",
                unknown.chars().take(40).collect::<String>(),
                KNOWN_OPTIONS.join(", ")
            )));
        }
        for hook in ["fetch", "onRetry"] {
            if !matches!(
                text(options, hook),
                Ok(None | Some("undefined" | "function"))
            ) {
                return Err(invalid(format!(
                    "new AgentAccounts(options): {hook} must be a function."
                )));
            }
        }
        let api_uri = text(options, "apiUri")?;
        let base_url = base_url(text(options, "region")?, api_uri)?;
        let api_key = text(options, "apiKey")?.filter(|k| !k.is_empty());
        if api_key.is_none() && api_uri.is_none() {
            return Err(invalid("new AgentAccounts(options): apiKey is missing. Pass your Nylas API key (server side only), or an apiUri pointing at a proxy that adds it."));
        }
        if let Some(key) = api_key {
            if key.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return Err(invalid("new AgentAccounts(options): apiKey contains whitespace; copy the key again without spaces or line breaks."));
            }
        }
        let service_account = match given(options, "serviceAccount") {
            None => None,
            Some(value) => Some(ServiceAccount::from_value(value).map_err(|what| {
                invalid(format!("new AgentAccounts(options): serviceAccount {what}. Pass the credentials JSON Nylas issued, as it is (JSON.parse of the file)."))
            })?),
        };
        let whole =
            |name, min, max, default| whole(number(options, name)?, name, min, max, default);
        Ok(ClientOptions {
            api_key: api_key.map(str::to_string),
            base_url,
            service_account,
            timeout_ms: whole("timeoutMs", 1, 600_000, DEFAULT_TIMEOUT_MS)?,
            max_retries: whole("maxRetries", 0, 10, DEFAULT_MAX_RETRIES.into())? as u32,
            requests_per_second: rate(number(options, "requestsPerSecond")?)?,
            retry_base_delay_ms: whole("retryBaseDelayMs", 0, 60_000, DEFAULT_RETRY_BASE_DELAY_MS)?,
            retry_max_delay_ms: whole("retryMaxDelayMs", 0, 600_000, DEFAULT_RETRY_MAX_DELAY_MS)?,
            max_response_bytes: whole(
                "maxResponseBytes",
                1024,
                1 << 30,
                DEFAULT_MAX_RESPONSE_BYTES,
            )?,
            headers: headers(given(options, "headers"))?,
        })
    }
}

/// `headers`: an object of string values.
fn headers(value: Option<&Value>) -> Result<Vec<(String, String)>, Error> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let wrong = || {
        invalid("new AgentAccounts(options): headers must be an object of strings, such as { 'X-Request-Source': 'admin' }.")
    };
    let Value::Object(fields) = value else {
        return Err(wrong());
    };
    fields
        .iter()
        .map(|(name, value)| match value {
            Value::String(text) => Ok((name.clone(), text.clone())),
            _ => Err(wrong()),
        })
        .collect()
}

fn whole(
    value: Option<&Number>,
    name: &str,
    min: u64,
    max: u64,
    default: u64,
) -> Result<u64, Error> {
    let Some(n) = value else {
        return Ok(default);
    };
    match n.as_u64() {
        Some(v) if (min..=max).contains(&v) => Ok(v),
        // The number as JSON wrote it (serde_json's printer, which the wasm links anyway, rather than
        // `f64`'s `Display`, 5.6 KB that nothing else needs).
        _ => Err(invalid(format!("new AgentAccounts(options): {name} must be a whole number from {min} to {max}, not {}.", json_text(&Value::Number(n.clone()))))),
    }
}

fn rate(value: Option<&Number>) -> Result<f64, Error> {
    let Some(n) = value else {
        return Ok(DEFAULT_REQUESTS_PER_SECOND);
    };
    match n.as_f64() {
        Some(v) if v > 0.0 && v <= 10_000.0 => Ok(v),
        _ => Err(invalid(format!("new AgentAccounts(options): requestsPerSecond must be above 0 and at most 10000, not {}. Nylas allows 50 per second per application.", json_text(&Value::Number(n.clone()))))),
    }
}

/// The Nylas data regions, the default first: each is served at `https://api.<region>.nylas.com`.
/// `Region` in the declarations is generated from it.
pub const REGIONS: [&str; 2] = ["us", "eu"];

fn base_url(region: Option<&str>, api_uri: Option<&str>) -> Result<String, Error> {
    if let Some(uri) = api_uri {
        return check_api_uri(uri);
    }
    match region.unwrap_or(REGIONS[0]) {
        known if REGIONS.contains(&known) => Ok(format!("https://api.{known}.nylas.com")),
        other => Err(invalid(format!(
            "new AgentAccounts(options): region must be 'us' or 'eu', not '{}'.",
            other.chars().take(20).collect::<String>()
        ))),
    }
}

/// An absolute http(s) URL; plain http only for loopback hosts (the emulator, a local proxy), since
/// the API key must never cross a network in clear text.
fn check_api_uri(uri: &str) -> Result<String, Error> {
    let trimmed = uri.trim_end_matches('/');
    let (scheme, rest) = trimmed.split_once("://").ok_or_else(|| {
        invalid("new AgentAccounts(options): apiUri must be an absolute URL such as https://api.us.nylas.com or http://127.0.0.1:4010.")
    })?;
    let authority = rest.split('/').next().unwrap_or("");
    let host = host_of(authority);
    if host.is_empty() || authority.contains('@') {
        return Err(invalid(
            "new AgentAccounts(options): apiUri has no host (and may not carry credentials).",
        ));
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(trimmed.to_string()),
        "http" if is_loopback(host) => Ok(trimmed.to_string()),
        "http" => Err(invalid(format!("new AgentAccounts(options): apiUri must use https for {host}; plain http is allowed only for loopback (127.0.0.1, localhost, [::1])."))),
        _ => Err(invalid("new AgentAccounts(options): apiUri must start with https:// (or http:// for a loopback address).")),
    }
}

pub(crate) fn host_of(authority: &str) -> &str {
    if let Some(end) = authority.find(']') {
        return &authority[..=end];
    }
    authority.split(':').next().unwrap_or("")
}

pub(crate) fn is_loopback(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "localhost"
        || host == "[::1]"
        || host.starts_with("127.") && host.split('.').count() == 4
}

#[cfg(test)]
mod tests;
