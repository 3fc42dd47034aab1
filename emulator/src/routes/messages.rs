//! Messages and folders of a grant, plus the hook that delivers an inbound message (and fires
//! `message.created` webhooks).

use crate::handler::get;
use crate::handler::Router;
use crate::handler::{Path, State};
use serde_json::{json, Map, Value};

use super::crud::cursor_list;
use super::grants::resolve;
use super::hook_answers::Delivered;
use super::{opt_bool, opt_str, JsonBody, QueryMap};
use crate::ids::{new_uuid, now_secs};
use crate::reply::{ApiError, ApiResult, Reply};
use crate::rule_engine;
use crate::state::AppState;
use crate::store::Store;
use crate::unknowns::SYSTEM_FOLDERS;
use crate::webhook_client;

/// The routes.
pub fn router() -> Router {
    Router::new()
        .route("/v3/grants/{grant_id}/messages", get(list))
        .route("/v3/grants/{grant_id}/messages/{message_id}", get(find))
        .route("/v3/grants/{grant_id}/folders", get(folders))
}

/// Resolves the grant and counts the call against its 200 req/s budget.
pub(super) fn grant_for_call(state: &AppState, ident: &str) -> Result<String, ApiError> {
    let id = resolve(&*state.store()?, ident)?;
    state.limiter.check_grant(&id)?;
    Ok(id)
}

