//! One entry point for the JavaScript boundary: an operation name and its JSON arguments in, the
//! camelCase JSON result out. Keeps `src/wasm/client.rs` a few lines long and testable natively.

use super::endpoints::{is_table_op, run, Args};
use super::signing::Signer;
use super::transport::Transport;
use super::{accounts, connector, domains, Client};
use crate::error::Error;
use crate::CreateAccountRequest;
use serde_json::{json, Value};

/// The request of a create from its JSON form (an object of string fields, as `js/request.js` makes
/// it). Read from the `Value` rather than by `CreateAccountRequest`'s serde derive, whose deserialiser
/// from a `Value` cost about 3 KB of wasm; its errors were never shown.
fn create_request(body: Value) -> Result<CreateAccountRequest, Error> {
    let invalid = || {
        Error::InvalidArgument(
            "accounts.create(request): request must be an object such as { email, appPassword? }."
                .into(),
        )
    };
    let Value::Object(fields) = body else {
        return Err(invalid());
    };
    let mut request = CreateAccountRequest::default();
    for (name, value) in fields {
        let field = match name.as_str() {
            "email" => &mut request.email,
            "appPassword" => &mut request.app_password,
            "name" => &mut request.name,
            "policyId" => &mut request.policy_id,
            "workspaceId" => &mut request.workspace_id,
            _ => continue,
        };
        *field = match value {
            Value::Null => None,
            Value::String(text) => Some(text),
            _ => return Err(invalid()),
        };
    }
    Ok(request)
}

/// The addresses of a bulk create: an array of strings.
fn emails_of(body: Value) -> Option<Vec<String>> {
    let Value::Array(items) = body else {
        return None;
    };
    items
        .into_iter()
        .map(|item| match item {
            Value::String(text) => Some(text),
            _ => None,
        })
        .collect()
}

/// Runs operation `op` (`"accounts.create"`, `"policies.list"`, …) with `args` (`{id?, body?, filter?,
/// cursor?, type?}`).
pub async fn dispatch<T: Transport, S: Signer>(
    client: &Client<T, S>,
    op: &str,
    args: &str,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let args = Args::from_json(args)
        .ok_or_else(|| Error::InvalidArgument(format!("{op}: the arguments must be an object.")))?;
    let id = || args.id.clone().unwrap_or_default();
    let body = || args.body.clone().unwrap_or_else(|| json!({}));
    match op {
        // `createMany` sends each of its requests as "accounts.createInBatch": the same create, whose
        // default is to skip an existing account, so that a re-run import is a no-op.
        "accounts.create" | "accounts.createInBatch" => {
            let on_existing = match (op, args.on_existing.as_deref()) {
                ("accounts.createInBatch", None) => accounts::OnExisting::Skip,
                (_, given) => accounts::OnExisting::parse(given)?,
            };
            let created = accounts::create(
                client,
                &create_request(body())?,
                on_existing,
                accounts::Prior::from_json(args.prior.as_ref()),
                signal,
            )
            .await?;
            Ok(created.to_json())
        }
        // The local half of a create, with no request: lets the JavaScript side refuse a bad request
        // before it makes sure the connector exists.
        "accounts.preflight" => accounts::preflight(&create_request(body())?).map(|_| Value::Null),
        // The one list pass before a bulk create; checks the batch (its requests an array, its
        // concurrency, its onExisting) before any request.
        "accounts.lookupMany" => {
            let emails = emails_of(body()).ok_or_else(|| {
                Error::InvalidArgument("createMany(requests): requests must be an array.".into())
            })?;
            // Absent: JavaScript's default (8).
            let concurrency = args.concurrency.as_ref().map(Value::as_u64);
            if concurrency.is_some_and(|n| !n.is_some_and(|n| (1..=64).contains(&n))) {
                return Err(Error::InvalidArgument(
                    "createMany(requests, { concurrency }): concurrency must be a whole number from 1 to 64."
                        .into(),
                ));
            }
            accounts::OnExisting::parse(args.on_existing.as_deref())?;
            Ok(accounts::lookup_many(client, &emails, signal)
                .await?
                .to_json())
        }
        "accounts.list" => accounts::list(client, &args, signal).await,
        "accounts.get" => accounts::get(client, &id(), signal).await,
        "accounts.update" => accounts::update(client, &id(), &body(), signal).await,
        "accounts.delete" => accounts::delete(client, &id(), signal).await,
        "connector.ensure" => connector::ensure(client, signal).await,
        "connector.status" => connector::status(client, signal).await,
        "domains.records" => domains::records(client, &args, signal).await,
        "domains.zoneFile" => domains::zone_file(client, &args, signal).await,
        "domains.doctor" => domains::doctor(client, &args, signal).await,
        op if is_table_op(op) => run(client, op, &args, signal).await,
        _ => Err(Error::InvalidArgument(format!("unknown operation {op}"))),
    }
}
