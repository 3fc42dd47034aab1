//! Every client operation in one table: its name, how its JavaScript arguments become the arguments of
//! the one `call` (`{ id?, body?, filter?, type?, cursor? }`), the HTTP request it sends (or, for a
//! workflow written in Rust, every request it may send), how it authenticates and whether a lost
//! response may be replayed. The client runs the plain requests from it (`endpoints::run`), the server
//! handler's allowlist and routes follow from it (`proxy::routes`), `js/operations.js` is generated
//! from it (`src/typescript/js_modules.rs`) and so are the TypeScript resources (`src/typescript.rs`). A new
//! operation is an entry here, its declaration in `types/signatures.rs`, and its emulator route.

use super::endpoints::Paging;
use super::retry::Replay;
use super::transport::Method;
use super::Auth;

/// How a method's JavaScript arguments become the operation's call arguments (`opts` always last).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arguments {
    /// `(opts?)`.
    Nothing,
    /// `(filter?, opts?)`: a list; `await` gives the first page, `for await` every item.
    Filter,
    /// `(id, filter?, opts?)`: a list under one object.
    IdFilter,
    /// `(id, opts?)`.
    Id,
    /// `(body, opts?)`.
    Body,
    /// `(id, body, opts?)`.
    IdBody,
    /// `(id, type, opts?)`.
    IdType,
    /// `(id, items, opts?)`: `{ items }` is the body.
    IdItems,
    /// Written in `js/client.js`, because it has steps only JavaScript can take: the connector's
    /// single flight, a batch's concurrency and progress hook, a create's preflight.
    Composed,
}

impl Arguments {
    /// The name `js/client.js` knows the shape by.
    pub fn as_str(self) -> &'static str {
        match self {
            Arguments::Nothing => "nothing",
            Arguments::Filter => "filter",
            Arguments::IdFilter => "idFilter",
            Arguments::Id => "id",
            Arguments::Body => "body",
            Arguments::IdBody => "idBody",
            Arguments::IdType => "idType",
            Arguments::IdItems => "idItems",
            Arguments::Composed => "composed",
        }
    }
}

