// Generated from the Rust types by src/typescript.rs: do not edit (`BLESS=1 cargo test --lib typescript` rewrites it).

// The API's objects as the client takes and returns them (keys camelCase, except inside `metadata`).

/** Providers a grant can have; agent accounts are `nylas`. */
export type GrantProvider = 'nylas' | 'google' | 'microsoft' | 'imap' | 'icloud' | 'yahoo' | 'ews' | 'zoom' | 'virtual-calendar';

/** What `accounts.update` changes. Nylas replaces an account's settings as a whole and can't send its app password back, so a `policyId` change must come with `appPassword`: a new one keeps IMAP/SMTP access, `null` ends it (leaving it out is refused). */
export type AccountUpdate = {
  /** The account's display name. */
  name?: string;
  /** Moves the account to another workspace. */
  workspaceId?: string;
} & (
  | {
      /** A new app password (checked locally first), or null to end IMAP/SMTP access; other settings are kept. */
      appPassword?: string | null;
      /** Only with `appPassword`. */
      policyId?: never;
    }
  | {
      /** The legacy `settings.policy_id` (a UUID), or null to detach it. */
      policyId: string | null;
      /** Required with `policyId`: a new app password, or null to end IMAP/SMTP access. */
      appPassword: string | null;
    }
);

/** The DNS checks of a domain, in the order a person publishes them. */
export type DomainRecordType = 'ownership' | 'mx' | 'spf' | 'dkim' | 'feedback';

/** State of a verification attempt. */
export type DomainAttemptStatus = 'done' | 'failed' | 'pending';

/** With a domain, new accounts on it join the workspace unless `autoGroup` is false. Without one, the workspace takes accounts by `manualAssign` only (`autoGroup` must then be false, its default) and reports `domain: ""`. */
export type WorkspaceCreate = {
  /** The workspace's name. */
  name: string;
  /** The policy its accounts use. */
  policyId?: string;
  /** The rules applied, in order. */
  ruleIds?: string[];
} & (
  | {
      /** The domain it groups (immutable). */
      domain: string;
      /** Default true. */
      autoGroup?: boolean;
    }
  | {
      /** No domain: accounts join by `manualAssign`. */
      domain?: undefined;
      /** Must be false. */
      autoGroup?: false;
    }
);

/** PUT, partial: only the fields given change (`options`, `limits` and `spamDetection` are replaced whole). */
export type PolicyUpdate = Partial<PolicyCreate>;

/** Which mail a rule applies to. */
export type RuleTrigger = 'inbound' | 'outbound';

/** Inbound rules match `from.*` only. */
export type RuleAddressField = 'from.address' | 'from.domain' | 'from.tld' | 'recipient.address' | 'recipient.domain' | 'recipient.tld';

/** What a condition looks at. */
export type RuleConditionField = RuleAddressField | 'outbound.type';

/** How a condition compares. */
export type RuleConditionOperator = 'is' | 'is_not' | 'contains' | 'in_list';

/** One condition: `in_list` takes list ids, `outbound.type` takes `compose` or `reply`. */
export type RuleCondition =
  | {
      /** The address, domain or TLD of the sender or a recipient. */
      field: RuleAddressField;
      /** How it is compared. */
      operator: 'is' | 'is_not' | 'contains';
      /** What it is compared with. */
      value: string;
    }
  | {
      /** The address, domain or TLD of the sender or a recipient. */
      field: RuleAddressField;
      /** Whether it is in one of the lists. */
      operator: 'in_list';
      /** List ids. */
      value: string[];
    }
  | {
      /** Outbound rules: what kind of message is sent. */
      field: 'outbound.type';
      /** How it is compared. */
      operator: 'is' | 'is_not';
      /** A new message or a reply. */
      value: 'compose' | 'reply';
    };

/** Whether any or all conditions must hold. */
export type RuleMatchOperator = 'any' | 'all';

/** What a rule can do to a message. */
export type RuleActionType = 'block' | 'mark_as_spam' | 'assign_to_folder' | 'mark_as_read' | 'mark_as_starred' | 'archive' | 'trash';

/** `block` is terminal: it can't be combined with other actions. */
export type RuleAction =
  | {
      /** Moves the message to a folder. */
      type: 'assign_to_folder';
      /** Folder name or path. */
      value: string;
    }
  | {
      /** What is done to the message. */
      type: Exclude<RuleActionType, 'assign_to_folder'>;
      /** Unused. */
      value?: string;
    };

