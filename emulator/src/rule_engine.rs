//! Inbound rule evaluation at delivery: which rules of the grant's workspace match the sender, what
//! they do to the message, and the audit record that `GET /v3/grants/{id}/rule-evaluations` lists.
//!
//! The record follows the official SDKs' `RuleEvaluation` model; what no source states (stages, what
//! a block does, whether a delivery no rule matched is recorded) is chosen in `unknowns::evaluation`.

use serde_json::{json, Value};

use crate::ids::{new_uuid, now_secs};
use crate::store::Store;
use crate::unknowns::evaluation as chosen;

/// What a rule can match an inbound message on: the sender, normalised to lowercase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sender {
    /// `ann@mail.example.com`
    pub address: String,
    /// `mail.example.com`
    pub domain: String,
    /// `com`
    pub tld: String,
}

impl Sender {
    /// The sender of a stored message (its first `from` address; empty when it has none).
    pub fn of(message: &Value) -> Self {
        let address = message["from"][0]["email"]
            .as_str()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let domain = address
            .rsplit_once('@')
            .map(|(_, d)| d.trim_end_matches('.').to_string())
            .unwrap_or_default();
        let tld = domain.rsplit('.').next().unwrap_or_default().to_string();
        Self {
            address,
            domain,
            tld,
        }
    }

    fn field(&self, field: &str) -> Option<&str> {
        match field {
            "from.address" => Some(&self.address),
            "from.domain" => Some(&self.domain),
            "from.tld" => Some(&self.tld),
            _ => None,
        }
    }
}

/// The result of one delivery's evaluation.
#[derive(Debug)]
pub struct Outcome {
    /// A block rule matched: the message must not be stored (nor announced by webhook).
    pub blocked: bool,
    /// The audit record to keep, when one is kept.
    pub record: Option<Value>,
}

/// The enabled inbound rules of a workspace, lowest `priority` first (ties keep `rule_ids` order).
fn inbound_rules<'a>(store: &'a Store, workspace_id: &str) -> Vec<&'a Value> {
    let Some(w) = store
        .workspaces
        .iter()
        .find(|w| w.workspace_id == workspace_id)
    else {
        return Vec::new();
    };
    let mut rules: Vec<&Value> = w
        .rule_ids
        .iter()
        .filter_map(|id| store.rules.iter().find(|r| r["id"] == id.as_str()))
        .filter(|r| r["enabled"] == true && r["trigger"] == "inbound")
        .collect();
    rules.sort_by_key(|r| r["priority"].as_i64().unwrap_or(10));
    rules
}

fn condition_matches(store: &Store, c: &Value, sender: &Sender) -> bool {
    let Some(value) = c["field"].as_str().and_then(|f| sender.field(f)) else {
        return false;
    };
    let target = c["value"].as_str().unwrap_or_default().to_ascii_lowercase();
    match c["operator"].as_str().unwrap_or_default() {
        "is" => value == target,
        "is_not" => value != target,
        "contains" => value.contains(&target),
        // The list's items are compared with the field's value whatever the list's type (items are
        // stored lowercased and trimmed, as the sender is).
        "in_list" => c["value"].as_array().is_some_and(|ids| {
            ids.iter().any(|id| {
                store
                    .lists
                    .iter()
                    .filter(|l| Some(l.id.as_str()) == id.as_str())
                    .any(|l| l.items.iter().any(|i| i.value == value))
            })
        }),
        _ => false,
    }
}

