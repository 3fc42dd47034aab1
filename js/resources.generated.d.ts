// Generated from the Rust types by src/typescript.rs: do not edit (`BLESS=1 cargo test --lib typescript` rewrites it).

// The resources of `AgentAccounts` (js/client.d.ts), one method per entry of `METHODS`.

/** `client.accounts`: the agent accounts (grants of provider `nylas`). */
export interface AccountsResource {
  /** Checks the request locally, looks the address up, makes sure the `nylas` connector exists, then creates the account with the normalised address. An existing account: see `onExisting`. */
  create(request: CreateAccountRequest, options?: CreateOptions): Promise<Account>;
  /** Creates every account, never stopping at a failure; one result per request, in order. One pass over the accounts list (at most a page per 20 requests) first says which addresses exist. */
  createMany(requests: readonly CreateAccountRequest[], options?: CreateManyOptions): Promise<CreateManyResult[]>;
  /** Every agent account of the application. */
  list(filter?: AccountListFilter, options?: CallOptions): ListCall<Account>;
  /** One account, by grant id or email address. */
  get(idOrEmail: string, options?: CallOptions): Promise<Account>;
  /** Changes an account's name, workspace, policy or app password. */
  update(idOrEmail: string, patch: AccountUpdate, options?: CallOptions): Promise<Account>;
  /** A new app password (checked locally first); the account's other settings are kept. */
  resetAppPassword(idOrEmail: string, password: string, options?: CallOptions): Promise<Account>;
  /** Permanent. Refuses a grant whose provider is not `nylas`. */
  delete(idOrEmail: string, options?: CallOptions): Promise<void>;
}

/** `client.connector`: the application's `nylas` connector. */
export interface ConnectorResource {
  /** Whether the `nylas` connector exists, and every agent account. */
  status(options?: CallOptions): Promise<ConnectorStatus>;
  /** The `nylas` connector, created if missing (one request in flight per client; remembered). */
  ensure(options?: CallOptions): Promise<Connector>;
}

/** `client.domains`, Manage Domains: needs `serviceAccount` in the client options. */
export interface DomainsResource {
  /** Every registered domain. */
  list(filter?: PageFilter, options?: CallOptions): ListCall<RegisteredDomain>;
  /** Registers a domain. */
  create(domain: DomainCreate, options?: CallOptions): Promise<RegisteredDomain>;
  /** One domain. */
  get(id: string, options?: CallOptions): Promise<RegisteredDomain>;
  /** Renames a domain. */
  update(id: string, patch: DomainUpdate, options?: CallOptions): Promise<RegisteredDomain>;
  /** Irreversible. */
  delete(id: string, options?: CallOptions): Promise<void>;
  /** The record to publish for one check. */
  info(id: string, type: DomainRecordType, options?: CallOptions): Promise<DomainVerification>;
  /** Runs one check now. */
  verify(id: string, type: DomainRecordType, options?: CallOptions): Promise<DomainVerification>;
  /** Every record type at once. */
  records(id: string, options?: CallOptions): Promise<DomainRecord[]>;
  /** The records as a BIND zone file fragment. */
  zoneFile(id: string, options?: CallOptions): Promise<string>;
  /** What stands between the domain and its first mailbox. */
  doctor(id: string, options?: CallOptions): Promise<DomainDoctor>;
}

/** `client.workspaces`: groups of accounts sharing a policy and rules. */
export interface WorkspacesResource {
  /** Every workspace. */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Workspace>;
  /** Creates a workspace. */
  create(workspace: WorkspaceCreate, options?: CallOptions): Promise<Workspace>;
  /** One workspace. */
  get(id: string, options?: CallOptions): Promise<Workspace>;
  /** Changes a workspace. */
  update(id: string, patch: WorkspaceUpdate, options?: CallOptions): Promise<Workspace>;
  /** Its accounts move to the default workspace. */
  delete(id: string, options?: CallOptions): Promise<void>;
  /** Needs a workspace with `autoGroup: false`. */
  manualAssign(id: string, assignment: ManualAssign, options?: CallOptions): Promise<ManualAssignResult>;
  /** Groups existing accounts into workspaces by domain (a job). */
  autoGroup(request: AutoGroupRequest, options?: CallOptions): Promise<AutoGroupResult>;
}

