// Generated from the emulator's Rust types by emulator/src/typescript.rs: do not edit (`BLESS=1 cargo test -p nylas-emulator --lib typescript` rewrites it).

// scripts/dts.sh puts it after js/emulator.d.ts into pkg/emulator/index.d.ts; no imports.

/**
 * What a fault does to the call.
 */
export type FaultKind = "429" | "500" | "502" | "503" | "504" | "delay" | "reset" | "truncated" | "malformed_json" | "html";

/**
 * When the fault strikes.
 */
export type Phase = "before" | "after";

/**
 * A rule as the test hook receives it.
 */
export type FaultSpec = {
  /**
   * The fault.
   */
  kind: FaultKind,
  /**
   * Matches paths starting with this (e.g. `/v3/connect/custom`).
   */
  path: string | null,
  /**
   * Matches whole paths: `*` is one segment, a final `**` any rest (e.g. `/v3/grants/*`).
   */
  pattern: string | null,
  /**
   * Only this method (any when absent).
   */
  method: string | null,
  /**
   * Chance per matching call (default 1).
   */
  probability: number,
  /**
   * Fire at most this many times (unlimited when absent).
   */
  count: number | null,
  /**
   * Before or after the handler (default before).
   */
  phase: Phase,
  /**
   * For `delay`: milliseconds to wait.
   */
  delay_ms: number | null,
  /**
   * For `html`: the status of the page (default 502).
   */
  status: number | null,
};

/**
 * A rule with its id and how often it fired.
 */
export type FaultRule = {
  /**
   * Id to delete it by.
   */
  id: string,
  /**
   * Times it fired so far.
   */
  fired: number,
  /**
   * The fault.
   */
  kind: FaultKind,
  /**
   * Matches paths starting with this (e.g. `/v3/connect/custom`).
   */
  path: string | null,
  /**
   * Matches whole paths: `*` is one segment, a final `**` any rest (e.g. `/v3/grants/*`).
   */
  pattern: string | null,
  /**
   * Only this method (any when absent).
   */
  method: string | null,
  /**
   * Chance per matching call (default 1).
   */
  probability: number,
  /**
   * Fire at most this many times (unlimited when absent).
   */
  count: number | null,
  /**
   * Before or after the handler (default before).
   */
  phase: Phase,
  /**
   * For `delay`: milliseconds to wait.
   */
  delay_ms: number | null,
  /**
   * For `html`: the status of the page (default 502).
   */
  status: number | null,
};

/**
 * A DNS record a domain "has published" (set by the test hook, read by verify).
 */
export type DnsRecord = {
  /**
   * Host relative to the domain (`@` for the apex).
   */
  host: string,
  /**
   * `TXT`, `MX`, `CNAME`…
   */
  type: string,
  /**
   * Record value (MX: `PRIORITY HOST` or just `HOST`).
   */
  value: string,
};

/**
 * `setDns`, `getDns`, `publishExpectedDns`: the records a domain "has published".
 */
export type DnsAnswer = {
  /**
   * The domain, lowercased, without a final dot.
   */
  domain: string,
  /**
   * Its records.
   */
  records: Array<DnsRecord>,
};

/**
 * How one delivery went.
 */
export type DeliveryReport = {
  /**
   * The webhook.
   */
  webhook_id: string,
  /**
   * Attempts made (at most 3).
   */
  attempts: number,
  /**
   * Last HTTP status, if any answer came.
   */
  status: number | null,
  /**
   * Whether the endpoint accepted it (2xx).
   */
  delivered: boolean,
};

/**
 * `deliverMessage`: the stored message (none when a rule blocked it), the rule evaluation, and each
 * webhook delivery of `message.created` (empty when `wait` was false).
 */
export type Delivered = {
  /**
   * The message as the API lists it; `null` when a rule blocked it.
   */
  message: Record<string, unknown> | null,
  /**
   * Whether a rule blocked it before it was stored.
   */
  blocked: boolean,
  /**
   * The rule evaluation recorded for it, if any rule applied.
   */
  rule_evaluation: Record<string, unknown> | null,
  /**
   * One report per active webhook that takes `message.created`.
   */
  deliveries: Array<DeliveryReport>,
};

/**
 * `clearFaults`: how many rules were removed.
 */
export type Removed = {
  /**
   * Rules removed.
   */
  removed: number,
};

/**
 * `stats`: calls per route, grants, and how often fault rules fired.
 */
export type Stats = {
  /**
   * Calls per `METHOD /route/{template}` since the start (or the last reset).
   */
  calls: { [key in string]: number },
  /**
   * How many grants exist.
   */
  grants: number,
  /**
   * How many times fault rules fired, all rules together.
   */
  fault_rules_fired: number,
};

/**
 * An agent account (a grant with provider `nylas`).
 */
export type Grant = {
  /**
   * The grant id (UUID).
   */
  id: string,
  /**
   * Always `nylas` here.
   */
  provider: string,
  /**
   * The mailbox address, as given (domain lowercased).
   */
  email: string,
  /**
   * Display name.
   */
  name: string | null,
  /**
   * `settings` as last sent, without `app_password`.
   */
  settings: Record<string, unknown>,
  /**
   * The workspace the grant belongs to.
   */
  workspace_id: string,
  /**
   * Unix seconds.
   */
  created_at: number,
  /**
   * Unix seconds.
   */
  updated_at: number,
  /**
   * Creation order, for stable listing.
   */
  seq: number,
  /**
   * bcrypt hash of the app password: never on the wire, never logged.
   */
  app_password_hash: string | null,
  /**
   * How many times the grant was changed after its creation (a PATCH, or a create of its address
   * that re-authenticated it). Not on the wire: the snapshot hook shows it, so that a test can
   * prove an account was left alone even when a change kept every visible field.
   */
  revision: number,
};

