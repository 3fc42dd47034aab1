//! The stored objects, with their wire shapes (`to_wire`): what the state file holds and the API shows.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// An agent account (a grant with provider `nylas`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Grant {
    /// The grant id (UUID).
    pub id: String,
    /// Always `nylas` here.
    pub provider: String,
    /// The mailbox address, as given (domain lowercased).
    pub email: String,
    /// Display name.
    pub name: Option<String>,
    /// `settings` as last sent, without `app_password`.
    #[cfg_attr(test, ts(type = "Record<string, unknown>"))]
    pub settings: Map<String, Value>,
    /// The workspace the grant belongs to.
    pub workspace_id: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
    /// Creation order, for stable listing.
    pub seq: u64,
    /// bcrypt hash of the app password: never on the wire, never logged.
    #[serde(default)]
    pub app_password_hash: Option<String>,
    /// How many times the grant was changed after its creation (a PATCH, or a create of its address
    /// that re-authenticated it). Not on the wire: the snapshot hook shows it, so that a test can
    /// prove an account was left alone even when a change kept every visible field.
    #[serde(default)]
    pub revision: u64,
}

impl Grant {
    /// The Grant object as the API returns it.
    pub fn to_wire(&self) -> Value {
        json!({
            "id": self.id,
            "provider": self.provider,
            "grant_status": "valid",
            "email": self.email,
            "name": self.name,
            "scope": crate::unknowns::GRANT_SCOPE,
            "settings": self.settings,
            "workspace_id": self.workspace_id,
            "blocked": false,
            "email_aliases": [],
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        })
    }

    /// The domain part of the email.
    pub fn domain(&self) -> &str {
        self.email.rsplit('@').next().unwrap_or_default()
    }
}

/// A connector (one per provider).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Connector {
    /// Display name.
    pub name: String,
    /// Provider key (`nylas`, `google`, …).
    pub provider: String,
    /// Provider settings (for `nylas`, may hold the legacy `policy_id`).
    #[cfg_attr(test, ts(type = "Record<string, unknown>"))]
    pub settings: Map<String, Value>,
    /// Default scopes.
    pub scope: Vec<String>,
}

impl Connector {
    /// The Connector object as the API returns it.
    pub fn to_wire(&self) -> Value {
        json!({
            "name": self.name,
            "provider": self.provider,
            "settings": self.settings,
            "scope": self.scope,
            "active_credential_id": null,
        })
    }
}

/// A workspace: groups grants and carries the policy and rules that apply to them.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Workspace {
    /// `workspace_id` on the wire (not `id`).
    pub workspace_id: String,
    /// Display name.
    pub name: String,
    /// The domain it groups (immutable); null for the default workspace.
    pub domain: Option<String>,
    /// Whether new accounts on `domain` join it automatically.
    pub auto_group: bool,
    /// The application's default workspace.
    pub default: bool,
    /// Attached policy.
    pub policy_id: Option<String>,
    /// Attached rules.
    pub rule_ids: Vec<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

impl Workspace {
    /// The Workspace object as the API returns it.
    pub fn to_wire(&self, application_id: &str) -> Value {
        json!({
            "workspace_id": self.workspace_id,
            "application_id": application_id,
            "name": self.name,
            "domain": self.domain,
            "auto_group": self.auto_group,
            "default": self.default,
            "policy_id": self.policy_id,
            "rule_ids": self.rule_ids,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        })
    }
}

/// A list of domains, TLDs or addresses that rules match against.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AgentList {
    /// UUID.
    pub id: String,
    /// 1–256 characters.
    pub name: String,
    /// Free text.
    pub description: Option<String>,
    /// `domain`, `tld` or `address` (immutable).
    #[serde(rename = "type")]
    pub kind: String,
    /// The items, in insertion order.
    pub items: Vec<ListItem>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

/// One value of a list.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ListItem {
    /// UUID.
    pub id: String,
    /// Lowercased, trimmed value.
    pub value: String,
    /// Unix seconds.
    pub created_at: i64,
}

impl AgentList {
    /// The List object as the API returns it.
    pub fn to_wire(&self, application_id: &str, organization_id: &str) -> Value {
        json!({
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "type": self.kind,
            "items_count": self.items.len(),
            "application_id": application_id,
            "organization_id": organization_id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        })
    }

    /// One item as the API returns it.
    pub fn item_wire(&self, item: &ListItem) -> Value {
        json!({ "id": item.id, "list_id": self.id, "value": item.value, "created_at": item.created_at })
    }
}

/// A webhook subscription.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Webhook {
    /// UUID.
    pub id: String,
    /// Free text.
    pub description: Option<String>,
    /// Subscribed triggers.
    pub trigger_types: Vec<String>,
    /// Where deliveries go (loopback only in the emulator).
    pub webhook_url: String,
    /// HMAC key of deliveries: shown at create and rotate only.
    pub webhook_secret: String,
    /// `active`, `pause`, `failing` or `failed`.
    pub status: String,
    /// Addresses told about failures.
    pub notification_email_addresses: Vec<String>,
    /// Whether deliveries are gzip-compressed (recorded; the emulator delivers plain JSON).
    pub compressed_delivery: bool,
    /// Unix seconds.
    pub status_updated_at: i64,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

impl Webhook {
    /// The Webhook object; `with_secret` only on create and rotate-secret, as the API does.
    pub fn to_wire(&self, with_secret: bool) -> Value {
        let mut v = json!({
            "id": self.id,
            "description": self.description,
            "trigger_types": self.trigger_types,
            "webhook_url": self.webhook_url,
            "status": self.status,
            "notification_email_addresses": self.notification_email_addresses,
            "compressed_delivery": self.compressed_delivery,
            "status_updated_at": self.status_updated_at,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        });
        if with_secret {
            v["webhook_secret"] = json!(self.webhook_secret);
        }
        v
    }
}

/// A domain registered with Manage Domains.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Domain {
    /// UUID.
    pub id: String,
    /// Display name (the only mutable field).
    pub name: String,
    /// The DNS name, lowercase.
    pub domain_address: String,
    /// `us` or `eu`.
    pub region: String,
    /// A Nylas `*.nylas.email` trial domain (needs no DNS).
    pub branded: bool,
    /// Record types verified so far (`ownership`, `mx`, `spf`, `dkim`, `feedback`).
    pub verified: Vec<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
}

impl Domain {
    /// Whether a record type is verified.
    pub fn is_verified(&self, kind: &str) -> bool {
        self.branded || self.verified.iter().any(|k| k == kind)
    }

    /// The Domain object as the API returns it.
    pub fn to_wire(&self, organization_id: &str) -> Value {
        json!({
            "id": self.id,
            "name": self.name,
            "domain_address": self.domain_address,
            "organization_id": organization_id,
            "branded": self.branded,
            "region": self.region,
            "verified_ownership": self.is_verified("ownership"),
            "verified_dkim": self.is_verified("dkim"),
            "verified_spf": self.is_verified("spf"),
            "verified_mx": self.is_verified("mx"),
            "verified_feedback": self.is_verified("feedback"),
            "verified_dmarc": false,
            "verified_arc": false,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        })
    }
}

/// A DNS record a domain "has published" (set by the test hook, read by verify).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DnsRecord {
    /// Host relative to the domain (`@` for the apex).
    pub host: String,
    /// `TXT`, `MX`, `CNAME`…
    #[serde(rename = "type")]
    pub kind: String,
    /// Record value (MX: `PRIORITY HOST` or just `HOST`).
    pub value: String,
}