/** PUT, partial: only the fields given change. */
export type RuleUpdate = Partial<RuleCreate>;

/** Where in mail processing an evaluation happened. */
export type RuleEvaluationStage = 'smtp_rcpt' | 'inbox_processing' | 'outbound_send';

/** What a list holds. */
export type ListType = 'domain' | 'tld' | 'address';

/** The triggers a webhook can be created for. */
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

/** A webhook's state. */
export type WebhookStatus = 'active' | 'pause' | 'failing' | 'failed';

/** What `createMany` did with one request. */
export type CreateManyStatus = 'created' | 'existed' | 'updated' | 'failed';

/** A Nylas data region: `https://api.us.nylas.com` or `https://api.eu.nylas.com`. */
export type Region =
  | 'us' | 'eu';

/** Why a request is about to be retried: the code of the error the attempt ended with. */
export type RetryReason =
  | 'NETWORK_ERROR' | 'TIMEOUT' | 'RATE_LIMITED' | 'SERVER_ERROR';

/** Filters every cursor-paged list takes. */
export interface PageFilter {
  /** Items per page (1–200; the API's default is 50). */
  limit?: number;
}

/**
 * The Nylas Service Account credentials JSON, as Nylas issues it (snake_case), for Manage Domains; unknown
 * fields are ignored.
 */
export interface ServiceAccountCredentials {
  /**
   * Sent as `X-Nylas-Kid`.
   */
  private_key_id: string;
  /**
   * RSA-2048 private key: PEM (PKCS#8 or PKCS#1), or the base64 of that PEM.
   */
  private_key: string;
  /**
   * Your Nylas organization.
   */
  organization_id?: string;
  /**
   * The region the credentials were issued for.
   */
  region?: Region;
  /**
   * A label of the credentials.
   */
  name?: string;
  /**
   * Always `service_account`.
   */
  type?: 'service_account';
}

/**
 * A retry about to happen, for the caller's `onRetry` hook.
 */
export interface RetryEvent {
  /**
   * 1 for the first retry.
   */
  attempt: number;
  /**
   * How long the client waits before it, in milliseconds.
   */
  delayMs: number;
  /**
   * `METHOD /path` of the request (no query string, no body).
   */
  request: string;
  /**
   * Why: the code of the error the attempt ended with.
   */
  reason: RetryReason;
  /**
   * The HTTP status, when there was a response.
   */
  status?: number;
}

/**
 * A grant's `settings` as the API echoes them (camelCase); never the app password.
 */
export interface AccountSettings {
  /**
   * The email address.
   */
  email?: string;
  /**
   * Legacy beta field.
   */
  policyId?: string;
  /** Other keys the API sends. */
  [key: string]: unknown;
}

/**
 * An agent account: a grant with provider `nylas`.
 */
export interface Account {
  /**
   * The grant id.
   */
  id: string;
  /**
   * The provider.
   */
  provider: GrantProvider;
  /**
   * The email address.
   */
  email?: string;
  /**
   * The name.
   */
  name?: string | null;
  /**
   * `invalid` when the account must be re-authenticated.
   */
  grantStatus?: 'valid' | 'invalid';
  /**
   * The granted scopes.
   */
  scope?: Array<string>;
  /**
   * Its settings.
   */
  settings?: AccountSettings;
  /**
   * The workspace it belongs to.
   */
  workspaceId?: string | null;
  /**
   * The connector credential used.
   */
  credentialId?: string | null;
  /**
   * Whether it is blocked.
   */
  blocked?: boolean;
  /**
   * Other addresses of the account.
   */
  emailAliases?: Array<string>;
  /**
   * The IP address it was created from.
   */
  ip?: string;
  /**
   * The user agent it was created with.
   */
  userAgent?: string;
  /**
   * The OAuth state it was created with.
   */
  state?: string;
  /**
   * The provider's id of the user.
   */
  providerUserId?: string;
  /**
   * Unix seconds.
   */
  createdAt: number;
  /**
   * Unix seconds.
   */
  updatedAt?: number;
}

/**
 * `client.accounts.list()` filters (offset paging is the client's business: follow the ListCall).
 */
