//! Grants: list (offset pagination), get by id or email, PATCH (settings replaced wholesale), delete.

use crate::handler::get;
use crate::handler::Router;
use crate::handler::{Path, State};
use serde_json::{Map, Value};

use super::{opt_name, opt_str, JsonBody, QueryMap};
use crate::ids::now_secs;
use crate::ratelimit::Group;
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::AppState;
use crate::store::{Grant, Store};
use crate::{unknowns, validate};

/// The routes.
pub fn router() -> Router {
    Router::new().route("/v3/grants", get(list)).route(
        "/v3/grants/{grant_id}",
        get(find).patch(update).delete(remove),
    )
}

/// Resolves `<id>`, `grant:<id>`, `<email>` and `email:<email>` to a grant id; 404 when unknown.
pub fn resolve(store: &Store, ident: &str) -> Result<String, ApiError> {
    let not_found = || ApiError::not_found(format!("grant {ident} not found"));
    if ident == "me" {
        return Err(ApiError::invalid(
            "grant \"me\" needs an access token, not an API key",
        ));
    }
    let found = if let Some(id) = ident.strip_prefix("grant:") {
        store.grants.get(id)
    } else if let Some(email) = ident.strip_prefix("email:") {
        store.grant_by_email(&crate::validate::email_lookup_key(email))
    } else if ident.contains('@') {
        store.grant_by_email(&crate::validate::email_lookup_key(ident))
    } else {
        store.grants.get(ident)
    };
    found.map(|g| g.id.clone()).ok_or_else(not_found)
}

/// bcrypt at `--bcrypt-cost`, where the host runs heavy work (natively a blocking thread, so hashing
/// never stalls the async workers). The salt comes from the host's randomness.
pub async fn hash_password(state: &AppState, password: String) -> Result<String, ApiError> {
    let cost = state.args.bcrypt_cost;
    let mut salt = [0u8; 16];
    crate::host::fill_random(&mut salt);
    let work = move || {
        bcrypt::hash_with_salt(password, cost, salt)
            .ok()
            .map(|h| h.to_string())
    };
    state
        .services
        .tasks
        .blocking(Box::new(work))
        .await
        .ok_or_else(|| ApiError::internal("cannot hash the app password"))
}

async fn list(State(state): State<AppState>, q: QueryMap) -> ApiResult {
    state.limiter.check_app(Group::Grants)?;
    let limit = validate::limit(q.get("limit"), 10, 200)?;
    let offset = q.int("offset")?.unwrap_or(0).max(0) as usize;
    let filter = GrantFilter::parse(&q)?;
    let desc = match q.get("order_by") {
        None | Some("desc") => true,
        Some("asc") => false,
        Some(_) => return Err(ApiError::invalid("order_by must be asc or desc")),
    };
    let by_updated = match q.get("sort_by") {
        None | Some("created_at") => false,
        Some("updated_at") => true,
        Some(_) => {
            return Err(ApiError::invalid(
                "sort_by must be created_at or updated_at",
            ))
        }
    };
    let store = state.store()?;
    let matching = ordered_matches(&store, &filter, by_updated, desc);
    let page = matching
        .skip(offset)
        .take(limit)
        .map(Grant::to_wire)
        .collect();
    Ok(Reply::offset_list(page, limit, offset))
}

/// The grants that pass `filter`, in the asked order, produced lazily where the order allows.
fn ordered_matches<'a>(
    store: &'a Store,
    filter: &'a GrantFilter,
    by_updated: bool,
    desc: bool,
) -> Box<dyn Iterator<Item = &'a Grant> + 'a> {
    if let Some(email) = &filter.email {
        // One grant per email: answer from the index instead of walking every grant.
        return Box::new(
            store
                .grant_by_email(email)
                .filter(|g| filter.accepts(g))
                .into_iter(),
        );
    }
    let matching = store.grants.values().filter(|g| filter.accepts(g));
    if by_updated {
        let mut sorted: Vec<&Grant> = matching.collect();
        sorted.sort_by_key(|g| (g.updated_at, g.seq));
        if desc {
            sorted.reverse();
        }
        return Box::new(sorted.into_iter());
    }
    // Creation order is the store's own order: no sorting, no allocation.
    if desc {
        Box::new(matching.rev())
    } else {
        Box::new(matching)
    }
}

/// The list filters of `GET /v3/grants`.
#[derive(Debug, Default)]
struct GrantFilter {
    provider: Option<String>,
    email: Option<String>,
    status_invalid: bool,
    workspace_id: Option<String>,
    since: Option<i64>,
    before: Option<i64>,
}

