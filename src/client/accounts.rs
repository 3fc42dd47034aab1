//! Agent accounts (grants with provider `nylas`): create the way the official CLI does and safer —
//! local preflight first, and a lost response reconciled by looking the email up before creating again.

use super::endpoints::{data_of, list_page, Args, Paging};
use super::response::refine_create_error;
use super::retry::{delay_ms, is_ambiguous, jitter};
use super::scrub::scrub_error;
use super::signing::Signer;
use super::transport::{Method, Transport};
use super::{path_segment, Call, Client};
use crate::error::Error;
use crate::{
    preflight_create_account, validate_email, CreateAccountRequest, EmailOptions, PreflightContext,
};
use serde_json::{json, Map, Value};

mod bulk;
mod existing;
mod update;

pub use bulk::{lookup_many, Lookup};
pub use existing::{Created, OnExisting, Outcome, Prior};
pub use update::update;

/// Accounts per page when the caller doesn't say: the API's maximum, so walking every page takes
/// the fewest requests.
const DEFAULT_PAGE_SIZE: u64 = 200;

/// The wire body of `POST /v3/connect/custom`; `app_password`, `policy_id`, `workspace_id` and `name`
/// only when given (`policy_id` is the legacy beta field).
pub fn create_body(request: &CreateAccountRequest, with_password: bool) -> Value {
    let mut settings = Map::new();
    settings.insert(
        "email".into(),
        json!(request.email.as_deref().unwrap_or("").trim()),
    );
    if let (true, Some(password)) = (with_password, &request.app_password) {
        settings.insert("app_password".into(), json!(password));
    }
    if let Some(policy) = &request.policy_id {
        settings.insert("policy_id".into(), json!(policy));
    }
    let mut body = Map::new();
    body.insert("provider".into(), json!("nylas"));
    body.insert("settings".into(), Value::Object(settings));
    if let Some(name) = &request.name {
        body.insert("name".into(), json!(name));
    }
    if let Some(workspace) = &request.workspace_id {
        body.insert("workspace_id".into(), json!(workspace));
    }
    Value::Object(body)
}

/// Creates an account, or deals with an existing one as `on_existing` says. Never creates a duplicate:
/// after a timeout, a reset or a 5xx the outcome is unknown, so the email is looked up before any new
/// attempt. The address sent is the normalised one the local checks approved (lowercase A-label domain).
///
/// One race stays open: the API has no "create only if absent", so an account made by someone else
/// between the lookup and the create is re-authenticated by it.
pub async fn create<T: Transport, S: Signer>(
    client: &Client<T, S>,
    request: &CreateAccountRequest,
    on_existing: OnExisting,
    prior: Prior,
    signal: Option<&T::Signal>,
) -> Result<Created, Error> {
    // Every request of the workflow (the lookups too) has its errors scrubbed of the app password.
    let password: Vec<&str> = request.app_password.iter().map(String::as_str).collect();
    run_create(client, request, on_existing, prior, signal)
        .await
        .map_err(|e| scrub_error(e, &password))
}

async fn run_create<T: Transport, S: Signer>(
    client: &Client<T, S>,
    request: &CreateAccountRequest,
    on_existing: OnExisting,
    prior: Prior,
    signal: Option<&T::Signal>,
) -> Result<Created, Error> {
    let email = preflight(request)?;
    let request = &CreateAccountRequest {
        email: Some(email.clone()),
        ..request.clone()
    };
    let existing = match prior {
        Prior::DuplicateOf(first) => return Err(Error::DuplicateInBatch { email, first }),
        Prior::Exists(account) => Some(account),
        Prior::Absent => None,
        Prior::Unknown => find(client, &email, signal).await?,
    };
    if let Some(account) = existing {
        return existing::apply(client, request, account, on_existing, signal).await;
    }
    let created = |account| Created {
        outcome: Outcome::Created,
        account,
    };
    let secrets: Vec<String> = request.app_password.iter().cloned().collect();
    let mut attempt = 0;
    loop {
        let call = Call {
            secrets: secrets.clone(),
            ..Call::new(Method::Post, "/v3/connect/custom").body(create_body(request, true))
        };
        let error = match data_of(client, call, signal).await {
            Ok(account) => return Ok(created(account)),
            Err(error) => error,
        };
        if rejects_app_password_field(&error) && request.app_password.is_some() {
            return create_then_set_password(client, request, signal)
                .await
                .map(created);
        }
        if !is_ambiguous(&error) {
            return Err(refine_create_error(error));
        }
        // The create may have been applied with its response lost: look before creating again. If the
        // lookup fails too, the outcome stays unknown: wait and look again on the next round. (It was
        // absent before, so an account found now is the one this call made.)
        match find(client, &email, signal).await {
            Ok(Some(account)) => return Ok(created(account)),
            Ok(None) => {}
            Err(Error::Abort) => return Err(Error::Abort),
            Err(_) => {}
        }
        attempt += 1;
        if attempt > client.options().max_retries {
            return Err(error);
        }
        let o = client.options();
        let delay = delay_ms(
            attempt,
            None,
            o.retry_base_delay_ms,
            o.retry_max_delay_ms,
            jitter(),
        );
        client.pause(delay, signal).await?;
    }
}