export interface AccountListFilter {
  /**
   * Accounts per page, 1–200; default 200.
   */
  limit?: number;
  /**
   * Start here instead of at the first account.
   */
  offset?: number;
  /**
   * The email address.
   */
  email?: string;
  /**
   * `invalid` when the account must be re-authenticated.
   */
  grantStatus?: 'valid' | 'invalid';
  /**
   * The workspace it belongs to.
   */
  workspaceId?: string;
  /**
   * The IP address it was created from.
   */
  ip?: string;
  /**
   * Created at or after (Unix seconds).
   */
  since?: number;
  /**
   * Created before (Unix seconds).
   */
  before?: number;
  /**
   * The order's key.
   */
  sortBy?: 'created_at' | 'updated_at';
  /**
   * Ascending or descending.
   */
  orderBy?: 'asc' | 'desc';
}

/**
 * The application's `nylas` connector (Nylas calls it an integration).
 */
export interface Connector {
  /**
   * The name.
   */
  name?: string;
  /**
   * The provider.
   */
  provider: string;
  /**
   * Its settings.
   */
  settings?: {
      /** Legacy: the policy of accounts created through the connector. */
      policyId?: string;
      [key: string]: unknown;
    };
  /**
   * The granted scopes.
   */
  scope?: Array<string>;
  /**
   * The connector credential in use.
   */
  activeCredentialId?: string | null;
}

/**
 * `nylas agent status`, computed client side (there is no server endpoint).
 */
export interface ConnectorStatus {
  /**
   * Whether the `nylas` connector exists.
   */
  connectorConfigured: boolean;
  /**
   * The connector, or null.
   */
  connector: Connector | null;
  /**
   * How many accounts there are.
   */
  accountCount: number;
  /**
   * Every agent account, all pages.
   */
  accounts: Array<Account>;
}

/**
 * A domain as `client.domains.list()` returns it (the snake_case wire form is accepted too).
 */
export interface Domain {
  /**
   * Nylas's id of the domain.
   */
  id?: string;
  /**
   * Its display name.
   */
  name?: string;
  /**
   * The domain itself, e.g. `acme.com` or `acme.nylas.email`.
   */
  domainAddress: string;
  /**
   * The Nylas organization that owns it.
   */
  organizationId?: string;
  /**
   * Whether it is branded (sends under your brand).
   */
  branded?: boolean;
  /**
   * The data region it lives in.
   */
  region?: Region;
  /**
   * Whether the ownership (TXT) record is verified. A custom domain needs it to match.
   */
  verifiedOwnership?: boolean;
  /**
   * Whether the MX record is verified. A custom domain needs it to receive mail and to match.
   */
  verifiedMx?: boolean;
  /**
   * Whether the SPF record is verified.
   */
  verifiedSpf?: boolean;
  /**
   * Whether the DKIM record is verified.
   */
  verifiedDkim?: boolean;
  /**
   * Whether the feedback (bounce) record is verified.
   */
  verifiedFeedback?: boolean;
  /**
   * Whether the DMARC record is verified.
   */
  verifiedDmarc?: boolean;
  /**
   * Whether the ARC record is verified.
   */
  verifiedArc?: boolean;
  /**
   * Unix seconds.
   */
  createdAt?: number;
  /**
   * Unix seconds.
   */
  updatedAt?: number;
}

/**
 * A domain as the Manage Domains API returns it: a `Domain` with its id and flags present.
 */
export interface RegisteredDomain extends Domain {
  /**
   * The id.
   */
  id: string;
  /**
   * The name.
   */
  name: string;
  /**
   * Whether it is a branded domain.
   */
  branded: boolean;
  /**
   * The data region.
   */
  region: Region;
  /**
   * The ownership record is verified.
   */
  verifiedOwnership: boolean;
  /**
   * The MX record is verified.
   */
  verifiedMx: boolean;
  /**
   * The SPF record is verified.
   */
  verifiedSpf: boolean;
  /**
   * The DKIM record is verified.
   */
  verifiedDkim: boolean;
  /**
   * The feedback record is verified.
   */
  verifiedFeedback: boolean;
  /**
   * Unix seconds.
   */
  createdAt: number;
}

/**
 * What `domains.create` registers.
 */
export interface DomainCreate {
  /**
   * The name.
   */
  name: string;
  /**
   * The DNS name, e.g. `agents.acme.com`, or a trial `<label>.nylas.email`.
   */
  domainAddress: string;
}

/**
 * What `domains.update` changes.
 */
export interface DomainUpdate {
  /**
   * The only mutable field.
   */
  name: string;
}

