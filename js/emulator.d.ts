// Types of nylas-agent-accounts/emulator: the in-process emulator (emulator/README.md has its rules).

/** The options of the `nylas-emulator` binary's flags, in camelCase. */
export interface EmulatorOptions {
  /** The API key accepted as `Authorization: Bearer KEY` (default `nyk_emulator`). */
  apiKey?: string;
  /** Domains registered and verified at start; `*.nylas.email` ones are trial domains. */
  domains?: string[];
  /** Creates the `nylas` connector at start (account creation needs one). */
  autoConnector?: boolean;
  /** Probability that any `/v3` call gets a random fault. */
  faultRate?: number;
  /** Fault kinds `faultRate` picks from. */
  faultKinds?: string[];
  /** How long a `delay` fault waits, in ms. */
  faultDelayMs?: number;
  /** Requests per second per application for grant and connect calls; 0 = off. */
  rateLimit?: number;
  /** Requests per second per grant for messages and folders; 0 = off. */
  grantRateLimit?: number;
  /** The plan's cap on accounts. */
  maxAccounts?: number;
  /** bcrypt cost of app-password hashes (default 4). */
  bcryptCost?: number;
  /** Region of domains. */
  region?: 'us' | 'eu';
  /** Service-account credentials (the JSON Nylas issues) whose signatures Manage Domains accepts. */
  serviceAccounts?: Array<{ private_key_id: string; private_key: string; [field: string]: unknown }>;
  /** Web origins (besides loopback pages) allowed to call the hooks through `listen()`. */
  allowOrigins?: string[];
}

/** A fault rule (emulator/README.md, "Fault injection"). */
export interface FaultRule {
  kind: '429' | '500' | '502' | '503' | '504' | 'delay' | 'reset' | 'truncated' | 'malformed_json' | 'html';
  path?: string;
  pattern?: string;
  method?: string;
  probability?: number;
  count?: number;
  phase?: 'before' | 'after';
  delay_ms?: number;
  status?: number;
}

/** A DNS record a domain "has published". */
export interface DnsRecord { host: string; type: string; value: string }

/** An inbound message for `deliverMessage` (snake_case, as the hook takes it). */
export interface InboundMessage {
  grant: string;
  from?: { name?: string; email: string };
  subject?: string;
  body?: string;
  unread?: boolean;
  folder?: string;
  wait?: boolean;
  [field: string]: unknown;
}

export interface Emulator {
  /** A base URL to pass as `apiUri`; requests to it only work through `fetch` below. */
  readonly url: string;
  /** The API key it accepts. */
  readonly apiKey: string;
  /** A standard fetch answered in-process: no network, no port. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Delivers an inbound message and fires `message.created` to active webhooks. */
  deliverMessage(message: InboundMessage): Promise<any>;
  setDns(domain: string, records: DnsRecord[]): Promise<any>;
  getDns(domain: string): Promise<any>;
  publishExpectedDns(domain: string): Promise<any>;
  addFault(rule: FaultRule): Promise<any>;
  listFaults(): Promise<any>;
  clearFaults(id?: string): Promise<any>;
  /** A fresh application, options re-applied. */
  reset(): Promise<any>;
  /** The whole state as JSON (no secrets). */
  snapshot(): Promise<any>;
  stats(): Promise<any>;
  /** Node, Deno, Bun: serves it on 127.0.0.1 for other processes. */
  listen(port?: number): Promise<{ url: string; close(): Promise<void> }>;
}

/** Starts an in-process emulator. */
export function createEmulator(options?: EmulatorOptions): Promise<Emulator>;
