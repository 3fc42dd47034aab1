
// ---------------------------------------------------------------------------------------------------
// The API client (js/client.js). scripts/build.sh appends this file to js/index.d.ts, so the types
// declared there (Domain, CreateAccountRequest, AgentAccountsError, …) are used here by name.
// Results are the API's objects with keys in camelCase (except inside `metadata`). Fields the API may
// omit are optional; fields it sends as null are `| null`.
// ---------------------------------------------------------------------------------------------------

/** A Nylas data region: `https://api.us.nylas.com` or `https://api.eu.nylas.com`. */
export type Region = 'us' | 'eu';

/** The Nylas Service Account credentials JSON, as Nylas issues it (snake_case), for Manage Domains. */
export interface ServiceAccountCredentials {
  /** Sent as `X-Nylas-Kid`. */
  private_key_id: string;
  /** RSA-2048 private key: PEM (PKCS#8 or PKCS#1), or the base64 of that PEM. */
  private_key: string;
  organization_id?: string;
  region?: Region;
  name?: string;
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
  reason: RetryReason;
  /** The HTTP status, when there was a response. */
  status?: number;
}

/** The `code` of an `ApiError`, from the status, the error type and the message Nylas sent. */
export type ApiErrorCode =
  | 'DOMAIN_NOT_REGISTERED' | 'DOMAIN_LIMIT_REACHED' | 'DOMAIN_NOT_VERIFIED' | 'ACCOUNT_LIMIT_REACHED'
  | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INVALID_REQUEST'
  | 'SERVER_ERROR' | 'API_ERROR';

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
  /** Largest computed retry delay, 0–600000 ms; default 30000 (a server's Retry-After may exceed it). */
  retryMaxDelayMs?: number | undefined;
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
  data: T[];
  /** Pass-through cursor of the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * What a list method returns: `await` it for the first page, `for await` it for every item, or walk
 * `.pages()` for every page. Each of the three starts from the first page again.
 */
export interface ListCall<T> extends PromiseLike<Page<T>>, AsyncIterable<T> {
  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2>;
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R>;
  /** Every page in turn, following `nextCursor`. */
  pages(): AsyncIterableIterator<Page<T>>;
  [Symbol.asyncIterator](): AsyncIterableIterator<T>;
}

/** Filters every cursor-paged list takes. */
export interface PageFilter {
  /** Items per page (1–200; the API's default is 50). */
  limit?: number;
}

// --- Accounts ---------------------------------------------------------------------------------------

/** Providers a grant can have; agent accounts are `nylas`. */
export type GrantProvider =
  | 'nylas' | 'google' | 'microsoft' | 'imap' | 'icloud' | 'yahoo' | 'ews' | 'zoom' | 'virtual-calendar';

/** A grant's `settings` as the API echoes them (camelCase); never the app password. */
export interface AccountSettings {
  email?: string;
  /** Legacy beta field. */
  policyId?: string;
  [key: string]: unknown;
}

/** An agent account: a grant with provider `nylas`. */
export interface Account {
  /** The grant id. */
  id: string;
  provider: GrantProvider;
  email?: string;
  name?: string | null;
  grantStatus?: 'valid' | 'invalid';
  scope?: string[];
  settings?: AccountSettings;
  workspaceId?: string | null;
  credentialId?: string | null;
  blocked?: boolean;
  emailAliases?: string[];
  ip?: string;
  userAgent?: string;
  state?: string;
  providerUserId?: string;
  /** Unix seconds. */
  createdAt: number;
  updatedAt?: number;
}

/** `client.accounts.list()` filters (offset paging is the client's business: follow the ListCall). */
export interface AccountListFilter {
  /** Accounts per page, 1–200; default 200. */
  limit?: number;
  /** Start here instead of at the first account. */
  offset?: number;
  email?: string;
  grantStatus?: 'valid' | 'invalid';
  workspaceId?: string;
  ip?: string;
  /** Created at or after (Unix seconds). */
  since?: number;
  /** Created before (Unix seconds). */
  before?: number;
  sortBy?: 'created_at' | 'updated_at';
  orderBy?: 'asc' | 'desc';
}

