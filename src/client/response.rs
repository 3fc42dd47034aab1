//! Reading a response: the success envelope, or an error mapped to our stable codes with a fix.

use crate::client::retry::parse_retry_after;
use crate::client::transport::HttpResponse;
use crate::error::{ApiErrorDetails, Error};
use serde_json::Value;

/// A successful response.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiResponse {
    /// HTTP status.
    pub status: u16,
    /// The parsed body (`Null` for an empty one).
    pub body: Value,
    /// From the body, or the `X-Request-Id` header.
    pub request_id: Option<String>,
}

/// Turns a response into the body or an error. (The caller scrubs secrets from the error: see
/// `scrub`.)
pub fn interpret(response: HttpResponse, now_ms: f64) -> Result<ApiResponse, Error> {
    let parsed: Option<Value> = if response.body.trim().is_empty() {
        Some(Value::Null)
    } else {
        serde_json::from_str(&response.body).ok()
    };
    let request_id = parsed
        .as_ref()
        .and_then(|b| b.get("request_id"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| {
            response
                .header("x-request-id")
                .or(response.header("request-id"))
                .map(str::to_string)
        });
    if (300..400).contains(&response.status) {
        // The API never redirects. Following one would carry the body (an app password) and the
        // caller's headers to whatever origin it names, and return that origin's answer as the API's.
        return Err(Error::BadResponse {
            code: "REDIRECT_REFUSED",
            message: format!(
                "the server answered with a redirect (status {}), which the Nylas API never sends: not \
                 followed, so nothing was sent elsewhere. Check apiUri (a proxy in front of the API must \
                 forward, not redirect).",
                response.status
            ),
        });
    }
    if (200..300).contains(&response.status) {
        return match parsed {
            Some(body) if body.get("error").is_some_and(Value::is_object) && body.get("data").is_none() => {
                Err(bad_response(format!(
                    "status {} with an error envelope ({}): not a success the Nylas API would send",
                    response.status,
                    error_fields(Some(&body), &response).1
                )))
            }
            Some(body) => Ok(ApiResponse { status: response.status, body, request_id }),
            None => Err(bad_response(format!(
                "the response (status {}) was not valid JSON: it was cut short or did not come from the Nylas API",
                response.status
            ))),
        };
    }
    let retry_after = response
        .header("retry-after")
        .and_then(|v| parse_retry_after(v, now_ms));
    let (error_type, message) = error_fields(parsed.as_ref(), &response);
    let (code, fix) = classify(response.status, &error_type, &message);
    // The server handler of this package (`proxy`) says how to fix its own refusals; Nylas sends no
    // `fix`, so its errors keep ours.
    let fix = parsed
        .as_ref()
        .and_then(|b| b.get("error")?.get("fix"))
        .and_then(Value::as_str)
        .filter(|f| !f.trim().is_empty())
        .unwrap_or(fix);
    Err(Error::Api(Box::new(ApiErrorDetails {
        status: response.status,
        error_type,
        message,
        request_id,
        retry_after: retry_after.map(|ms| ms.div_ceil(1000)),
        fix: fix.to_string(),
        code,
    })))
}

/// `{error: {type, message}}`, the flat `{type, message}`, or OAuth's `{error, error_description}`.
/// A blank string counts as missing: an `ApiError` with an empty `type` gives code nothing to branch on.
fn error_fields(body: Option<&Value>, response: &HttpResponse) -> (String, String) {
    let text = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string)
    };
    if let Some(body) = body {
        let inner = body.get("error");
        let error_type = text(inner.and_then(|e| e.get("type"))).or_else(|| text(body.get("type")));
        let message = text(inner.and_then(|e| e.get("message")))
            .or_else(|| text(body.get("message")))
            .or_else(|| text(body.get("error_description")));
        if error_type.is_some() || message.is_some() {
            let error_type = error_type
                .or_else(|| text(inner))
                .unwrap_or_else(|| "unknown_error".into());
            return (error_type, message.unwrap_or_else(|| "no message".into()));
        }
    }
    let kind = if response.body.trim_start().starts_with('<') {
        "an HTML page"
    } else {
        "a body that is not a Nylas error"
    };
    (
        "http_error".into(),
        format!(
            "status {} with {kind} (a proxy or gateway answered instead of the Nylas API)",
            response.status
        ),
    )
}

