//! The handler's options, checked once when it is created: a handler that would forward nothing, hold
//! no key, or trust every origin refuses to start, with a message that says what to pass.

use super::routes::{operations, routes_of};
use crate::client::options::{host_of, is_loopback, ClientOptions};
use crate::error::Error;
use serde_json::{Map, Value};

/// Body size when the caller doesn't say: far above any request the client sends (a create is under
/// 1 KB, a page of list items a few KB), far below what could exhaust a small worker.
pub const DEFAULT_MAX_BODY_BYTES: u64 = 64 * 1024;
const MAX_BODY_BYTES_LIMIT: u64 = 16 * 1024 * 1024;

/// The client options the handler passes on to its own client; the rest are the handler's.
const CLIENT_KEYS: [&str; 6] = [
    "apiKey",
    "serviceAccount",
    "apiUri",
    "region",
    "timeoutMs",
    "maxResponseBytes",
];
const HANDLER_KEYS: [&str; 7] = [
    "allow",
    "authorize",
    "fetch",
    "allowedOrigins",
    "maxBodyBytes",
    "basePath",
    "localOnly",
];

/// Validated handler options.
#[derive(Debug, Clone)]
pub struct HandlerOptions {
    /// The upstream client's options (key, service account, base URL, timeout).
    pub client: ClientOptions,
    /// The operations allowed, expanded from `resource.*`.
    pub allow: Vec<&'static str>,
    /// Cross-origin pages allowed, as `scheme://host[:port]`, lowercase.
    pub allowed_origins: Vec<String>,
    /// Largest request body.
    pub max_body_bytes: u64,
    /// The path prefix the handler answers under (`""` or `/api/nylas`).
    pub base_path: String,
    /// Whether JavaScript passes an `authorize` hook (false only in local mode).
    pub authorize: bool,
}

fn invalid(message: impl Into<String>) -> Error {
    Error::InvalidArgument(format!("createHandler(options): {}", message.into()))
}

impl HandlerOptions {
    /// Validates options from their JSON form (`authorize` and `fetch` are the hooks' `typeof`).
    pub fn from_json(json: &str) -> Result<Self, Error> {
        let Ok(Value::Object(mut all)) = serde_json::from_str::<Value>(json) else {
            return Err(invalid(
                "options must be an object such as { apiKey, allow, authorize }.",
            ));
        };
        if let Some(unknown) = all
            .keys()
            .find(|k| !CLIENT_KEYS.contains(&k.as_str()) && !HANDLER_KEYS.contains(&k.as_str()))
        {
            return Err(invalid(format!(
                "unknown option {unknown}. Known options: {}, {}.",
                CLIENT_KEYS.join(", "),
                HANDLER_KEYS.join(", ")
            )));
        }
        let mut own = Map::new();
        for key in HANDLER_KEYS {
            if let Some(value) = all.remove(key) {
                own.insert(key.into(), value);
            }
        }
        // JavaScript passes its hooks' `typeof`: a hook given must be a function.
        for hook in ["authorize", "fetch"] {
            if !matches!(
                own.get(hook).and_then(Value::as_str),
                None | Some("undefined" | "function")
            ) {
                return Err(invalid(format!("{hook} must be a function.")));
            }
        }
        let client = client_options(&all)?;
        let local_only = own.get("localOnly").and_then(Value::as_bool) == Some(true);
        let authorize = own.get("authorize").and_then(Value::as_str) == Some("function");
        if !authorize && !local_only {
            return Err(invalid("authorize is missing: pass a function authorize(request) that returns true for your signed-in operators (check your session cookie or token there). For the emulator on this machine, pass localOnly: true instead."));
        }
        if local_only && !is_loopback_url(&client.base_url) {
            return Err(invalid(format!("localOnly is only for an emulator on this machine, but apiUri is {}; pass an authorize function instead.", client.base_url)));
        }
        let allow = allowlist(own.get("allow"))?;
        if client.service_account.is_none() {
            if let Some(op) = allow.iter().find(|op| {
                routes_of(op)
                    .iter()
                    .any(|(_, p)| p.starts_with("/v3/admin/"))
            }) {
                return Err(invalid(format!("allow has {op}, a Manage Domains call, which the handler signs: pass serviceAccount (the credentials JSON Nylas Support issues).")));
            }
        }
        Ok(HandlerOptions {
            client,
            allow,
            allowed_origins: origins(own.get("allowedOrigins"))?,
            max_body_bytes: max_body_bytes(own.get("maxBodyBytes"))?,
            base_path: base_path(own.get("basePath"))?,
            authorize,
        })
    }