/**
 * The record of a verification attempt.
 */
export interface DomainAttempt {
  /**
   * The check.
   */
  type: DomainRecordType;
  /**
   * The record to publish.
   */
  options: DomainRecordOptions;
}

/**
 * One DNS record to publish.
 */
export interface DomainRecordOptions {
  /**
   * Relative to the domain; `@` is the apex.
   */
  host: string;
  /**
   * DNS record type: `TXT`, `MX`, `CNAME`…
   */
  type: string;
  /**
   * The record's value.
   */
  value: string;
}

/**
 * `domains.info()` / `domains.verify()`: the record to publish for one type and how its check went.
 */
export interface DomainVerification {
  /**
   * The domain.
   */
  domainId: string;
  /**
   * The record asked for.
   */
  attempt: DomainAttempt;
  /**
   * Its state.
   */
  status: DomainAttemptStatus;
  /**
   * What happened.
   */
  message?: string;
  /**
   * Unix seconds.
   */
  createdAt?: number;
  /**
   * Some values are temporary: fetch them again after this (Unix seconds).
   */
  expiresAt?: number;
}

/**
 * One record of `domains.records()`: null where the API gave nothing.
 */
export interface DomainRecord {
  /**
   * Its type.
   */
  type: DomainRecordType;
  /**
   * Relative to the domain; `@` is the apex.
   */
  host: string | null;
  /**
   * DNS record type: `TXT`, `MX`, `CNAME`…
   */
  recordType: string | null;
  /**
   * The value.
   */
  value: string | null;
  /**
   * Its state.
   */
  status: DomainAttemptStatus | null;
  /**
   * Unix seconds.
   */
  expiresAt: number | null;
}

/**
 * One check of `domains.doctor()`.
 */
export interface DomainCheck {
  /**
   * Its type.
   */
  type: DomainRecordType;
  /**
   * Whether the check passed.
   */
  verified: boolean;
  /**
   * Ownership and MX: mailboxes can't be created before both are verified.
   */
  requiredForMailboxes: boolean;
  /**
   * The record to publish (null for a trial domain, which needs none).
   */
  record: DomainRecord | null;
  /**
   * What to do; null once verified.
   */
  fix: string | null;
}

/**
 * What stands between a domain and its first mailbox.
 */
export interface DomainDoctor {
  /**
   * Its domain.
   */
  domain: RegisteredDomain;
  /**
   * A `*.nylas.email` trial domain: no DNS needed.
   */
  trial: boolean;
  /**
   * Whether mailboxes can be created now.
   */
  readyForMailboxes: boolean;
  /**
   * One per record type.
   */
  checks: Array<DomainCheck>;
}

/**
 * A workspace: accounts grouped by domain or by hand, sharing a policy and rules.
 */
export interface Workspace {
  /**
   * The id (the API calls it `workspace_id`, not `id`).
   */
  workspaceId: string;
  /**
   * The Nylas application it belongs to.
   */
  applicationId?: string;
  /**
   * The name.
   */
  name: string;
  /**
   * The domain it groups (immutable); `""` when created without one; null for the default workspace.
   */
  domain?: string | null;
  /**
   * Whether accounts on its domain join it by themselves.
   */
  autoGroup?: boolean;
  /**
   * The application's default workspace (cannot be deleted).
   */
  default?: boolean;
  /**
   * The policy attached.
   */
  policyId?: string | null;
  /**
   * The rules applied, in order.
   */
  ruleIds?: Array<string>;
  /**
   * Unix seconds.
   */
  createdAt?: number;
  /**
   * Unix seconds.
   */
  updatedAt?: number;
}

/**
 * What `workspaces.update` changes.
 */
export interface WorkspaceUpdate {
  /**
   * The name.
   */
  name?: string;
  /**
   * Whether accounts on its domain join it by themselves.
   */
  autoGroup?: boolean;
  /**
   * null detaches the policy.
   */
  policyId?: string | null;
  /**
   * The rules applied, in order.
   */
  ruleIds?: Array<string>;
}

/**
 * What `workspaces.manualAssign` moves.
 */
export interface ManualAssign {
  /**
   * Grant ids to move here (at most 500).
   */
  assignGrants?: Array<string>;
  /**
   * Grant ids to move back to the default workspace (at most 500).
   */
  removeGrants?: Array<string>;
}

/**
 * The accounts `workspaces.manualAssign` moved.
 */