impl GrantFilter {
    fn parse(q: &QueryMap) -> Result<Self, ApiError> {
        let status_invalid = match q.get("grant_status") {
            None | Some("valid") => false,
            Some("invalid") => true,
            Some(_) => return Err(ApiError::invalid("grant_status must be valid or invalid")),
        };
        Ok(Self {
            provider: q.get("provider").map(str::to_string),
            email: q
                .get("email")
                .map(|e| crate::validate::email_lookup_key(e).to_ascii_lowercase()),
            status_invalid,
            workspace_id: q.get("workspace_id").map(str::to_string),
            since: q.int("since")?,
            before: q.int("before")?,
        })
    }

    fn accepts(&self, g: &Grant) -> bool {
        // Agent grants are always valid, so `grant_status=invalid` matches none.
        !self.status_invalid
            && self.provider.as_deref().is_none_or(|p| p == g.provider)
            && self
                .email
                .as_deref()
                .is_none_or(|e| e == g.email.to_ascii_lowercase())
            && self
                .workspace_id
                .as_deref()
                .is_none_or(|w| w == g.workspace_id)
            && self.since.is_none_or(|s| g.created_at >= s)
            && self.before.is_none_or(|b| g.created_at < b)
    }
}

async fn find(State(state): State<AppState>, Path(ident): Path<String>) -> ApiResult {
    state.limiter.check_app(Group::Grants)?;
    let store = state.store()?;
    let id = resolve(&store, &ident)?;
    let grant = store
        .grants
        .get(&id)
        .ok_or_else(|| ApiError::not_found("grant not found"))?;
    Ok(Reply::ok(grant.to_wire()))
}

async fn update(
    State(state): State<AppState>,
    Path(ident): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    state.limiter.check_app(Group::Grants)?;
    let settings = match body.get("settings") {
        None | Some(Value::Null) => None,
        Some(Value::Object(s)) => Some(s.clone()),
        Some(_) => return Err(ApiError::invalid("settings must be an object")),
    };
    let password = match &settings {
        Some(s) => opt_str(s, "app_password")?,
        None => None,
    };
    if let Some(p) = &password {
        validate::app_password(p)?;
    }
    let name = opt_name(&body)?;
    // Check the grant exists before spending a hash on it.
    resolve(&*state.store()?, &ident)?;
    let hash = match password {
        Some(p) => Some(hash_password(&state, p).await?),
        None => None,
    };
    let mut store = state.store()?;
    let id = resolve(&store, &ident)?;
    let workspace_id = opt_str(&body, "workspace_id")?;
    check_patch_refs(&store, settings.as_ref(), workspace_id.as_deref())?;
    let grant = store
        .grants
        .get_mut(&id)
        .ok_or_else(|| ApiError::not_found("grant not found"))?;
    if let Some(s) = settings {
        replace_settings(grant, s, hash)?;
    }
    if unknowns::PATCH_ACCEPTS_NAME_AND_WORKSPACE {
        if body.contains_key("name") {
            grant.name = name;
        }
        if let Some(w) = workspace_id {
            grant.workspace_id = w;
        }
    }
    grant.updated_at = now_secs();
    grant.revision += 1;
    Ok(Reply::ok(grant.to_wire()))
}

fn check_patch_refs(
    store: &Store,
    settings: Option<&Map<String, Value>>,
    workspace: Option<&str>,
) -> Result<(), ApiError> {
    if let Some(p) = settings
        .and_then(|s| s.get("policy_id"))
        .and_then(Value::as_str)
    {
        if store.policy(p).is_none() {
            return Err(ApiError::not_found(format!("policy {p} not found")));
        }
    }
    if let Some(w) = workspace {
        if !store.workspaces.iter().any(|x| x.workspace_id == w) {
            return Err(ApiError::not_found(format!("workspace {w} not found")));
        }
    }
    Ok(())
}

/// "Nylas replaces the entire settings object": what is not sent is gone, the app password included.
fn replace_settings(
    grant: &mut Grant,
    mut settings: Map<String, Value>,
    hash: Option<String>,
) -> Result<(), ApiError> {
    if let Some(email) = settings.get("email").and_then(Value::as_str) {
        if !crate::validate::email_lookup_key(email).eq_ignore_ascii_case(&grant.email) {
            return Err(ApiError::invalid(
                "settings.email cannot change: it must equal the grant's email",
            ));
        }
    }
    settings.remove("app_password");
    if settings.contains_key("email") {
        // Stored as the grant's own, normalised address, whatever case or IDN form was sent.
        settings.insert("email".into(), Value::String(grant.email.clone()));
    }
    grant.settings = settings;
    if hash.is_some() || unknowns::PATCH_WITHOUT_PASSWORD_CLEARS_IT {
        grant.app_password_hash = hash;
    }
    Ok(())
}

async fn remove(State(state): State<AppState>, Path(ident): Path<String>) -> ApiResult {
    state.limiter.check_app(Group::Grants)?;
    let mut store = state.store()?;
    let id = resolve(&store, &ident)?;
    store.remove_grant(&id);
    Ok(Reply::deleted())
}
