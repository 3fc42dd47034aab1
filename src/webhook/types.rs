//! The objects of a notification as `parseWebhook` returns them, declared to TypeScript by
//! `src/typescript.rs` (ts-rs derives under `cfg(test)`: the parser keeps the JSON as sent, camelCased,
//! so these types exist for the declarations only). A message is one type wherever it appears:
//! `client.messages.list()` returns the same objects, with `date` always set (`Message`).
#![allow(dead_code)] // read by ts-rs only

use ts_rs::TS;

/// Stands for `[key: string]: unknown`: the API may send keys not listed (`src/typescript.rs` writes it
/// as an index signature).
#[derive(TS)]
#[ts(type = "unknown")]
pub struct More;

/// A name and address in a message (`from`, `to`, `cc`, …); `EmailParticipant` is the same type.
#[derive(TS)]
#[ts(optional_fields, rename_all = "camelCase")]
pub struct WebhookParticipant {
    /// The display name, when the message gave one.
    name: Option<String>,
    /// The address.
    email: String,
}

/// A message header.
#[derive(TS)]
pub struct MessageHeader {
    /// The header's name, as sent.
    name: String,
    /// Its value.
    value: String,
}

/// An attachment of a message; `MessageAttachment` is the same type.
#[derive(TS)]
#[ts(optional_fields, rename_all = "camelCase")]
pub struct WebhookAttachment {
    /// The attachment id.
    id: String,
    /// The grant whose message it belongs to.
    grant_id: Option<String>,
    /// The file name.
    filename: Option<String>,
    /// The MIME type.
    content_type: Option<String>,
    /// Bytes.
    size: Option<f64>,
    /// Shown in the body (`cid:`) rather than attached.
    is_inline: Option<bool>,
    /// `inline` or `attachment`.
    content_disposition: Option<String>,
    #[ts(rename = "[key: string]")]
    more: More,
}

/// The message of a notification without its body (as `message.created.truncated` sends it).
#[derive(TS)]
#[ts(optional_fields, rename_all = "camelCase")]
pub struct WebhookMessageSummary {
    /// The message id.
    id: String,
    /// The grant (account) it belongs to.
    grant_id: String,
    /// Always `message`.
    #[ts(optional, type = "'message'")]
    object: Option<()>,
    /// The thread it belongs to.
    thread_id: Option<String>,
    /// The subject line.
    subject: Option<String>,
    /// The sender(s).
    from: Option<Vec<WebhookParticipant>>,
    /// The recipients.
    to: Option<Vec<WebhookParticipant>>,
    /// The copied recipients.
    cc: Option<Vec<WebhookParticipant>>,
    /// The blind-copied recipients (on sent messages).
    bcc: Option<Vec<WebhookParticipant>>,
    /// Where replies go.
    reply_to: Option<Vec<WebhookParticipant>>,
    /// Unix seconds.
    date: Option<f64>,
    /// Not read yet.
    unread: Option<bool>,
    /// Starred.
    starred: Option<bool>,
    /// Up to 100 characters of the body.
    snippet: Option<String>,
    /// Folder ids.
    folders: Option<Vec<String>>,
    /// Its attachments.
    attachments: Option<Vec<WebhookAttachment>>,
    /// Its headers, when asked for.
    headers: Option<Vec<MessageHeader>>,
    /// Your own keys, exactly as you set them (not camelCased).
    #[ts(optional, type = "Record<string, unknown>")]
    metadata: Option<()>,
    /// The id of the message this one answers; null when it answers none.
    #[ts(optional = nullable)]
    in_reply_to: Option<String>,
    #[ts(rename = "[key: string]")]
    more: More,
}

/// The message of a `message.created` / `message.updated` notification: a summary with its body
/// (declared as extending `WebhookMessageSummary`).
#[derive(TS)]
#[ts(optional_fields)]
pub struct WebhookMessage {
    /// The body (HTML or text, as sent).
    body: Option<String>,
}