fn rule_matches(store: &Store, rule: &Value, sender: &Sender) -> bool {
    let conditions = rule["match"]["conditions"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut each = conditions
        .iter()
        .map(|c| condition_matches(store, c, sender));
    if rule["match"]["operator"] == "any" {
        each.any(|m| m)
    } else {
        !conditions.is_empty() && each.all(|m| m)
    }
}

fn is_block(rule: &Value) -> bool {
    rule["actions"]
        .as_array()
        .is_some_and(|a| a.iter().any(|x| x["type"] == "block"))
}

/// The folder id an `assign_to_folder` value names: a system folder by its name (any case), else the
/// value itself (the emulator has no custom folders; the message lists it and `in=` finds it).
fn folder_id(value: &str) -> String {
    let lower = value.trim().to_ascii_lowercase();
    if crate::unknowns::SYSTEM_FOLDERS.contains(&lower.as_str()) {
        lower
    } else {
        value.trim().to_string()
    }
}

/// What the matched non-block rules did, gathered before any of it is applied.
#[derive(Debug, Default)]
struct Applied {
    spam: bool,
    read: bool,
    starred: bool,
    archived: bool,
    trashed: bool,
    folder_ids: Vec<String>,
}

impl Applied {
    fn add(&mut self, action: &Value) {
        match action["type"].as_str().unwrap_or_default() {
            "mark_as_spam" => self.spam = true,
            "mark_as_read" => self.read = true,
            "mark_as_starred" => self.starred = true,
            "archive" => self.archived = true,
            "trash" => self.trashed = true,
            "assign_to_folder" => {
                let id = folder_id(action["value"].as_str().unwrap_or_default());
                if !self.folder_ids.contains(&id) {
                    self.folder_ids.push(id);
                }
            }
            _ => {}
        }
    }

    /// Sets the fields the message model has: `unread`, `starred` and its one folder.
    fn apply_to(&self, message: &mut Value) {
        if self.read {
            message["unread"] = json!(false);
        }
        if self.starred {
            message["starred"] = json!(true);
        }
        let folder = chosen::FOLDER_PRECEDENCE
            .iter()
            .find_map(|kind| match *kind {
                "trash" => self.trashed.then(|| "trash".to_string()),
                "junk" => self.spam.then(|| "junk".to_string()),
                "archive" => self.archived.then(|| "archive".to_string()),
                _ => self.folder_ids.first().cloned(),
            });
        if let Some(f) = folder {
            message["folders"] = json!([f]);
        }
    }

    fn to_wire(&self, blocked: bool) -> Value {
        json!({
            "blocked": blocked,
            "blocked_by_evaluation_error": false,
            "marked_as_spam": self.spam,
            "marked_as_read": self.read,
            "marked_starred": self.starred,
            "archived": self.archived,
            "trashed": self.trashed,
            "folder_ids": self.folder_ids,
        })
    }
}

/// The ids of the non-block rules that match, in priority order, with their actions gathered.
fn gather_matching(
    store: &Store,
    rules: &[&Value],
    sender: &Sender,
    applied: &mut Applied,
) -> Vec<Value> {
    let mut matched = Vec::new();
    for rule in rules
        .iter()
        .filter(|r| !is_block(r) && rule_matches(store, r, sender))
    {
        matched.push(rule["id"].clone());
        for action in rule["actions"].as_array().into_iter().flatten() {
            applied.add(action);
        }
    }
    matched
}

/// Evaluates the rules of `workspace_id` against an inbound `message` of `grant_id` and applies the
/// actions to it. Block rules run first (at SMTP RCPT time, before the message exists): the first that
/// matches ends the evaluation. Otherwise every matching rule's actions apply together.
pub fn evaluate(store: &Store, grant_id: &str, workspace_id: &str, message: &mut Value) -> Outcome {
    let sender = Sender::of(message);
    let rules = inbound_rules(store, workspace_id);
    if rules.is_empty() && !chosen::RECORDED_WITHOUT_RULES {
        return Outcome {
            blocked: false,
            record: None,
        };
    }
    let blocker = rules
        .iter()
        .find(|r| is_block(r) && rule_matches(store, r, &sender));
    let mut applied = Applied::default();
    let (stage, matched, message_id) = match blocker {
        Some(rule) => (chosen::STAGE_BLOCKED, vec![rule["id"].clone()], None),
        None => {
            let matched = gather_matching(store, &rules, &sender, &mut applied);
            applied.apply_to(message);
            (chosen::STAGE_DELIVERED, matched, message["id"].as_str())
        }
    };
    let now = now_secs();
    let mut record = json!({
        "id": new_uuid(),
        "grant_id": grant_id,
        "evaluated_at": now,
        "evaluation_stage": stage,
        "evaluation_input": {
            "from_address": sender.address, "from_domain": sender.domain, "from_tld": sender.tld,
        },
        "applied_actions": applied.to_wire(blocker.is_some()),
        "matched_rule_ids": matched,
        "application_id": store.application_id,
        "organization_id": store.organization_id,
        "created_at": now,
        "updated_at": now,
    });
    // The Node SDK documents `message_id` as absent (not null) when no message was stored.
    if let Some(id) = message_id {
        record["message_id"] = json!(id);
    }
    Outcome {
        blocked: blocker.is_some(),
        record: Some(record),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sender_is_split_into_address_domain_and_tld() {
        let m = json!({"from": [{"name": "Ann", "email": " Ann@Mail.Example.COM "}]});
        let s = Sender::of(&m);
        assert_eq!(s.address, "ann@mail.example.com");
        assert_eq!(s.domain, "mail.example.com");
        assert_eq!(s.tld, "com");
        assert_eq!(Sender::of(&json!({"from": []})).domain, "");
    }

    #[test]
    fn trash_wins_over_spam_over_archive_over_an_assigned_folder() {
        let mut m = json!({"folders": ["inbox"], "unread": true, "starred": false});
        let mut a = Applied::default();
        a.add(&json!({"type": "assign_to_folder", "value": "Later"}));
        a.apply_to(&mut m);
        assert_eq!(m["folders"], json!(["Later"]));
        a.add(&json!({"type": "archive"}));
        a.apply_to(&mut m);
        assert_eq!(m["folders"], json!(["archive"]));
        a.add(&json!({"type": "mark_as_spam"}));
        a.apply_to(&mut m);
        assert_eq!(m["folders"], json!(["junk"]));
        a.add(&json!({"type": "trash"}));
        a.apply_to(&mut m);
        assert_eq!(m["folders"], json!(["trash"]));
        assert_eq!(folder_id("Archive"), "archive");
    }
}
