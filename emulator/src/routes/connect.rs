//! `POST /v3/connect/custom` with `provider: "nylas"`: creates an Agent Account (nylas-api.md §2).

use crate::handler::post;
use crate::handler::Router;
use crate::handler::State;
use serde_json::{Map, Value};

use super::grants::hash_password;
use super::{opt_name, opt_str, JsonBody};
use crate::config::Args;
use crate::ids::{is_uuid, new_uuid, now_secs};
use crate::ratelimit::Group;
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::AppState;
use crate::store::{Grant, Store};
use crate::unknowns;
use crate::validate::{self, Email};

/// The route.
pub fn router() -> Router {
    Router::new().route("/v3/connect/custom", post(create))
}

/// A create request after its own checks (nothing here depends on stored state).
#[derive(Debug)]
struct CreateRequest {
    email: Email,
    name: Option<String>,
    workspace_id: Option<String>,
    policy_id: Option<String>,
    app_password: Option<String>,
    /// Other settings keys, kept and echoed as sent.
    extra_settings: Map<String, Value>,
}

impl CreateRequest {
    fn parse(body: &Map<String, Value>) -> Result<Self, ApiError> {
        match opt_str(body, "provider")?.as_deref() {
            Some("nylas") => {}
            Some(other) => {
                return Err(ApiError::invalid(format!(
                    "provider {other:?} is not supported by the emulator: use \"nylas\" (Agent Accounts)"
                )))
            }
            None => return Err(ApiError::invalid("provider is required")),
        }
        let settings = match body.get("settings") {
            Some(Value::Object(s)) => s.clone(),
            Some(_) => return Err(ApiError::invalid("settings must be an object")),
            None => return Err(ApiError::invalid("settings is required")),
        };
        let raw_email = opt_str(&settings, "email")?
            .ok_or_else(|| ApiError::invalid("settings.email is required"))?;
        let email = validate::email(&raw_email)?;
        let name = opt_name(body)?;
        let workspace_id = opt_str(body, "workspace_id")?;
        if workspace_id.as_deref().is_some_and(|w| !is_uuid(w)) {
            return Err(ApiError::invalid("workspace_id must be a UUID"));
        }
        let policy_id = opt_str(&settings, "policy_id")?;
        let app_password = opt_str(&settings, "app_password")?;
        if let Some(p) = &app_password {
            validate::app_password(p)?;
        }
        let mut extra_settings = settings;
        for key in ["email", "app_password", "policy_id"] {
            extra_settings.remove(key);
        }
        Ok(Self {
            email,
            name,
            workspace_id,
            policy_id,
            app_password,
            extra_settings,
        })
    }
}

async fn create(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    state.limiter.check_app(Group::Grants)?;
    let mut req = CreateRequest::parse(&body)?;
    let hash = match req.app_password.take() {
        Some(p) => Some(hash_password(&state, p).await?),
        None => None,
    };
    let mut store = state.store()?;
    let grant = apply_create(&mut store, &state.args, req, hash)?;
    Ok(Reply::created(grant))
}

/// Checks the request against stored state and creates (or, for a known email, returns) the grant.
fn apply_create(
    store: &mut Store,
    args: &Args,
    req: CreateRequest,
    hash: Option<String>,
) -> Result<Value, ApiError> {
    if unknowns::REQUIRE_NYLAS_CONNECTOR && store.connector("nylas").is_none() {
        return Err(ApiError::invalid(
            "no connector for provider nylas: create one with POST /v3/connectors {\"provider\":\"nylas\"}",
        ));
    }
    check_domain(store, &req.email.domain)?;
    if let Some(existing) = store
        .grant_by_email(&req.email.address())
        .map(|g| g.id.clone())
    {
        return recreate_existing(store, &existing, hash);
    }
    if store.grants.len() >= args.max_accounts {
        return Err(ApiError::invalid(unknowns::account_cap_message(
            args.max_accounts,
        )));
    }
    let workspace_id = pick_workspace(store, req.workspace_id.as_deref(), &req.email.domain)?;
    let policy_id = grant_policy(store, req.policy_id)?;
    let mut settings = req.extra_settings;
    settings.insert("email".into(), Value::String(req.email.address()));
    if let Some(p) = policy_id {
        settings.insert("policy_id".into(), Value::String(p));
    }
    let now = now_secs();
    let inserted = store.insert_grant(Grant {
        id: new_uuid(),
        provider: "nylas".into(),
        email: req.email.address(),
        name: req.name,
        settings,
        workspace_id,
        created_at: now,
        updated_at: now,
        seq: 0,
        app_password_hash: hash,
        revision: 0,
    });
    inserted
        .map(Grant::to_wire)
        .ok_or_else(|| ApiError::internal("grant was not stored"))
}

/// The legacy `settings.policy_id`: given (must exist), else inherited from the nylas connector.
fn grant_policy(store: &Store, given: Option<String>) -> Result<Option<String>, ApiError> {
    match given {
        Some(p) if store.policy(&p).is_none() => {
            Err(ApiError::not_found(format!("policy {p} not found")))
        }
        Some(p) => Ok(Some(p)),
        None => Ok(store
            .connector("nylas")
            .and_then(|c| c.settings.get("policy_id"))
            .and_then(Value::as_str)
            .map(str::to_string)),
    }
}

/// The email's domain must be registered, and (unless a trial domain) its ownership and MX verified.
pub fn check_domain(store: &Store, domain: &str) -> Result<(), ApiError> {
    let d = store
        .domain_by_address(domain)
        .ok_or_else(|| ApiError::not_found(unknowns::domain_not_registered_message(domain)))?;
    let missing: Vec<&str> = unknowns::DOMAIN_USABLE_NEEDS
        .into_iter()
        .filter(|k| !d.is_verified(k))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let status = http::StatusCode::from_u16(unknowns::UNVERIFIED_DOMAIN_STATUS)
        .unwrap_or(http::StatusCode::BAD_REQUEST);
    Err(ApiError::new(
        status,
        unknowns::error_type::INVALID_REQUEST,
        format!(
            "domain {domain} is not verified yet (missing: {}): publish its DNS records and call \
             POST /v3/admin/domains/{}/verify",
            missing.join(", "),
            d.id
        ),
    ))
}

fn recreate_existing(store: &mut Store, id: &str, hash: Option<String>) -> Result<Value, ApiError> {
    let grant = store
        .grants
        .get_mut(id)
        .ok_or_else(|| ApiError::internal("grant index out of step"))?;
    if unknowns::RECREATE_RETURNS_EXISTING {
        if hash.is_some() {
            grant.app_password_hash = hash;
            grant.updated_at = now_secs();
            grant.revision += 1;
        }
        return Ok(grant.to_wire());
    }
    Err(ApiError::conflict(format!(
        "a grant already exists for {}",
        grant.email
    )))
}

/// The given workspace (must exist), else the auto-group workspace of the domain, else the default.
fn pick_workspace(store: &Store, given: Option<&str>, domain: &str) -> Result<String, ApiError> {
    if let Some(id) = given {
        return store
            .workspaces
            .iter()
            .find(|w| w.workspace_id == id)
            .map(|w| w.workspace_id.clone())
            .ok_or_else(|| ApiError::not_found(format!("workspace {id} not found")));
    }
    let grouped = store
        .workspaces
        .iter()
        .find(|w| w.auto_group && w.domain.as_deref() == Some(domain));
    Ok(grouped.map_or_else(|| store.default_workspace_id(), |w| w.workspace_id.clone()))
}