/** `client.policies`: limits, spam detection and options of inboxes. */
export interface PoliciesResource {
  /** Every policy. */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Policy>;
  /** Creates a policy. */
  create(policy: PolicyCreate, options?: CallOptions): Promise<Policy>;
  /** One policy. */
  get(id: string, options?: CallOptions): Promise<Policy>;
  /** Changes the fields given. */
  update(id: string, patch: PolicyUpdate, options?: CallOptions): Promise<Policy>;
  /** Detaches it from workspaces. */
  delete(id: string, options?: CallOptions): Promise<void>;
}

/** `client.rules`: what happens to inbound and outbound mail. */
export interface RulesResource {
  /** Every rule. */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Rule>;
  /** Creates a rule. */
  create(rule: RuleCreate, options?: CallOptions): Promise<Rule>;
  /** One rule. */
  get(id: string, options?: CallOptions): Promise<Rule>;
  /** Changes the fields given. */
  update(id: string, patch: RuleUpdate, options?: CallOptions): Promise<Rule>;
  /** Removes it from the workspaces' `ruleIds`. */
  delete(id: string, options?: CallOptions): Promise<void>;
  /** How the account's rules were applied to its messages, newest first (account id or email). */
  evaluations(idOrEmail: string, filter?: PageFilter, options?: CallOptions): ListCall<RuleEvaluation>;
}

/** `client.lists.items`: the values of a list. */
export interface ListItemsResource {
  /** The list's items. */
  list(listId: string, filter?: PageFilter, options?: CallOptions): ListCall<ListItem>;
  /** At most 1000 values of at most 500 characters; duplicates are ignored. Resolves with the list. */
  add(listId: string, items: readonly string[], options?: CallOptions): Promise<List>;
  /** Removes values. Resolves with the list. */
  remove(listId: string, items: readonly string[], options?: CallOptions): Promise<List>;
}

/** `client.lists`: domains, TLDs or addresses that rules match with `in_list`. */
export interface ListsResource {
  /** Every list. */
  list(filter?: PageFilter, options?: CallOptions): ListCall<List>;
  /** Creates a list. */
  create(list: ListCreate, options?: CallOptions): Promise<List>;
  /** One list. */
  get(id: string, options?: CallOptions): Promise<List>;
  /** Changes its name or description. */
  update(id: string, patch: ListUpdate, options?: CallOptions): Promise<List>;
  /** Refused while a rule uses the list. */
  delete(id: string, options?: CallOptions): Promise<void>;
  /** `client.lists.items`. */
  items: ListItemsResource;
}

/** `client.messages`: an account's messages. */
export interface MessagesResource {
  /** Newest first. `idOrEmail` is the account's grant id or email address. */
  list(idOrEmail: string, filter?: MessageFilter, options?: CallOptions): ListCall<Message>;
}

/** `client.webhooks`: notifications of the application's events. */
export interface WebhooksResource {
  /** Every webhook. */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Webhook>;
  /** Creates a webhook: store its secret now. */
  create(webhook: WebhookCreate, options?: CallOptions): Promise<WebhookWithSecret>;
  /** One webhook. */
  get(id: string, options?: CallOptions): Promise<Webhook>;
  /** Changes the fields given. */
  update(id: string, patch: WebhookUpdate, options?: CallOptions): Promise<Webhook>;
  /** Deletes a webhook. */
  delete(id: string, options?: CallOptions): Promise<void>;
  /** A new secret; the old one stops signing. */
  rotateSecret(id: string, options?: CallOptions): Promise<WebhookWithSecret>;
}
