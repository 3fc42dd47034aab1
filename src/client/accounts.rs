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
mod update;

pub use bulk::{lookup_many, Lookup};
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

/// What [`create`] does when the address already has an account. An existing account is never
/// modified unless the caller asks for it: Nylas answers a create of a known address by
/// re-authenticating that account (a new app password replaces the old one), so the client looks the
/// address up first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OnExisting {
    /// Refuse with `ACCOUNT_EXISTS`, changing nothing: the default of `accounts.create`, whose caller
    /// asked for a new account.
    #[default]
    Error,
    /// Return the existing account unchanged: the default of `createMany`, so that a re-run import is
    /// a no-op for the accounts it already made.
    Skip,
    /// Apply the request's name, app password, workspace and policy to the existing account.
    Update,
}

impl OnExisting {
    /// `'error'`, `'skip'` or `'update'`; absent is the default (`Error`).
    pub fn parse(value: Option<&str>) -> Result<OnExisting, Error> {
        match value {
            None => Ok(OnExisting::default()),
            Some("error") => Ok(OnExisting::Error),
            Some("skip") => Ok(OnExisting::Skip),
            Some("update") => Ok(OnExisting::Update),
            Some(other) => Err(Error::InvalidArgument(format!(
                "onExisting must be 'error' (refuse), 'skip' (return the account unchanged) or 'update' \
                 (apply the request to it), not '{other}'."
            ))),
        }
    }
}

/// What the caller already knows about the address before [`create`] (from the one list pass of a
/// bulk run, see [`lookup_many`]): saves the lookup request.
#[derive(Debug, Clone, PartialEq)]
pub enum Prior {
    /// Nothing: look the address up.
    Unknown,
    /// The address has no account (a complete list pass did not see it).
    Absent,
    /// The address's account, camelCase, as the list pass returned it.
    Exists(Value),
}

impl Prior {
    /// How a prior crosses to JavaScript and back: the account object, `false` for absent, `null`
    /// for unknown.
    pub fn to_json(self) -> Value {
        match self {
            Prior::Unknown => Value::Null,
            Prior::Absent => Value::Bool(false),
            Prior::Exists(account) => account,
        }
    }

    /// The inverse of [`Prior::to_json`]; anything else (a missing value included) is unknown, which
    /// costs a lookup and nothing else.
    pub fn from_json(value: Option<&Value>) -> Prior {
        match value {
            Some(Value::Bool(false)) => Prior::Absent,
            Some(account @ Value::Object(_)) => Prior::Exists(account.clone()),
            _ => Prior::Unknown,
        }
    }
}

/// What [`create`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A new account was made.
    Created,
    /// The account existed and was left as it was.
    Existed,
    /// The account existed and the request was applied to it (`OnExisting::Update`).
    Updated,
}

/// The result of [`create`]: what happened, and the account (camelCase).
#[derive(Debug, Clone, PartialEq)]
pub struct Created {
    /// What happened.
    pub outcome: Outcome,
    /// The account as Nylas returned it.
    pub account: Value,
}

impl Outcome {
    /// The name JavaScript sees (`createMany`'s `status`).
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Existed => "existed",
            Outcome::Updated => "updated",
        }
    }
}

impl Created {
    /// `{ outcome, account }`, as JavaScript receives it (by hand, as [`Lookup::to_json`] says why).
    pub fn to_json(self) -> Value {
        json!({ "outcome": self.outcome.as_str(), "account": self.account })
    }
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
        Prior::Exists(account) => Some(account),
        Prior::Absent => None,
        Prior::Unknown => find(client, &email, signal).await?,
    };
    if let Some(account) = existing {
        return apply_to_existing(client, request, account, on_existing, signal).await;
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

async fn apply_to_existing<T: Transport, S: Signer>(
    client: &Client<T, S>,
    request: &CreateAccountRequest,
    account: Value,
    on_existing: OnExisting,
    signal: Option<&T::Signal>,
) -> Result<Created, Error> {
    let existed = |account| Created {
        outcome: Outcome::Existed,
        account,
    };
    let field = |key: &str| {
        account
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let provider = field("provider");
    if on_existing == OnExisting::Error || provider != "nylas" {
        // A grant of another provider is never an agent account to skip to or update.
        return Err(Error::AccountExists {
            email: request.email.clone().unwrap_or_default(),
            id: field("id"),
            provider,
        });
    }
    match on_existing {
        OnExisting::Skip | OnExisting::Error => Ok(existed(account)),
        OnExisting::Update => {
            let patch = update::patch_of_request(request);
            if patch.as_object().is_none_or(Map::is_empty) {
                return Ok(existed(account));
            }
            let account = update(client, &field("id"), &patch, signal).await?;
            Ok(Created {
                outcome: Outcome::Updated,
                account,
            })
        }
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