/// A `BAD_RESPONSE` error: something answered, but not as the Nylas API does.
pub fn bad_response(message: String) -> Error {
    Error::BadResponse {
        code: "BAD_RESPONSE",
        message,
    }
}

/// Every `code` an `ApiError` carries: `classify`'s and [`refine_create_error`]'s. The TypeScript
/// `ApiErrorCode` union is generated from it, and a test proves both functions stay inside it.
pub const API_ERROR_CODES: [&str; 12] = [
    "DOMAIN_NOT_REGISTERED",
    "DOMAIN_LIMIT_REACHED",
    "DOMAIN_NOT_VERIFIED",
    "ACCOUNT_LIMIT_REACHED",
    "UNAUTHORIZED",
    "FORBIDDEN",
    "NOT_FOUND",
    "CONFLICT",
    "RATE_LIMITED",
    "INVALID_REQUEST",
    "SERVER_ERROR",
    "API_ERROR",
];

/// Our stable code and a fix for an API error, from its status. Codes that depend on what was asked
/// (an unregistered domain on create) are refined by the caller: see `accounts::create`.
fn classify(status: u16, error_type: &str, _message: &str) -> (&'static str, &'static str) {
    match status {
        401 => ("UNAUTHORIZED", "Check the API key (or the service account for domains): it is missing, wrong or revoked."),
        400 if error_type.contains("unauthorized") => ("UNAUTHORIZED", "Check the API key: Nylas rejected it."),
        403 => ("FORBIDDEN", "The key is valid but not allowed to do this; check the application's plan and permissions."),
        404 => ("NOT_FOUND", "Check the id or email: nothing with it exists in this application (it may have been deleted)."),
        409 => ("CONFLICT", "It already exists; fetch it instead of creating it again."),
        429 => ("RATE_LIMITED", "Too many requests: the client retries on its own; lower requestsPerSecond if this persists."),
        400 | 422 => ("INVALID_REQUEST", "Nylas rejected the request; the message says which field. Run the local checks (preflightCreateAccount) first."),
        500..=599 => ("SERVER_ERROR", "Nylas had a problem; safe calls are retried automatically. Try again later if it persists."),
        _ => ("API_ERROR", "Nylas answered with an unexpected status; see the message and requestId."),
    }
}

/// The codes an account create can fail with besides the generic ones. The message tests mirror the
/// official CLI's (nylas-api.md §2): "domain" + "not registered"/"not found"/… is an unregistered domain,
/// "domain" + "maximum"/"limit" the domain cap.
pub fn refine_create_error(error: Error) -> Error {
    let Error::Api(mut details) = error else {
        return error;
    };
    let m = details.message.to_ascii_lowercase();
    let mentions = |words: &[&str]| words.iter().any(|w| m.contains(w));
    let about_domain = m.contains("domain");
    let refined = match details.status {
        400 | 404 | 422 if about_domain && mentions(&["not registered", "not found", "does not exist", "missing", "unknown"]) => Some((
            "DOMAIN_NOT_REGISTERED",
            "Register the domain with client.domains.create({ name, domainAddress }) and verify it, or use an address on a registered domain.",
        )),
        400 | 404 | 422 if about_domain && mentions(&["maximum", "max", "limit"]) => {
            Some(("DOMAIN_LIMIT_REACHED", "Delete a domain you no longer use, or ask Nylas for a higher domain limit."))
        }
        400 | 422 if about_domain && mentions(&["not verified", "unverified", "verify"]) => Some((
            "DOMAIN_NOT_VERIFIED",
            "Publish the DNS records of client.domains.records(id), then client.domains.verify(id, type).",
        )),
        400 | 403 | 422 if mentions(&["account limit", "accounts limit", "limit reached", "too many accounts"]) => {
            Some(("ACCOUNT_LIMIT_REACHED", "Delete agent accounts you no longer need, or move to a plan with more accounts."))
        }
        _ => None,
    };
    if let Some((code, fix)) = refined {
        details.code = code;
        details.fix = fix.to_string();
    }
    Error::Api(details)
}

#[cfg(test)]
mod tests;