/** What `client.accounts.update()` can change (at least one). */
export interface AccountUpdate {
  name?: string;
  /** Moves the account to another workspace. */
  workspaceId?: string;
  /** A new app password (checked locally first); the account's other settings are kept. */
  appPassword?: string;
}

export type CreateManyStatus = 'created' | 'existed' | 'failed';

/** One request's outcome in `createMany`, at the request's index. */
export type CreateManyResult =
  | { index: number; email: string; status: 'created' | 'existed'; account: Account; error?: never }
  | { index: number; email: string; status: 'failed'; error: AgentAccountsError; account?: never };

/** Told to `onProgress` after each request of `createMany` settles. */
export interface CreateManyProgress {
  done: number;
  total: number;
  created: number;
  existed: number;
  failed: number;
  /** The request that just settled. */
  last: CreateManyResult;
}

export interface CreateManyOptions extends CallOptions {
  /** Requests in flight at once, 1–64; default 8 (the client's pacing still applies). */
  concurrency?: number;
  /** A throwing hook does not stop the batch. */
  onProgress?: (progress: CreateManyProgress) => void;
}

export interface AccountsResource {
  /** Checks the request locally, makes sure the `nylas` connector exists, then creates the account. */
  create(request: CreateAccountRequest, options?: CallOptions): Promise<Account>;
  /** Creates every account, never stopping at a failure; one result per request, in order. */
  createMany(requests: readonly CreateAccountRequest[], options?: CreateManyOptions): Promise<CreateManyResult[]>;
  list(filter?: AccountListFilter, options?: CallOptions): ListCall<Account>;
  get(idOrEmail: string, options?: CallOptions): Promise<Account>;
  update(idOrEmail: string, patch: AccountUpdate, options?: CallOptions): Promise<Account>;
  resetAppPassword(idOrEmail: string, password: string, options?: CallOptions): Promise<Account>;
  /** Permanent. Refuses a grant whose provider is not `nylas`. */
  delete(idOrEmail: string, options?: CallOptions): Promise<void>;
}

// --- Connector --------------------------------------------------------------------------------------

export interface Connector {
  name?: string;
  provider: string;
  settings?: { policyId?: string; [key: string]: unknown };
  scope?: string[];
  activeCredentialId?: string | null;
}

/** `nylas agent status`, computed client side (there is no server endpoint). */
export interface ConnectorStatus {
  connectorConfigured: boolean;
  connector: Connector | null;
  accountCount: number;
  /** Every agent account, all pages. */
  accounts: Account[];
}

export interface ConnectorResource {
  status(options?: CallOptions): Promise<ConnectorStatus>;
  /** The `nylas` connector, created if missing (one request in flight per client; remembered). */
  ensure(options?: CallOptions): Promise<Connector>;
}

// --- Domains ----------------------------------------------------------------------------------------

/** The DNS checks of a domain, in the order a person publishes them. */
export type DomainRecordType = 'ownership' | 'mx' | 'spf' | 'dkim' | 'feedback';

/** State of a verification attempt. */
export type DomainAttemptStatus = 'done' | 'failed' | 'pending';

/** A domain as the Manage Domains API returns it: a `Domain` with its id and flags present. */
export interface RegisteredDomain extends Domain {
  id: string;
  name: string;
  branded: boolean;
  region: Region;
  verifiedOwnership: boolean;
  verifiedMx: boolean;
  verifiedSpf: boolean;
  verifiedDkim: boolean;
  verifiedFeedback: boolean;
  createdAt: number;
}

export interface DomainCreate {
  name: string;
  /** The DNS name, e.g. `agents.acme.com`, or a trial `<label>.nylas.email`. */
  domainAddress: string;
}

export interface DomainUpdate {
  /** The only mutable field. */
  name: string;
}

/** `domains.info()` / `domains.verify()`: the record to publish for one type and how its check went. */
export interface DomainVerification {
  domainId: string;
  attempt: {
    type: DomainRecordType;
    options: {
      /** Relative to the domain; `@` is the apex. */
      host: string;
      /** DNS record type: `TXT`, `MX`, `CNAME`… */
      type: string;
      value: string;
    };
  };
  status: DomainAttemptStatus;
  message?: string;
  createdAt?: number;
  /** Some values are temporary: fetch them again after this (Unix seconds). */
  expiresAt?: number;
}

