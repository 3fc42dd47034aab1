//! Forwarding an admitted request: the server-side checks a browser can't skip, then one request
//! upstream with the key or the service-account signature, and the answer passed back with every
//! secret scrubbed. No retries here: the browser's client retries, and retrying in both places would
//! multiply the requests.
//!
//! The server-side checks hold the browser to the client's own rules, since a page's JavaScript can
//! be changed by whoever loads it: a create must pass the local checks and may not re-authenticate an
//! existing account (which would replace its app password) unless `accounts.update` is allowed, and a
//! change or delete under `/v3/grants` must be of an agent account (provider `nylas`).

use super::{Admitted, Handler, Reply};
use crate::client::accounts::{find, get, preflight};
use crate::client::scrub::scrub;
use crate::client::signing::Signer;
use crate::client::transport::{Method, Transport, TransportError};
use crate::client::{Auth, Call};
use crate::error::Error;
use crate::CreateAccountRequest;
use serde_json::Value;

/// The response headers worth passing back: the client reads them (request id, rate limit).
const PASSED_HEADERS: [&str; 3] = ["retry-after", "x-request-id", "request-id"];

/// Runs the server-side checks, sends the request upstream and returns the answer for the browser.
pub async fn forward<T: Transport, S: Signer>(
    handler: &Handler<T, S>,
    admitted: &Admitted,
    body: Option<&str>,
    signal: Option<&T::Signal>,
) -> Reply {
    let cors = admitted.cors_origin.as_deref();
    let body = match body.map(str::trim).filter(|b| !b.is_empty()) {
        None => None,
        Some(text) => match serde_json::from_str::<Value>(text) {
            Ok(value) => Some(value),
            Err(_) => {
                return handler.finish(
                    Reply::refusal(
                        400,
                        "invalid_request_error",
                        "the request body is not JSON",
                        "Send the request through the AgentAccounts client.",
                    ),
                    cors,
                )
            }
        },
    };
    let password = body
        .as_ref()
        .and_then(|b| b.pointer("/settings/app_password"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let mut secrets: Vec<&str> = password.iter().map(String::as_str).collect();
    let options = &handler.options.client;
    secrets.extend(options.api_key.as_deref());
    secrets.extend(
        options
            .service_account
            .as_ref()
            .map(|a| a.private_key.as_str()),
    );

    let checked = check(handler, admitted, body.as_ref(), signal).await;
    let reply = match checked {
        Err(reply) => reply,
        Ok(()) => send(handler, admitted, body, signal).await,
    };
    let reply = Reply {
        body: scrub(&reply.body, &secrets),
        ..reply
    };
    handler.finish(reply, cors)
}

/// The rules a browser can't skip: see the module.
async fn check<T: Transport, S: Signer>(
    handler: &Handler<T, S>,
    admitted: &Admitted,
    body: Option<&Value>,
    signal: Option<&T::Signal>,
) -> Result<(), Reply> {
    let client = &handler.client;
    let route = &admitted.route;
    match (admitted.method, route.template) {
        (Method::Post, "/v3/connect/custom") => {
            let body = body.ok_or_else(|| invalid("the create request has no body"))?;
            if body.get("provider").and_then(Value::as_str) != Some("nylas") {
                return Err(invalid(
                    "this handler creates agent accounts only: provider must be \"nylas\"",
                ));
            }
            let text = |pointer: &str| {
                body.pointer(pointer)
                    .and_then(Value::as_str)
                    .map(str::to_string)
            };
            let request = CreateAccountRequest {
                email: text("/settings/email"),
                app_password: text("/settings/app_password"),
                name: text("/name"),
                policy_id: text("/settings/policy_id"),
                workspace_id: text("/workspace_id"),
            };
            let email = preflight(&request).map_err(|e| error_reply(&e))?;
            let existing = find(client, &email, signal)
                .await
                .map_err(|e| error_reply(&e))?;
            if existing.is_some() && !handler.options.allows("accounts.update") {
                return Err(Reply::refusal(409, "conflict", &format!("an account for {email} exists already, and creating it again would replace its app password; this handler does not allow changing accounts"), "Use another address, or add 'accounts.update' to the handler's allow option if the page may change existing accounts."));
            }
            Ok(())
        }
        (Method::Patch | Method::Delete, "/v3/grants/{id}") => {
            let id = route.ids.first().map(String::as_str).unwrap_or_default();
            let grant = get(client, id, signal).await.map_err(|e| error_reply(&e))?;
            if grant.get("provider").and_then(Value::as_str) == Some("nylas") {
                Ok(())
            } else {
                Err(Reply::refusal(
                    403,
                    "forbidden",
                    &format!("{id} is not an agent account (its provider is not nylas)"),
                    "This handler changes and deletes agent accounts only.",
                ))
            }
        }
        _ => Ok(()),
    }
}

async fn send<T: Transport, S: Signer>(
    handler: &Handler<T, S>,
    admitted: &Admitted,
    body: Option<Value>,
    signal: Option<&T::Signal>,
) -> Reply {
    let route = &admitted.route;
    let mut call = Call::new(admitted.method, route.path.clone()).query(admitted.query.clone());
    call.body = body;
    if route.signed {
        call.auth = Auth::ServiceAccount;
    }
    let request = match handler.client.prepare(&call).await {
        Ok(request) => request,
        Err(error) => return error_reply(&error),
    };
    match handler.client.transport().send(request, signal).await {
        Ok(response) if (300..400).contains(&response.status) => Reply::refusal(
            502,
            "bad_gateway",
            &format!(
                "the Nylas API answered with a redirect (status {}), which was not followed",
                response.status
            ),
            "Check the handler's apiUri: it must be the API itself.",
        ),
        Ok(response) => Reply {
            status: response.status,
            headers: response
                .headers
                .iter()
                .filter(|(name, _)| PASSED_HEADERS.contains(&name.as_str()))
                .cloned()
                .collect(),
            body: response.body,
        },
        Err(TransportError::Timeout) => Reply::refusal(
            504,
            "gateway_timeout",
            "the Nylas API did not answer in time",
            "Try again; raise the handler's timeoutMs if this persists.",
        ),
        Err(TransportError::TooLarge) => Reply::refusal(
            502,
            "bad_gateway",
            "the Nylas API's answer was larger than the handler's maxResponseBytes",
            "Ask for smaller pages (limit), or raise the handler's maxResponseBytes.",
        ),
        Err(TransportError::Aborted) => {
            Reply::refusal(503, "aborted", "the request was cancelled", "Try again.")
        }
        Err(TransportError::Network(message)) => Reply::refusal(
            502,
            "bad_gateway",
            &format!("the handler could not reach the Nylas API: {message}"),
            "Check the handler's network and apiUri, then try again.",
        ),
    }
}

fn invalid(message: &str) -> Reply {
    Reply::refusal(
        400,
        "invalid_request_error",
        message,
        "Send the request through the AgentAccounts client, which runs the same checks first.",
    )
}

/// An error of the handler's own lookups, as an answer: the API's status and message pass through.
fn error_reply(error: &Error) -> Reply {
    match error {
        Error::Api(details) => Reply::refusal(
            details.status,
            &details.error_type,
            &details.message,
            &details.fix,
        ),
        Error::Validation(problems) => {
            let list: Vec<&str> = problems.iter().map(|p| p.message.as_ref()).collect();
            let fix = problems.first().map_or("", |p| p.fix.as_ref());
            Reply::refusal(
                400,
                "invalid_request_error",
                &format!("the local checks refused the request: {}", list.join("; ")),
                fix,
            )
        }
        Error::Timeout { .. } => {
            Reply::refusal(504, "gateway_timeout", &error.to_string(), "Try again.")
        }
        other => Reply::refusal(
            502,
            "bad_gateway",
            &other.to_string(),
            "Try again; check the handler's apiUri if this persists.",
        ),
    }
}
