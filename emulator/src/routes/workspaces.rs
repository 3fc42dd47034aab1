//! Workspaces: the default one per application, auto-grouping by domain, manual assignment.

use crate::handler::Router;
use crate::handler::{get, post};
use crate::handler::{Path, State};
use serde_json::{json, Map, Value};

use super::crud::{cursor_list, one};
use super::{opt_bool, opt_name, opt_str, opt_str_list, req_domain, req_name, JsonBody, QueryMap};
use crate::ids::{new_uuid, now_secs};
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::AppState;
use crate::store::{Store, Workspace};
use crate::unknowns;

/// The routes.
pub fn router() -> Router {
    Router::new()
        .route("/v3/workspaces", get(list).post(create))
        .route("/v3/workspaces/auto-group", post(auto_group))
        .route(
            "/v3/workspaces/{workspace_id}",
            get(find).patch(update).put(update).delete(remove),
        )
        .route(
            "/v3/workspaces/{workspace_id}/manual-assign",
            post(manual_assign),
        )
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("workspace {id} not found"))
}

fn workspace<'a>(store: &'a Store, id: &str) -> Result<&'a Workspace, ApiError> {
    one(
        &store.workspaces,
        |w| w.workspace_id == id,
        || not_found(id),
    )
}

/// The workspace a path names by id or, where the API takes one (see unknowns), by its domain.
fn workspace_by_id_or_domain<'a>(store: &'a Store, ident: &str) -> Result<&'a Workspace, ApiError> {
    match domain_in_path(ident) {
        Some(domain) => one(
            &store.workspaces,
            |w| w.domain.as_deref() == Some(domain.as_str()),
            || not_found(ident),
        ),
        None => workspace(store, ident),
    }
}

/// A path segment with a dot is a domain (ids are UUIDs), lowercased without a final dot.
fn domain_in_path(ident: &str) -> Option<String> {
    let domain = ident.trim_end_matches('.').to_ascii_lowercase();
    (unknowns::WORKSPACE_PATH_ACCEPTS_DOMAIN && domain.contains('.')).then_some(domain)
}

/// The `domain` of a create or update: `None` when absent, null or empty (no domain), else normalised.
fn given_domain(body: &Map<String, Value>) -> Result<Option<String>, ApiError> {
    match opt_str(body, "domain")? {
        Some(d) if !d.trim().is_empty() => Ok(Some(req_domain(body, "domain")?)),
        _ => Ok(None),
    }
}

/// `policy_id` and `rule_ids` must name existing objects.
fn check_refs(
    store: &Store,
    policy_id: Option<&str>,
    rule_ids: Option<&[String]>,
) -> Result<(), ApiError> {
    if let Some(p) = policy_id {
        if store.policy(p).is_none() {
            return Err(ApiError::not_found(format!("policy {p} not found")));
        }
    }
    for r in rule_ids.unwrap_or_default() {
        if !store.rules.iter().any(|x| x["id"] == r.as_str()) {
            return Err(ApiError::not_found(format!("rule {r} not found")));
        }
    }
    Ok(())
}

async fn list(State(state): State<AppState>, q: QueryMap) -> ApiResult {
    let store = state.store()?;
    let all: Vec<Value> = store
        .workspaces
        .iter()
        .map(|w| w.to_wire(&store.application_id))
        .collect();
    cursor_list(all, &q)
}

async fn find(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let store = state.store()?;
    let w = workspace_by_id_or_domain(&store, &id)?;
    Ok(Reply::ok(w.to_wire(&store.application_id)))
}

async fn create(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    let name = req_name(&body)?;
    let domain = given_domain(&body)?;
    let auto_group = match (&domain, opt_bool(&body, "auto_group")?) {
        (None, Some(true)) => {
            return Err(ApiError::invalid(
                "auto_group needs a domain: give the workspace a domain, or create it with auto_group false \
                 and add accounts with manual-assign",
            ))
        }
        (None, _) => false,
        (Some(_), given) => given.unwrap_or(true),
    };
    let policy_id = opt_str(&body, "policy_id")?;
    let rule_ids = opt_str_list(&body, "rule_ids")?.unwrap_or_default();
    let mut store = state.store()?;
    check_refs(&store, policy_id.as_deref(), Some(&rule_ids))?;
    if let Some(d) = &domain {
        if store
            .workspaces
            .iter()
            .any(|w| w.domain.as_ref() == Some(d))
        {
            return Err(ApiError::conflict(format!(
                "a workspace for domain {d} already exists"
            )));
        }
    }
    let now = now_secs();
    let w = Workspace {
        workspace_id: new_uuid(),
        name,
        domain: Some(domain.unwrap_or_else(|| unknowns::DOMAINLESS_WORKSPACE_DOMAIN.into())),
        auto_group,
        default: false,
        policy_id,
        rule_ids,
        created_at: now,
        updated_at: now,
    };
    let wire = w.to_wire(&store.application_id);
    store.workspaces.push(w);
    Ok(Reply::ok(wire))
}