    /// Whether the allowlist holds `op`.
    pub fn allows(&self, op: &str) -> bool {
        self.allow.contains(&op)
    }
}

/// The upstream client's options: the handler exists to hold the key, so it is required.
fn client_options(given: &Map<String, Value>) -> Result<ClientOptions, Error> {
    let has_key = given
        .get("apiKey")
        .and_then(Value::as_str)
        .is_some_and(|k| !k.is_empty());
    if !has_key {
        return Err(invalid("apiKey is missing: pass your Nylas API key (from an environment variable or a secret store; it stays on the server)."));
    }
    // No retries here: the browser's client retries, and retrying in both places multiplies requests.
    let mut options = given.clone();
    options.insert("maxRetries".into(), Value::from(0));
    ClientOptions::from_map(&options).map_err(|error| match error {
        Error::InvalidArgument(message) => Error::InvalidArgument(
            message.replace("new AgentAccounts(options)", "createHandler(options)"),
        ),
        other => other,
    })
}

fn allowlist(given: Option<&Value>) -> Result<Vec<&'static str>, Error> {
    let names = given.and_then(Value::as_array).filter(|a| !a.is_empty()).ok_or_else(|| {
        invalid("allow is missing: list the client methods the page may call, e.g. allow: ['accounts.list', 'accounts.create', 'domains.list']. Nothing is allowed by default.")
    })?;
    let mut allow = Vec::new();
    for name in names {
        let name = name.as_str().unwrap_or_default();
        let matched: Vec<&'static str> = match name.strip_suffix(".*") {
            Some(resource) => operations()
                .filter(|op| {
                    op.strip_prefix(resource)
                        .is_some_and(|rest| rest.starts_with('.'))
                })
                .collect(),
            None => operations().filter(|op| *op == name).collect(),
        };
        if matched.is_empty() {
            let known: Vec<&str> = operations().collect();
            return Err(invalid(format!(
                "allow has '{name}', which is no client method. Use names such as accounts.create or domains.*; the methods are: {}.",
                known.join(", ")
            )));
        }
        allow.extend(
            matched
                .into_iter()
                .filter(|op| !allow.contains(op))
                .collect::<Vec<_>>(),
        );
    }
    Ok(allow)
}

fn origins(given: Option<&Value>) -> Result<Vec<String>, Error> {
    let Some(given) = given else {
        return Ok(Vec::new());
    };
    let list = given.as_array().ok_or_else(|| {
        invalid("allowedOrigins must be an array of origins such as ['https://admin.example.com'].")
    })?;
    list.iter()
        .map(|origin| {
            let origin = origin.as_str().unwrap_or_default().trim_end_matches('/');
            let well_formed = origin
                .split_once("://")
                .is_some_and(|(scheme, host)| {
                    matches!(scheme, "http" | "https") && !host.is_empty() && !host.contains(['/', '@', '*'])
                });
            if well_formed {
                Ok(origin.to_ascii_lowercase())
            } else {
                Err(invalid(format!("allowedOrigins has '{origin}': pass origins as scheme://host[:port], such as https://admin.example.com, without a path or a wildcard (the page's own origin is always allowed).")))
            }
        })
        .collect()
}

fn max_body_bytes(given: Option<&Value>) -> Result<u64, Error> {
    match given {
        None => Ok(DEFAULT_MAX_BODY_BYTES),
        Some(value) => value
            .as_u64()
            .filter(|n| (1024..=MAX_BODY_BYTES_LIMIT).contains(n))
            .ok_or_else(|| invalid(format!("maxBodyBytes must be a whole number from 1024 to {MAX_BODY_BYTES_LIMIT}, not {value}."))),
    }
}

fn base_path(given: Option<&Value>) -> Result<String, Error> {
    let path = match given {
        None => return Ok(String::new()),
        Some(value) => value.as_str().unwrap_or("?"),
    };
    let path = path.trim_end_matches('/');
    let well_formed = path.is_empty()
        || path.starts_with('/')
            && path
                .split('/')
                .skip(1)
                .all(|s| !s.is_empty() && s != "." && s != "..")
            && path
                .bytes()
                .all(|b| b.is_ascii_graphic() && b != b'?' && b != b'#' && b != b'%');
    if well_formed {
        Ok(path.to_string())
    } else {
        Err(invalid(format!(
            "basePath must be a path such as /api/nylas, not '{path}'."
        )))
    }
}

/// `http(s)://` a loopback host, with or without a port.
fn is_loopback_url(url: &str) -> bool {
    url.split_once("://")
        .is_some_and(|(_, rest)| is_loopback(host_of(rest.split('/').next().unwrap_or(""))))
}
