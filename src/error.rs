//! The crate's one error type. Each variant has a stable `code` and a JavaScript class `name`; the wasm
//! boundary turns an [`ErrorReport`] into a real `Error` object of that class, once, in `js/errors.js`.

use crate::problem::Problem;
use serde::Serialize;

/// Details of an error answered by the Nylas API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiErrorDetails {
    /// HTTP status.
    pub status: u16,
    /// Nylas's `error.type` (an open set: `api.rate_limit_error`, `not_found_error`, …).
    #[serde(rename = "type")]
    pub error_type: String,
    /// Nylas's `error.message`, or a description of an unreadable body.
    pub message: String,
    /// The request id from the body or the `X-Request-Id` header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Seconds to wait before retrying, from `Retry-After`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// What to do about it.
    pub fix: String,
    /// Our stable code for the case (`DOMAIN_NOT_REGISTERED`, `RATE_LIMITED`, … or `API_ERROR`);
    /// reported once, as the error's `code`.
    #[serde(skip)]
    pub code: &'static str,
}

/// Everything that can go wrong. Messages never contain an API key, an app password or a private key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Input was rejected before any request; every problem is listed.
    #[error("{}", validation_message(.0))]
    Validation(Vec<Problem>),
    /// An argument has the wrong shape (not a bad value: a programming error, such as a domain object
    /// without `domainAddress`).
    #[error("{0}")]
    InvalidArgument(String),
    /// The API answered with an error.
    #[error("Nylas API error {} ({}): {}", .0.status, .0.error_type, .0.message)]
    Api(Box<ApiErrorDetails>),
    /// The request could not be sent or its response not read.
    #[error("network error: {message}")]
    Network {
        /// What the host reported.
        message: String,
    },
    /// Something answered, but not as the Nylas API does: a redirect, a body over the size limit, a
    /// success without data, pagination that makes no progress. Never retried as it is.
    #[error("{message}")]
    BadResponse {
        /// `REDIRECT_REFUSED`, `RESPONSE_TOO_LARGE`, `PAGINATION_STALLED` or `BAD_RESPONSE`.
        code: &'static str,
        /// What came back, and what to check.
        message: String,
    },
    /// No response arrived in time; the request was cancelled.
    #[error("the request timed out after {ms} ms")]
    Timeout {
        /// The timeout that elapsed.
        ms: u64,
    },
    /// The caller's `AbortSignal` cancelled the request.
    #[error("the request was aborted")]
    Abort,
    /// A create found the address's account already there and, as asked (`onExisting: 'error'`, or a
    /// grant of another provider), changed nothing.
    #[error("{}", account_exists_message(.email, .id, .provider))]
    AccountExists {
        /// The normalised address.
        email: String,
        /// The existing grant's id.
        id: String,
        /// The existing grant's provider (`nylas` for an agent account).
        provider: String,
    },
    /// A bulk create asked for the same address more than once: only its first request is run, since a
    /// second create of one address would re-authenticate the account the first made.
    #[error("{email} is asked for more than once in this batch (first at index {first}): only that first request is run, so the account is created once. Remove the repeated request, or run it on its own with onExisting: 'update' if it was meant to change the account.")]
    DuplicateInBatch {
        /// The normalised address.
        email: String,
        /// The index of the batch's first request for it.
        first: usize,
    },
    /// The host has no cryptographic random source.
    #[error("no secure random source is available: {0}")]
    Random(String),
    /// A Manage Domains request could not be signed: the service account key is unusable, or the host
    /// has no WebCrypto. The message never contains key material.
    #[error("{0}")]
    Signing(String),
    /// A webhook delivery's body is not a Nylas notification (not JSON, gzip-compressed, or missing a
    /// field); the problems say which. They never echo the body or the secret.
    #[error("{}", validation_message(.0))]
    InvalidWebhook(Vec<Problem>),
}

fn validation_message(problems: &[Problem]) -> String {
    match problems {
        [] => "invalid input".to_string(),
        [one] => one.message.to_string(),
        [first, rest] => format!("{} (and 1 more problem: {})", first.message, rest.code),
        [first, rest @ ..] => format!("{} (and {} more problems)", first.message, rest.len()),
    }
}

fn account_exists_message(email: &str, id: &str, provider: &str) -> String {
    if provider == "nylas" {
        format!(
            "{email} already has an agent account (id {id}); nothing was changed. Pass {{ onExisting: 'skip' }}              to get it as it is, or {{ onExisting: 'update' }} to apply this request to it."
        )
    } else {
        format!(
            "{email} already has a grant of provider {provider} (id {id}) in this application, and an              application holds one grant per address; nothing was changed. Delete that grant first, or              use another address."
        )
    }
}

