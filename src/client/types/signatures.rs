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
        "Checks the request locally, looks the address up, makes sure the `nylas` connector exists, then creates the account with the normalised address. An existing account: see `onExisting`.\n\n@example\nconst account = await client.accounts.create(\n  { email: 'support@acme.nylas.email', name: 'Support', appPassword: generateAppPassword() },\n  { onExisting: 'skip' },\n);"),
    sig("accounts.createMany", "", "requests: readonly CreateAccountRequest[], options?: CreateManyOptions", "Promise<CreateManyResult[]>",
        "Creates every account, never stopping at a failure; one result per request, in order. One pass over the accounts list (at most a page per 20 requests) first says which addresses exist.\n\n@example\nconst results = await client.accounts.createMany(\n  ['sales', 'ops'].map((name) => ({ email: `${name}@acme.nylas.email`, name })),\n  { concurrency: 4, onProgress: ({ done, total }) => console.log(`${done}/${total}`) },\n);\nresults.filter((r) => r.status === 'failed').forEach((r) => console.log(r.email, r.error.code));"),
    sig("accounts.list", "", "AccountListFilter", "Account", "Every agent account of the application.\n\n@example\nfor await (const account of client.accounts.list({ limit: 200 })) console.log(account.email);"),
    sig("accounts.get", "idOrEmail", "", "Account", "One account, by grant id or email address.\n\n@example\nconst account = await client.accounts.get('support@acme.nylas.email');"),
    sig("accounts.update", "idOrEmail", "patch: AccountUpdate", "Account", "Changes an account's name, workspace, policy or app password.\n\n@example\nawait client.accounts.update('support@acme.nylas.email', { name: 'Support team' });\nawait client.accounts.update('support@acme.nylas.email', { policyId, appPassword: generateAppPassword() });"),
    sig("accounts.resetAppPassword", "", "idOrEmail: string, password: string, options?: CallOptions", "Promise<Account>",
        "A new app password (checked locally first); the account's other settings are kept.\n\n@example\nawait client.accounts.resetAppPassword('support@acme.nylas.email', generateAppPassword());"),
    sig("accounts.delete", "idOrEmail", "", "void", "Permanent. Refuses a grant whose provider is not `nylas`.\n\n@example\nawait client.accounts.delete('support@acme.nylas.email');"),
    sig("connector.status", "", "", "ConnectorStatus", "Whether the `nylas` connector exists, and every agent account.\n\n@example\nconst { accountCount } = await client.connector.status();"),
    sig("connector.ensure", "", "options?: CallOptions", "Promise<Connector>",
        "The `nylas` connector, created if missing (one request in flight per client; remembered).\n\n@example\nawait client.connector.ensure();"),
    sig("domains.list", "", "PageFilter", "RegisteredDomain", "Every registered domain.\n\n@example\nconst { data: domains } = await client.domains.list();\nmatchDomain('bot@acme.com', domains);"),
    sig("domains.create", "", "domain: DomainCreate", "RegisteredDomain", "Registers a domain.\n\n@example\nconst domain = await client.domains.create({ name: 'Acme agents', domainAddress: 'agents.acme.com' });"),
    sig("domains.get", "id", "", "RegisteredDomain", "One domain.\n\n@example\nconst { verifiedMx } = await client.domains.get(domainId);"),
    sig("domains.update", "id", "patch: DomainUpdate", "RegisteredDomain", "Renames a domain.\n\n@example\nawait client.domains.update(domainId, { name: 'Acme support agents' });"),
    sig("domains.delete", "id", "", "void", "Irreversible.\n\n@example\nawait client.domains.delete(domainId);"),
    sig("domains.info", "id", "type: DomainRecordType", "DomainVerification", "The record to publish for one check.\n\n@example\nconst { host, value } = await client.domains.info(domainId, 'mx');"),
    sig("domains.verify", "id", "type: DomainRecordType", "DomainVerification", "Runs one check now.\n\n@example\nconst result = await client.domains.verify(domainId, 'ownership');"),
    sig("domains.records", "id", "", "DomainRecord[]", "Every record type at once.\n\n@example\nfor (const record of await client.domains.records(domainId)) console.log(record.type, record.host, record.value);"),
    sig("domains.zoneFile", "id", "", "string", "The records as a BIND zone file fragment.\n\n@example\nawait writeFile('nylas.zone', await client.domains.zoneFile(domainId));"),
    sig("domains.doctor", "id", "", "DomainDoctor", "What stands between the domain and its first mailbox.\n\n@example\nconst report = await client.domains.doctor(domainId);"),
    sig("workspaces.list", "", "PageFilter", "Workspace", "Every workspace.\n\n@example\nconst { data: workspaces } = await client.workspaces.list();"),
    sig("workspaces.create", "", "workspace: WorkspaceCreate", "Workspace", "Creates a workspace.\n\n@example\nconst workspace = await client.workspaces.create({ name: 'Support', domain: 'acme.nylas.email', policyId });"),
    sig("workspaces.get", "id", "", "Workspace", "One workspace.\n\n@example\nconst workspace = await client.workspaces.get(workspaceId);"),
    sig("workspaces.update", "id", "patch: WorkspaceUpdate", "Workspace", "Changes a workspace.\n\n@example\nawait client.workspaces.update(workspaceId, { policyId });"),
    sig("workspaces.delete", "id", "", "void", "Its accounts move to the default workspace.\n\n@example\nawait client.workspaces.delete(workspaceId);"),
    sig("workspaces.manualAssign", "id", "assignment: ManualAssign", "ManualAssignResult", "Needs a workspace with `autoGroup: false`.\n\n@example\nawait client.workspaces.manualAssign(workspaceId, { assignGrants: [account.id], removeGrants: [] });"),
    sig("workspaces.autoGroup", "", "request: AutoGroupRequest", "AutoGroupResult", "Groups existing accounts into workspaces by domain (a job).\n\n@example\nconst result = await client.workspaces.autoGroup({ enabled: true });"),
    sig("policies.list", "", "PageFilter", "Policy", "Every policy.\n\n@example\nconst { data: policies } = await client.policies.list();"),
    sig("policies.create", "", "policy: PolicyCreate", "Policy", "Creates a policy.\n\n@example\nconst policy = await client.policies.create({ name: 'Strict' });"),
    sig("policies.get", "id", "", "Policy", "One policy.\n\n@example\nconst policy = await client.policies.get(policyId);"),
    sig("policies.update", "id", "patch: PolicyUpdate", "Policy", "Changes the fields given.\n\n@example\nawait client.policies.update(policyId, { name: 'Stricter' });"),
    sig("policies.delete", "id", "", "void", "Detaches it from workspaces.\n\n@example\nawait client.policies.delete(policyId);"),
    sig("rules.list", "", "PageFilter", "Rule", "Every rule.\n\n@example\nconst { data: rules } = await client.rules.list();"),
    sig("rules.create", "", "rule: RuleCreate", "Rule", "Creates a rule.\n\n@example\nconst rule = await client.rules.create({\n  name: 'Block spammers',\n  trigger: 'inbound',\n  match: { operator: 'any', conditions: [{ field: 'from.domain', operator: 'is', value: 'spam.example' }] },\n  actions: [{ type: 'block' }],\n});"),
    sig("rules.get", "id", "", "Rule", "One rule.\n\n@example\nconst rule = await client.rules.get(ruleId);"),
    sig("rules.update", "id", "patch: RuleUpdate", "Rule", "Changes the fields given.\n\n@example\nawait client.rules.update(ruleId, { enabled: false });"),
    sig("rules.delete", "id", "", "void", "Removes it from the workspaces' `ruleIds`.\n\n@example\nawait client.rules.delete(ruleId);"),
    sig("rules.evaluations", "idOrEmail", "PageFilter", "RuleEvaluation",
        "How the account's rules were applied to its messages, newest first (account id or email).\n\n@example\nfor await (const evaluation of client.rules.evaluations('support@acme.nylas.email')) console.log(evaluation);"),
    sig("lists.list", "", "PageFilter", "List", "Every list.\n\n@example\nconst { data: lists } = await client.lists.list();"),
    sig("lists.create", "", "list: ListCreate", "List", "Creates a list.\n\n@example\nconst list = await client.lists.create({ name: 'Blocked domains', type: 'domain' });"),
    sig("lists.get", "id", "", "List", "One list.\n\n@example\nconst list = await client.lists.get(listId);"),
    sig("lists.update", "id", "patch: ListUpdate", "List", "Changes its name or description.\n\n@example\nawait client.lists.update(listId, { name: 'Blocked senders' });"),
    sig("lists.delete", "id", "", "void", "Refused while a rule uses the list.\n\n@example\nawait client.lists.delete(listId);"),
    sig("lists.items.list", "listId", "PageFilter", "ListItem", "The list's items.\n\n@example\nfor await (const item of client.lists.items.list(listId)) console.log(item.value);"),
    sig("lists.items.add", "listId", "", "List",
        "At most 1000 values of at most 500 characters; duplicates are ignored. Resolves with the list.\n\n@example\nawait client.lists.items.add(listId, ['spam.example', 'junk.example']);"),
    sig("lists.items.remove", "listId", "", "List", "Removes values. Resolves with the list.\n\n@example\nawait client.lists.items.remove(listId, ['junk.example']);"),
    sig("messages.list", "idOrEmail", "MessageFilter", "Message",
        "Newest first. `idOrEmail` is the account's grant id or email address.\n\n@example\nconst { data: unread } = await client.messages.list('support@acme.nylas.email', { unread: true, limit: 10 });"),
    sig("webhooks.list", "", "PageFilter", "Webhook", "Every webhook.\n\n@example\nconst { data: webhooks } = await client.webhooks.list();"),
    sig("webhooks.create", "", "webhook: WebhookCreate", "WebhookWithSecret", "Creates a webhook: store its secret now.\n\n@example\nconst { webhookSecret } = await client.webhooks.create({\n  triggerTypes: ['message.created'], webhookUrl: 'https://hooks.acme.com/nylas',\n});"),
    sig("webhooks.get", "id", "", "Webhook", "One webhook.\n\n@example\nconst webhook = await client.webhooks.get(webhookId);"),
    sig("webhooks.update", "id", "patch: WebhookUpdate", "Webhook", "Changes the fields given.\n\n@example\nawait client.webhooks.update(webhookId, { triggerTypes: ['message.created', 'grant.expired'] });"),
    sig("webhooks.delete", "id", "", "void", "Deletes a webhook.\n\n@example\nawait client.webhooks.delete(webhookId);"),
    sig("webhooks.rotateSecret", "id", "", "WebhookWithSecret", "A new secret; the old one stops signing.\n\n@example\nconst { webhookSecret } = await client.webhooks.rotateSecret(webhookId);"),
];
