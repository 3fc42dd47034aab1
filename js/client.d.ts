
// ---------------------------------------------------------------------------------------------------
// The API client (js/client.js): its options, the AgentAccounts class and each resource's methods.
// scripts/build.sh appends this file to js/index.d.ts and js/client-objects.d.ts, so the types declared
// there (Domain, Account, AgentAccountsError, …) are used here by name.
// ---------------------------------------------------------------------------------------------------

/** A Nylas data region: `https://api.us.nylas.com` or `https://api.eu.nylas.com`. */
export type Region = 'us' | 'eu';

/** The Nylas Service Account credentials JSON, as Nylas issues it (snake_case), for Manage Domains. */
export interface ServiceAccountCredentials {
  /** Sent as `X-Nylas-Kid`. */
  private_key_id: string;
  /** RSA-2048 private key: PEM (PKCS#8 or PKCS#1), or the base64 of that PEM. */
  private_key: string;
  /** Your Nylas organization. */
  organization_id?: string;
  /** The region the credentials were issued for. */
  region?: Region;
  /** A label of the credentials. */
  name?: string;
  /** Always `service_account`. */
  type?: 'service_account';
}

/** Why a request is about to be retried: the code of the error the attempt ended with. */
export type RetryReason = 'RATE_LIMITED' | 'SERVER_ERROR' | 'NETWORK_ERROR' | 'TIMEOUT';

/** Told to `onRetry` before each retry's delay. */
export interface RetryEvent {
  /** 1 for the first retry. */
  attempt: number;
  /** How long the client waits before sending again. */
  delayMs: number;
  /** `METHOD /path` of the request (no query string, no body). */
  request: string;
  /** Why the attempt failed. */
  reason: RetryReason;
  /** The HTTP status, when there was a response. */
  status?: number;
}

/** Options of `new AgentAccounts(options)`; every one is checked at construction. */
export interface AgentAccountsOptions {
  /** The Nylas API key (`Authorization: Bearer …`). Server side only; optional when `apiUri` is a proxy that adds it. */
  apiKey?: string | undefined;
  /** Default `'us'`. Ignored when `apiUri` is given. */
  region?: Region | undefined;
  /** An https URL (plain http only for loopback: the emulator, a local proxy). */
  apiUri?: string | undefined;
  /** Credentials for `client.domains` (Manage Domains needs service-account signatures). */
  serviceAccount?: ServiceAccountCredentials | undefined;
  /** Per-request timeout, 1–600000 ms; default 90000. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt, 0–10; default 3. */
  maxRetries?: number | undefined;
  /** Client-side pacing, above 0 and at most 10000; default 40. */
  requestsPerSecond?: number | undefined;
  /** First retry delay (doubles each retry), 0–60000 ms; default 500. */
  retryBaseDelayMs?: number | undefined;
  /** Largest retry delay, 0–600000 ms; default 30000. A server's Retry-After is capped by it too. */
  retryMaxDelayMs?: number | undefined;
  /**
   * Largest response body read, 1024 bytes to 1 GiB; default 16 MiB. Past it the call fails with
   * `RESPONSE_TOO_LARGE` (raise it for pages of messages with large bodies).
   */
  maxResponseBytes?: number | undefined;
  /** The fetch to send requests with; default the global one. */
  fetch?: typeof fetch | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
  /** Called before each retry; a throwing hook does not break the request. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call (and its retries); it then rejects with an `AbortError`. */
  signal?: AbortSignal | undefined;
}

