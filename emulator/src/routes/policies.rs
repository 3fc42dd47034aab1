//! Policies: limits and spam detection, attached to workspaces (create and update answer 200).

use crate::handler::get;
use crate::handler::Router;
use crate::handler::{Path, State};
use serde_json::{json, Map, Value};

use super::crud::{cursor_list, one_mut, remove_all};
use super::{JsonBody, QueryMap};
use crate::ids::{new_uuid, now_secs};
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::AppState;
use crate::unknowns;
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
pub fn router() -> Router {
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
    check_options(p.get("options"))?;
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

/// `options`: only the known keys, each of its type (an emulator must never accept and drop a field).
fn check_options(options: Option<&Value>) -> Result<(), ApiError> {
    let options = match options {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Object(o)) => o,
        Some(_) => return Err(ApiError::invalid("options must be an object")),
    };
    for (key, value) in options {
        let ok = match key.as_str() {
            "additional_folders" => value.is_null() || folder_names(value),
            "use_cidr_aliasing" => value.is_null() || value.is_boolean(),
            _ => {
                return Err(ApiError::invalid(format!(
                    "options.{key} is not a policy option (known: {})",
                    unknowns::POLICY_OPTION_KEYS.join(", ")
                )))
            }
        };
        if !ok {
            return Err(ApiError::invalid(match key.as_str() {
                "additional_folders" => {
                    "options.additional_folders must be an array of folder names (1-256 characters each)"
                }
                _ => "options.use_cidr_aliasing must be a boolean",
            }));
        }
    }
    Ok(())
}

fn folder_names(value: &Value) -> bool {
    value.as_array().is_some_and(|names| {
        names.iter().all(|n| {
            n.as_str()
                .is_some_and(|s| (1..=256).contains(&s.trim().chars().count()))
        })
    })
}

/// The options a policy shows: the defaults (no extra folders, no CIDR aliasing) under those given.
fn with_option_defaults(v: Option<&Value>) -> Value {
    let mut o = json!({ "additional_folders": [], "use_cidr_aliasing": false });
    if let (Some(o), Some(given)) = (o.as_object_mut(), v.and_then(Value::as_object)) {
        o.extend(
            given
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), v.clone())),
        );
    }
    o
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
        "options": with_option_defaults(body.get("options")),
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
    // Checked as sent (defaults filled after), replaced whole like the other nested objects.
    check_options(body.get("options"))?;
    if let Some(o) = body.get("options") {
        merged.insert("options".into(), with_option_defaults(Some(o)));
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
    if unknowns::DELETE_POLICY_DETACHES {
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