/** One record of `domains.records()`: null where the API gave nothing. */
export interface DomainRecord {
  type: DomainRecordType;
  host: string | null;
  /** DNS record type: `TXT`, `MX`, `CNAME`… */
  recordType: string | null;
  value: string | null;
  status: DomainAttemptStatus | null;
  expiresAt: number | null;
}

/** One check of `domains.doctor()`. */
export interface DomainCheck {
  type: DomainRecordType;
  verified: boolean;
  /** Ownership and MX: mailboxes can't be created before both are verified. */
  requiredForMailboxes: boolean;
  /** The record to publish (null for a trial domain, which needs none). */
  record: DomainRecord | null;
  /** What to do; null once verified. */
  fix: string | null;
}

/** What stands between a domain and its first mailbox. */
export interface DomainDoctor {
  domain: RegisteredDomain;
  /** A `*.nylas.email` trial domain: no DNS needed. */
  trial: boolean;
  readyForMailboxes: boolean;
  checks: DomainCheck[];
}

/** Manage Domains: needs `serviceAccount` in the client options. */
export interface DomainsResource {
  list(filter?: PageFilter, options?: CallOptions): ListCall<RegisteredDomain>;
  create(domain: DomainCreate, options?: CallOptions): Promise<RegisteredDomain>;
  get(id: string, options?: CallOptions): Promise<RegisteredDomain>;
  update(id: string, patch: DomainUpdate, options?: CallOptions): Promise<RegisteredDomain>;
  /** Irreversible. */
  delete(id: string, options?: CallOptions): Promise<void>;
  info(id: string, type: DomainRecordType, options?: CallOptions): Promise<DomainVerification>;
  verify(id: string, type: DomainRecordType, options?: CallOptions): Promise<DomainVerification>;
  /** Every record type at once. */
  records(id: string, options?: CallOptions): Promise<DomainRecord[]>;
  /** The records as a BIND zone file fragment. */
  zoneFile(id: string, options?: CallOptions): Promise<string>;
  doctor(id: string, options?: CallOptions): Promise<DomainDoctor>;
}

// --- Workspaces -------------------------------------------------------------------------------------

export interface Workspace {
  /** The id (the API calls it `workspace_id`, not `id`). */
  workspaceId: string;
  applicationId?: string;
  name: string;
  /** The domain it groups (immutable); null for the default workspace. */
  domain?: string | null;
  autoGroup?: boolean;
  /** The application's default workspace (cannot be deleted). */
  default?: boolean;
  policyId?: string | null;
  ruleIds?: string[];
  createdAt?: number;
  updatedAt?: number;
}

export interface WorkspaceCreate {
  name: string;
  domain: string;
  /** Default true: new accounts on `domain` join it. */
  autoGroup?: boolean;
  policyId?: string;
  ruleIds?: string[];
}

export interface WorkspaceUpdate {
  name?: string;
  autoGroup?: boolean;
  /** null detaches the policy. */
  policyId?: string | null;
  ruleIds?: string[];
}

export interface ManualAssign {
  /** Grant ids to move here (at most 500). */
  assignGrants?: string[];
  /** Grant ids to move back to the default workspace (at most 500). */
  removeGrants?: string[];
}

export interface ManualAssignResult {
  applicationId?: string;
  workspaceId: string;
  domain?: string | null;
  grantsAssigned: string[];
  grantsRemoved: string[];
}

export interface AutoGroupRequest {
  /** Only accounts created after this (Unix seconds). */
  afterCreatedAt?: number;
  invalidAlso?: boolean;
  specificDomain?: string;
}

export interface AutoGroupResult {
  jobId: string;
  message?: string;
}

export interface WorkspacesResource {
  list(filter?: PageFilter, options?: CallOptions): ListCall<Workspace>;
  create(workspace: WorkspaceCreate, options?: CallOptions): Promise<Workspace>;
  get(id: string, options?: CallOptions): Promise<Workspace>;
  update(id: string, patch: WorkspaceUpdate, options?: CallOptions): Promise<Workspace>;
  /** Its accounts move to the default workspace. */
  delete(id: string, options?: CallOptions): Promise<void>;
  /** Needs a workspace with `autoGroup: false`. */
  manualAssign(id: string, assignment: ManualAssign, options?: CallOptions): Promise<ManualAssignResult>;
  autoGroup(request: AutoGroupRequest, options?: CallOptions): Promise<AutoGroupResult>;
}