export interface ManualAssignResult {
  /**
   * The Nylas application it belongs to.
   */
  applicationId?: string;
  /**
   * The workspace it belongs to.
   */
  workspaceId: string;
  /**
   * Its domain.
   */
  domain?: string | null;
  /**
   * Grant ids moved here.
   */
  grantsAssigned: Array<string>;
  /**
   * Grant ids moved back to the default workspace.
   */
  grantsRemoved: Array<string>;
}

/**
 * Which accounts `workspaces.autoGroup` groups.
 */
export interface AutoGroupRequest {
  /**
   * Only accounts created after this (Unix seconds).
   */
  afterCreatedAt?: number;
  /**
   * Group invalid accounts too.
   */
  invalidAlso?: boolean;
  /**
   * Only accounts of this domain.
   */
  specificDomain?: string;
}

/**
 * The job `workspaces.autoGroup` started.
 */
export interface AutoGroupResult {
  /**
   * The job started.
   */
  jobId: string;
  /**
   * What happened.
   */
  message?: string;
}

/**
 * Sizes in bytes, periods in days; omitted = the plan's maximum; -1 = unlimited where allowed.
 */
export interface PolicyLimits {
  /**
   * Largest attachment (bytes).
   */
  limitAttachmentSizeLimit?: number;
  /**
   * Most attachments per message.
   */
  limitAttachmentCountLimit?: number;
  /**
   * MIME types.
   */
  limitAttachmentAllowedTypes?: Array<string>;
  /**
   * Largest message (bytes).
   */
  limitSizeTotalMime?: number;
  /**
   * Storage per inbox (bytes).
   */
  limitStorageTotal?: number;
  /**
   * Messages received per day.
   */
  limitCountDailyMessageReceived?: number;
  /**
   * Messages sent per day.
   */
  limitCountDailyEmailSent?: number;
  /**
   * Must exceed `limitSpamRetentionPeriod`.
   */
  limitInboxRetentionPeriod?: number;
  /**
   * Days spam is kept.
   */
  limitSpamRetentionPeriod?: number;
}

/**
 * How a policy detects spam.
 */
export interface SpamDetection {
  /**
   * Check DNS block lists.
   */
  useListDnsbl: boolean;
  /**
   * Check headers for anomalies.
   */
  useHeaderAnomalyDetection: boolean;
  /**
   * 0.1–5.0, default 1.
   */
  spamSensitivity: number;
}

/**
 * Options of the inboxes that use the policy.
 */
export interface PolicyOptions {
  /**
   * Extra folders created in each inbox (names).
   */
  additionalFolders?: Array<string>;
  /**
   * CIDR-based email aliasing.
   */
  useCidrAliasing?: boolean;
}

/**
 * A policy: the limits, spam detection and options of the inboxes of its workspaces.
 */
export interface Policy {
  /**
   * The id.
   */
  id: string;
  /**
   * The name.
   */
  name: string;
  /**
   * The Nylas application it belongs to.
   */
  applicationId?: string;
  /**
   * The Nylas organization it belongs to.
   */
  organizationId?: string;
  /**
   * Its options.
   */
  options?: PolicyOptions;
  /**
   * Its limits.
   */
  limits?: PolicyLimits;
  /**
   * How spam is detected.
   */
  spamDetection?: SpamDetection;
  /**
   * Legacy: evaluation uses the workspace's `ruleIds`.
   */
  rules?: Array<string>;
  /**
   * Unix seconds.
   */
  createdAt?: number;
  /**
   * Unix seconds.
   */
  updatedAt?: number;
}

/**
 * What `policies.create` makes.
 */
export interface PolicyCreate {
  /**
   * The name.
   */
  name: string;
  /**
   * Other keys are refused (400).
   */
  options?: PolicyOptions;
  /**
   * Its limits.
   */
  limits?: PolicyLimits;
  /**
   * How spam is detected.
   */
  spamDetection?: Partial<SpamDetection>;
  /**
   * Rule ids.
   */
  rules?: Array<string>;
}

/**
 * What a rule matches: its conditions and how they combine.
 */
export interface RuleMatch {
  /**
   * Default `all`.
   */
  operator?: RuleMatchOperator;
  /**
   * At least one.
   */
  conditions: RuleCondition[];
}

/**
 * A rule: what happens to inbound or outbound mail that matches.
 */