impl Error {
    /// The stable code JavaScript branches on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Validation(_) => "VALIDATION_ERROR",
            Error::InvalidArgument(_) => "INVALID_ARGUMENT",
            Error::Api(details) => details.code,
            Error::Network { .. } => "NETWORK_ERROR",
            Error::BadResponse { code, .. } => code,
            Error::Timeout { .. } => "TIMEOUT",
            Error::Abort => "ABORTED",
            Error::AccountExists { .. } => "ACCOUNT_EXISTS",
            Error::DuplicateInBatch { .. } => "DUPLICATE_IN_BATCH",
            Error::Random(_) => "RANDOM_UNAVAILABLE",
            Error::Signing(_) => "SIGNING_ERROR",
            Error::InvalidWebhook(_) => "WEBHOOK_INVALID",
        }
    }

    /// The JavaScript class the error becomes (every class extends `AgentAccountsError`).
    pub fn name(&self) -> &'static str {
        match self {
            Error::Validation(_)
            | Error::InvalidArgument(_)
            | Error::Signing(_)
            | Error::InvalidWebhook(_)
            | Error::AccountExists { .. }
            | Error::DuplicateInBatch { .. } => "ValidationError",
            Error::Api(_) => "ApiError",
            Error::Network { .. } | Error::BadResponse { .. } | Error::Random(_) => "NetworkError",
            Error::Timeout { .. } => "TimeoutError",
            Error::Abort => "AbortError",
        }
    }

    /// What crosses the wasm boundary: the class name, code, message and the fields of its kind.
    pub fn report(&self) -> ErrorReport<'_> {
        ErrorReport {
            name: self.name(),
            code: self.code(),
            message: self.to_string(),
            problems: match self {
                Error::Validation(problems) | Error::InvalidWebhook(problems) => {
                    Some(problems.as_slice())
                }
                Error::InvalidArgument(_) => Some(&[]),
                _ => None,
            },
            api: match self {
                Error::Api(details) => Some(details),
                _ => None,
            },
        }
    }
}

/// One error of every kind (each `BadResponse` code once), in the order TypeScript's `ErrorCode` lists
/// their codes (`src/typescript.rs`); the match below stops compiling when a variant is added without
/// one here.
#[cfg(all(test, feature = "server", not(target_arch = "wasm32")))] // read by src/typescript.rs
pub fn one_of_each() -> Vec<Error> {
    let text = String::new;
    let bad = |code| Error::BadResponse {
        code,
        message: text(),
    };
    let all = vec![
        Error::Validation(Vec::new()),
        Error::InvalidArgument(text()),
        Error::Network { message: text() },
        Error::Timeout { ms: 0 },
        Error::Abort,
        bad("REDIRECT_REFUSED"),
        bad("RESPONSE_TOO_LARGE"),
        bad("PAGINATION_STALLED"),
        bad("BAD_RESPONSE"),
        Error::Random(text()),
        Error::AccountExists {
            email: text(),
            id: text(),
            provider: text(),
        },
        Error::DuplicateInBatch {
            email: text(),
            first: 0,
        },
        Error::InvalidWebhook(Vec::new()),
        Error::Signing(text()),
    ];
    for error in &all {
        match error {
            Error::Validation(_)
            | Error::InvalidArgument(_)
            | Error::Api(_)
            | Error::Network { .. }
            | Error::BadResponse { .. }
            | Error::Timeout { .. }
            | Error::Abort
            | Error::AccountExists { .. }
            | Error::DuplicateInBatch { .. }
            | Error::Random(_)
            | Error::Signing(_)
            | Error::InvalidWebhook(_) => {}
        }
    }
    all
}

/// The code `js/errors.js` gives a thrown value that is not one of this crate's errors (a bug).
#[cfg(all(test, feature = "server", not(target_arch = "wasm32")))] // read by src/typescript.rs
pub const INTERNAL_ERROR: &str = "INTERNAL_ERROR";

/// The serialisable description of an [`Error`] that `js/errors.js` turns into an `Error` object.
#[derive(Debug, Serialize)]
pub struct ErrorReport<'a> {
    /// Class name.
    pub name: &'static str,
    /// Stable code.
    pub code: &'static str,
    /// Message for a person.
    pub message: String,
    /// The problems of a validation error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problems: Option<&'a [Problem]>,
    /// The fields of an API error.
    #[serde(skip_serializing_if = "Option::is_none", flatten)]
    pub api: Option<&'a ApiErrorDetails>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::ProblemCode;

    #[test]
    fn validation_report_carries_problems_and_a_summary() {
        let problems = vec![
            Problem::new(
                ProblemCode::EmailEmpty,
                "email",
                "The email address is empty.",
                "Enter one.",
            ),
            Problem::new(
                ProblemCode::NameEmpty,
                "name",
                "The name is empty.",
                "Enter one.",
            ),
        ];
        let error = Error::Validation(problems);
        let json = serde_json::to_value(error.report()).unwrap();
        assert_eq!(json["name"], "ValidationError");
        assert_eq!(json["code"], "VALIDATION_ERROR");
        assert_eq!(
            json["message"],
            "The email address is empty. (and 1 more problem: NAME_EMPTY)"
        );
        assert_eq!(json["problems"][1]["code"], "NAME_EMPTY");
    }

    #[test]
    fn api_report_flattens_its_fields() {
        let error = Error::Api(Box::new(ApiErrorDetails {
            status: 429,
            error_type: "api.rate_limit_error".into(),
            message: "Too many requests".into(),
            request_id: Some("req-1".into()),
            retry_after: Some(2),
            fix: "Wait and retry.".into(),
            code: "RATE_LIMITED",
        }));
        let json = serde_json::to_value(error.report()).unwrap();
        assert_eq!(json["name"], "ApiError");
        assert_eq!(json["code"], "RATE_LIMITED");
        assert_eq!(json["status"], 429);
        assert_eq!(json["type"], "api.rate_limit_error");
        assert_eq!(json["requestId"], "req-1");
        assert_eq!(json["retryAfter"], 2);
    }

    #[test]
    fn every_kind_has_a_code_and_a_class() {
        let cases = [
            (
                Error::Network {
                    message: "reset".into(),
                },
                "NETWORK_ERROR",
                "NetworkError",
            ),
            (Error::Timeout { ms: 5 }, "TIMEOUT", "TimeoutError"),
            (Error::Abort, "ABORTED", "AbortError"),
        ];
        for (error, code, name) in cases {
            assert_eq!((error.code(), error.name()), (code, name));
        }
    }
}
