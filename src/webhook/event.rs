//! Reading a webhook delivery: the CloudEvents envelope Nylas posts, checked and turned into the
//! camelCase object JavaScript gets (`type`, `id`, `time`, `data.applicationId`, `data.object`, plus a
//! `grantId` shortcut). Keys inside `metadata` are the user's own and are kept as sent.

use crate::problem::{Problem, ProblemCode};
use crate::Error;
use serde_json::{Map, Value};

/// The first two bytes of every gzip stream (RFC 1952 §2.3.1).
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A checked webhook event. The envelope is held as the camelCase JSON JavaScript receives; the
/// accessors read the fields [`parse_webhook`] made sure exist.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEvent {
    json: Map<String, Value>,
}

impl WebhookEvent {
    /// The trigger type: `message.created`, `grant.expired`, …
    pub fn event_type(&self) -> &str {
        self.str_field("type")
    }

    /// The delivery's unique id (the same across retries of one delivery).
    pub fn id(&self) -> &str {
        self.str_field("id")
    }

    /// When the event happened, in Unix seconds.
    pub fn time(&self) -> i64 {
        self.json.get("time").and_then(Value::as_i64).unwrap_or(0)
    }

    /// The grant the event is about (`data.object.grant_id`), when it names one.
    pub fn grant_id(&self) -> Option<&str> {
        self.json.get("grantId").and_then(Value::as_str)
    }

    /// `data.object`: a message, a grant notification, … with camelCase keys.
    /// (Always present in an event [`parse_webhook`] returned.)
    pub fn object(&self) -> Option<&Map<String, Value>> {
        self.json
            .get("data")
            .and_then(|d| d.get("object"))
            .and_then(Value::as_object)
    }

    /// The whole event as the JSON object JavaScript receives.
    pub fn to_json(&self) -> &Map<String, Value> {
        &self.json
    }

    fn str_field(&self, key: &str) -> &str {
        self.json.get(key).and_then(Value::as_str).unwrap_or("")
    }
}

/// Parses and checks a webhook body (the raw bytes, already decompressed if the webhook uses
/// `compressed_delivery`). Every failure says what is wrong and never quotes the body.
pub fn parse_webhook(body: &[u8]) -> Result<WebhookEvent, Error> {
    if body.starts_with(&GZIP_MAGIC) {
        return Err(Error::InvalidWebhook(vec![Problem::new(
            ProblemCode::WebhookCompressed,
            "rawBody",
            "The webhook body is gzip-compressed (the webhook has compressed_delivery on).",
            "Verify the signature on these bytes, then decompress them (e.g. with \
             DecompressionStream('gzip')) and parse the result.",
        )]));
    }
    // Text first, then from_str: the client parses responses the same way, so the wasm carries one
    // JSON reader instead of two (from_slice would add its own, about 5 KB).
    let text =
        std::str::from_utf8(body).map_err(|_| invalid("the webhook body is not UTF-8 text"))?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if body.iter().all(u8::is_ascii_whitespace) {
            invalid("the webhook body is empty: pass the raw request body")
        } else {
            invalid(&format!(
                "the webhook body is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        }
    })?;
    let Value::Object(envelope) = value else {
        return Err(invalid(
            "the webhook body must be a JSON object (a CloudEvents envelope with type, id, time and data)",
        ));
    };
    check_envelope(&envelope)?;
    let mut json = camel_case_keys(envelope);
    let grant_id = json
        .get("data")
        .and_then(|d| d.get("object"))
        .and_then(|o| o.get("grantId"))
        .and_then(Value::as_str)
        .map(str::to_string);
    if let Some(grant_id) = grant_id {
        json.insert("grantId".into(), Value::String(grant_id));
    }
    Ok(WebhookEvent { json })
}

/// Checks what the TypeScript types promise of every event (`type`, `id`, `time`, `data.applicationId`,
/// `data.object`), and of message and grant events a `grantId` (and a message `id`): every missing or
/// mistyped field at once, each a `WEBHOOK_FIELD_MISSING` problem naming it in camelCase.
fn check_envelope(envelope: &Map<String, Value>) -> Result<(), Error> {
    let mut problems = Vec::new();
    let event_type = string(envelope.get("type"));
    let data = envelope.get("data").and_then(Value::as_object);
    let object = data
        .and_then(|d| d.get("object"))
        .and_then(Value::as_object);
    let mut require = |present: bool, field: &'static str, what: &str| {
        if !present {
            problems.push(missing(field, what));
        }
    };
    require(
        event_type.is_some(),
        "type",
        "a string such as \"message.created\"",
    );
    require(string(envelope.get("id")).is_some(), "id", "a string");
    require(
        envelope.get("time").and_then(Value::as_i64).is_some(),
        "time",
        "an integer of Unix seconds",
    );
    require(data.is_some(), "data", "an object");
    if let Some(data) = data {
        require(
            string(data.get("application_id")).is_some(),
            "data.applicationId",
            "a string",
        );
        require(object.is_some(), "data.object", "an object");
    }
    if let (Some(kind), Some(object)) = (event_type, object) {
        let is_message = MESSAGE_EVENTS.contains(&kind);
        if is_message || kind.starts_with("grant.") {
            require(
                string(object.get("grant_id")).is_some(),
                "data.object.grantId",
                "a string: the grant the event is about",
            );
        }
        if is_message {
            require(
                string(object.get("id")).is_some(),
                "data.object.id",
                "a string: the message id",
            );
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::InvalidWebhook(problems))
    }
}

