//! Rules: inbound/outbound matching and actions (create 201; list in the nested `{items, next_cursor}`).

use crate::handler::get;
use crate::handler::Router;
use crate::handler::{Path, State};
use serde_json::{json, Map, Value};

use super::crud::{one, remove_all};
use super::{cursor_page, JsonBody, QueryMap};
use crate::ids::{new_uuid, now_secs};
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::AppState;
use crate::store::Store;
use crate::validate;

const FIELDS: [&str; 7] = [
    "from.address",
    "from.domain",
    "from.tld",
    "recipient.address",
    "recipient.domain",
    "recipient.tld",
    "outbound.type",
];
/// The fields a client sets; create stores them (null when absent), update replaces those sent.
const RULE_FIELDS: [&str; 7] = [
    "name",
    "description",
    "priority",
    "enabled",
    "trigger",
    "match",
    "actions",
];
const OPERATORS: [&str; 4] = ["is", "is_not", "contains", "in_list"];
const ACTIONS: [&str; 7] = [
    "block",
    "mark_as_spam",
    "assign_to_folder",
    "mark_as_read",
    "mark_as_starred",
    "archive",
    "trash",
];

/// The routes.
pub fn router() -> Router {
    Router::new()
        .route("/v3/rules", get(list).post(create))
        .route(
            "/v3/rules/{rule_id}",
            get(find).put(update).patch(update).delete(remove),
        )
}

/// Fills defaults and checks a whole (merged) rule.
fn normalize(rule: &mut Map<String, Value>, store: &Store) -> Result<(), ApiError> {
    let name = rule
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::invalid("name is required"))?;
    validate::name("name", name)?;
    let priority = rule.entry("priority").or_insert(json!(10));
    if !priority.as_i64().is_some_and(|p| (0..=1000).contains(&p)) {
        return Err(ApiError::invalid(
            "priority must be an integer from 0 to 1000",
        ));
    }
    if !rule.entry("enabled").or_insert(json!(true)).is_boolean() {
        return Err(ApiError::invalid("enabled must be a boolean"));
    }
    let trigger = rule.entry("trigger").or_insert(json!("inbound")).clone();
    let trigger = trigger
        .as_str()
        .filter(|t| ["inbound", "outbound"].contains(t));
    let trigger =
        trigger.ok_or_else(|| ApiError::invalid("trigger must be inbound or outbound"))?;
    let m = rule
        .get_mut("match")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| ApiError::invalid("match is required"))?;
    let op = m.entry("operator").or_insert(json!("all"));
    if !op.as_str().is_some_and(|o| o == "any" || o == "all") {
        return Err(ApiError::invalid("match.operator must be any or all"));
    }
    let conditions = m
        .get("conditions")
        .and_then(Value::as_array)
        .filter(|c| !c.is_empty());
    let conditions = conditions
        .ok_or_else(|| ApiError::invalid("match.conditions needs at least one condition"))?;
    for c in conditions {
        check_condition(c, trigger, store)?;
    }
    let actions = rule
        .get("actions")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty());
    check_actions(actions.ok_or_else(|| ApiError::invalid("actions needs at least one action"))?)
}

