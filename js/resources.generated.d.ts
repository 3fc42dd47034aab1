// Generated from the Rust types by src/typescript.rs: do not edit (`BLESS=1 cargo test --lib typescript` rewrites it).

// The resources of `AgentAccounts` (js/client.d.ts), one method per entry of `METHODS`.

/** `client.accounts`: the agent accounts (grants of provider `nylas`). */
export interface AccountsResource {
  /**
   * Checks the request locally, looks the address up, makes sure the `nylas` connector exists, then creates the account with the normalised address. An existing account: see `onExisting`.
   *
   * @example
   * const account = await client.accounts.create(
   *   { email: 'support@acme.nylas.email', name: 'Support', appPassword: generateAppPassword() },
   *   { onExisting: 'skip' },
   * );
   */
  create(request: CreateAccountRequest, options?: CreateOptions): Promise<Account>;
  /**
   * Creates every account, never stopping at a failure; one result per request, in order. One pass over the accounts list (at most a page per 20 requests) first says which addresses exist.
   *
   * @example
   * const results = await client.accounts.createMany(
   *   ['sales', 'ops'].map((name) => ({ email: `${name}@acme.nylas.email`, name })),
   *   { concurrency: 4, onProgress: ({ done, total }) => console.log(`${done}/${total}`) },
   * );
   * results.filter((r) => r.status === 'failed').forEach((r) => console.log(r.email, r.error.code));
   */
  createMany(requests: readonly CreateAccountRequest[], options?: CreateManyOptions): Promise<CreateManyResult[]>;
  /**
   * Every agent account of the application.
   *
   * @example
   * for await (const account of client.accounts.list({ limit: 200 })) console.log(account.email);
   */
  list(filter?: AccountListFilter, options?: CallOptions): ListCall<Account>;
  /**
   * One account, by grant id or email address.
   *
   * @example
   * const account = await client.accounts.get('support@acme.nylas.email');
   */
  get(idOrEmail: string, options?: CallOptions): Promise<Account>;
  /**
   * Changes an account's name, workspace, policy or app password.
   *
   * @example
   * await client.accounts.update('support@acme.nylas.email', { name: 'Support team' });
   * await client.accounts.update('support@acme.nylas.email', { policyId, appPassword: generateAppPassword() });
   */
  update(idOrEmail: string, patch: AccountUpdate, options?: CallOptions): Promise<Account>;
  /**
   * A new app password (checked locally first); the account's other settings are kept.
   *
   * @example
   * await client.accounts.resetAppPassword('support@acme.nylas.email', generateAppPassword());
   */
  resetAppPassword(idOrEmail: string, password: string, options?: CallOptions): Promise<Account>;
  /**
   * Permanent. Refuses a grant whose provider is not `nylas`.
   *
   * @example
   * await client.accounts.delete('support@acme.nylas.email');
   */
  delete(idOrEmail: string, options?: CallOptions): Promise<void>;
}

/** `client.connector`: the application's `nylas` connector. */
export interface ConnectorResource {
  /**
   * Whether the `nylas` connector exists, and every agent account.
   *
   * @example
   * const { accountCount } = await client.connector.status();
   */
  status(options?: CallOptions): Promise<ConnectorStatus>;
  /**
   * The `nylas` connector, created if missing (one request in flight per client; remembered).
   *
   * @example
   * await client.connector.ensure();
   */
  ensure(options?: CallOptions): Promise<Connector>;
}

/** `client.domains`, Manage Domains: needs `serviceAccount` in the client options. */
export interface DomainsResource {
  /**
   * Every registered domain.
   *
   * @example
   * const { data: domains } = await client.domains.list();
   * matchDomain('bot@acme.com', domains);
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<RegisteredDomain>;
  /**
   * Registers a domain.
   *
   * @example
   * const domain = await client.domains.create({ name: 'Acme agents', domainAddress: 'agents.acme.com' });
   */
  create(domain: DomainCreate, options?: CallOptions): Promise<RegisteredDomain>;
  /**
   * One domain.
   *
   * @example
   * const { verifiedMx } = await client.domains.get(domainId);
   */
  get(id: string, options?: CallOptions): Promise<RegisteredDomain>;
  /**
   * Renames a domain.
   *
   * @example
   * await client.domains.update(domainId, { name: 'Acme support agents' });
   */
  update(id: string, patch: DomainUpdate, options?: CallOptions): Promise<RegisteredDomain>;
  /**
   * Irreversible.
   *
   * @example
   * await client.domains.delete(domainId);
   */
  delete(id: string, options?: CallOptions): Promise<void>;
  /**
   * The record to publish for one check.
   *
   * @example
   * const { host, value } = await client.domains.info(domainId, 'mx');
   */
  info(id: string, type: DomainRecordType, options?: CallOptions): Promise<DomainVerification>;
  /**
   * Runs one check now.
   *
   * @example
   * const result = await client.domains.verify(domainId, 'ownership');
   */
  verify(id: string, type: DomainRecordType, options?: CallOptions): Promise<DomainVerification>;
  /**
   * Every record type at once.
   *
   * @example
   * for (const record of await client.domains.records(domainId)) console.log(record.type, record.host, record.value);
   */
  records(id: string, options?: CallOptions): Promise<DomainRecord[]>;
  /**
   * The records as a BIND zone file fragment.
   *
   * @example
   * await writeFile('nylas.zone', await client.domains.zoneFile(domainId));
   */
  zoneFile(id: string, options?: CallOptions): Promise<string>;
  /**
   * What stands between the domain and its first mailbox.
   *
   * @example
   * const report = await client.domains.doctor(domainId);
   */
  doctor(id: string, options?: CallOptions): Promise<DomainDoctor>;
}