/// The triggers whose `data.object` is a message (`MessageWebhookEvent`, `TruncatedMessageWebhookEvent`).
pub(crate) const MESSAGE_EVENTS: [&str; 4] = [
    "message.created",
    "message.updated",
    "message.created.truncated",
    "message.updated.truncated",
];

/// A non-empty string, or `None`.
fn string(value: Option<&Value>) -> Option<&str> {
    value.and_then(Value::as_str).filter(|s| !s.is_empty())
}

fn missing(field: &'static str, what: &str) -> Problem {
    Problem::new(
        ProblemCode::WebhookFieldMissing,
        field,
        format!("The webhook body has no \"{field}\" ({what}): it is not a Nylas notification of this type."),
        "Pass the raw body of a request Nylas sent (verify its signature first); to test, build one with signWebhookPayload.",
    )
}

/// snake_case keys to camelCase at every level, except under `metadata`, whose keys are the user's.
fn camel_case_keys(map: Map<String, Value>) -> Map<String, Value> {
    // Inserted one by one: collect() would build the map by sorting, which links a sort routine.
    let mut out = Map::new();
    for (key, value) in map {
        let value = if key == "metadata" {
            value
        } else {
            camel_case_value(value)
        };
        out.insert(camel_case(&key), value);
    }
    out
}

fn camel_case_value(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(camel_case_keys(map)),
        Value::Array(items) => Value::Array(items.into_iter().map(camel_case_value).collect()),
        other => other,
    }
}

/// `grant_id` → `grantId`, `webhook_delivery_attempt` → `webhookDeliveryAttempt`. Leading underscores
/// and keys without underscores are kept as they are.
pub(super) fn camel_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper_next = false;
    for c in key.chars() {
        if c == '_' && !out.is_empty() {
            upper_next = true;
        } else if upper_next {
            out.push(c.to_ascii_uppercase());
            upper_next = false;
        } else {
            out.push(c);
        }
    }
    if upper_next {
        out.push('_');
    }
    out
}

/// A body that is not a JSON notification at all (`WEBHOOK_NOT_JSON`).
fn invalid(message: &str) -> Error {
    Error::InvalidWebhook(vec![Problem::new(
        ProblemCode::WebhookNotJson,
        "rawBody",
        format!("{message}."),
        "Pass the raw request body exactly as received (await request.text() or request.arrayBuffer()).",
    )])
}