// --- Policies ---------------------------------------------------------------------------------------

/** Sizes in bytes, periods in days; omitted = the plan's maximum; -1 = unlimited where allowed. */
export interface PolicyLimits {
  limitAttachmentSizeLimit?: number;
  limitAttachmentCountLimit?: number;
  /** MIME types. */
  limitAttachmentAllowedTypes?: string[];
  limitSizeTotalMime?: number;
  limitStorageTotal?: number;
  limitCountDailyMessageReceived?: number;
  limitCountDailyEmailSent?: number;
  /** Must exceed `limitSpamRetentionPeriod`. */
  limitInboxRetentionPeriod?: number;
  limitSpamRetentionPeriod?: number;
}

export interface SpamDetection {
  useListDnsbl: boolean;
  useHeaderAnomalyDetection: boolean;
  /** 0.1–5.0, default 1. */
  spamSensitivity: number;
}

export interface Policy {
  id: string;
  name: string;
  applicationId?: string;
  organizationId?: string;
  limits?: PolicyLimits;
  spamDetection?: SpamDetection;
  /** Legacy: evaluation uses the workspace's `ruleIds`. */
  rules?: string[];
  createdAt?: number;
  updatedAt?: number;
}

export interface PolicyCreate {
  name: string;
  limits?: PolicyLimits;
  spamDetection?: Partial<SpamDetection>;
  rules?: string[];
}

/** PUT, partial: only the fields given change (`limits` and `spamDetection` are replaced whole). */
export type PolicyUpdate = Partial<PolicyCreate>;

export interface PoliciesResource {
  list(filter?: PageFilter, options?: CallOptions): ListCall<Policy>;
  create(policy: PolicyCreate, options?: CallOptions): Promise<Policy>;
  get(id: string, options?: CallOptions): Promise<Policy>;
  update(id: string, patch: PolicyUpdate, options?: CallOptions): Promise<Policy>;
  /** Detaches it from workspaces. */
  delete(id: string, options?: CallOptions): Promise<void>;
}

// --- Rules ------------------------------------------------------------------------------------------

export type RuleTrigger = 'inbound' | 'outbound';

/** Inbound rules match `from.*` only. */
export type RuleAddressField =
  | 'from.address' | 'from.domain' | 'from.tld' | 'recipient.address' | 'recipient.domain' | 'recipient.tld';
export type RuleConditionField = RuleAddressField | 'outbound.type';
export type RuleConditionOperator = 'is' | 'is_not' | 'contains' | 'in_list';

/** One condition: `in_list` takes list ids, `outbound.type` takes `compose` or `reply`. */
export type RuleCondition =
  | { field: RuleAddressField; operator: 'is' | 'is_not' | 'contains'; value: string }
  | { field: RuleAddressField; operator: 'in_list'; value: string[] }
  | { field: 'outbound.type'; operator: 'is' | 'is_not'; value: 'compose' | 'reply' };

export type RuleMatchOperator = 'any' | 'all';

export interface RuleMatch {
  /** Default `all`. */
  operator?: RuleMatchOperator;
  /** At least one. */
  conditions: RuleCondition[];
}

export type RuleActionType =
  | 'block' | 'mark_as_spam' | 'assign_to_folder' | 'mark_as_read' | 'mark_as_starred' | 'archive' | 'trash';

/** `block` is terminal: it can't be combined with other actions. */
export type RuleAction =
  | { type: 'assign_to_folder'; /** Folder name or path. */ value: string }
  | { type: Exclude<RuleActionType, 'assign_to_folder'>; value?: string };

export interface Rule {
  id: string;
  name: string;
  description?: string | null;
  /** 0–1000, lower runs first; default 10. */
  priority: number;
  enabled: boolean;
  trigger: RuleTrigger;
  match: RuleMatch;
  actions: RuleAction[];
  applicationId?: string;
  organizationId?: string;
  createdAt?: number;
  updatedAt?: number;
}

