//! The operation table: each plain resource operation's one HTTP request (method, path template,
//! paging, signing, replay), read by the client (`super::run`) and by the server handler's allowlist.

use super::Paging;
use crate::client::transport::Method;

/// What an operation name maps to.
pub(super) enum Op {
    List(&'static str, Paging),
    Fetch(&'static str),
    Send(Method, &'static str),
    Remove(&'static str),
}

pub(super) fn table(op: &str) -> Option<(Op, bool)> {
    use Method::{Delete, Patch, Post, Put};
    use Op::{Fetch, List, Remove, Send};
    let signed = op.starts_with("domains.");
    let entry = match op {
        "workspaces.list" => List("/v3/workspaces", Paging::Cursor),
        "workspaces.create" => Send(Post, "/v3/workspaces"),
        "workspaces.get" => Fetch("/v3/workspaces/{id}"),
        "workspaces.update" => Send(Patch, "/v3/workspaces/{id}"),
        "workspaces.delete" => Remove("/v3/workspaces/{id}"),
        "workspaces.manualAssign" => Send(Post, "/v3/workspaces/{id}/manual-assign"),
        "workspaces.autoGroup" => Send(Post, "/v3/workspaces/auto-group"),
        "policies.list" => List("/v3/policies", Paging::Cursor),
        "policies.create" => Send(Post, "/v3/policies"),
        "policies.get" => Fetch("/v3/policies/{id}"),
        "policies.update" => Send(Put, "/v3/policies/{id}"),
        "policies.delete" => Remove("/v3/policies/{id}"),
        "rules.list" => List("/v3/rules", Paging::NestedCursor),
        "rules.create" => Send(Post, "/v3/rules"),
        "rules.get" => Fetch("/v3/rules/{id}"),
        "rules.update" => Send(Put, "/v3/rules/{id}"),
        "rules.delete" => Remove("/v3/rules/{id}"),
        // The envelope is not documented: read it flat (as the emulator answers) or nested (as rules).
        "rules.evaluations" => List("/v3/grants/{id}/rule-evaluations", Paging::NestedCursor),
        "lists.list" => List("/v3/lists", Paging::Cursor),
        "lists.create" => Send(Post, "/v3/lists"),
        "lists.get" => Fetch("/v3/lists/{id}"),
        "lists.update" => Send(Put, "/v3/lists/{id}"),
        "lists.delete" => Remove("/v3/lists/{id}"),
        "lists.items.list" => List("/v3/lists/{id}/items", Paging::Cursor),
        "lists.items.add" => Send(Post, "/v3/lists/{id}/items"),
        "lists.items.remove" => Send(Delete, "/v3/lists/{id}/items"),
        "messages.list" => List("/v3/grants/{id}/messages", Paging::Cursor),
        "webhooks.list" => List("/v3/webhooks", Paging::Cursor),
        "webhooks.create" => Send(Post, "/v3/webhooks"),
        "webhooks.get" => Fetch("/v3/webhooks/{id}"),
        "webhooks.update" => Send(Put, "/v3/webhooks/{id}"),
        "webhooks.delete" => Remove("/v3/webhooks/{id}"),
        "webhooks.rotateSecret" => Send(Post, "/v3/webhooks/rotate-secret/{id}"),
        "domains.list" => List("/v3/admin/domains", Paging::Cursor),
        "domains.create" => Send(Post, "/v3/admin/domains"),
        "domains.get" => Fetch("/v3/admin/domains/{id}"),
        "domains.update" => Send(Put, "/v3/admin/domains/{id}"),
        "domains.delete" => Remove("/v3/admin/domains/{id}"),
        "domains.info" => Send(Post, "/v3/admin/domains/{id}/info"),
        "domains.verify" => Send(Post, "/v3/admin/domains/{id}/verify"),
        _ => return None,
    };
    Some((entry, signed))
}

/// These POSTs change nothing when repeated, so a lost response may simply be retried.
pub(super) fn replayable_post(op: &str) -> bool {
    matches!(
        op,
        "workspaces.manualAssign" | "lists.items.add" | "domains.info" | "domains.verify"
    )
}

/// The one HTTP request a table operation sends: method, path template (`{id}` for the id) and
/// whether it is signed with the service account. The server handler (`super::proxy`) matches
/// browser requests against it, so the client and the handler can't disagree on a route.
pub fn table_route(op: &str) -> Option<(Method, &'static str, bool)> {
    let (entry, signed) = table(op)?;
    Some(match entry {
        Op::List(path, _) | Op::Fetch(path) => (Method::Get, path, signed),
        Op::Send(method, path) => (method, path, signed),
        Op::Remove(path) => (Method::Delete, path, signed),
    })
}

/// Every operation of the table, for the server handler's allowlist.
pub const TABLE_OPS: [&str; 40] = [
    "workspaces.list",
    "workspaces.create",
    "workspaces.get",
    "workspaces.update",
    "workspaces.delete",
    "workspaces.manualAssign",
    "workspaces.autoGroup",
    "policies.list",
    "policies.create",
    "policies.get",
    "policies.update",
    "policies.delete",
    "rules.list",
    "rules.create",
    "rules.get",
    "rules.update",
    "rules.delete",
    "rules.evaluations",
    "lists.list",
    "lists.create",
    "lists.get",
    "lists.update",
    "lists.delete",
    "lists.items.list",
    "lists.items.add",
    "lists.items.remove",
    "messages.list",
    "webhooks.list",
    "webhooks.create",
    "webhooks.get",
    "webhooks.update",
    "webhooks.delete",
    "webhooks.rotateSecret",
    "domains.list",
    "domains.create",
    "domains.get",
    "domains.update",
    "domains.delete",
    "domains.info",
    "domains.verify",
];

/// True when `op` is one of the table's operations.
pub fn is_table_op(op: &str) -> bool {
    table(op).is_some()
}
