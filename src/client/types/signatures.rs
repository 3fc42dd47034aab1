//! What TypeScript declares of each client method beyond its argument shape: the name of its id, its
//! other parameter, its result and its doc. `src/typescript.rs` writes each resource's interface from
//! `METHODS` (the order, the argument shape, whether it lists) and this table; a test keeps the two in
//! step.

/// One method's declaration: `(id?, input?, options?) => output`, or for a composed method `input` is
/// its whole parameter list and `output` its whole result.
pub struct Signature {
    /// The operation name, as in `METHODS`.
    pub op: &'static str,
    /// The id parameter's name, for shapes that take one.
    pub id: &'static str,
    /// The other parameter (`patch: AccountUpdate`), the filter's type, or a composed method's parameters.
    pub input: &'static str,
    /// What the method resolves with (a list's item type).
    pub output: &'static str,
    /// Its doc comment (empty: none beyond the resource's).
    pub doc: &'static str,
}

const fn sig(
    op: &'static str,
    id: &'static str,
    input: &'static str,
    output: &'static str,
    doc: &'static str,
) -> Signature {
    Signature {
        op,
        id,
        input,
        output,
        doc,
    }
}

/// Every method's declaration, in `METHODS` order.
pub const SIGNATURES: [Signature; 52] = [
    sig("accounts.create", "", "request: CreateAccountRequest, options?: CreateOptions", "Promise<Account>",
        "Checks the request locally, looks the address up, makes sure the `nylas` connector exists, then creates the account with the normalised address. An existing account: see `onExisting`."),
    sig("accounts.createMany", "", "requests: readonly CreateAccountRequest[], options?: CreateManyOptions", "Promise<CreateManyResult[]>",
        "Creates every account, never stopping at a failure; one result per request, in order. One pass over the accounts list (at most a page per 20 requests) first says which addresses exist."),
    sig("accounts.list", "", "AccountListFilter", "Account", "Every agent account of the application."),
    sig("accounts.get", "idOrEmail", "", "Account", "One account, by grant id or email address."),
    sig("accounts.update", "idOrEmail", "patch: AccountUpdate", "Account", "Changes an account's name, workspace, policy or app password."),
    sig("accounts.resetAppPassword", "", "idOrEmail: string, password: string, options?: CallOptions", "Promise<Account>",
        "A new app password (checked locally first); the account's other settings are kept."),
    sig("accounts.delete", "idOrEmail", "", "void", "Permanent. Refuses a grant whose provider is not `nylas`."),
    sig("connector.status", "", "", "ConnectorStatus", "Whether the `nylas` connector exists, and every agent account."),
    sig("connector.ensure", "", "options?: CallOptions", "Promise<Connector>",
        "The `nylas` connector, created if missing (one request in flight per client; remembered)."),
    sig("domains.list", "", "PageFilter", "RegisteredDomain", "Every registered domain."),
    sig("domains.create", "", "domain: DomainCreate", "RegisteredDomain", "Registers a domain."),
    sig("domains.get", "id", "", "RegisteredDomain", "One domain."),
    sig("domains.update", "id", "patch: DomainUpdate", "RegisteredDomain", "Renames a domain."),
    sig("domains.delete", "id", "", "void", "Irreversible."),
    sig("domains.info", "id", "type: DomainRecordType", "DomainVerification", "The record to publish for one check."),
    sig("domains.verify", "id", "type: DomainRecordType", "DomainVerification", "Runs one check now."),
    sig("domains.records", "id", "", "DomainRecord[]", "Every record type at once."),
    sig("domains.zoneFile", "id", "", "string", "The records as a BIND zone file fragment."),
    sig("domains.doctor", "id", "", "DomainDoctor", "What stands between the domain and its first mailbox."),
    sig("workspaces.list", "", "PageFilter", "Workspace", "Every workspace."),
    sig("workspaces.create", "", "workspace: WorkspaceCreate", "Workspace", "Creates a workspace."),
    sig("workspaces.get", "id", "", "Workspace", "One workspace."),
    sig("workspaces.update", "id", "patch: WorkspaceUpdate", "Workspace", "Changes a workspace."),
    sig("workspaces.delete", "id", "", "void", "Its accounts move to the default workspace."),
    sig("workspaces.manualAssign", "id", "assignment: ManualAssign", "ManualAssignResult", "Needs a workspace with `autoGroup: false`."),
    sig("workspaces.autoGroup", "", "request: AutoGroupRequest", "AutoGroupResult", "Groups existing accounts into workspaces by domain (a job)."),
    sig("policies.list", "", "PageFilter", "Policy", "Every policy."),
    sig("policies.create", "", "policy: PolicyCreate", "Policy", "Creates a policy."),
    sig("policies.get", "id", "", "Policy", "One policy."),
    sig("policies.update", "id", "patch: PolicyUpdate", "Policy", "Changes the fields given."),
    sig("policies.delete", "id", "", "void", "Detaches it from workspaces."),
    sig("rules.list", "", "PageFilter", "Rule", "Every rule."),
    sig("rules.create", "", "rule: RuleCreate", "Rule", "Creates a rule."),
    sig("rules.get", "id", "", "Rule", "One rule."),
    sig("rules.update", "id", "patch: RuleUpdate", "Rule", "Changes the fields given."),
    sig("rules.delete", "id", "", "void", "Removes it from the workspaces' `ruleIds`."),
    sig("rules.evaluations", "idOrEmail", "PageFilter", "RuleEvaluation",
        "How the account's rules were applied to its messages, newest first (account id or email)."),
    sig("lists.list", "", "PageFilter", "List", "Every list."),
    sig("lists.create", "", "list: ListCreate", "List", "Creates a list."),
    sig("lists.get", "id", "", "List", "One list."),
    sig("lists.update", "id", "patch: ListUpdate", "List", "Changes its name or description."),
    sig("lists.delete", "id", "", "void", "Refused while a rule uses the list."),
    sig("lists.items.list", "listId", "PageFilter", "ListItem", "The list's items."),
    sig("lists.items.add", "listId", "", "List",
        "At most 1000 values of at most 500 characters; duplicates are ignored. Resolves with the list."),
    sig("lists.items.remove", "listId", "", "List", "Removes values. Resolves with the list."),
    sig("messages.list", "idOrEmail", "MessageFilter", "Message",
        "Newest first. `idOrEmail` is the account's grant id or email address."),
    sig("webhooks.list", "", "PageFilter", "Webhook", "Every webhook."),
    sig("webhooks.create", "", "webhook: WebhookCreate", "WebhookWithSecret", "Creates a webhook: store its secret now."),
    sig("webhooks.get", "id", "", "Webhook", "One webhook."),
    sig("webhooks.update", "id", "patch: WebhookUpdate", "Webhook", "Changes the fields given."),
    sig("webhooks.delete", "id", "", "void", "Deletes a webhook."),
    sig("webhooks.rotateSecret", "id", "", "WebhookWithSecret", "A new secret; the old one stops signing."),
];
