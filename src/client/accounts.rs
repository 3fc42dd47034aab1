//! Agent accounts (grants with provider `nylas`): create the way the official CLI does and safer —
//! local preflight first, and a lost response reconciled by looking the email up before creating again.

use super::endpoints::{data_of, list_page, Args, Paging};
use super::response::refine_create_error;
use super::retry::{delay_ms, is_ambiguous, jitter};
use super::signing::Signer;
use super::transport::{Method, Transport};
use super::{encode, path_segment, Call, Client};
use crate::error::Error;
use crate::{
    preflight_create_account, validate_app_password, CreateAccountRequest, PreflightContext,
};
use serde_json::{json, Map, Value};

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

/// Creates an account; returns it in camelCase. Never creates a duplicate: after a timeout, a reset or
/// a 5xx the outcome is unknown, so the email is looked up before any new attempt.
pub async fn create<T: Transport, S: Signer>(
    client: &Client<T, S>,
    request: &CreateAccountRequest,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    preflight(request)?;
    let email = request.email.as_deref().unwrap_or("").to_string();
    let secrets: Vec<String> = request.app_password.iter().cloned().collect();
    let mut attempt = 0;
    loop {
        let call = Call {
            secrets: secrets.clone(),
            ..Call::new(Method::Post, "/v3/connect/custom").body(create_body(request, true))
        };
        let error = match data_of(client, call, signal).await {
            Ok(account) => return Ok(account),
            Err(error) => error,
        };
        if rejects_app_password_field(&error) && request.app_password.is_some() {
            return create_then_set_password(client, request, signal).await;
        }
        if !is_ambiguous(&error) {
            return Err(refine_create_error(error));
        }
        // The create may have been applied with its response lost: look before creating again. If the
        // lookup fails too, the outcome stays unknown: wait and look again on the next round.
        match find(client, &email, signal).await {
            Ok(Some(account)) => return Ok(account),
            Ok(None) => {}
            Err(Error::Abort) => return Err(Error::Abort),
            Err(_) => {}
        }
        attempt += 1;
        if attempt > client.options().max_retries {
            return Err(error);
        }
        let o = client.options();
        client
            .transport()
            .sleep(delay_ms(
                attempt,
                None,
                o.retry_base_delay_ms,
                o.retry_max_delay_ms,
                jitter(),
            ))
            .await;
    }
}

/// Everything the local checks find wrong with `request`, as one `ValidationError`.
pub fn preflight(request: &CreateAccountRequest) -> Result<(), Error> {
    let verdict = preflight_create_account(request, &PreflightContext::default());
    if verdict.valid {
        Ok(())
    } else {
        Err(Error::Validation(verdict.problems))
    }
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
        .pointer("/data/id")
        .and_then(Value::as_str)
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

/// One page of agent accounts. Grants of other providers are filtered out here, not by the server's
/// `provider` filter, which lags fresh accounts (nylas-api.md §3).
pub async fn list<T: Transport, S: Signer>(
    client: &Client<T, S>,
    args: &Args,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let mut filter = args.filter.clone().unwrap_or_default();
    filter.entry("limit").or_insert(json!(DEFAULT_PAGE_SIZE));
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

/// Updates `name`, `workspaceId` and/or `appPassword`. Nylas replaces `settings` wholesale, so a new
/// password is sent with the account's current settings (email included), as the CLI does.
pub async fn update<T: Transport, S: Signer>(
    client: &Client<T, S>,
    id_or_email: &str,
    patch: &Value,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let text = |key: &str| patch.get(key).and_then(Value::as_str).map(str::to_string);
    let mut body = Map::new();
    if let Some(name) = text("name") {
        body.insert("name".into(), json!(name));
    }
    if let Some(workspace) = text("workspaceId") {
        body.insert("workspace_id".into(), json!(workspace));
    }
    let mut secrets = Vec::new();
    if let Some(password) = text("appPassword") {
        let check = validate_app_password(&password);
        if !check.valid {
            return Err(Error::Validation(check.problems));
        }
        let current = get(client, id_or_email, signal).await?;
        let mut settings =
            crate::client::case::to_snake(current.get("settings").cloned().unwrap_or(json!({})));
        if let Some(map) = settings.as_object_mut() {
            map.insert(
                "email".into(),
                current.get("email").cloned().unwrap_or(Value::Null),
            );
            map.insert("app_password".into(), json!(password));
        }
        body.insert("settings".into(), settings);
        secrets.push(password);
    }
    if body.is_empty() {
        return Err(Error::InvalidArgument("update(idOrEmail, patch): the patch changes nothing; pass name, workspaceId or appPassword.".into()));
    }
    let call = Call {
        secrets,
        ..Call::new(
            Method::Patch,
            format!("/v3/grants/{}", path_segment(id_or_email)?),
        )
        .body(Value::Object(body))
    };
    data_of(client, call, signal).await
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
            &Call::new(Method::Delete, format!("/v3/grants/{}", encode(id))),
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