export interface RuleCreate {
  name: string;
  description?: string;
  priority?: number;
  enabled?: boolean;
  /** Default `inbound`. */
  trigger?: RuleTrigger;
  match: RuleMatch;
  /** At least one. */
  actions: RuleAction[];
}

/** PUT, partial: only the fields given change. */
export type RuleUpdate = Partial<RuleCreate>;

export interface RulesResource {
  list(filter?: PageFilter, options?: CallOptions): ListCall<Rule>;
  create(rule: RuleCreate, options?: CallOptions): Promise<Rule>;
  get(id: string, options?: CallOptions): Promise<Rule>;
  update(id: string, patch: RuleUpdate, options?: CallOptions): Promise<Rule>;
  /** Removes it from the workspaces' `ruleIds`. */
  delete(id: string, options?: CallOptions): Promise<void>;
}

// --- Lists ------------------------------------------------------------------------------------------

export type ListType = 'domain' | 'tld' | 'address';

/** A list of domains, TLDs or addresses that rules match with `in_list`. */
export interface List {
  id: string;
  name: string;
  description?: string | null;
  /** Immutable. */
  type: ListType;
  itemsCount?: number;
  applicationId?: string;
  organizationId?: string;
  createdAt?: number;
  updatedAt?: number;
}

export interface ListCreate {
  /** 1–256 characters. */
  name: string;
  description?: string;
  type: ListType;
}

/** `type` can't change. */
export interface ListUpdate {
  name?: string;
  description?: string | null;
}

export interface ListItem {
  id: string;
  listId: string;
  /** Lowercased and trimmed. */
  value: string;
  createdAt?: number;
}

export interface ListItemsResource {
  list(listId: string, filter?: PageFilter, options?: CallOptions): ListCall<ListItem>;
  /** At most 1000 values of at most 500 characters; duplicates are ignored. Resolves with the list. */
  add(listId: string, items: readonly string[], options?: CallOptions): Promise<List>;
  remove(listId: string, items: readonly string[], options?: CallOptions): Promise<List>;
}

export interface ListsResource {
  list(filter?: PageFilter, options?: CallOptions): ListCall<List>;
  create(list: ListCreate, options?: CallOptions): Promise<List>;
  get(id: string, options?: CallOptions): Promise<List>;
  update(id: string, patch: ListUpdate, options?: CallOptions): Promise<List>;
  /** Refused while a rule uses the list. */
  delete(id: string, options?: CallOptions): Promise<void>;
  items: ListItemsResource;
}

// --- Messages ---------------------------------------------------------------------------------------

export interface EmailParticipant {
  name?: string;
  email: string;
}

export interface MessageAttachment {
  id: string;
  grantId?: string;
  filename?: string;
  contentType?: string;
  size?: number;
  isInline?: boolean;
  contentDisposition?: string;
}

export interface Message {
  id: string;
  grantId: string;
  object?: 'message';
  threadId?: string;
  subject?: string;
  from?: EmailParticipant[];
  to?: EmailParticipant[];
  cc?: EmailParticipant[];
  bcc?: EmailParticipant[];
  replyTo?: EmailParticipant[];
  /** Unix seconds. */
  date: number;
  unread?: boolean;
  starred?: boolean;
  /** Up to 100 characters of the body. */
  snippet?: string;
  body?: string;
  /** Folder ids. */
  folders?: string[];
  attachments?: MessageAttachment[];
  headers?: Array<{ name: string; value: string }>;
  /** Your own keys, as stored (not converted to camelCase). */
  metadata?: Record<string, unknown>;
  rawMime?: string;
  inReplyTo?: string | null;
}

/** `client.messages.list()` filters; arrays become comma-separated values. */
export interface MessageFilter {
  /** 1–200; default 50. */
  limit?: number;
  anyEmail?: string | readonly string[];
  to?: string;
  from?: string;
  cc?: string;
  bcc?: string;
  /** A folder id (`inbox`, `sent`, …). */
  in?: string;
  unread?: boolean;
  starred?: boolean;
  threadId?: string;
  /** Unix seconds. */
  receivedBefore?: number;
  /** Unix seconds. */
  receivedAfter?: number;
  hasAttachment?: boolean;
  subject?: string;
  /** Nylas full-text syntax. */
  searchQueryNative?: string;
  fields?: 'standard' | 'include_headers' | 'include_basic_headers' | 'include_tracking_options' | 'raw_mime';
  metadataPair?: string;
  select?: string | readonly string[];
}

