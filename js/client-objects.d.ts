
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
/**
 * What `accounts.update` changes. Nylas replaces an account's settings as a whole and can't send its app
 * password back, so a `policyId` change must come with `appPassword`: a new one keeps IMAP/SMTP access,
 * `null` ends it (leaving it out is refused).
 */
export type AccountUpdate = {
  name?: string;
  /** Moves the account to another workspace. */
  workspaceId?: string;
} & (
  | {
      /** A new app password (checked locally first), or null to end IMAP/SMTP access; other settings are kept. */
      appPassword?: string | null;
      policyId?: never;
    }
  | {
      /** The legacy `settings.policy_id` (a UUID), or null to detach it. */
      policyId: string | null;
      appPassword: string | null;
    }
);

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
  /** The domain it groups (immutable); `""` when created without one; null for the default workspace. */
  domain?: string | null;
  autoGroup?: boolean;
  /** The application's default workspace (cannot be deleted). */
  default?: boolean;
  policyId?: string | null;
  ruleIds?: string[];
  createdAt?: number;
  updatedAt?: number;
}

interface WorkspaceCreateBase {
  name: string;
  policyId?: string;
  ruleIds?: string[];
}

/**
 * With a domain, new accounts on it join the workspace unless `autoGroup` is false. Without one, the
 * workspace takes accounts by `manualAssign` only (`autoGroup` must then be false, its default) and
 * reports `domain: ""`.
 */
export type WorkspaceCreate =
  | (WorkspaceCreateBase & { domain: string; /** Default true. */ autoGroup?: boolean })
  | (WorkspaceCreateBase & { domain?: undefined; autoGroup?: false });

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
