//! The `nylas` connector every agent account needs, and the client-side status report of
//! `nylas agent status` (there is no server endpoint for it).

use super::accounts;
use super::endpoints::{data_of, limit_filter, list_page, Args, Paging};
use super::signing::Signer;
use super::transport::{Method, Transport};
use super::{Call, Client};
use crate::client::object;
use crate::error::Error;
use serde_json::{json, Value};

async fn find_connector<T: Transport, S: Signer>(
    client: &Client<T, S>,
    signal: Option<&T::Signal>,
) -> Result<Option<Value>, Error> {
    let mut args = Args {
        filter: Some(limit_filter(200)),
        ..Args::default()
    };
    loop {
        let page = list_page(
            client,
            Call::new(Method::Get, "/v3/connectors"),
            Paging::Offset,
            &args,
            signal,
        )
        .await?;
        let items = page
            .get("data")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if let Some(found) = items
            .into_iter()
            .find(|c| c.get("provider").and_then(Value::as_str) == Some("nylas"))
        {
            return Ok(Some(found));
        }
        match page.get("nextCursor").and_then(Value::as_str) {
            Some(next) => args.cursor = Some(next.to_string()),
            None => return Ok(None),
        }
    }
}

/// Makes sure the `nylas` connector exists and returns it. Race-safe: when the create fails (another
/// client created it first, 409), the list is read once more, as the CLI does.
pub async fn ensure<T: Transport, S: Signer>(
    client: &Client<T, S>,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    if let Some(connector) = find_connector(client, signal).await? {
        return Ok(connector);
    }
    let call = Call::new(Method::Post, "/v3/connectors")
        .body(json!({ "name": "nylas", "provider": "nylas" }));
    match data_of(client, call, signal).await {
        Ok(connector) => Ok(connector),
        Err(error) => find_connector(client, signal).await?.ok_or(error),
    }
}

/// `{connectorConfigured, connector?, accountCount, accounts}` — every agent account, all pages.
pub async fn status<T: Transport, S: Signer>(
    client: &Client<T, S>,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let connector = find_connector(client, signal).await?;
    let mut accounts_seen = Vec::new();
    let mut args = Args::default();
    loop {
        let page = accounts::list(client, &args, signal).await?;
        accounts_seen.extend(
            page.get("data")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
        );
        match page.get("nextCursor").and_then(Value::as_str) {
            Some(next) => args.cursor = Some(next.to_string()),
            None => break,
        }
    }
    Ok(object([
        ("connectorConfigured", connector.is_some().into()),
        ("connector", connector.into()),
        ("accountCount", accounts_seen.len().into()),
        ("accounts", accounts_seen.into()),
    ]))
}
