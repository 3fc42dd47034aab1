//! Lists (domains, TLDs or addresses) and their items, used by `in_list` rule conditions.

use crate::handler::get;
use crate::handler::Router;
use crate::handler::{Path, State};
use http::StatusCode;
use serde_json::Value;

use super::crud::{cursor_list, one, one_mut, remove_all};
use super::{opt_name, opt_str, opt_str_list, req_name, req_str, JsonBody, QueryMap};
use crate::ids::{new_uuid, now_secs};
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::AppState;
use crate::store::{AgentList, ListItem, Store};
use crate::unknowns;

/// The routes.
pub fn router() -> Router {
    Router::new()
        .route("/v3/lists", get(list).post(create))
        .route(
            "/v3/lists/{list_id}",
            get(find).put(update).patch(update).delete(remove),
        )
        .route(
            "/v3/lists/{list_id}/items",
            get(items).post(add_items).delete(remove_items),
        )
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("list {id} not found"))
}

fn wire(store: &Store, l: &AgentList) -> Value {
    l.to_wire(&store.application_id, &store.organization_id)
}

async fn create(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    let name = req_name(&body)?;
    let kind = req_str(&body, "type")?;
    if !["domain", "tld", "address"].contains(&kind.as_str()) {
        return Err(ApiError::invalid("type must be domain, tld or address"));
    }
    let mut store = state.store()?;
    let now = now_secs();
    let l = AgentList {
        id: new_uuid(),
        name,
        description: opt_str(&body, "description")?,
        kind,
        items: Vec::new(),
        created_at: now,
        updated_at: now,
    };
    let data = wire(&store, &l);
    store.lists.push(l);
    Ok(Reply::created(data))
}

async fn list(State(state): State<AppState>, q: QueryMap) -> ApiResult {
    let store = state.store()?;
    let all = store.lists.iter().map(|l| wire(&store, l)).collect();
    cursor_list(all, &q)
}

async fn find(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let store = state.store()?;
    let l = one(&store.lists, |l| l.id == id, || not_found(&id))?;
    Ok(Reply::ok(wire(&store, l)))
}

async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let name = opt_name(&body)?;
    let mut store = state.store()?;
    let l = one_mut(&mut store.lists, |l| l.id == id, || not_found(&id))?;
    if opt_str(&body, "type")?.is_some_and(|t| t != l.kind) {
        return Err(ApiError::invalid("type is immutable"));
    }
    if let Some(n) = name {
        l.name = n;
    }
    if body.contains_key("description") {
        l.description = opt_str(&body, "description")?;
    }
    l.updated_at = now_secs();
    let l = l.clone();
    Ok(Reply::ok(wire(&store, &l)))
}

async fn remove(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let mut store = state.store()?;
    let used = store
        .rules
        .iter()
        .any(|r| r.to_string().contains(&format!("\"{id}\"")));
    if used {
        return Err(ApiError::invalid(format!(
            "list {id} is used by a rule: remove it from the rule first"
        )));
    }
    remove_all(&mut store.lists, |l| l.id == id, || not_found(&id))?;
    Ok(Reply::deleted())
}

async fn items(State(state): State<AppState>, Path(id): Path<String>, q: QueryMap) -> ApiResult {
    let store = state.store()?;
    let l = one(&store.lists, |l| l.id == id, || not_found(&id))?;
    let all = l.items.iter().map(|i| l.item_wire(i)).collect();
    cursor_list(all, &q)
}

/// The `items` of an add/remove body: at most 1000, each at most 500 characters, lowercased and trimmed.
fn item_values(body: &serde_json::Map<String, Value>) -> Result<Vec<String>, ApiError> {
    let values =
        opt_str_list(body, "items")?.ok_or_else(|| ApiError::invalid("items is required"))?;
    if values.len() > 1000 {
        return Err(ApiError::invalid("items takes at most 1000 values"));
    }
    values
        .into_iter()
        .map(|v| {
            let v = v.trim().to_lowercase();
            if v.is_empty() || v.chars().count() > 500 {
                Err(ApiError::invalid("each item must be 1-500 characters"))
            } else {
                Ok(v)
            }
        })
        .collect()
}

async fn add_items(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let values = item_values(&body)?;
    let mut store = state.store()?;
    let l = one_mut(&mut store.lists, |l| l.id == id, || not_found(&id))?;
    let now = now_secs();
    for v in values {
        if !l.items.iter().any(|i| i.value == v) {
            l.items.push(ListItem {
                id: new_uuid(),
                value: v,
                created_at: now,
            });
        }
    }
    l.updated_at = now;
    let l = l.clone();
    let status = StatusCode::from_u16(unknowns::LIST_ITEMS_ADD_STATUS).unwrap_or(StatusCode::OK);
    Ok(Reply::with_status(status, wire(&store, &l)))
}

async fn remove_items(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let values = item_values(&body)?;
    let mut store = state.store()?;
    let l = one_mut(&mut store.lists, |l| l.id == id, || not_found(&id))?;
    l.items.retain(|i| !values.contains(&i.value));
    l.updated_at = now_secs();
    let l = l.clone();
    Ok(Reply::ok(wire(&store, &l)))
}