/// One route: a method and a path template whose `{id}` segments match one id each.
pub type Route = (Method, &'static str);

/// The HTTP side of an operation.
#[derive(Clone, Copy, Debug)]
pub enum Request {
    /// A GET of a list, and how it pages.
    List(&'static str, Paging),
    /// A GET of one object.
    Fetch(&'static str),
    /// A request with a JSON body, and whether a lost response may be replayed (a create may not: it is
    /// reconciled instead).
    Send(Method, &'static str, Replay),
    /// A DELETE.
    Remove(&'static str),
    /// Several requests, written in Rust (`accounts`, `connector`, a domain's records): each it may send.
    Workflow(&'static [Route]),
}

/// One client operation.
#[derive(Clone, Copy, Debug)]
pub struct Operation {
    /// `resource.method`, as JavaScript calls it (`lists.items.add`).
    pub name: &'static str,
    /// How its JavaScript arguments become the call's.
    pub arguments: Arguments,
    /// What it sends.
    pub request: Request,
    /// API key, or service-account signature (Manage Domains).
    pub auth: Auth,
}

impl Operation {
    /// Every request it may send.
    pub fn routes(&self) -> Vec<Route> {
        match self.request {
            Request::List(path, _) | Request::Fetch(path) => vec![(Method::Get, path)],
            Request::Send(method, path, _) => vec![(method, path)],
            Request::Remove(path) => vec![(Method::Delete, path)],
            Request::Workflow(routes) => routes.to_vec(),
        }
    }
}

/// The operation called `name`.
pub fn find(name: &str) -> Option<&'static Operation> {
    METHODS.iter().find(|op| op.name == name)
}

const fn op(name: &'static str, arguments: Arguments, request: Request, auth: Auth) -> Operation {
    Operation {
        name,
        arguments,
        request,
        auth,
    }
}

/// Every client operation, in the order the resources declare them.
pub const METHODS: [Operation; 52] = {
    use Arguments::*;
    use Auth::{ApiKey, ServiceAccount};
    use Method::{Delete, Get, Patch, Post, Put};
    use Paging::{Cursor, NestedCursor};
    use Replay::{Safe, Unsafe};
    use Request::{Fetch, List, Remove, Send, Workflow};
    const ONE: &str = "/v3/grants/{id}";
    const CONNECTORS: &str = "/v3/connectors";
    const CREATE: &[Route] = &[
        (Get, ONE),
        (Get, CONNECTORS),
        (Post, CONNECTORS),
        (Post, "/v3/connect/custom"),
    ];
    // The bulk create adds its one pass over the list.
    const CREATE_MANY: &[Route] = &[
        (Get, "/v3/grants"),
        (Get, ONE),
        (Get, CONNECTORS),
        (Post, CONNECTORS),
        (Post, "/v3/connect/custom"),
    ];
    const RECORDS: &[Route] = &[
        (Get, "/v3/admin/domains/{id}"),
        (Post, "/v3/admin/domains/{id}/info"),
    ];
    [
        op("accounts.create", Composed, Workflow(CREATE), ApiKey),
        op(
            "accounts.createMany",
            Composed,
            Workflow(CREATE_MANY),
            ApiKey,
        ),
        op(
            "accounts.list",
            Filter,
            Workflow(&[(Get, "/v3/grants")]),
            ApiKey,
        ),
        op("accounts.get", Id, Workflow(&[(Get, ONE)]), ApiKey),
        op(
            "accounts.update",
            IdBody,
            Workflow(&[(Get, ONE), (Patch, ONE)]),
            ApiKey,
        ),
        op(
            "accounts.resetAppPassword",
            Composed,
            Workflow(&[(Get, ONE), (Patch, ONE)]),
            ApiKey,
        ),
        op(
            "accounts.delete",
            Id,
            Workflow(&[(Get, ONE), (Delete, ONE)]),
            ApiKey,
        ),
        op(
            "connector.status",
            Nothing,
            Workflow(&[(Get, CONNECTORS), (Get, "/v3/grants")]),
            ApiKey,
        ),
        op(
            "connector.ensure",
            Composed,
            Workflow(&[(Get, CONNECTORS), (Post, CONNECTORS)]),
            ApiKey,
        ),
        op(
            "domains.list",
            Filter,
            List("/v3/admin/domains", Cursor),
            ServiceAccount,
        ),
        op(
            "domains.create",
            Body,
            Send(Post, "/v3/admin/domains", Unsafe),
            ServiceAccount,
        ),
        op(
            "domains.get",
            Id,
            Fetch("/v3/admin/domains/{id}"),
            ServiceAccount,
        ),
        op(
            "domains.update",
            IdBody,
            Send(Put, "/v3/admin/domains/{id}", Safe),
            ServiceAccount,
        ),
        op(
            "domains.delete",
            Id,
            Remove("/v3/admin/domains/{id}"),
            ServiceAccount,
        ),
        op(
            "domains.info",
            IdType,
            Send(Post, "/v3/admin/domains/{id}/info", Safe),
            ServiceAccount,
        ),
        op(
            "domains.verify",
            IdType,
            Send(Post, "/v3/admin/domains/{id}/verify", Safe),
            ServiceAccount,
        ),
        op("domains.records", Id, Workflow(RECORDS), ServiceAccount),
        op("domains.zoneFile", Id, Workflow(RECORDS), ServiceAccount),
        op("domains.doctor", Id, Workflow(RECORDS), ServiceAccount),
        op(
            "workspaces.list",
            Filter,
            List("/v3/workspaces", Cursor),
            ApiKey,
        ),
        op(
            "workspaces.create",
            Body,
            Send(Post, "/v3/workspaces", Unsafe),
            ApiKey,
        ),
        op("workspaces.get", Id, Fetch("/v3/workspaces/{id}"), ApiKey),
        op(
            "workspaces.update",
            IdBody,
            Send(Patch, "/v3/workspaces/{id}", Safe),
            ApiKey,
        ),
        op(
            "workspaces.delete",
            Id,
            Remove("/v3/workspaces/{id}"),
            ApiKey,
        ),
        op(
            "workspaces.manualAssign",
            IdBody,
            Send(Post, "/v3/workspaces/{id}/manual-assign", Safe),
            ApiKey,
        ),
        op(
            "workspaces.autoGroup",
            Body,
            Send(Post, "/v3/workspaces/auto-group", Unsafe),
            ApiKey,
        ),
        op(
            "policies.list",
            Filter,
            List("/v3/policies", Cursor),
            ApiKey,
        ),
        op(
            "policies.create",
            Body,
            Send(Post, "/v3/policies", Unsafe),
            ApiKey,
        ),
        op("policies.get", Id, Fetch("/v3/policies/{id}"), ApiKey),
        op(
            "policies.update",
            IdBody,
            Send(Put, "/v3/policies/{id}", Safe),
            ApiKey,
        ),
        op("policies.delete", Id, Remove("/v3/policies/{id}"), ApiKey),
        op(
            "rules.list",
            Filter,
            List("/v3/rules", NestedCursor),
            ApiKey,
        ),
        op(
            "rules.create",
            Body,
            Send(Post, "/v3/rules", Unsafe),
            ApiKey,
        ),
        op("rules.get", Id, Fetch("/v3/rules/{id}"), ApiKey),
        op(
            "rules.update",
            IdBody,
            Send(Put, "/v3/rules/{id}", Safe),
            ApiKey,
        ),
        op("rules.delete", Id, Remove("/v3/rules/{id}"), ApiKey),
        // The envelope is not documented: read it flat (as the emulator answers) or nested (as rules).
        op(
            "rules.evaluations",
            IdFilter,
            List("/v3/grants/{id}/rule-evaluations", NestedCursor),
            ApiKey,
        ),
        op("lists.list", Filter, List("/v3/lists", Cursor), ApiKey),
        op(
            "lists.create",
            Body,
            Send(Post, "/v3/lists", Unsafe),
            ApiKey,
        ),
        op("lists.get", Id, Fetch("/v3/lists/{id}"), ApiKey),
        op(
            "lists.update",
            IdBody,
            Send(Put, "/v3/lists/{id}", Safe),
            ApiKey,
        ),
        op("lists.delete", Id, Remove("/v3/lists/{id}"), ApiKey),
        op(
            "lists.items.list",
            IdFilter,
            List("/v3/lists/{id}/items", Cursor),
            ApiKey,
        ),
        op(
            "lists.items.add",
            IdItems,
            Send(Post, "/v3/lists/{id}/items", Safe),
            ApiKey,
        ),
        op(
            "lists.items.remove",
            IdItems,
            Send(Delete, "/v3/lists/{id}/items", Safe),
            ApiKey,
        ),
        op(
            "messages.list",
            IdFilter,
            List("/v3/grants/{id}/messages", Cursor),
            ApiKey,
        ),
        op(
            "webhooks.list",
            Filter,
            List("/v3/webhooks", Cursor),
            ApiKey,
        ),
        op(
            "webhooks.create",
            Body,
            Send(Post, "/v3/webhooks", Unsafe),
            ApiKey,
        ),
        op("webhooks.get", Id, Fetch("/v3/webhooks/{id}"), ApiKey),
        op(
            "webhooks.update",
            IdBody,
            Send(Put, "/v3/webhooks/{id}", Safe),
            ApiKey,
        ),
        op("webhooks.delete", Id, Remove("/v3/webhooks/{id}"), ApiKey),
        op(
            "webhooks.rotateSecret",
            Id,
            Send(Post, "/v3/webhooks/rotate-secret/{id}", Unsafe),
            ApiKey,
        ),
    ]
};
