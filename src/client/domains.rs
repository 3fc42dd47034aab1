//! Manage Domains beyond plain CRUD: every DNS record a domain needs at once, a BIND zone file of them,
//! and a doctor that says what is missing and what to do.

use super::endpoints::{data_of, Args};
use super::signing::Signer;
use super::transport::{Method, Transport};
use super::{Call, Client};
use crate::client::object;
use crate::error::Error;
use serde_json::{json, Value};

/// The record types Nylas checks, in the order a person publishes them.
pub const RECORD_TYPES: [&str; 5] = ["ownership", "mx", "spf", "dkim", "feedback"];

async fn fetch_domain<T: Transport, S: Signer>(
    client: &Client<T, S>,
    args: &Args,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let call = Call::new(Method::Get, format!("/v3/admin/domains/{}", args.id()?)).signed();
    data_of(client, call, signal).await
}

/// `[{type, host, recordType, value, status, expiresAt}]` for every record type.
pub async fn records<T: Transport, S: Signer>(
    client: &Client<T, S>,
    args: &Args,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let id = args.id()?;
    let mut out = Vec::new();
    for kind in RECORD_TYPES {
        let call = Call::new(Method::Post, format!("/v3/admin/domains/{id}/info"))
            .body(json!({ "type": kind }))
            .safe_to_replay()
            .signed();
        let info = data_of(client, call, signal).await?;
        let option = |key: &str| {
            info.get("attempt")
                .and_then(|a| a.get("options")?.get(key))
                .cloned()
                .unwrap_or(Value::Null)
        };
        out.push(object([
            ("type", kind.into()),
            ("host", option("host")),
            ("recordType", option("type")),
            ("value", option("value")),
            ("status", info.get("status").cloned().unwrap_or(Value::Null)),
            (
                "expiresAt",
                info.get("expiresAt").cloned().unwrap_or(Value::Null),
            ),
        ]));
    }
    Ok(Value::Array(out))
}

/// The records as a BIND zone file fragment to paste into a DNS provider.
pub async fn zone_file<T: Transport, S: Signer>(
    client: &Client<T, S>,
    args: &Args,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let domain = fetch_domain(client, args, signal).await?;
    let name = domain
        .get("domainAddress")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim_end_matches('.')
        .to_string();
    let records = records(client, args, signal).await?;
    Ok(Value::String(render_zone(
        &name,
        records.as_array().map(Vec::as_slice).unwrap_or_default(),
    )))
}

/// `$ORIGIN` plus one line per record; TXT values quoted, `@` for the apex.
pub fn render_zone(domain: &str, records: &[Value]) -> String {
    let mut zone =
        format!("; DNS records Nylas needs for {domain}\n$ORIGIN {domain}.\n$TTL 3600\n");
    for record in records {
        let text = |key: &str| {
            record
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        let (host, kind, value) = (
            text("host"),
            text("recordType").to_ascii_uppercase(),
            text("value"),
        );
        if kind.is_empty() || value.is_empty() {
            zone.push_str(&format!(
                "; {}: no record to publish ({})\n",
                text("type"),
                text("status")
            ));
            continue;
        }
        let host = if host.is_empty() {
            "@".to_string()
        } else {
            host
        };
        let value = match kind.as_str() {
            "TXT" => format!("\"{}\"", value.replace('"', "\\\"")),
            "MX" if !value.trim_start().starts_with(|c: char| c.is_ascii_digit()) => {
                format!("10 {}", ensure_final_dot(&value))
            }
            "MX" | "CNAME" => ensure_final_dot(&value),
            _ => value,
        };
        zone.push_str(&format!(
            "{host}\tIN\t{kind}\t{value}\t; {}\n",
            text("type")
        ));
    }
    zone
}

fn ensure_final_dot(name: &str) -> String {
    if name.ends_with('.') {
        name.to_string()
    } else {
        format!("{name}.")
    }
}

/// What stands between a domain and its first mailbox: each check verified or not, with the record to
/// publish and what to do.
pub async fn doctor<T: Transport, S: Signer>(
    client: &Client<T, S>,
    args: &Args,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let domain = fetch_domain(client, args, signal).await?;
    let flag = |key: &str| domain.get(key).and_then(Value::as_bool).unwrap_or(false);
    let branded = flag("branded");
    let records = if branded {
        Value::Array(Vec::new())
    } else {
        records(client, args, signal).await?
    };
    let checks: Vec<Value> = RECORD_TYPES
        .iter()
        .map(|kind| {
            let verified = branded || flag(&format!("verified{}", capitalise(kind)));
            let record = records.as_array().and_then(|r| r.iter().find(|x| x.get("type").and_then(Value::as_str) == Some(kind))).cloned();
            let required = matches!(*kind, "ownership" | "mx");
            let fix = if verified { Value::Null } else { format!("Publish the {kind} record below, wait for DNS to propagate, then call client.domains.verify(id, '{kind}').").into() };
            object([("type", (*kind).into()), ("verified", verified.into()), ("requiredForMailboxes", required.into()), ("record", record.into()), ("fix", fix)])
        })
        .collect();
    let ready = checks
        .iter()
        .filter(|c| c["requiredForMailboxes"] == true)
        .all(|c| c["verified"] == true);
    Ok(object([
        ("domain", domain),
        ("trial", branded.into()),
        ("readyForMailboxes", ready.into()),
        ("checks", checks.into()),
    ]))
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}
