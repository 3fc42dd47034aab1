
// ---------------------------------------------------------------------------------------------------
// The API's objects as the client (js/client.js) takes and returns them, one section per resource.
// scripts/build.sh puts this file between js/index.d.ts and js/client.d.ts in pkg/index.d.ts, so types
// declared there (Domain, PageFilter, …) are used here by name. Results are the API's objects with keys
// in camelCase (except inside `metadata`). Fields the API may omit are optional; fields it sends as null
// are `| null`.
// ---------------------------------------------------------------------------------------------------

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
