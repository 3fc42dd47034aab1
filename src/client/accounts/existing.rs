//! What a create does with an address that already has an account, and what it reports.

use super::update::{self, update};
use crate::client::object;
use crate::client::signing::Signer;
use crate::client::transport::Transport;
use crate::client::Client;
use crate::error::Error;
use crate::CreateAccountRequest;
use serde_json::{Map, Value};

/// What a create does when the address already has an account. Nothing existing is changed unless asked:
/// `'error'` refuses with a `ValidationError` of code `ACCOUNT_EXISTS` (the default of `create`), `'skip'`
/// returns the account unchanged (the default of `createMany`: a re-run import is a no-op), `'update'`
/// applies the request's name, app password, workspace and policy to it. A grant of another provider with
/// the address is always refused.
///
/// (Nylas answers a create of a known address by re-authenticating that account, a new app password
/// replacing the old one, so the client looks the address up first.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename_all = "lowercase"))]
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

/// What the caller already knows about the address before [`create`](super::create) (from the one list pass of a
/// bulk run, see [`lookup_many`](super::lookup_many)): saves the lookup request.
#[derive(Debug, Clone, PartialEq)]
pub enum Prior {
    /// Nothing: look the address up.
    Unknown,
    /// The address has no account (a complete list pass did not see it).
    Absent,
    /// The address's account, camelCase, as the list pass returned it.
    Exists(Value),
    /// An earlier request of the same batch (this index) asks for the same address.
    DuplicateOf(usize),
}

impl Prior {
    /// How a prior crosses to JavaScript and back: the account object, `false` for absent, `null`
    /// for unknown, the first index for a duplicate.
    pub fn to_json(self) -> Value {
        match self {
            Prior::Unknown => Value::Null,
            Prior::Absent => Value::Bool(false),
            Prior::Exists(account) => account,
            Prior::DuplicateOf(first) => Value::from(first),
        }
    }

    /// The inverse of [`Prior::to_json`]; anything else (a missing value included) is unknown, which
    /// costs a lookup and nothing else.
    pub fn from_json(value: Option<&Value>) -> Prior {
        match value {
            Some(Value::Bool(false)) => Prior::Absent,
            Some(account @ Value::Object(_)) => Prior::Exists(account.clone()),
            Some(Value::Number(first)) => first
                .as_u64()
                .map_or(Prior::Unknown, |i| Prior::DuplicateOf(i as usize)),
            _ => Prior::Unknown,
        }
    }
}

/// What [`create`](super::create) did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A new account was made.
    Created,
    /// The account existed and was left as it was.
    Existed,
    /// The account existed and the request was applied to it (`OnExisting::Update`).
    Updated,
}

/// The result of [`create`](super::create): what happened, and the account (camelCase).
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
    /// `{ outcome, account }`, as JavaScript receives it (by hand, as [`Lookup::to_json`](super::Lookup::to_json) says why).
    pub fn to_json(self) -> Value {
        object([
            ("outcome", self.outcome.as_str().into()),
            ("account", self.account),
        ])
    }
}

/// Refuses, returns or updates the existing `account` as `on_existing` says.
pub(super) async fn apply<T: Transport, S: Signer>(
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