/** `client.workspaces`: groups of accounts sharing a policy and rules. */
export interface WorkspacesResource {
  /**
   * Every workspace.
   *
   * @example
   * const { data: workspaces } = await client.workspaces.list();
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Workspace>;
  /**
   * Creates a workspace.
   *
   * @example
   * const workspace = await client.workspaces.create({ name: 'Support', domain: 'acme.nylas.email', policyId });
   */
  create(workspace: WorkspaceCreate, options?: CallOptions): Promise<Workspace>;
  /**
   * One workspace.
   *
   * @example
   * const workspace = await client.workspaces.get(workspaceId);
   */
  get(id: string, options?: CallOptions): Promise<Workspace>;
  /**
   * Changes a workspace.
   *
   * @example
   * await client.workspaces.update(workspaceId, { policyId });
   */
  update(id: string, patch: WorkspaceUpdate, options?: CallOptions): Promise<Workspace>;
  /**
   * Its accounts move to the default workspace.
   *
   * @example
   * await client.workspaces.delete(workspaceId);
   */
  delete(id: string, options?: CallOptions): Promise<void>;
  /**
   * Needs a workspace with `autoGroup: false`.
   *
   * @example
   * await client.workspaces.manualAssign(workspaceId, { assignGrants: [account.id], removeGrants: [] });
   */
  manualAssign(id: string, assignment: ManualAssign, options?: CallOptions): Promise<ManualAssignResult>;
  /**
   * Groups existing accounts into workspaces by domain (a job).
   *
   * @example
   * const result = await client.workspaces.autoGroup({ enabled: true });
   */
  autoGroup(request: AutoGroupRequest, options?: CallOptions): Promise<AutoGroupResult>;
}

/** `client.policies`: limits, spam detection and options of inboxes. */
export interface PoliciesResource {
  /**
   * Every policy.
   *
   * @example
   * const { data: policies } = await client.policies.list();
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Policy>;
  /**
   * Creates a policy.
   *
   * @example
   * const policy = await client.policies.create({ name: 'Strict' });
   */
  create(policy: PolicyCreate, options?: CallOptions): Promise<Policy>;
  /**
   * One policy.
   *
   * @example
   * const policy = await client.policies.get(policyId);
   */
  get(id: string, options?: CallOptions): Promise<Policy>;
  /**
   * Changes the fields given.
   *
   * @example
   * await client.policies.update(policyId, { name: 'Stricter' });
   */
  update(id: string, patch: PolicyUpdate, options?: CallOptions): Promise<Policy>;
  /**
   * Detaches it from workspaces.
   *
   * @example
   * await client.policies.delete(policyId);
   */
  delete(id: string, options?: CallOptions): Promise<void>;
}

