//! The emulator's whole state, held in memory behind one mutex and saved to `--state FILE` as JSON.

mod grants;
pub mod model;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;

use crate::ids::{new_uuid, now_secs};
use crate::signing::ServiceAccount;
pub use grants::Grants;
pub use model::*;

/// Everything the application owns. One API key = one application.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Store {
    /// The application id (stable across saves).
    pub application_id: String,
    /// The organization id (domains and the service account belong to it).
    pub organization_id: String,
    /// Grants in creation order, by id.
    #[cfg_attr(test, ts(type = "Record<string, Grant>"))]
    pub grants: Grants,
    /// Next creation sequence number.
    pub next_seq: u64,
    /// Connectors, one per provider.
    pub connectors: Vec<Connector>,
    /// Workspaces; the first is the default one.
    pub workspaces: Vec<Workspace>,
    /// Policies as JSON objects (their shape is wide and updated field by field).
    #[cfg_attr(test, ts(type = "Array<Record<string, unknown>>"))]
    pub policies: Vec<Value>,
    /// Rules as JSON objects.
    #[cfg_attr(test, ts(type = "Array<Record<string, unknown>>"))]
    pub rules: Vec<Value>,
    /// Lists with their items.
    pub lists: Vec<AgentList>,
    /// Messages by grant id, oldest first.
    #[cfg_attr(test, ts(type = "Record<string, Array<Record<string, unknown>>>"))]
    pub messages: HashMap<String, Vec<Value>>,
    /// Rule evaluation records by grant id, oldest first (`default`: state files saved before them load).
    #[serde(default)]
    #[cfg_attr(test, ts(type = "Record<string, Array<Record<string, unknown>>>"))]
    pub rule_evaluations: HashMap<String, Vec<Value>>,
    /// Webhooks.
    pub webhooks: Vec<Webhook>,
    /// Domains registered with Manage Domains.
    pub domains: Vec<Domain>,
    /// DNS records each domain "has published" (test hook), by domain address.
    pub dns: HashMap<String, Vec<DnsRecord>>,
    /// The generated service account (kept so `--state` runs keep trusting the same key).
    #[serde(default)]
    #[cfg_attr(test, ts(skip))]
    pub service_account: Option<ServiceAccount>,
    /// Grant ids by lowercase email (rebuilt on load).
    #[serde(skip)]
    pub email_index: HashMap<String, String>,
}

impl Store {
    /// A fresh application with its default workspace.
    pub fn new() -> Self {
        let now = now_secs();
        Self {
            application_id: new_uuid(),
            organization_id: new_uuid(),
            grants: Grants::default(),
            next_seq: 1,
            connectors: Vec::new(),
            workspaces: vec![Workspace {
                workspace_id: new_uuid(),
                name: "Default".into(),
                domain: None,
                auto_group: false,
                default: true,
                policy_id: None,
                rule_ids: Vec::new(),
                created_at: now,
                updated_at: now,
            }],
            policies: Vec::new(),
            rules: Vec::new(),
            lists: Vec::new(),
            messages: HashMap::new(),
            rule_evaluations: HashMap::new(),
            webhooks: Vec::new(),
            domains: Vec::new(),
            dns: HashMap::new(),
            service_account: None,
            email_index: HashMap::new(),
        }
    }

    /// Reads a saved state (the text [`Store::to_json`] wrote).
    pub fn from_json(text: &str) -> Result<Self, String> {
        let mut store: Store =
            serde_json::from_str(text).map_err(|e| format!("the saved state is not valid: {e}"))?;
        store.rebuild_indexes();
        Ok(store)
    }

    /// The state as JSON text, for the host's persistence.
    pub fn to_json(&self) -> Result<String, String> {
        serde_json::to_string(self).map_err(|e| format!("cannot encode state: {e}"))
    }

    fn rebuild_indexes(&mut self) {
        self.email_index.clear();
        for g in self.grants.values() {
            self.email_index
                .insert(g.email.to_ascii_lowercase(), g.id.clone());
        }
    }

    /// Adds a grant and indexes it.
    pub fn insert_grant(&mut self, mut grant: Grant) -> Option<&Grant> {
        grant.seq = self.next_seq;
        self.next_seq += 1;
        self.email_index
            .insert(grant.email.to_ascii_lowercase(), grant.id.clone());
        let id = grant.id.clone();
        self.grants.insert(grant);
        self.grants.get(&id)
    }

    /// Removes a grant, its index entries, its messages and its rule evaluations.
    pub fn remove_grant(&mut self, id: &str) -> Option<Grant> {
        let g = self.grants.remove(id)?;
        self.email_index.remove(&g.email.to_ascii_lowercase());
        self.messages.remove(id);
        self.rule_evaluations.remove(id);
        Some(g)
    }

    /// The grant with this lowercase email.
    pub fn grant_by_email(&self, email: &str) -> Option<&Grant> {
        self.email_index
            .get(&email.to_ascii_lowercase())
            .and_then(|id| self.grants.get(id))
    }

    /// The default workspace's id.
    pub fn default_workspace_id(&self) -> String {
        self.workspaces
            .iter()
            .find(|w| w.default)
            .map(|w| w.workspace_id.clone())
            .unwrap_or_default()
    }

    /// A workspace by id.
    pub fn workspace_mut(&mut self, id: &str) -> Option<&mut Workspace> {
        self.workspaces.iter_mut().find(|w| w.workspace_id == id)
    }

    /// The registered domain with this address.
    pub fn domain_by_address(&self, address: &str) -> Option<&Domain> {
        self.domains.iter().find(|d| d.domain_address == address)
    }

    /// The connector for a provider.
    pub fn connector(&self, provider: &str) -> Option<&Connector> {
        self.connectors.iter().find(|c| c.provider == provider)
    }

    /// A policy by id.
    pub fn policy(&self, id: &str) -> Option<&Value> {
        self.policies.iter().find(|p| p["id"] == id)
    }
}

impl Default for Store {
    fn default() -> Self {
        Self::new()
    }
}