fn check_condition(c: &Value, trigger: &str, store: &Store) -> Result<(), ApiError> {
    let field = c["field"].as_str().filter(|f| FIELDS.contains(f));
    let field = field.ok_or_else(|| {
        ApiError::invalid(format!(
            "condition field must be one of {}",
            FIELDS.join(", ")
        ))
    })?;
    if trigger == "inbound" && !field.starts_with("from.") {
        return Err(ApiError::invalid(
            "inbound rules can only match from.* fields",
        ));
    }
    let op = c["operator"].as_str().filter(|o| OPERATORS.contains(o));
    let op = op.ok_or_else(|| {
        ApiError::invalid("condition operator must be is, is_not, contains or in_list")
    })?;
    if field == "outbound.type" {
        let ok = ["is", "is_not"].contains(&op)
            && ["compose", "reply"].contains(&c["value"].as_str().unwrap_or(""));
        if !ok {
            return Err(ApiError::invalid(
                "outbound.type takes is/is_not with compose or reply",
            ));
        }
        return Ok(());
    }
    if op == "in_list" {
        let ids = c["value"]
            .as_array()
            .ok_or_else(|| ApiError::invalid("in_list takes an array of list ids"))?;
        for id in ids {
            if !store
                .lists
                .iter()
                .any(|l| Some(l.id.as_str()) == id.as_str())
            {
                return Err(ApiError::not_found(format!("list {id} not found")));
            }
        }
        return Ok(());
    }
    if !c["value"].is_string() {
        return Err(ApiError::invalid("condition value must be a string"));
    }
    Ok(())
}

fn check_actions(actions: &[Value]) -> Result<(), ApiError> {
    for a in actions {
        let kind = a["type"].as_str().filter(|t| ACTIONS.contains(t));
        let kind = kind.ok_or_else(|| {
            ApiError::invalid(format!("action type must be one of {}", ACTIONS.join(", ")))
        })?;
        if kind == "assign_to_folder" && a["value"].as_str().is_none_or(str::is_empty) {
            return Err(ApiError::invalid(
                "assign_to_folder needs a folder name or path as value",
            ));
        }
    }
    if actions.len() > 1 && actions.iter().any(|a| a["type"] == "block") {
        return Err(ApiError::invalid(
            "block is terminal and cannot be combined with other actions",
        ));
    }
    Ok(())
}

async fn create(State(state): State<AppState>, JsonBody(mut body): JsonBody) -> ApiResult {
    let mut store = state.store()?;
    normalize(&mut body, &store)?;
    let now = now_secs();
    let mut rule = Map::new();
    for key in RULE_FIELDS {
        rule.insert(key.into(), body.get(key).cloned().unwrap_or(Value::Null));
    }
    rule.insert("id".into(), json!(new_uuid()));
    rule.insert("application_id".into(), json!(store.application_id));
    rule.insert("organization_id".into(), json!(store.organization_id));
    rule.insert("created_at".into(), json!(now));
    rule.insert("updated_at".into(), json!(now));
    let rule = Value::Object(rule);
    store.rules.push(rule.clone());
    Ok(Reply::created(rule))
}

async fn list(State(state): State<AppState>, q: QueryMap) -> ApiResult {
    let store = state.store()?;
    let (page, next) = cursor_page(store.rules.clone(), &q, 50)?;
    Ok(Reply::nested_list(page, next))
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("rule {id} not found"))
}

async fn find(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let store = state.store()?;
    let rule = one(&store.rules, |r| r["id"] == id.as_str(), || not_found(&id))?;
    Ok(Reply::ok(rule.clone()))
}

/// Partial update of the top-level fields sent; the merged rule is checked whole.
async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let mut store = state.store()?;
    let idx = store
        .rules
        .iter()
        .position(|r| r["id"] == id.as_str())
        .ok_or_else(|| not_found(&id))?;
    let mut merged = store.rules[idx].as_object().cloned().unwrap_or_default();
    for key in RULE_FIELDS {
        if let Some(v) = body.get(key) {
            merged.insert(key.into(), v.clone());
        }
    }
    normalize(&mut merged, &store)?;
    merged.insert("updated_at".into(), json!(now_secs()));
    store.rules[idx] = Value::Object(merged);
    Ok(Reply::ok(store.rules[idx].clone()))
}

async fn remove(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let mut store = state.store()?;
    remove_all(
        &mut store.rules,
        |r| r["id"] == id.as_str(),
        || not_found(&id),
    )?;
    for w in &mut store.workspaces {
        w.rule_ids.retain(|r| *r != id);
    }
    Ok(Reply::deleted())
}
