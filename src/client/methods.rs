//! The client's methods as JavaScript calls them: every operation's name and how its JavaScript
//! arguments become the arguments of the one `call` (`{ id?, body?, filter?, type?, cursor? }`).
//! `js/operations.js` is generated from this list (tests/generated_js.rs) and `js/client.js` builds
//! the resource objects from it, so a new operation is an entry here, its request in the operation
//! table (`endpoints/table.rs`) or a workflow, and its emulator route.

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

/// Every client method, by operation name (`resource.method`, `lists.items.add`).
pub const METHODS: [(&str, Arguments); 52] = {
    use Arguments::*;
    [
        ("accounts.create", Composed),
        ("accounts.createMany", Composed),
        ("accounts.list", Filter),
        ("accounts.get", Id),
        ("accounts.update", IdBody),
        ("accounts.resetAppPassword", Composed),
        ("accounts.delete", Id),
        ("connector.status", Nothing),
        ("connector.ensure", Composed),
        ("domains.list", Filter),
        ("domains.create", Body),
        ("domains.get", Id),
        ("domains.update", IdBody),
        ("domains.delete", Id),
        ("domains.info", IdType),
        ("domains.verify", IdType),
        ("domains.records", Id),
        ("domains.zoneFile", Id),
        ("domains.doctor", Id),
        ("workspaces.list", Filter),
        ("workspaces.create", Body),
        ("workspaces.get", Id),
        ("workspaces.update", IdBody),
        ("workspaces.delete", Id),
        ("workspaces.manualAssign", IdBody),
        ("workspaces.autoGroup", Body),
        ("policies.list", Filter),
        ("policies.create", Body),
        ("policies.get", Id),
        ("policies.update", IdBody),
        ("policies.delete", Id),
        ("rules.list", Filter),
        ("rules.create", Body),
        ("rules.get", Id),
        ("rules.update", IdBody),
        ("rules.delete", Id),
        ("rules.evaluations", IdFilter),
        ("lists.list", Filter),
        ("lists.create", Body),
        ("lists.get", Id),
        ("lists.update", IdBody),
        ("lists.delete", Id),
        ("lists.items.list", IdFilter),
        ("lists.items.add", IdItems),
        ("lists.items.remove", IdItems),
        ("messages.list", IdFilter),
        ("webhooks.list", Filter),
        ("webhooks.create", Body),
        ("webhooks.get", Id),
        ("webhooks.update", IdBody),
        ("webhooks.delete", Id),
        ("webhooks.rotateSecret", Id),
    ]
};
