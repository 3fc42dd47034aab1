
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
  /** The email address. */
  email?: string;
  /** Legacy beta field. */
  policyId?: string;
  [key: string]: unknown;
}

/** An agent account: a grant with provider `nylas`. */
export interface Account {
  /** The grant id. */
  id: string;
  /** The provider. */
  provider: GrantProvider;
  /** The email address. */
  email?: string;
  /** The name. */
  name?: string | null;
  /** `invalid` when the account must be re-authenticated. */
  grantStatus?: 'valid' | 'invalid';
  /** The granted scopes. */
  scope?: string[];
  /** Its settings. */
  settings?: AccountSettings;
  /** The workspace it belongs to. */
  workspaceId?: string | null;
  /** The connector credential used. */
  credentialId?: string | null;
  /** Whether it is blocked. */
  blocked?: boolean;
  /** Other addresses of the account. */
  emailAliases?: string[];
  /** The IP address it was created from. */
  ip?: string;
  /** The user agent it was created with. */
  userAgent?: string;
  /** The OAuth state it was created with. */
  state?: string;
  /** The provider's id of the user. */
  providerUserId?: string;
  /** Unix seconds. */
  createdAt: number;
  /** Unix seconds. */
  updatedAt?: number;
}

/** `client.accounts.list()` filters (offset paging is the client's business: follow the ListCall). */
export interface AccountListFilter {
  /** Accounts per page, 1–200; default 200. */
  limit?: number;
  /** Start here instead of at the first account. */
  offset?: number;
  /** The email address. */
  email?: string;
  /** `invalid` when the account must be re-authenticated. */
  grantStatus?: 'valid' | 'invalid';
  /** The workspace it belongs to. */
  workspaceId?: string;
  /** The IP address it was created from. */
  ip?: string;
  /** Created at or after (Unix seconds). */
  since?: number;
  /** Created before (Unix seconds). */
  before?: number;
  /** The order's key. */
  sortBy?: 'created_at' | 'updated_at';
  /** Ascending or descending. */
  orderBy?: 'asc' | 'desc';
}

/** What `client.accounts.update()` can change (at least one). */
/**
 * What `accounts.update` changes. Nylas replaces an account's settings as a whole and can't send its app
 * password back, so a `policyId` change must come with `appPassword`: a new one keeps IMAP/SMTP access,
 * `null` ends it (leaving it out is refused).
 */
export type AccountUpdate = {
  /** A new display name. */
  name?: string;
  /** Moves the account to another workspace. */
  workspaceId?: string;
} & (
  | {
      /** A new app password (checked locally first), or null to end IMAP/SMTP access; other settings are kept. */
      appPassword?: string | null;
      /** Only with the other form (a policy change says what becomes of the app password). */
      policyId?: never;
    }
  | {
      /** The legacy `settings.policy_id` (a UUID), or null to detach it. */
      policyId: string | null;
      /** Required with `policyId`: a new app password keeps IMAP/SMTP access, `null` ends it. */
      appPassword: string | null;
    }
);

// --- Connector --------------------------------------------------------------------------------------

/** The application's `nylas` connector (Nylas calls it an integration). */
export interface Connector {
  /** The name. */
  name?: string;
  /** The provider. */
  provider: string;
  /** Its settings. */
  settings?: {
    /** Legacy: the policy of accounts created through the connector. */
    policyId?: string;
    [key: string]: unknown;
  };
  /** The granted scopes. */
  scope?: string[];
  /** The connector credential in use. */
  activeCredentialId?: string | null;
}

/** `nylas agent status`, computed client side (there is no server endpoint). */
export interface ConnectorStatus {
  /** Whether the `nylas` connector exists. */
  connectorConfigured: boolean;
  /** The connector, or null. */
  connector: Connector | null;
  /** How many accounts there are. */
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
  /** The id. */
  id: string;
  /** The name. */
  name: string;
  /** Whether it is a branded domain. */
  branded: boolean;
  /** The data region. */
  region: Region;
  /** The ownership record is verified. */
  verifiedOwnership: boolean;
  /** The MX record is verified. */
  verifiedMx: boolean;
  /** The SPF record is verified. */
  verifiedSpf: boolean;
  /** The DKIM record is verified. */
  verifiedDkim: boolean;
  /** The feedback record is verified. */
  verifiedFeedback: boolean;
  /** Unix seconds. */
  createdAt: number;
}

/** What `domains.create` registers. */
export interface DomainCreate {
  /** The name. */
  name: string;
  /** The DNS name, e.g. `agents.acme.com`, or a trial `<label>.nylas.email`. */
  domainAddress: string;
}

/** What `domains.update` changes. */
export interface DomainUpdate {
  /** The only mutable field. */
  name: string;
}

