//! Webhooks: CRUD (create and update answer 200), the `?challenge=` handshake, secret rotation.

use crate::handler::Router;
use crate::handler::{get, post};
use crate::handler::{Path, State};
use serde_json::{json, Map, Value};

use super::crud::{cursor_list, one, one_mut, remove_all};
use super::{opt_bool, opt_str, opt_str_list, JsonBody, QueryMap};
use crate::ids::{new_uuid, now_secs, random_token};
use crate::ratelimit::Group;
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::AppState;
use crate::store::Webhook;
use crate::webhook_client;

/// The routes.
pub fn router() -> Router {
    Router::new()
        .route("/v3/webhooks", get(list).post(create))
        .route("/v3/webhooks/ip-addresses", get(ip_addresses))
        .route("/v3/webhooks/mock-payload", post(mock_payload))
        .route(
            "/v3/webhooks/rotate-secret/{webhook_id}",
            post(rotate_secret),
        )
        .route(
            "/v3/webhooks/{webhook_id}",
            get(find).put(update).patch(update).delete(remove),
        )
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("webhook {id} not found"))
}

fn triggers(body: &Map<String, Value>) -> Result<Option<Vec<String>>, ApiError> {
    let t = opt_str_list(body, "trigger_types")?;
    if t.as_ref()
        .is_some_and(|t| t.is_empty() || t.iter().any(|x| !x.contains('.')))
    {
        return Err(ApiError::invalid(
            "trigger_types must be a non-empty array like [\"message.created\"]",
        ));
    }
    Ok(t)
}

async fn create(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    state.limiter.check_app(Group::Webhooks)?;
    let trigger_types =
        triggers(&body)?.ok_or_else(|| ApiError::invalid("trigger_types is required"))?;
    let url = opt_str(&body, "webhook_url")?
        .ok_or_else(|| ApiError::invalid("webhook_url is required"))?;
    let parsed = webhook_client::check_url(&url)?;
    // The handshake runs before anything is stored, and without the state lock held.
    webhook_client::challenge(&state.services, &parsed).await?;
    let now = now_secs();
    let hook = Webhook {
        id: new_uuid(),
        description: opt_str(&body, "description")?,
        trigger_types,
        webhook_url: url,
        webhook_secret: random_token(40),
        status: "active".into(),
        notification_email_addresses: opt_str_list(&body, "notification_email_addresses")?
            .unwrap_or_default(),
        compressed_delivery: opt_bool(&body, "compressed_delivery")?.unwrap_or(false),
        status_updated_at: now,
        created_at: now,
        updated_at: now,
    };
    let data = hook.to_wire(true);
    state.store()?.webhooks.push(hook);
    Ok(Reply::ok(data))
}

async fn list(State(state): State<AppState>, q: QueryMap) -> ApiResult {
    state.limiter.check_app(Group::Webhooks)?;
    let store = state.store()?;
    let all = store.webhooks.iter().map(|w| w.to_wire(false)).collect();
    cursor_list(all, &q)
}

async fn find(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    state.limiter.check_app(Group::Webhooks)?;
    let store = state.store()?;
    let w = one(&store.webhooks, |w| w.id == id, || not_found(&id))?;
    Ok(Reply::ok(w.to_wire(false)))
}

async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    state.limiter.check_app(Group::Webhooks)?;
    let trigger_types = triggers(&body)?;
    let url = opt_str(&body, "webhook_url")?;
    let current_url = {
        let store = state.store()?;
        store
            .webhooks
            .iter()
            .find(|w| w.id == id)
            .map(|w| w.webhook_url.clone())
            .ok_or_else(|| not_found(&id))?
    };
    if let Some(u) = url.as_deref().filter(|u| *u != current_url) {
        // A new endpoint must prove itself like a new webhook does.
        webhook_client::challenge(&state.services, &webhook_client::check_url(u)?).await?;
    }
    let status = opt_str(&body, "status")?;
    if status
        .as_deref()
        .is_some_and(|s| !["active", "pause"].contains(&s))
    {
        return Err(ApiError::invalid("status can be set to active or pause"));
    }
    let mut store = state.store()?;
    let w = one_mut(&mut store.webhooks, |w| w.id == id, || not_found(&id))?;
    let now = now_secs();
    if let Some(t) = trigger_types {
        w.trigger_types = t;
    }
    if let Some(u) = url {
        w.webhook_url = u;
    }
    if body.contains_key("description") {
        w.description = opt_str(&body, "description")?;
    }
    if let Some(n) = opt_str_list(&body, "notification_email_addresses")? {
        w.notification_email_addresses = n;
    }
    if let Some(s) = status {
        w.status = s;
        w.status_updated_at = now;
    }
    w.updated_at = now;
    Ok(Reply::ok(w.to_wire(false)))
}

async fn remove(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    state.limiter.check_app(Group::Webhooks)?;
    let mut store = state.store()?;
    remove_all(&mut store.webhooks, |w| w.id == id, || not_found(&id))?;
    Ok(Reply::deleted())
}

async fn rotate_secret(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    state.limiter.check_app(Group::Webhooks)?;
    let mut store = state.store()?;
    let w = one_mut(&mut store.webhooks, |w| w.id == id, || not_found(&id))?;
    w.webhook_secret = random_token(40);
    w.updated_at = now_secs();
    Ok(Reply::ok(w.to_wire(true)))
}

async fn ip_addresses() -> ApiResult {
    Ok(Reply::ok(
        json!({ "ip_addresses": ["127.0.0.1"], "updated_at": now_secs() }),
    ))
}

async fn mock_payload(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    let trigger = opt_str(&body, "trigger_type")?.unwrap_or_else(|| "message.created".into());
    let app = state.store()?.application_id.clone();
    let message = json!({
        "id": new_uuid(), "grant_id": new_uuid(), "object": "message", "subject": "Mock message",
        "from": [{ "name": "Sender", "email": "sender@example.com" }], "to": [], "date": now_secs(),
        "unread": true, "starred": false, "snippet": "", "body": "", "folders": ["inbox"],
    });
    let mut payload = super::messages::notification(&app, &message);
    payload["type"] = json!(trigger);
    Ok(Reply::ok(payload))
}