async fn list(State(state): State<AppState>, Path(ident): Path<String>, q: QueryMap) -> ApiResult {
    let id = grant_for_call(&state, &ident)?;
    let filter = MessageFilter::parse(&q)?;
    let store = state.store()?;
    let all = store
        .messages
        .get(&id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    // Newest first by `date`, as Nylas lists messages (a message delivered late with an old date
    // sorts by its date); delivery order, newest first, breaks ties.
    let mut matching: Vec<Value> = all
        .iter()
        .rev()
        .filter(|m| filter.accepts(m))
        .cloned()
        .collect();
    matching.sort_by_key(|m| std::cmp::Reverse(m["date"].as_i64().unwrap_or(0)));
    cursor_list(matching, &q)
}

async fn find(
    State(state): State<AppState>,
    Path((ident, message_id)): Path<(String, String)>,
) -> ApiResult {
    let id = grant_for_call(&state, &ident)?;
    let store = state.store()?;
    store
        .messages
        .get(&id)
        .and_then(|ms| ms.iter().find(|m| m["id"] == message_id.as_str()))
        .map(|m| Reply::ok(m.clone()))
        .ok_or_else(|| ApiError::not_found(format!("message {message_id} not found")))
}

async fn folders(State(state): State<AppState>, Path(ident): Path<String>) -> ApiResult {
    let id = grant_for_call(&state, &ident)?;
    let store = state.store()?;
    let messages = store
        .messages
        .get(&id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let data = SYSTEM_FOLDERS
        .iter()
        .map(|f| {
            let in_folder = messages.iter().filter(|m| in_folder(m, f));
            let unread = in_folder.clone().filter(|m| m["unread"] == true).count();
            json!({
                "id": f, "grant_id": id, "object": "folder", "name": title_case(f),
                "system_folder": true, "attributes": [format!("\\{}", title_case(f))],
                "total_count": in_folder.count(), "unread_count": unread, "child_count": 0,
            })
        })
        .collect();
    Ok(Reply::cursor_list(data, None))
}

fn title_case(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

fn in_folder(m: &Value, folder: &str) -> bool {
    m["folders"]
        .as_array()
        .is_some_and(|fs| fs.iter().any(|f| f == folder))
}

fn addresses(m: &Value, field: &str) -> Vec<String> {
    m[field]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p["email"].as_str())
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .unwrap_or_default()
}

/// The filters of `GET /v3/grants/{id}/messages`.
#[derive(Debug, Default)]
struct MessageFilter {
    any_email: Vec<String>,
    fields: Vec<(&'static str, String)>,
    folder: Option<String>,
    unread: Option<bool>,
    starred: Option<bool>,
    thread_id: Option<String>,
    received_before: Option<i64>,
    received_after: Option<i64>,
    has_attachment: Option<bool>,
    subject: Option<String>,
    search: Option<String>,
}

impl MessageFilter {
    fn parse(q: &QueryMap) -> Result<Self, ApiError> {
        let lower = |k: &str| q.get(k).map(str::to_ascii_lowercase);
        let any_email = lower("any_email")
            .map(|s| {
                s.split(',')
                    .map(|e| e.trim().to_string())
                    .filter(|e| !e.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let fields = ["to", "from", "cc", "bcc"]
            .into_iter()
            .filter_map(|k| lower(k).map(|v| (k, v)))
            .collect();
        Ok(Self {
            any_email,
            fields,
            folder: q.get("in").map(str::to_string),
            unread: q.bool("unread")?,
            starred: q.bool("starred")?,
            thread_id: q.get("thread_id").map(str::to_string),
            received_before: q.int("received_before")?,
            received_after: q.int("received_after")?,
            has_attachment: q.bool("has_attachment")?,
            subject: q.get("subject").map(str::to_string),
            search: lower("search_query_native"),
        })
    }

    fn accepts(&self, m: &Value) -> bool {
        let date = m["date"].as_i64().unwrap_or(0);
        let everyone: Vec<String> = ["from", "to", "cc", "bcc"]
            .iter()
            .flat_map(|f| addresses(m, f))
            .collect();
        let has_attachment = m["attachments"].as_array().is_some_and(|a| !a.is_empty());
        let text = format!(
            "{} {}",
            m["subject"].as_str().unwrap_or(""),
            m["body"].as_str().unwrap_or("")
        )
        .to_ascii_lowercase();
        (self.any_email.is_empty() || self.any_email.iter().any(|e| everyone.contains(e)))
            && self.fields.iter().all(|(f, v)| addresses(m, f).contains(v))
            && self.folder.as_deref().is_none_or(|f| in_folder(m, f))
            && self.unread.is_none_or(|u| m["unread"] == u)
            && self.starred.is_none_or(|s| m["starred"] == s)
            && self
                .thread_id
                .as_deref()
                .is_none_or(|t| m["thread_id"] == t)
            && self.received_before.is_none_or(|b| date < b)
            && self.received_after.is_none_or(|a| date > a)
            && self.has_attachment.is_none_or(|h| h == has_attachment)
            && self.subject.as_deref().is_none_or(|s| m["subject"] == s)
            && self.search.as_deref().is_none_or(|s| text.contains(s))
    }
}

/// `[{name, email}]` from a string, an object, or an array of either.
fn participants(v: Option<&Value>) -> Value {
    let one = |p: &Value| match p {
        Value::String(s) => json!({ "name": "", "email": s }),
        Value::Object(o) => {
            json!({ "name": o.get("name").cloned().unwrap_or(json!("")), "email": o.get("email").cloned().unwrap_or(json!("")) })
        }
        _ => json!({ "name": "", "email": "" }),
    };
    match v {
        None | Some(Value::Null) => json!([]),
        Some(Value::Array(items)) => Value::Array(items.iter().map(one).collect()),
        Some(p) => json!([one(p)]),
    }
}

fn build_message(
    grant_id: &str,
    grant_email: &str,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let text = opt_str(body, "body")?.unwrap_or_default();
    let folder = opt_str(body, "folder")?.unwrap_or_else(|| "inbox".into());
    if !SYSTEM_FOLDERS.contains(&folder.as_str()) {
        return Err(ApiError::invalid(format!(
            "folder must be one of {}",
            SYSTEM_FOLDERS.join(", ")
        )));
    }
    let id = new_uuid();
    let to = if body.contains_key("to") {
        participants(body.get("to"))
    } else {
        participants(Some(&json!(grant_email)))
    };
    Ok(json!({
        "id": id,
        "grant_id": grant_id,
        "object": "message",
        "thread_id": opt_str(body, "thread_id")?.unwrap_or_else(new_uuid),
        "subject": opt_str(body, "subject")?.unwrap_or_default(),
        "from": participants(body.get("from")),
        "to": to,
        "cc": participants(body.get("cc")),
        "bcc": participants(body.get("bcc")),
        "reply_to": participants(body.get("reply_to")),
        "date": body.get("date").and_then(Value::as_i64).unwrap_or_else(now_secs),
        "unread": opt_bool(body, "unread")?.unwrap_or(true),
        "starred": opt_bool(body, "starred")?.unwrap_or(false),
        "snippet": text.chars().take(100).collect::<String>(),
        "body": text,
        "folders": [folder],
        "attachments": body.get("attachments").cloned().unwrap_or(json!([])),
        "headers": body.get("headers").cloned().unwrap_or(json!([])),
        "metadata": body.get("metadata").cloned().unwrap_or(json!({})),
        "in_reply_to": body.get("in_reply_to").cloned().unwrap_or(Value::Null),
    }))
}

/// Builds the delivered message, runs the grant's rules on it and keeps their record; stores the message
/// unless a rule blocked it. Returns the stored message (None when blocked) and the evaluation record.
fn admit(
    store: &mut Store,
    ident: &str,
    body: &Map<String, Value>,
) -> Result<(Option<Value>, Option<Value>), ApiError> {
    let id = resolve(store, ident)?;
    let (email, workspace_id) = store
        .grants
        .get(&id)
        .map(|g| (g.email.clone(), g.workspace_id.clone()))
        .unwrap_or_default();
    let mut message = build_message(&id, &email, body)?;
    let outcome = rule_engine::evaluate(store, &id, &workspace_id, &mut message);
    if let Some(record) = &outcome.record {
        let records = store.rule_evaluations.entry(id.clone()).or_default();
        records.push(record.clone());
    }
    if outcome.blocked {
        return Ok((None, outcome.record));
    }
    store.messages.entry(id).or_default().push(message.clone());
    Ok((Some(message), outcome.record))
}

/// (id, url, secret) of every active webhook subscribed to `message.created`.
fn message_webhooks(store: &Store) -> Vec<(String, String, String)> {
    store
        .webhooks
        .iter()
        .filter(|w| w.status == "active" && w.trigger_types.iter().any(|t| t == "message.created"))
        .map(|w| {
            (
                w.id.clone(),
                w.webhook_url.clone(),
                w.webhook_secret.clone(),
            )
        })
        .collect()
}

/// `POST /__emulator/messages`: evaluates the grant's inbound rules (`rule_engine`), stores the message
/// as they leave it (unless one blocks it) and delivers `message.created` to every active webhook;
/// waits for the deliveries unless `"wait": false`.
pub async fn deliver_hook(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    let ident = opt_str(&body, "grant")?
        .or(opt_str(&body, "grant_id")?)
        .ok_or_else(|| ApiError::invalid("grant (id or email) is required"))?;
    let (message, evaluation, targets, application_id) = {
        let mut store = state.store()?;
        let (message, evaluation) = admit(&mut store, &ident, &body)?;
        let Some(message) = message else {
            // Refused before it existed: nothing stored, nothing announced.
            return Ok(Reply::ok(json!(Delivered {
                message: None,
                blocked: true,
                rule_evaluation: evaluation,
                deliveries: Vec::new(),
            })));
        };
        let targets = message_webhooks(&store);
        (message, evaluation, targets, store.application_id.clone())
    };
    let payload = notification(&application_id, &message);
    let wait = opt_bool(&body, "wait")?.unwrap_or(true);
    // Each delivery runs as its own task, so it finishes even if the hook's caller stops waiting.
    let mut reports = Vec::new();
    for (wid, url, secret) in targets {
        let (services, payload) = (state.services.clone(), payload.clone());
        let (done, report) = futures_channel::oneshot::channel();
        state.services.tasks.spawn(Box::pin(async move {
            let _ =
                done.send(webhook_client::deliver(&services, &wid, &url, &secret, payload).await);
        }));
        reports.push(report);
    }
    let mut deliveries = Vec::new();
    if wait {
        for report in reports {
            if let Ok(report) = report.await {
                deliveries.push(report);
            }
        }
    }
    Ok(Reply::ok(json!(Delivered {
        message: Some(message),
        blocked: false,
        rule_evaluation: evaluation,
        deliveries,
    })))
}

/// The CloudEvents-style `message.created` envelope (`.truncated`, without the body, past 1 MB).
pub fn notification(application_id: &str, message: &Value) -> Value {
    let mut object = message.clone();
    let mut kind = "message.created";
    if message.to_string().len() > 1_000_000 {
        kind = "message.created.truncated";
        if let Some(o) = object.as_object_mut() {
            o.remove("body");
        }
    }
    json!({
        "specversion": "1.0",
        "type": kind,
        "source": "/nylas/emulator",
        "id": new_uuid(),
        "time": now_secs(),
        "data": { "application_id": application_id, "object": object },
    })
}