/** One page of a list. */
export interface Page<T> {
  /** The items of the page. */
  data: T[];
  /** Pass-through cursor of the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * What a list method returns: `await` it for the first page, `for await` it for every item, or walk
 * `.pages()` for every page. Each of the three starts from the first page again.
 */
export interface ListCall<T> extends PromiseLike<Page<T>>, AsyncIterable<T> {
  /**
   * Resolves with the first page (`await client.accounts.list()`).
   *
   * @example
   * const { data, nextCursor } = await client.accounts.list({ limit: 50 });
   */
  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2>;
  /**
   * Like `Promise.prototype.catch`, on the first page.
   *
   * @example
   * const page = await client.accounts.list().catch(() => ({ data: [], nextCursor: null }));
   */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R>;
  /**
   * Every page in turn, following `nextCursor`.
   *
   * @example
   * for await (const page of client.accounts.list({ limit: 200 }).pages()) console.log(page.data.length);
   */
  pages(): AsyncIterableIterator<Page<T>>;
  /**
   * Every item of every page in turn.
   *
   * @example
   * for await (const account of client.accounts.list()) console.log(account.email);
   */
  [Symbol.asyncIterator](): AsyncIterableIterator<T>;
}

/** Filters every cursor-paged list takes. */
export interface PageFilter {
  /** Items per page (1–200; the API's default is 50). */
  limit?: number;
}

/**
 * A request's outcome in `createMany`: `created`, `existed` (left unchanged), `updated` (`onExisting: 'update'`) or `failed`.
 */
export type CreateManyStatus = 'created' | 'existed' | 'updated' | 'failed';

/**
 * What a create does when the address already has an account. Nothing existing is changed unless asked:
 * `'error'` refuses with a `ValidationError` of code `ACCOUNT_EXISTS` (the default of `create`), `'skip'`
 * returns the account unchanged (the default of `createMany`: a re-run import is a no-op), `'update'`
 * applies the request's name, app password, workspace and policy to it. A grant of another provider with
 * the address is always refused.
 */
export type OnExisting = 'error' | 'skip' | 'update';

/** Options of `client.accounts.create`. */
export interface CreateOptions extends CallOptions {
  /** Default `'error'`. */
  onExisting?: OnExisting;
}

/** One request's outcome in `createMany`, at the request's index. */
export type CreateManyResult =
  | {
      /** The request's index in the batch. */
      index: number;
      /** The request's address, normalised. */
      email: string;
      /** The account was created, existed (left unchanged) or was updated. */
      status: 'created' | 'existed' | 'updated';
      /** The account. */
      account: Account;
      /** Absent on success. */
      error?: never;
    }
  | {
      /** The request's index in the batch. */
      index: number;
      /** The request's address, as given. */
      email: string;
      /** The request failed; the others went on. */
      status: 'failed';
      /** Why, with its code (a `ValidationError` for what the local checks refused). */
      error: AgentAccountsError;
      /** Absent on failure. */
      account?: never;
    };

/** Told to `onProgress` after each request of `createMany` settles. */
export interface CreateManyProgress {
  /** Requests settled so far. */
  done: number;
  /** Requests in the batch. */
  total: number;
  /** Accounts created so far. */
  created: number;
  /** Requests whose address already had an account, left unchanged. */
  existed: number;
  /** Existing accounts changed (`onExisting: 'update'`). */
  updated: number;
  /** Requests that failed. */
  failed: number;
  /** The request that just settled. */
  last: CreateManyResult;
}

/** Options of `client.accounts.createMany`. */
export interface CreateManyOptions extends CallOptions {
  /** Requests in flight at once, 1–64; default 8 (the client's pacing still applies). */
  concurrency?: number;
  /** A throwing hook does not stop the batch. */
  onProgress?: (progress: CreateManyProgress) => void;
  /** Default `'skip'`: existing accounts are reported `existed` and left unchanged. */
  onExisting?: OnExisting;
}

// --- Resources: the methods of client.accounts, client.domains and the rest -------------------------

/** `client.accounts`: agent accounts (Nylas grants of the `nylas` provider). */
export interface AccountsResource {
  /**
   * Checks the request locally, looks the address up, makes sure the `nylas` connector exists, then
   * creates the account with the normalised address. An existing account: see `onExisting`.
   *
   * @example
   * const account = await client.accounts.create(
   *   { email: 'support@acme.nylas.email', name: 'Support', appPassword: generateAppPassword() },
   *   { onExisting: 'skip' },
   * );
   */
  create(request: CreateAccountRequest, options?: CreateOptions): Promise<Account>;
  /**
   * Creates every account, never stopping at a failure; one result per request, in order. One pass over
   * the accounts list (at most a page per 20 requests) first says which addresses exist.
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
   * Agent accounts, optionally filtered; `await` for a page, `for await` for all.
   *
   * @example
   * for await (const account of client.accounts.list({ limit: 200 })) console.log(account.email);
   */
  list(filter?: AccountListFilter, options?: CallOptions): ListCall<Account>;
  /**
   * One account, by its grant id or its email address. A missing one rejects with `ApiError` `NOT_FOUND`.
   *
   * @example
   * const account = await client.accounts.get('support@acme.nylas.email');
   */
  get(idOrEmail: string, options?: CallOptions): Promise<Account>;
  /**
   * Changes the name, workspace, policy or app password. Nylas replaces `settings` whole, so a policy change must say what becomes of the app password (a new one, or `null` to end IMAP/SMTP access).
   *
   * @example
   * await client.accounts.update('support@acme.nylas.email', { name: 'Support team' });
   * await client.accounts.update('support@acme.nylas.email', { policyId, appPassword: generateAppPassword() });
   */
  update(idOrEmail: string, patch: AccountUpdate, options?: CallOptions): Promise<Account>;
  /**
   * Sets a new app password (checked locally first; never echoed in an error).
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

/**
 * `client.connector`: the `nylas` connector every agent account needs (created by `accounts.create` when missing).
 */
export interface ConnectorResource {
  /**
   * Whether the connector exists and how many agent accounts there are, like `nylas agent status`.
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

/** Manage Domains: needs `serviceAccount` in the client options. */
export interface DomainsResource {
  /**
   * The domains registered with the organization.
   *
   * @example
   * const { data: domains } = await client.domains.list();
   * matchDomain('bot@acme.com', domains);
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<RegisteredDomain>;
  /**
   * Registers a domain; then publish its records (`records`, `zoneFile`) and `verify` them.
   *
   * @example
   * const domain = await client.domains.create({ name: 'Acme agents', domainAddress: 'agents.acme.com' });
   */
  create(domain: DomainCreate, options?: CallOptions): Promise<RegisteredDomain>;
  /**
   * One domain, with its verification flags.
   *
   * @example
   * const { verifiedMx } = await client.domains.get(domainId);
   */
  get(id: string, options?: CallOptions): Promise<RegisteredDomain>;
  /**
   * Renames a domain (its address can't change).
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
   * The record Nylas expects for one check (`ownership`, `mx`, `spf`, `dkim` or `feedback`).
   *
   * @example
   * const { attempt } = await client.domains.info(domainId, 'mx');
console.log(attempt.options.host, attempt.options.type);
   */
  info(id: string, type: DomainRecordType, options?: CallOptions): Promise<DomainVerification>;
  /**
   * Asks Nylas to check one record now.
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
   * What stands between the domain and sending and receiving mail, and what to do about it.
   *
   * @example
   * const report = await client.domains.doctor(domainId);
   */
  doctor(id: string, options?: CallOptions): Promise<DomainDoctor>;
}

/** `client.workspaces`: groups of accounts sharing a policy and rules. */
export interface WorkspacesResource {
  /**
   * The workspaces.
   *
   * @example
   * const { data: workspaces } = await client.workspaces.list();
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Workspace>;
  /**
   * Creates a workspace: with `domain`, accounts on it join by themselves; without, by `manualAssign` only.
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
   * Changes a workspace's name, policy or rules.
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
   * Moves accounts into (or out of) the workspace.
   *
   * @example
   * await client.workspaces.manualAssign(workspaceId, { assignGrants: [account.id], removeGrants: [] });
   */
  manualAssign(id: string, assignment: ManualAssign, options?: CallOptions): Promise<ManualAssignResult>;
  /**
   * Groups accounts into workspaces by their domain.
   *
   * @example
   * const { jobId } = await client.workspaces.autoGroup({ specificDomain: 'acme.nylas.email' });
   */
  autoGroup(request: AutoGroupRequest, options?: CallOptions): Promise<AutoGroupResult>;
}

/** `client.policies`: limits, spam detection and options applied to the accounts of a workspace. */
export interface PoliciesResource {
  /**
   * The policies.
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
   * Changes a policy.
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

/** `client.rules`: conditions on inbound mail and the actions taken (block, move, …). */
export interface RulesResource {
  /**
   * The rules.
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
   * Changes a rule.
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
   * The values of a list.
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
   * Removes values; resolves with the list.
   *
   * @example
   * await client.lists.items.remove(listId, ['junk.example']);
   */
  remove(listId: string, items: readonly string[], options?: CallOptions): Promise<List>;
}

/** `client.lists`: named lists of domains, addresses or keywords that rules refer to. */
export interface ListsResource {
  /**
   * The lists.
   *
   * @example
   * const { data: lists } = await client.lists.list();
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<List>;
  /**
   * Creates a list of one `type` of values.
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
   * Renames a list or changes its description.
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
  /** The values of each list. */
  items: ListItemsResource;
}

/** `client.messages`: an account's mailbox. */
export interface MessagesResource {
  /**
   * Newest first. `idOrEmail` is the account's grant id or email address.
   *
   * @example
   * const { data: unread } = await client.messages.list('support@acme.nylas.email', { unread: true, limit: 10 });
   */
  list(idOrEmail: string, filter?: MessageFilter, options?: CallOptions): ListCall<Message>;
}

/** `client.webhooks`: where Nylas posts notifications (`message.created`, `grant.expired`, …). */
export interface WebhooksResource {
  /**
   * The webhooks.
   *
   * @example
   * const { data: webhooks } = await client.webhooks.list();
   */
  list(filter?: PageFilter, options?: CallOptions): ListCall<Webhook>;
  /**
   * Creates a webhook; the answer carries its `webhookSecret` once: keep it to verify deliveries.
   *
   * @example
   * const { webhookSecret } = await client.webhooks.create({
   *   triggerTypes: ['message.created'], webhookUrl: 'https://hooks.acme.com/nylas',
   * });
   */
  create(webhook: WebhookCreate, options?: CallOptions): Promise<WebhookWithSecret>;
  /**
   * One webhook (without its secret).
   *
   * @example
   * const webhook = await client.webhooks.get(webhookId);
   */
  get(id: string, options?: CallOptions): Promise<Webhook>;
  /**
   * Changes a webhook's triggers, URL or status.
   *
   * @example
   * await client.webhooks.update(webhookId, { triggerTypes: ['message.created', 'grant.expired'] });
   */
  update(id: string, patch: WebhookUpdate, options?: CallOptions): Promise<Webhook>;
  /**
   * Deletes a webhook: Nylas stops posting to it.
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

// --- The client -------------------------------------------------------------------------------------

/**
 * The Nylas Agent Accounts API client: pacing, retries (a lost create is reconciled, never duplicated),
 * service-account signing and error mapping. Rejects with `AgentAccountsError` subclasses; an
 * `ApiError`'s `code` is an `ApiErrorCode`.
 *
 * @example
 * const client = new AgentAccounts({ apiKey: process.env.NYLAS_API_KEY, region: 'eu' });
 * const account = await client.accounts.create({ email: 'support@acme.nylas.email' });
 */
export class AgentAccounts {
  /**
   * Throws `ValidationError` (code `INVALID_ARGUMENT`) on bad options.
   *
   * @example
   * new AgentAccounts({ apiKey: process.env.NYLAS_API_KEY });                     // Nylas, US region
   * new AgentAccounts({ apiUri: new URL('/api/nylas', location.href).href });    // a page, through its server
   * new AgentAccounts({ apiUri: emulator.url, apiKey: emulator.apiKey, fetch: emulator.fetch }); // tests
   */
  constructor(options: AgentAccountsOptions);
  /** Agent accounts: create (one or many), list, get, update, reset the app password, delete. */
  readonly accounts: AccountsResource;
  /** The `nylas` connector. */
  readonly connector: ConnectorResource;
  /** Manage Domains (needs `serviceAccount`): register, DNS records, verify. */
  readonly domains: DomainsResource;
  /** Workspaces. */
  readonly workspaces: WorkspacesResource;
  /** Policies. */
  readonly policies: PoliciesResource;
  /** Rules and their evaluations. */
  readonly rules: RulesResource;
  /** Lists and their items. */
  readonly lists: ListsResource;
  /** An account's messages. */
  readonly messages: MessagesResource;
  /** Webhooks. */
  readonly webhooks: WebhooksResource;
  /**
   * Never the API key.
   *
   * @example
   * JSON.stringify(client); // '{"client":"AgentAccounts","region":"us"}'
   */
  toJSON(): {
    /** Always `AgentAccounts`. */
    client: 'AgentAccounts';
    /** The region, when no `apiUri` was given. */
    region?: Region;
    /** The API's base URL, when one was given. */
    apiUri?: string;
  };
  /**
   * A description without the API key, e.g. `AgentAccounts(https://api.us.nylas.com)`.
   *
   * @example
   * String(client); // never shows the key
   */
  toString(): string;
}
