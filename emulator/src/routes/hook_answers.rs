//! The `data` of the test hooks' answers, as types: what the hooks return, and (under `cfg(test)`)
//! what `js/emulator.generated.d.ts` declares for the in-process emulator's methods (`src/typescript.rs`).

use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;

use crate::store::DnsRecord;
use crate::webhook_client::DeliveryReport;

/// `deliverMessage`: the stored message (none when a rule blocked it), the rule evaluation, and each
/// webhook delivery of `message.created` (empty when `wait` was false).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Delivered {
    /// The message as the API lists it; `null` when a rule blocked it.
    #[cfg_attr(test, ts(type = "Record<string, unknown> | null"))]
    pub message: Option<Value>,
    /// Whether a rule blocked it before it was stored.
    pub blocked: bool,
    /// The rule evaluation recorded for it, if any rule applied.
    #[cfg_attr(test, ts(type = "Record<string, unknown> | null"))]
    pub rule_evaluation: Option<Value>,
    /// One report per active webhook that takes `message.created`.
    pub deliveries: Vec<DeliveryReport>,
}

/// `setDns`, `getDns`, `publishExpectedDns`: the records a domain "has published".
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DnsAnswer {
    /// The domain, lowercased, without a final dot.
    pub domain: String,
    /// Its records.
    pub records: Vec<DnsRecord>,
}

/// `clearFaults`: how many rules were removed.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Removed {
    /// Rules removed.
    pub removed: usize,
}

/// `stats`: calls per route, grants, and how often fault rules fired.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Stats {
    /// Calls per `METHOD /route/{template}` since the start (or the last reset).
    pub calls: HashMap<String, u64>,
    /// How many grants exist.
    pub grants: usize,
    /// How many times fault rules fired, all rules together.
    pub fault_rules_fired: u64,
}