export interface Rule {
  /**
   * The id.
   */
  id: string;
  /**
   * The name.
   */
  name: string;
  /**
   * A description for people.
   */
  description?: string | null;
  /**
   * 0–1000, lower runs first; default 10.
   */
  priority: number;
  /**
   * Whether it runs.
   */
  enabled: boolean;
  /**
   * Inbound or outbound mail.
   */
  trigger: RuleTrigger;
  /**
   * What it matches.
   */
  match: RuleMatch;
  /**
   * What it does to a matching message.
   */
  actions: RuleAction[];
  /**
   * The Nylas application it belongs to.
   */
  applicationId?: string;
  /**
   * The Nylas organization it belongs to.
   */
  organizationId?: string;
  /**
   * Unix seconds.
   */
  createdAt?: number;
  /**
   * Unix seconds.
   */
  updatedAt?: number;
}

/**
 * What `rules.create` makes.
 */
export interface RuleCreate {
  /**
   * The name.
   */
  name: string;
  /**
   * A description for people.
   */
  description?: string;
  /**
   * 0–1000, lower runs first.
   */
  priority?: number;
  /**
   * Whether it runs.
   */
  enabled?: boolean;
  /**
   * Default `inbound`.
   */
  trigger?: RuleTrigger;
  /**
   * What it matches.
   */
  match: RuleMatch;
  /**
   * At least one.
   */
  actions: RuleAction[];
}

/**
 * What the rules were matched against (normalised, lowercase).
 */
export interface RuleEvaluationInput {
  /**
   * The sender's address.
   */
  fromAddress?: string;
  /**
   * The sender's domain.
   */
  fromDomain?: string;
  /**
   * The sender's TLD.
   */
  fromTld?: string;
  /**
   * Outbound evaluations only.
   */
  recipientAddresses?: Array<string>;
  /**
   * The recipients' domains.
   */
  recipientDomains?: Array<string>;
  /**
   * The recipients' TLDs.
   */
  recipientTlds?: Array<string>;
  /**
   * A new message or a reply.
   */
  outboundType?: 'compose' | 'reply';
}

/**
 * What the matching rules did.
 */
export interface RuleEvaluationAppliedActions {
  /**
   * Whether it is blocked.
   */
  blocked?: boolean;
  /**
   * Blocked because the evaluation failed (evaluation fails closed), not by a rule.
   */
  blockedByEvaluationError?: boolean;
  /**
   * Moved to spam.
   */
  markedAsSpam?: boolean;
  /**
   * Marked read.
   */
  markedAsRead?: boolean;
  /**
   * Starred.
   */
  markedStarred?: boolean;
  /**
   * Archived.
   */
  archived?: boolean;
  /**
   * Moved to trash.
   */
  trashed?: boolean;
  /**
   * Folders it was assigned to.
   */
  folderIds?: Array<string>;
}

/**
 * One audit record of `client.rules.evaluations(idOrEmail)`: how an account's rules met one message.
 */
export interface RuleEvaluation {
  /**
   * The id.
   */
  id: string;
  /**
   * The grant (account) it concerns.
   */
  grantId: string;
  /**
   * Absent when no message was stored (a message blocked at `smtp_rcpt`).
   */
  messageId?: string | null;
  /**
   * Unix seconds.
   */
  evaluatedAt?: number;
  /**
   * Where in mail processing it happened.
   */
  evaluationStage?: RuleEvaluationStage;
  /**
   * What the rules were matched against.
   */
  evaluationInput?: RuleEvaluationInput;
  /**
   * What the matching rules did.
   */
  appliedActions?: RuleEvaluationAppliedActions;
  /**
   * Ids of the rules that matched.
   */
  matchedRuleIds?: Array<string>;
  /**
   * The Nylas application it belongs to.
   */
  applicationId?: string;
  /**
   * The Nylas organization it belongs to.
   */
  organizationId?: string;
  /**
   * Unix seconds.
   */
  createdAt?: number;
  /**
   * Unix seconds.
   */
  updatedAt?: number;
}

/**
 * A list of domains, TLDs or addresses that rules match with `in_list`.
 */
export interface List {
  /**
   * The id.
   */
  id: string;
  /**
   * The name.
   */
  name: string;
  /**
   * A description for people.
   */
  description?: string | null;
  /**
   * Immutable.
   */
  type: ListType;
  /**
   * How many values it holds.
   */
  itemsCount?: number;
  /**
   * The Nylas application it belongs to.
   */
  applicationId?: string;
  /**
   * The Nylas organization it belongs to.
   */
  organizationId?: string;
  /**
   * Unix seconds.
   */
  createdAt?: number;
  /**
   * Unix seconds.
   */
  updatedAt?: number;
}