/** `domains.info()` / `domains.verify()`: the record to publish for one type and how its check went. */
export interface DomainVerification {
  /** The domain. */
  domainId: string;
  /** The record asked for. */
  attempt: {
    /** The check. */
    type: DomainRecordType;
    /** The record to publish. */
    options: {
      /** Relative to the domain; `@` is the apex. */
      host: string;
      /** DNS record type: `TXT`, `MX`, `CNAME`… */
      type: string;
      /** The record's value. */
      value: string;
    };
  };
  /** Its state. */
  status: DomainAttemptStatus;
  /** What happened. */
  message?: string;
  /** Unix seconds. */
  createdAt?: number;
  /** Some values are temporary: fetch them again after this (Unix seconds). */
  expiresAt?: number;
}

/** One record of `domains.records()`: null where the API gave nothing. */
export interface DomainRecord {
  /** Its type. */
  type: DomainRecordType;
  /** Relative to the domain; `@` is the apex. */
  host: string | null;
  /** DNS record type: `TXT`, `MX`, `CNAME`… */
  recordType: string | null;
  /** The value. */
  value: string | null;
  /** Its state. */
  status: DomainAttemptStatus | null;
  /** Unix seconds. */
  expiresAt: number | null;
}

/** One check of `domains.doctor()`. */
export interface DomainCheck {
  /** Its type. */
  type: DomainRecordType;
  /** Whether the check passed. */
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
  /** Its domain. */
  domain: RegisteredDomain;
  /** A `*.nylas.email` trial domain: no DNS needed. */
  trial: boolean;
  /** Whether mailboxes can be created now. */
  readyForMailboxes: boolean;
  /** One per record type. */
  checks: DomainCheck[];
}

// --- Workspaces -------------------------------------------------------------------------------------

/** A workspace: accounts grouped by domain or by hand, sharing a policy and rules. */
export interface Workspace {
  /** The id (the API calls it `workspace_id`, not `id`). */
  workspaceId: string;
  /** The Nylas application it belongs to. */
  applicationId?: string;
  /** The name. */
  name: string;
  /** The domain it groups (immutable); `""` when created without one; null for the default workspace. */
  domain?: string | null;
  /** Whether accounts on its domain join it by themselves. */
  autoGroup?: boolean;
  /** The application's default workspace (cannot be deleted). */
  default?: boolean;
  /** The policy attached. */
  policyId?: string | null;
  /** The rules applied, in order. */
  ruleIds?: string[];
  /** Unix seconds. */
  createdAt?: number;
  /** Unix seconds. */
  updatedAt?: number;
}

/** What every workspace creation takes. */
interface WorkspaceCreateBase {
  /** The workspace's name. */
  name: string;
  /** The policy its accounts use. */
  policyId?: string;
  /** The rules applied, in order. */
  ruleIds?: string[];
}

/**
 * With a domain, new accounts on it join the workspace unless `autoGroup` is false. Without one, the
 * workspace takes accounts by `manualAssign` only (`autoGroup` must then be false, its default) and
 * reports `domain: ""`.
 */
export type WorkspaceCreate =
  | (WorkspaceCreateBase & {
      /** The domain whose accounts it groups (immutable). */
      domain: string;
      /** Default true. */
      autoGroup?: boolean;
    })
  | (WorkspaceCreateBase & {
      /** No domain: accounts join by `manualAssign` only. */
      domain?: undefined;
      /** Must be false (the default) without a domain. */
      autoGroup?: false;
    });

/** What `workspaces.update` changes. */
export interface WorkspaceUpdate {
  /** The name. */
  name?: string;
  /** Whether accounts on its domain join it by themselves. */
  autoGroup?: boolean;
  /** null detaches the policy. */
  policyId?: string | null;
  /** The rules applied, in order. */
  ruleIds?: string[];
}

/** What `workspaces.manualAssign` moves. */
export interface ManualAssign {
  /** Grant ids to move here (at most 500). */
  assignGrants?: string[];
  /** Grant ids to move back to the default workspace (at most 500). */
  removeGrants?: string[];
}

/** The accounts `workspaces.manualAssign` moved. */
export interface ManualAssignResult {
  /** The Nylas application it belongs to. */
  applicationId?: string;
  /** The workspace it belongs to. */
  workspaceId: string;
  /** Its domain. */
  domain?: string | null;
  /** Grant ids moved here. */
  grantsAssigned: string[];
  /** Grant ids moved back to the default workspace. */
  grantsRemoved: string[];
}

/** Which accounts `workspaces.autoGroup` groups. */
export interface AutoGroupRequest {
  /** Only accounts created after this (Unix seconds). */
  afterCreatedAt?: number;
  /** Group invalid accounts too. */
  invalidAlso?: boolean;
  /** Only accounts of this domain. */
  specificDomain?: string;
}

/** The job `workspaces.autoGroup` started. */
export interface AutoGroupResult {
  /** The job started. */
  jobId: string;
  /** What happened. */
  message?: string;
}
