//! Connectors (one per provider, `nylas` included): offset-paginated list, create 201, get/update/delete.

use crate::handler::get;
use crate::handler::Router;
use crate::handler::{Path, State};
use serde_json::{Map, Value};

use super::crud::{one_mut, remove_all};
use super::{opt_str, opt_str_list, JsonBody, QueryMap};
use crate::ratelimit::Group;
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::AppState;
use crate::store::Connector;

const PROVIDERS: [&str; 9] = [
    "google",
    "microsoft",
    "imap",
    "icloud",
    "yahoo",
    "ews",
    "zoom",
    "virtual-calendar",
    "nylas",
];

/// The routes.
pub fn router() -> Router {
    Router::new()
        .route("/v3/connectors", get(list).post(create))
        .route(
            "/v3/connectors/{provider}",
            get(find).patch(update).put(update).delete(remove),
        )
}

async fn list(State(state): State<AppState>, q: QueryMap) -> ApiResult {
    state.limiter.check_app(Group::Connectors)?;
    // Same defaults as grants, the other offset-paginated list.
    let limit = crate::validate::limit(q.get("limit"), 10, 200)?;
    let offset = q.int("offset")?.unwrap_or(0).max(0) as usize;
    let store = state.store()?;
    let page = store
        .connectors
        .iter()
        .skip(offset)
        .take(limit)
        .map(Connector::to_wire)
        .collect();
    Ok(Reply::offset_list(page, limit, offset))
}

fn settings_of(body: &Map<String, Value>) -> Result<Option<Map<String, Value>>, ApiError> {
    match body.get("settings") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiError::invalid("settings must be an object")),
    }
}

async fn create(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    state.limiter.check_app(Group::Connectors)?;
    let provider =
        opt_str(&body, "provider")?.ok_or_else(|| ApiError::invalid("provider is required"))?;
    if !PROVIDERS.contains(&provider.as_str()) {
        return Err(ApiError::invalid(format!(
            "provider must be one of {}",
            PROVIDERS.join(", ")
        )));
    }
    let settings = settings_of(&body)?.unwrap_or_default();
    let mut store = state.store()?;
    check_policy(&store, &settings)?;
    if store.connector(&provider).is_some() {
        return Err(ApiError::conflict(format!(
            "a connector for provider {provider} already exists"
        )));
    }
    let connector = Connector {
        name: opt_str(&body, "name")?.unwrap_or_else(|| provider.clone()),
        provider,
        settings,
        scope: opt_str_list(&body, "scope")?.unwrap_or_default(),
    };
    let wire = connector.to_wire();
    store.connectors.push(connector);
    Ok(Reply::created(wire))
}

/// The legacy `settings.policy_id` of the nylas connector must name a policy.
fn check_policy(
    store: &crate::store::Store,
    settings: &Map<String, Value>,
) -> Result<(), ApiError> {
    match settings.get("policy_id").and_then(Value::as_str) {
        Some(p) if store.policy(p).is_none() => {
            Err(ApiError::not_found(format!("policy {p} not found")))
        }
        _ => Ok(()),
    }
}

fn not_found(provider: &str) -> ApiError {
    ApiError::not_found(format!("connector for provider {provider} not found"))
}

async fn find(State(state): State<AppState>, Path(provider): Path<String>) -> ApiResult {
    state.limiter.check_app(Group::Connectors)?;
    let store = state.store()?;
    let c = store
        .connector(&provider)
        .ok_or_else(|| not_found(&provider))?;
    Ok(Reply::ok(c.to_wire()))
}

async fn update(
    State(state): State<AppState>,
    Path(provider): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    state.limiter.check_app(Group::Connectors)?;
    let settings = settings_of(&body)?;
    let name = opt_str(&body, "name")?;
    let scope = opt_str_list(&body, "scope")?;
    let mut store = state.store()?;
    if let Some(s) = &settings {
        check_policy(&store, s)?;
    }
    let c = one_mut(
        &mut store.connectors,
        |c| c.provider == provider,
        || not_found(&provider),
    )?;
    if let Some(s) = settings {
        c.settings = s;
    }
    if let Some(n) = name {
        c.name = n;
    }
    if let Some(s) = scope {
        c.scope = s;
    }
    Ok(Reply::ok(c.to_wire()))
}

async fn remove(State(state): State<AppState>, Path(provider): Path<String>) -> ApiResult {
    state.limiter.check_app(Group::Connectors)?;
    let mut store = state.store()?;
    remove_all(
        &mut store.connectors,
        |c| c.provider == provider,
        || not_found(&provider),
    )?;
    Ok(Reply::deleted())
}