/** `client.rules`: what happens to inbound and outbound mail. */
export interface RulesResource {
  /**
   * Every rule.
   *
   * @example
   * const { data: rules } = await client.rules.list();
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Rule>;
  /**
   * Creates a rule.
   *
   * @example
   * const rule = await client.rules.create({
   *   name: 'Block spammers',
   *   trigger: 'inbound',
   *   match: { operator: 'any', conditions: [{ field: 'from.domain', operator: 'is', value: 'spam.example' }] },
   *   actions: [{ type: 'block' }],
   * });
   */
  create(rule: RuleCreate, options?: CallOptions): Promise<Rule>;
  /**
   * One rule.
   *
   * @example
   * const rule = await client.rules.get(ruleId);
   */
  get(id: string, options?: CallOptions): Promise<Rule>;
  /**
   * Changes the fields given.
   *
   * @example
   * await client.rules.update(ruleId, { enabled: false });
   */
  update(id: string, patch: RuleUpdate, options?: CallOptions): Promise<Rule>;
  /**
   * Removes it from the workspaces' `ruleIds`.
   *
   * @example
   * await client.rules.delete(ruleId);
   */
  delete(id: string, options?: CallOptions): Promise<void>;
  /**
   * How the account's rules were applied to its messages, newest first (account id or email).
   *
   * @example
   * for await (const evaluation of client.rules.evaluations('support@acme.nylas.email')) console.log(evaluation);
   */
  evaluations(idOrEmail: string, filter?: PageFilter, options?: CallOptions): ListCall<RuleEvaluation>;
}

/** `client.lists.items`: the values of a list. */
export interface ListItemsResource {
  /**
   * The list's items.
   *
   * @example
   * for await (const item of client.lists.items.list(listId)) console.log(item.value);
   */
  list(listId: string, filter?: PageFilter, options?: CallOptions): ListCall<ListItem>;
  /**
   * At most 1000 values of at most 500 characters; duplicates are ignored. Resolves with the list.
   *
   * @example
   * await client.lists.items.add(listId, ['spam.example', 'junk.example']);
   */
  add(listId: string, items: readonly string[], options?: CallOptions): Promise<List>;
  /**
   * Removes values. Resolves with the list.
   *
   * @example
   * await client.lists.items.remove(listId, ['junk.example']);
   */
  remove(listId: string, items: readonly string[], options?: CallOptions): Promise<List>;
}

/** `client.lists`: domains, TLDs or addresses that rules match with `in_list`. */
export interface ListsResource {
  /**
   * Every list.
   *
   * @example
   * const { data: lists } = await client.lists.list();
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<List>;
  /**
   * Creates a list.
   *
   * @example
   * const list = await client.lists.create({ name: 'Blocked domains', type: 'domain' });
   */
  create(list: ListCreate, options?: CallOptions): Promise<List>;
  /**
   * One list.
   *
   * @example
   * const list = await client.lists.get(listId);
   */
  get(id: string, options?: CallOptions): Promise<List>;
  /**
   * Changes its name or description.
   *
   * @example
   * await client.lists.update(listId, { name: 'Blocked senders' });
   */
  update(id: string, patch: ListUpdate, options?: CallOptions): Promise<List>;
  /**
   * Refused while a rule uses the list.
   *
   * @example
   * await client.lists.delete(listId);
   */
  delete(id: string, options?: CallOptions): Promise<void>;
  /** `client.lists.items`. */
  items: ListItemsResource;
}

/** `client.messages`: an account's messages. */
export interface MessagesResource {
  /**
   * Newest first. `idOrEmail` is the account's grant id or email address.
   *
   * @example
   * const { data: unread } = await client.messages.list('support@acme.nylas.email', { unread: true, limit: 10 });
   */
  list(idOrEmail: string, filter?: MessageFilter, options?: CallOptions): ListCall<Message>;
}

/** `client.webhooks`: notifications of the application's events. */
export interface WebhooksResource {
  /**
   * Every webhook.
   *
   * @example
   * const { data: webhooks } = await client.webhooks.list();
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Webhook>;
  /**
   * Creates a webhook: store its secret now.
   *
   * @example
   * const { webhookSecret } = await client.webhooks.create({
   *   triggerTypes: ['message.created'], webhookUrl: 'https://hooks.acme.com/nylas',
   * });
   */
  create(webhook: WebhookCreate, options?: CallOptions): Promise<WebhookWithSecret>;
  /**
   * One webhook.
   *
   * @example
   * const webhook = await client.webhooks.get(webhookId);
   */
  get(id: string, options?: CallOptions): Promise<Webhook>;
  /**
   * Changes the fields given.
   *
   * @example
   * await client.webhooks.update(webhookId, { triggerTypes: ['message.created', 'grant.expired'] });
   */
  update(id: string, patch: WebhookUpdate, options?: CallOptions): Promise<Webhook>;
  /**
   * Deletes a webhook.
   *
   * @example
   * await client.webhooks.delete(webhookId);
   */
  delete(id: string, options?: CallOptions): Promise<void>;
  /**
   * A new secret; the old one stops signing.
   *
   * @example
   * const { webhookSecret } = await client.webhooks.rotateSecret(webhookId);
   */
  rotateSecret(id: string, options?: CallOptions): Promise<WebhookWithSecret>;
}