export interface MessagesResource {
  /** Newest first. `idOrEmail` is the account's grant id or email address. */
  list(idOrEmail: string, filter?: MessageFilter, options?: CallOptions): ListCall<Message>;
}

// --- Webhooks ---------------------------------------------------------------------------------------

export type WebhookTriggerType =
  | 'message.created' | 'message.updated' | 'message.created.truncated' | 'message.updated.truncated'
  | 'message.send_success' | 'message.send_failed' | 'message.bounce_detected'
  | 'message.opened' | 'message.link_clicked' | 'thread.replied'
  | 'message.delivered' | 'message.bounced' | 'message.complaint' | 'message.rejected'
  | 'message.intelligence.order' | 'message.intelligence.tracking'
  | 'grant.created' | 'grant.updated' | 'grant.deleted' | 'grant.expired'
  | 'folder.created' | 'folder.updated' | 'folder.deleted'
  | 'calendar.created' | 'calendar.updated' | 'calendar.deleted'
  | 'event.created' | 'event.updated' | 'event.deleted'
  | 'contact.updated' | 'contact.deleted'
  | 'booking.created' | 'booking.pending' | 'booking.rescheduled' | 'booking.cancelled' | 'booking.reminder';

export type WebhookStatus = 'active' | 'pause' | 'failing' | 'failed';

export interface Webhook {
  id: string;
  description?: string | null;
  triggerTypes: WebhookTriggerType[];
  webhookUrl: string;
  status: WebhookStatus;
  notificationEmailAddresses?: string[];
  compressedDelivery?: boolean;
  statusUpdatedAt?: number;
  createdAt?: number;
  updatedAt?: number;
}

/** Create and rotate-secret are the only answers that show the secret. */
export interface WebhookWithSecret extends Webhook {
  /** HMAC-SHA256 key of `x-nylas-signature`: store it now. */
  webhookSecret: string;
}

export interface WebhookCreate {
  triggerTypes: WebhookTriggerType[];
  /** Must answer `GET ?challenge=…` with the value within 10 s. */
  webhookUrl: string;
  description?: string;
  notificationEmailAddresses?: string[];
  compressedDelivery?: boolean;
}

export interface WebhookUpdate extends Partial<WebhookCreate> {
  status?: 'active' | 'pause';
}

export interface WebhooksResource {
  list(filter?: PageFilter, options?: CallOptions): ListCall<Webhook>;
  create(webhook: WebhookCreate, options?: CallOptions): Promise<WebhookWithSecret>;
  get(id: string, options?: CallOptions): Promise<Webhook>;
  update(id: string, patch: WebhookUpdate, options?: CallOptions): Promise<Webhook>;
  delete(id: string, options?: CallOptions): Promise<void>;
  /** A new secret; the old one stops signing. */
  rotateSecret(id: string, options?: CallOptions): Promise<WebhookWithSecret>;
}

// --- The client -------------------------------------------------------------------------------------

/**
 * The Nylas Agent Accounts API client: pacing, retries (a lost create is reconciled, never duplicated),
 * service-account signing and error mapping. Rejects with `AgentAccountsError` subclasses; an
 * `ApiError`'s `code` is an `ApiErrorCode`.
 */
export class AgentAccounts {
  /** Throws `ValidationError` (code `INVALID_ARGUMENT`) on bad options. */
  constructor(options: AgentAccountsOptions);
  readonly accounts: AccountsResource;
  readonly connector: ConnectorResource;
  readonly domains: DomainsResource;
  readonly workspaces: WorkspacesResource;
  readonly policies: PoliciesResource;
  readonly rules: RulesResource;
  readonly lists: ListsResource;
  readonly messages: MessagesResource;
  readonly webhooks: WebhooksResource;
  /** Never the API key. */
  toJSON(): { client: 'AgentAccounts'; region?: Region; apiUri?: string };
  toString(): string;
}
