//! One entry point for the JavaScript boundary: an operation name and its JSON arguments in, the
//! camelCase JSON result out. Keeps `src/wasm/client.rs` a few lines long and testable natively.

use super::endpoints::{is_table_op, run, Args};
use super::signing::Signer;
use super::transport::Transport;
use super::{accounts, connector, domains, Client};
use crate::error::Error;
use crate::CreateAccountRequest;
use serde_json::{json, Value};

fn create_request(body: Value) -> Result<CreateAccountRequest, Error> {
    serde_json::from_value(body).map_err(|_| {
        Error::InvalidArgument(
            "accounts.create(request): request must be an object such as { email, appPassword? }."
                .into(),
        )
    })
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
            let emails: Vec<String> = serde_json::from_value(body()).map_err(|_| {
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