async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let name = opt_name(&body)?;
    let auto_group = opt_bool(&body, "auto_group")?;
    let rule_ids = opt_str_list(&body, "rule_ids")?;
    let policy_id = opt_str(&body, "policy_id")?;
    let mut store = state.store()?;
    check_refs(&store, policy_id.as_deref(), rule_ids.as_deref())?;
    let app = store.application_id.clone();
    let w = store
        .workspace_mut(&id)
        .ok_or_else(|| match domain_in_path(&id) {
            Some(_) => ApiError::not_found(format!(
                "workspace {id} not found: PATCH takes the workspace_id, not a domain"
            )),
            None => not_found(&id),
        })?;
    let domain = w.domain.as_deref().unwrap_or_default();
    // "" (no domain) and null (the default workspace) are the same "no domain": not a change.
    if body.contains_key("domain") && given_domain(&body)?.unwrap_or_default() != domain {
        return Err(ApiError::invalid("domain is immutable"));
    }
    if w.default && (name.is_some() || auto_group.is_some()) {
        return Err(ApiError::invalid(
            "only policy_id and rule_ids can change on the default workspace",
        ));
    }
    if auto_group == Some(true) && domain.is_empty() {
        return Err(ApiError::invalid(
            "auto_group needs a domain, and this workspace has none",
        ));
    }
    apply_update(w, &body, name, auto_group, policy_id, rule_ids);
    Ok(Reply::ok(w.to_wire(&app)))
}

fn apply_update(
    w: &mut Workspace,
    body: &Map<String, Value>,
    name: Option<String>,
    auto_group: Option<bool>,
    policy_id: Option<String>,
    rule_ids: Option<Vec<String>>,
) {
    if let Some(n) = name {
        w.name = n;
    }
    if let Some(a) = auto_group {
        w.auto_group = a;
    }
    // `policy_id: null` detaches (the CLI does that); absent leaves it alone.
    if body.contains_key("policy_id") {
        w.policy_id = policy_id;
    }
    if let Some(r) = rule_ids {
        w.rule_ids = r;
    }
    w.updated_at = now_secs();
}

async fn remove(State(state): State<AppState>, Path(ident): Path<String>) -> ApiResult {
    let mut store = state.store()?;
    let w = workspace_by_id_or_domain(&store, &ident)?;
    let id = w.workspace_id.clone();
    if w.default {
        return Err(ApiError::invalid("the default workspace cannot be deleted"));
    }
    store.workspaces.retain(|w| w.workspace_id != id);
    if unknowns::DELETED_WORKSPACE_GRANTS_GO_TO_DEFAULT {
        let default = store.default_workspace_id();
        for g in store.grants.values_mut().filter(|g| g.workspace_id == id) {
            g.workspace_id = default.clone();
        }
    }
    Ok(Reply::deleted())
}

async fn manual_assign(
    State(state): State<AppState>,
    Path(ident): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let assign = opt_str_list(&body, "assign_grants")?.unwrap_or_default();
    let remove = opt_str_list(&body, "remove_grants")?.unwrap_or_default();
    if assign.len() > 500 || remove.len() > 500 {
        return Err(ApiError::invalid(
            "assign_grants and remove_grants take at most 500 ids each",
        ));
    }
    let mut store = state.store()?;
    let w = workspace_by_id_or_domain(&store, &ident)?;
    let id = w.workspace_id.clone();
    if w.auto_group {
        return Err(ApiError::invalid(
            "manual assignment needs a workspace with auto_group false",
        ));
    }
    let domain = w.domain.clone();
    for g in assign.iter().chain(&remove) {
        if !store.grants.contains_key(g) {
            return Err(ApiError::not_found(format!("grant {g} not found")));
        }
    }
    let default = store.default_workspace_id();
    let mut removed = Vec::new();
    for g in &remove {
        if let Some(grant) = store.grants.get_mut(g).filter(|x| x.workspace_id == id) {
            grant.workspace_id = default.clone();
            removed.push(g.clone());
        }
    }
    for g in &assign {
        if let Some(grant) = store.grants.get_mut(g) {
            grant.workspace_id = id.clone();
        }
    }
    Ok(Reply::ok(json!({
        "application_id": store.application_id,
        "workspace_id": id,
        "domain": domain,
        "grants_assigned": assign,
        "grants_removed": removed,
    })))
}

/// Moves default-workspace grants into the auto-group workspace of their domain, at once.
async fn auto_group(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    let after = body
        .get("after_created_at")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let only_domain = opt_str(&body, "specific_domain")?.map(|d| d.to_ascii_lowercase());
    let mut store = state.store()?;
    let default = store.default_workspace_id();
    let targets: Vec<(String, String)> = store
        .workspaces
        .iter()
        .filter(|w| w.auto_group && !w.default)
        .filter_map(|w| w.domain.clone().map(|d| (d, w.workspace_id.clone())))
        .filter(|(d, _)| only_domain.as_deref().is_none_or(|o| o == d))
        .collect();
    let mut moved = 0usize;
    for g in store.grants.values_mut() {
        if g.workspace_id != default || g.created_at <= after {
            continue;
        }
        if let Some((_, ws)) = targets.iter().find(|(d, _)| g.domain() == d) {
            g.workspace_id = ws.clone();
            moved += 1;
        }
    }
    Ok(Reply::ok(
        json!({ "job_id": new_uuid(), "message": format!("auto-grouping done: {moved} grants moved") }),
    ))
}