/**
 * A connector (one per provider).
 */
export type Connector = {
  /**
   * Display name.
   */
  name: string,
  /**
   * Provider key (`nylas`, `google`, …).
   */
  provider: string,
  /**
   * Provider settings (for `nylas`, may hold the legacy `policy_id`).
   */
  settings: Record<string, unknown>,
  /**
   * Default scopes.
   */
  scope: Array<string>,
};

/**
 * A workspace: groups grants and carries the policy and rules that apply to them.
 */
export type Workspace = {
  /**
   * `workspace_id` on the wire (not `id`).
   */
  workspace_id: string,
  /**
   * Display name.
   */
  name: string,
  /**
   * The domain it groups (immutable); null for the default workspace.
   */
  domain: string | null,
  /**
   * Whether new accounts on `domain` join it automatically.
   */
  auto_group: boolean,
  /**
   * The application's default workspace.
   */
  default: boolean,
  /**
   * Attached policy.
   */
  policy_id: string | null,
  /**
   * Attached rules.
   */
  rule_ids: Array<string>,
  /**
   * Unix seconds.
   */
  created_at: number,
  /**
   * Unix seconds.
   */
  updated_at: number,
};

/**
 * One value of a list.
 */
export type ListItem = {
  /**
   * UUID.
   */
  id: string,
  /**
   * Lowercased, trimmed value.
   */
  value: string,
  /**
   * Unix seconds.
   */
  created_at: number,
};

/**
 * A list of domains, TLDs or addresses that rules match against.
 */
export type AgentList = {
  /**
   * UUID.
   */
  id: string,
  /**
   * 1–256 characters.
   */
  name: string,
  /**
   * Free text.
   */
  description: string | null,
  /**
   * `domain`, `tld` or `address` (immutable).
   */
  type: string,
  /**
   * The items, in insertion order.
   */
  items: Array<ListItem>,
  /**
   * Unix seconds.
   */
  created_at: number,
  /**
   * Unix seconds.
   */
  updated_at: number,
};

/**
 * A webhook subscription.
 */
export type Webhook = {
  /**
   * UUID.
   */
  id: string,
  /**
   * Free text.
   */
  description: string | null,
  /**
   * Subscribed triggers.
   */
  trigger_types: Array<string>,
  /**
   * Where deliveries go (loopback only in the emulator).
   */
  webhook_url: string,
  /**
   * HMAC key of deliveries: shown at create and rotate only.
   */
  webhook_secret: string,
  /**
   * `active`, `pause`, `failing` or `failed`.
   */
  status: string,
  /**
   * Addresses told about failures.
   */
  notification_email_addresses: Array<string>,
  /**
   * Whether deliveries are gzip-compressed (recorded; the emulator delivers plain JSON).
   */
  compressed_delivery: boolean,
  /**
   * Unix seconds.
   */
  status_updated_at: number,
  /**
   * Unix seconds.
   */
  created_at: number,
  /**
   * Unix seconds.
   */
  updated_at: number,
};

/**
 * A domain registered with Manage Domains.
 */
export type Domain = {
  /**
   * UUID.
   */
  id: string,
  /**
   * Display name (the only mutable field).
   */
  name: string,
  /**
   * The DNS name, lowercase.
   */
  domain_address: string,
  /**
   * `us` or `eu`.
   */
  region: string,
  /**
   * A Nylas `*.nylas.email` trial domain (needs no DNS).
   */
  branded: boolean,
  /**
   * Record types verified so far (`ownership`, `mx`, `spf`, `dkim`, `feedback`).
   */
  verified: Array<string>,
  /**
   * Unix seconds.
   */
  created_at: number,
  /**
   * Unix seconds.
   */
  updated_at: number,
};

/**
 * Everything the application owns. One API key = one application.
 */
export type Store = {
  /**
   * The application id (stable across saves).
   */
  application_id: string,
  /**
   * The organization id (domains and the service account belong to it).
   */
  organization_id: string,
  /**
   * Grants in creation order, by id.
   */
  grants: Record<string, Grant>,
  /**
   * Next creation sequence number.
   */
  next_seq: number,
  /**
   * Connectors, one per provider.
   */
  connectors: Array<Connector>,
  /**
   * Workspaces; the first is the default one.
   */
  workspaces: Array<Workspace>,
  /**
   * Policies as JSON objects (their shape is wide and updated field by field).
   */
  policies: Array<Record<string, unknown>>,
  /**
   * Rules as JSON objects.
   */
  rules: Array<Record<string, unknown>>,
  /**
   * Lists with their items.
   */
  lists: Array<AgentList>,
  /**
   * Messages by grant id, oldest first.
   */
  messages: Record<string, Array<Record<string, unknown>>>,
  /**
   * Rule evaluation records by grant id, oldest first (`default`: state files saved before them load).
   */
  rule_evaluations: Record<string, Array<Record<string, unknown>>>,
  /**
   * Webhooks.
   */
  webhooks: Array<Webhook>,
  /**
   * Domains registered with Manage Domains.
   */
  domains: Array<Domain>,
  /**
   * DNS records each domain "has published" (test hook), by domain address.
   */
  dns: { [key in string]: Array<DnsRecord> },
};
