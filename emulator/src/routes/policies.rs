//! Policies: limits and spam detection, attached to workspaces (create and update answer 200).

use axum::extract::{Path, State};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Map, Value};

use super::crud::{cursor_list, one_mut, remove_all};
use super::{JsonBody, QueryMap};
use crate::app::AppState;
use crate::ids::{new_uuid, now_secs};
use crate::reply::{ApiError, ApiResult, Reply};
use crate::validate;

const LIMIT_FIELDS: [&str; 9] = [
    "limit_attachment_size_limit",
    "limit_attachment_count_limit",
    "limit_attachment_allowed_types",
    "limit_size_total_mime",
    "limit_storage_total",
    "limit_count_daily_message_received",
    "limit_count_daily_email_sent",
    "limit_inbox_retention_period",
    "limit_spam_retention_period",
];

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v3/policies", get(list).post(create))
        .route(
            "/v3/policies/{policy_id}",
            get(find).put(update).patch(update).delete(remove),
        )
}

/// Checks a whole (merged) policy object.
fn check(p: &Map<String, Value>) -> Result<(), ApiError> {
    let name = p
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::invalid("name is required"))?;
    validate::name("name", name)?;
    let empty = Map::new();
    let limits = match p.get("limits") {
        None | Some(Value::Null) => &empty,
        Some(Value::Object(l)) => l,
        Some(_) => return Err(ApiError::invalid("limits must be an object")),
    };
    for (k, v) in limits {
        match (k.as_str(), v) {
            ("limit_attachment_allowed_types", Value::Array(_) | Value::Null) => {}
            ("limit_attachment_allowed_types", _) => {
                return Err(ApiError::invalid(
                    "limits.limit_attachment_allowed_types must be an array",
                ))
            }
            (k, _) if !LIMIT_FIELDS.contains(&k) => {} // unknown fields tolerated
            (_, v) if v.is_null() || v.as_i64().is_some_and(|n| n >= -1) => {}
            (k, _) => {
                return Err(ApiError::invalid(format!(
                    "limits.{k} must be an integer >= -1 (-1 = unlimited)"
                )))
            }
        }
    }
    let days = |k: &str| limits.get(k).and_then(Value::as_i64).filter(|n| *n >= 0);
    if let (Some(inbox), Some(spam)) = (
        days("limit_inbox_retention_period"),
        days("limit_spam_retention_period"),
    ) {
        if inbox <= spam {
            return Err(ApiError::invalid(
                "limit_inbox_retention_period must exceed limit_spam_retention_period",
            ));
        }
    }
    if let Some(s) = p
        .get("spam_detection")
        .and_then(|s| s.get("spam_sensitivity"))
    {
        if !s.as_f64().is_some_and(|x| (0.1..=5.0).contains(&x)) {
            return Err(ApiError::invalid(
                "spam_detection.spam_sensitivity must be between 0.1 and 5.0",
            ));
        }
    }
    Ok(())
}

fn with_spam_defaults(v: Option<&Value>) -> Value {
    let mut s = json!({ "use_list_dnsbl": false, "use_header_anomaly_detection": false, "spam_sensitivity": 1.0 });
    if let (Some(o), Some(given)) = (s.as_object_mut(), v.and_then(Value::as_object)) {
        o.extend(given.clone());
    }
    s
}

async fn create(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    check(&body)?;
    let mut store = state.store()?;
    let now = now_secs();
    let policy = json!({
        "id": new_uuid(),
        "name": body["name"],
        "application_id": store.application_id,
        "organization_id": store.organization_id,
        "limits": body.get("limits").cloned().unwrap_or(json!({})),
        "spam_detection": with_spam_defaults(body.get("spam_detection")),
        "rules": body.get("rules").cloned().unwrap_or(json!([])),
        "created_at": now,
        "updated_at": now,
    });
    store.policies.push(policy.clone());
    Ok(Reply::ok(policy))
}

async fn list(State(state): State<AppState>, q: QueryMap) -> ApiResult {
    let store = state.store()?;
    cursor_list(store.policies.clone(), &q)
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("policy {id} not found"))
}

async fn find(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let store = state.store()?;
    store
        .policy(&id)
        .cloned()
        .map(Reply::ok)
        .ok_or_else(|| not_found(&id))
}

/// Partial update: only the top-level fields sent change; nested objects are replaced whole.
async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let mut store = state.store()?;
    let p = one_mut(
        &mut store.policies,
        |p| p["id"] == id.as_str(),
        || not_found(&id),
    )?;
    let mut merged = p.as_object().cloned().unwrap_or_default();
    for key in ["name", "limits", "rules"] {
        if let Some(v) = body.get(key) {
            merged.insert(key.into(), v.clone());
        }
    }
    if let Some(s) = body.get("spam_detection") {
        merged.insert("spam_detection".into(), with_spam_defaults(Some(s)));
    }
    check(&merged)?;
    merged.insert("updated_at".into(), json!(now_secs()));
    *p = Value::Object(merged);
    Ok(Reply::ok(p.clone()))
}

async fn remove(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let mut store = state.store()?;
    remove_all(
        &mut store.policies,
        |p| p["id"] == id.as_str(),
        || not_found(&id),
    )?;
    if crate::unknowns::DELETE_POLICY_DETACHES {
        for w in store
            .workspaces
            .iter_mut()
            .filter(|w| w.policy_id.as_deref() == Some(id.as_str()))
        {
            w.policy_id = None;
        }
    }
    Ok(Reply::deleted())
}