/// Everything the local checks find wrong with `request`, as one `ValidationError`; when there is
/// nothing, the normalised address to send (the one the checks approved, not the raw input).
pub fn preflight(request: &CreateAccountRequest) -> Result<String, Error> {
    let verdict = preflight_create_account(request, &PreflightContext::default());
    if !verdict.valid {
        return Err(Error::Validation(verdict.problems));
    }
    let email = request.email.as_deref().unwrap_or("");
    validate_email(email, &EmailOptions::default())
        .address
        .ok_or_else(|| Error::Validation(Vec::new()))
}

/// Older servers reject `settings.app_password` as an unknown field: the CLI then creates without it
/// and sets it with a PATCH.
fn rejects_app_password_field(error: &Error) -> bool {
    match error {
        Error::Api(details) if matches!(details.status, 400 | 422) => {
            let m = details.message.to_ascii_lowercase();
            m.contains("app_password")
                && ["unknown", "not allowed", "unrecognized", "unexpected"]
                    .iter()
                    .any(|w| m.contains(w))
        }
        _ => false,
    }
}

async fn create_then_set_password<T: Transport, S: Signer>(
    client: &Client<T, S>,
    request: &CreateAccountRequest,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let call = Call::new(Method::Post, "/v3/connect/custom").body(create_body(request, false));
    let created = client.send(&call, signal).await?;
    let id = created
        .body
        .get("data")
        .and_then(|data| data.get("id")?.as_str())
        .unwrap_or_default()
        .to_string();
    let password = request.app_password.clone().unwrap_or_default();
    update(client, &id, &json!({ "appPassword": password }), signal).await
}

/// The account with this id or email, or `None` when there is none.
pub async fn find<T: Transport, S: Signer>(
    client: &Client<T, S>,
    id_or_email: &str,
    signal: Option<&T::Signal>,
) -> Result<Option<Value>, Error> {
    match get(client, id_or_email, signal).await {
        Ok(account) => Ok(Some(account)),
        Err(Error::Api(details)) if details.status == 404 => Ok(None),
        Err(error) => Err(error),
    }
}

/// The account with this id or email (the API accepts both in the path).
pub async fn get<T: Transport, S: Signer>(
    client: &Client<T, S>,
    id_or_email: &str,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let call = Call::new(
        Method::Get,
        format!("/v3/grants/{}", path_segment(id_or_email)?),
    );
    data_of(client, call, signal).await
}

/// One page of agent accounts. Sends `provider=nylas` as the official SDK does, and filters grants of
/// other providers out here too: the server's filter lags fresh accounts (nylas-api.md §3).
pub async fn list<T: Transport, S: Signer>(
    client: &Client<T, S>,
    args: &Args,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let mut filter = args.filter.clone().unwrap_or_default();
    filter.entry("limit").or_insert(json!(DEFAULT_PAGE_SIZE));
    filter.insert("provider".into(), json!("nylas"));
    let args = Args {
        filter: Some(filter),
        cursor: args.cursor.clone(),
        ..Args::default()
    };
    let mut page = list_page(
        client,
        Call::new(Method::Get, "/v3/grants"),
        Paging::Offset,
        &args,
        signal,
    )
    .await?;
    if let Some(Value::Array(items)) = page.get_mut("data") {
        items.retain(|grant| grant.get("provider").and_then(Value::as_str) == Some("nylas"));
    }
    Ok(page)
}

/// Deletes an agent account (permanently). Refuses grants of other providers, as the CLI does; a 404 on
/// a retry after a lost response means the first attempt went through.
pub async fn delete<T: Transport, S: Signer>(
    client: &Client<T, S>,
    id_or_email: &str,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let account = get(client, id_or_email, signal).await?;
    if account.get("provider").and_then(Value::as_str) != Some("nylas") {
        return Err(Error::InvalidArgument(format!("{} is not an agent account (its provider is not nylas); delete it with the grants API instead.", id_or_email.trim())));
    }
    let id = account
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match client
        .send(
            &Call::new(Method::Delete, format!("/v3/grants/{}", path_segment(id)?)),
            signal,
        )
        .await
    {
        Ok(_) => Ok(Value::Null),
        Err(Error::Api(details)) if details.status == 404 => Ok(Value::Null),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests;
