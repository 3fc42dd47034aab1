//! The filters of `client.messages` and the objects of `client.webhooks`.
#![allow(dead_code)] // read by ts-rs only

use super::Stamps;
use ts_rs::TS;

/// `client.messages.list()` filters; arrays become comma-separated values.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct MessageFilter {
    /// 1–200; default 50.
    #[ts(optional)]
    limit: Option<f64>,
    /// Any participant.
    #[ts(type = "string | readonly string[]", optional)]
    any_email: Option<()>,
    /// Recipient address.
    #[ts(optional)]
    to: Option<String>,
    /// Sender address.
    #[ts(optional)]
    from: Option<String>,
    /// Copied address.
    #[ts(optional)]
    cc: Option<String>,
    /// Blind-copied address.
    #[ts(optional)]
    bcc: Option<String>,
    /// A folder id (`inbox`, `sent`, …).
    #[ts(optional)]
    r#in: Option<String>,
    /// Unread only (or read only).
    #[ts(optional)]
    unread: Option<bool>,
    /// Starred only.
    #[ts(optional)]
    starred: Option<bool>,
    /// One thread.
    #[ts(optional)]
    thread_id: Option<String>,
    /// Unix seconds.
    #[ts(optional)]
    received_before: Option<f64>,
    /// Unix seconds.
    #[ts(optional)]
    received_after: Option<f64>,
    /// With attachments only.
    #[ts(optional)]
    has_attachment: Option<bool>,
    /// Subject contains.
    #[ts(optional)]
    subject: Option<String>,
    /// Nylas full-text syntax.
    #[ts(optional)]
    search_query_native: Option<String>,
    /// Which fields the API returns.
    #[ts(
        type = "'standard' | 'include_headers' | 'include_basic_headers' | 'include_tracking_options' | 'raw_mime'",
        optional
    )]
    fields: Option<()>,
    /// `key:value` of your metadata.
    #[ts(optional)]
    metadata_pair: Option<String>,
    /// Fields to return.
    #[ts(type = "string | readonly string[]", optional)]
    select: Option<()>,
}

/// A webhook: where Nylas posts notifications of which triggers.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct Webhook {
    /// The id.
    id: String,
    /// A description for people.
    #[ts(optional = nullable)]
    description: Option<String>,
    /// The triggers it is sent for.
    #[ts(type = "WebhookTriggerType[]")]
    trigger_types: (),
    /// Where notifications are posted.
    webhook_url: String,
    /// Its state.
    #[ts(type = "WebhookStatus")]
    status: (),
    /// Who is told when deliveries fail.
    #[ts(optional)]
    notification_email_addresses: Option<Vec<String>>,
    /// Gzip-compressed bodies.
    #[ts(optional)]
    compressed_delivery: Option<bool>,
    /// Unix seconds.
    #[ts(optional)]
    status_updated_at: Option<f64>,
    #[ts(flatten)]
    stamps: Stamps,
}

/// Create and rotate-secret are the only answers that show the secret.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct WebhookWithSecret {
    /// HMAC-SHA256 key of `x-nylas-signature`: store it now.
    webhook_secret: String,
}

/// What `webhooks.create` makes.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct WebhookCreate {
    /// The triggers it is sent for.
    #[ts(type = "WebhookTriggerType[]")]
    trigger_types: (),
    /// Must answer `GET ?challenge=…` with the value within 10 s.
    webhook_url: String,
    /// A description for people.
    #[ts(optional)]
    description: Option<String>,
    /// Who is told when deliveries fail.
    #[ts(optional)]
    notification_email_addresses: Option<Vec<String>>,
    /// Gzip-compressed bodies.
    #[ts(optional)]
    compressed_delivery: Option<bool>,
}

/// What `webhooks.update` changes (`status` pauses or resumes it).
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct WebhookUpdate {
    /// Its state.
    #[ts(type = "'active' | 'pause'", optional)]
    status: Option<()>,
}