/**
 * What `lists.create` makes.
 */
export interface ListCreate {
  /**
   * 1–256 characters.
   */
  name: string;
  /**
   * A description for people.
   */
  description?: string;
  /**
   * Its type.
   */
  type: ListType;
}

/**
 * `type` can't change.
 */
export interface ListUpdate {
  /**
   * The name.
   */
  name?: string;
  /**
   * A description for people.
   */
  description?: string | null;
}

/**
 * One value of a list.
 */
export interface ListItem {
  /**
   * The id.
   */
  id: string;
  /**
   * The list it belongs to.
   */
  listId: string;
  /**
   * Lowercased and trimmed.
   */
  value: string;
  /**
   * Unix seconds.
   */
  createdAt?: number;
}

/**
 * `client.messages.list()` filters; arrays become comma-separated values.
 */
export interface MessageFilter {
  /**
   * 1–200; default 50.
   */
  limit?: number;
  /**
   * Any participant.
   */
  anyEmail?: string | readonly string[];
  /**
   * Recipient address.
   */
  to?: string;
  /**
   * Sender address.
   */
  from?: string;
  /**
   * Copied address.
   */
  cc?: string;
  /**
   * Blind-copied address.
   */
  bcc?: string;
  /**
   * A folder id (`inbox`, `sent`, …).
   */
  in?: string;
  /**
   * Unread only (or read only).
   */
  unread?: boolean;
  /**
   * Starred only.
   */
  starred?: boolean;
  /**
   * One thread.
   */
  threadId?: string;
  /**
   * Unix seconds.
   */
  receivedBefore?: number;
  /**
   * Unix seconds.
   */
  receivedAfter?: number;
  /**
   * With attachments only.
   */
  hasAttachment?: boolean;
  /**
   * Subject contains.
   */
  subject?: string;
  /**
   * Nylas full-text syntax.
   */
  searchQueryNative?: string;
  /**
   * Which fields the API returns.
   */
  fields?: 'standard' | 'include_headers' | 'include_basic_headers' | 'include_tracking_options' | 'raw_mime';
  /**
   * `key:value` of your metadata.
   */
  metadataPair?: string;
  /**
   * Fields to return.
   */
  select?: string | readonly string[];
}

/**
 * A webhook: where Nylas posts notifications of which triggers.
 */
export interface Webhook {
  /**
   * The id.
   */
  id: string;
  /**
   * A description for people.
   */
  description?: string | null;
  /**
   * The triggers it is sent for.
   */
  triggerTypes: WebhookTriggerType[];
  /**
   * Where notifications are posted.
   */
  webhookUrl: string;
  /**
   * Its state.
   */
  status: WebhookStatus;
  /**
   * Who is told when deliveries fail.
   */
  notificationEmailAddresses?: Array<string>;
  /**
   * Gzip-compressed bodies.
   */
  compressedDelivery?: boolean;
  /**
   * Unix seconds.
   */
  statusUpdatedAt?: number;
  /**
   * Unix seconds.
   */
  createdAt?: number;
  /**
   * Unix seconds.
   */
  updatedAt?: number;
}

/**
 * Create and rotate-secret are the only answers that show the secret.
 */
export interface WebhookWithSecret extends Webhook {
  /**
   * HMAC-SHA256 key of `x-nylas-signature`: store it now.
   */
  webhookSecret: string;
}

/**
 * What `webhooks.create` makes.
 */
export interface WebhookCreate {
  /**
   * The triggers it is sent for.
   */
  triggerTypes: WebhookTriggerType[];
  /**
   * Must answer `GET ?challenge=…` with the value within 10 s.
   */
  webhookUrl: string;
  /**
   * A description for people.
   */
  description?: string;
  /**
   * Who is told when deliveries fail.
   */
  notificationEmailAddresses?: Array<string>;
  /**
   * Gzip-compressed bodies.
   */
  compressedDelivery?: boolean;
}

/**
 * What `webhooks.update` changes (`status` pauses or resumes it).
 */
export interface WebhookUpdate extends Partial<WebhookCreate> {
  /**
   * Its state.
   */
  status?: 'active' | 'pause';
}