/// A message as `client.messages.list()` returns it: a notification's message whose date is always set
/// (declared as extending `WebhookMessage`).
#[derive(TS)]
#[ts(optional_fields, rename_all = "camelCase")]
pub struct Message {
    /// Unix seconds.
    date: f64,
    /// The whole message, with `fields: 'raw_mime'`.
    raw_mime: Option<String>,
}

/// The object of a `grant.*` notification.
#[derive(TS)]
#[ts(optional_fields, rename_all = "camelCase")]
pub struct WebhookGrant {
    /// The grant (account) the event is about.
    grant_id: String,
    /// The provider's status code, on `grant.expired`.
    code: Option<f64>,
    /// The connector's id.
    integration_id: Option<String>,
    /// `nylas` for an agent account.
    provider: Option<String>,
    #[ts(rename = "[key: string]")]
    more: More,
}

/// The object of any other notification, camelCased.
#[derive(TS)]
#[ts(optional_fields, rename_all = "camelCase")]
pub struct WebhookObject {
    /// The grant it is about, when it names one.
    grant_id: Option<String>,
    #[ts(rename = "[key: string]")]
    more: More,
}

/// The data of a notification.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct WebhookData<Obj: TS> {
    /// The Nylas application the webhook belongs to.
    application_id: String,
    /// What the event is about: a message, a grant, …
    object: Obj,
    #[ts(rename = "[key: string]")]
    more: More,
}

/// The CloudEvents envelope every notification shares (camelCase).
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct WebhookEventOf<Type: TS, Obj: TS> {
    /// The trigger, e.g. `message.created`.
    r#type: Type,
    /// The delivery's id: the same across retries, so use it to drop duplicates.
    id: String,
    /// Unix seconds.
    time: f64,
    /// Where the event comes from (`/nylas/…`).
    #[ts(optional)]
    source: Option<String>,
    /// The CloudEvents version.
    #[ts(optional)]
    specversion: Option<String>,
    /// 1 for the first delivery of the event.
    #[ts(optional)]
    webhook_delivery_attempt: Option<f64>,
    /// `data.object.grantId`, when the object names a grant.
    #[ts(optional)]
    grant_id: Option<String>,
    /// The event's data.
    data: WebhookData<Obj>,
}

/// `grant.*` triggers (the parser checks their object names a grant).
pub const GRANT_EVENTS: [&str; 5] = [
    "grant.created",
    "grant.updated",
    "grant.deleted",
    "grant.expired",
    "grant.imap_sync_completed",
];

/// Agent Account deliverability triggers.
pub const DELIVERABILITY_EVENTS: [&str; 4] = [
    "message.delivered",
    "message.bounced",
    "message.complaint",
    "message.rejected",
];

/// The other triggers Nylas documents (the Node SDK's `WebhookTriggers`).
pub const OTHER_EVENTS: [&str; 38] = [
    "calendar.created",
    "calendar.updated",
    "calendar.deleted",
    "event.created",
    "event.updated",
    "event.deleted",
    "message.created.cleaned",
    "message.deleted",
    "message.send_success",
    "message.send_failed",
    "message.bounce_detected",
    "message.opened",
    "message.opened.legacy",
    "message.link_clicked",
    "message.link_clicked.legacy",
    "thread.replied",
    "thread.replied.legacy",
    "message.transactional.delivered",
    "message.transactional.bounced",
    "message.transactional.complaint",
    "message.transactional.rejected",
    "message.intelligence.order",
    "message.intelligence.tracking",
    "folder.created",
    "folder.updated",
    "folder.deleted",
    "contact.updated",
    "contact.deleted",
    "booking.created",
    "booking.pending",
    "booking.rescheduled",
    "booking.cancelled",
    "booking.reminder",
    "notetaker.created",
    "notetaker.updated",
    "notetaker.deleted",
    "notetaker.meeting_state",
    "notetaker.media",
];
