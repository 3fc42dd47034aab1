//! Test hooks under `/__emulator/` (only with `--test-hooks`): deliver mail, set published DNS records,
//! inject faults, reset, snapshot, stats and save. No API key: they are for local tests only.

use crate::handler::Router;
use crate::handler::{delete, get, post, put};
use crate::handler::{Path, State};
use serde_json::{json, Value};

use super::hook_answers::{DnsAnswer, Removed, Stats};
use super::JsonBody;
use crate::faults::FaultSpec;
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::{seed, AppState};
use crate::store::{DnsRecord, Store};

/// The hook routes.
pub fn router() -> Router {
    Router::new()
        .route("/__emulator/messages", post(super::messages::deliver_hook))
        .route("/__emulator/dns/{domain}", put(set_dns).get(get_dns))
        .route(
            "/__emulator/dns/{domain}/publish-expected",
            post(publish_expected),
        )
        .route(
            "/__emulator/faults",
            post(add_fault).get(list_faults).delete(clear_faults),
        )
        .route("/__emulator/faults/{id}", delete(remove_fault))
        .route("/__emulator/reset", post(reset))
        .route("/__emulator/snapshot", get(snapshot))
        .route("/__emulator/stats", get(stats))
        .route("/__emulator/save", post(save))
        .route("/__emulator/health", get(health))
}

async fn health() -> ApiResult {
    Ok(Reply::ok(json!({ "status": "ok" })))
}

async fn set_dns(
    State(state): State<AppState>,
    Path(domain): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let records: Vec<DnsRecord> =
        serde_json::from_value(body.get("records").cloned().unwrap_or(json!([])))
            .map_err(|_| ApiError::invalid("records must be an array of {host, type, value}"))?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let mut store = state.store()?;
    store.dns.insert(domain.clone(), records.clone());
    dns_answer(domain, records)
}

/// The `data` of the DNS hooks.
fn dns_answer(domain: String, records: Vec<DnsRecord>) -> ApiResult {
    Ok(Reply::ok(json!(DnsAnswer { domain, records })))
}

async fn get_dns(State(state): State<AppState>, Path(domain): Path<String>) -> ApiResult {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let store = state.store()?;
    let records = store.dns.get(&domain).cloned().unwrap_or_default();
    dns_answer(domain, records)
}

/// Publishes exactly the records `/info` asks for, for every record type: a correctly set-up zone.
async fn publish_expected(State(state): State<AppState>, Path(domain): Path<String>) -> ApiResult {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let mut store = state.store()?;
    let d = store
        .domain_by_address(&domain)
        .cloned()
        .ok_or_else(|| ApiError::not_found(format!("domain {domain} is not registered")))?;
    let records: Vec<DnsRecord> = super::domains::RECORD_TYPES
        .iter()
        .map(|kind| super::domains::expected_record(&d, kind))
        .collect();
    store.dns.insert(domain.clone(), records.clone());
    dns_answer(domain, records)
}

async fn add_fault(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    let spec: FaultSpec = serde_json::from_value(Value::Object(body)).map_err(|e| {
        ApiError::invalid(format!(
            "bad fault rule ({e}); kind is one of 429, 500, 502, 503, 504, delay, reset, truncated, malformed_json, html"
        ))
    })?;
    if !(0.0..=1.0).contains(&spec.probability) {
        return Err(ApiError::invalid("probability must be between 0 and 1"));
    }
    let rule = state.faults.add(spec);
    Ok(Reply::ok(serde_json::to_value(rule).unwrap_or_default()))
}

async fn list_faults(State(state): State<AppState>) -> ApiResult {
    Ok(Reply::ok(
        serde_json::to_value(state.faults.list()).unwrap_or_default(),
    ))
}

async fn clear_faults(State(state): State<AppState>) -> ApiResult {
    let removed = state.faults.remove(None);
    Ok(Reply::ok(json!(Removed { removed })))
}

async fn remove_fault(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    match state.faults.remove(Some(&id)) {
        0 => Err(ApiError::not_found(format!("fault rule {id} not found"))),
        removed => Ok(Reply::ok(json!(Removed { removed }))),
    }
}

/// Back to a fresh application (flags re-applied); ids of application, organization and service
/// account stay, so credentials files keep working. Fault rules and stats are cleared too.
async fn reset(State(state): State<AppState>) -> ApiResult {
    let mut store = state.store()?;
    let mut fresh = Store::new();
    fresh.application_id = store.application_id.clone();
    fresh.organization_id = store.organization_id.clone();
    fresh.service_account = store.service_account.clone();
    seed(&mut fresh, &state.args);
    *store = fresh;
    drop(store);
    state.faults.remove(None);
    if let Ok(mut stats) = state.stats.lock() {
        stats.clear();
    }
    Ok(Reply::ok(json!({ "reset": true })))
}

/// The whole state as JSON, with secrets replaced: `has_app_password` instead of hashes, no webhook
/// secrets, no private key.
async fn snapshot(State(state): State<AppState>) -> ApiResult {
    let store = state.store()?;
    let mut v =
        serde_json::to_value(&*store).map_err(|_| ApiError::internal("cannot encode state"))?;
    drop(store);
    if let Some(grants) = v.get_mut("grants").and_then(Value::as_object_mut) {
        for g in grants.values_mut() {
            let has = g.get("app_password_hash").is_some_and(|h| !h.is_null());
            if let Some(o) = g.as_object_mut() {
                o.remove("app_password_hash");
                o.insert("has_app_password".into(), Value::Bool(has));
            }
        }
    }
    if let Some(hooks) = v.get_mut("webhooks").and_then(Value::as_array_mut) {
        for h in hooks {
            if let Some(o) = h.as_object_mut() {
                o.remove("webhook_secret");
            }
        }
    }
    if let Some(o) = v.as_object_mut() {
        o.remove("service_account");
    }
    Ok(Reply::ok(v))
}

async fn stats(State(state): State<AppState>) -> ApiResult {
    let calls = state.stats.lock().map(|s| s.clone()).unwrap_or_default();
    let store = state.store()?;
    let fired: u64 = state.faults.list().iter().map(|r| r.fired).sum();
    let grants = store.grants.len();
    Ok(Reply::ok(json!(Stats {
        calls,
        grants,
        fault_rules_fired: fired,
    })))
}

async fn save(State(state): State<AppState>) -> ApiResult {
    if state.services.persistence.is_none() {
        return Err(ApiError::invalid("no --state FILE was given"));
    }
    state.save().map_err(ApiError::internal)?;
    Ok(Reply::ok(json!({ "saved": true })))
}
