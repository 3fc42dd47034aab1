/**
 * `nylas-agent-accounts/emulator`: the project's emulator of the Nylas Agent Accounts API, in your test's
 * process: no binary, no port, no network, no Nylas plan. Its rules, flags, hooks and faults are
 * documented in the repository's emulator/README.md.
 *
 * @example
 * import { createEmulator } from 'nylas-agent-accounts/emulator';
 * const emulator = await createEmulator({ domains: ['acme.nylas.email'] });
 * const client = new AgentAccounts({ apiUri: emulator.url, apiKey: emulator.apiKey, fetch: emulator.fetch });
 *
 * @module nylas-agent-accounts/emulator
 */

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
  serviceAccounts?: Array<{
    /** The key id the signatures name (`X-Nylas-Kid`). */
    private_key_id: string;
    /** The RSA private key (PEM); the emulator checks signatures with its public half. */
    private_key: string;
    [field: string]: unknown;
  }>;
  /** Web origins (besides loopback pages) allowed to call the hooks through `listen()`. */
  allowOrigins?: string[];
}

/** A fault rule to add (emulator/README.md, "Fault injection"): its kind, and any other field. */
export type FaultInput = Pick<FaultSpec, 'kind'> & Partial<FaultSpec>;

/** The whole state as the snapshot hook shows it: no app-password hash, webhook secret or private key. */
export type Snapshot = Omit<Store, 'grants' | 'webhooks'> & {
  /** The accounts by grant id, without their app-password hash. */
  grants: Record<string, Omit<Grant, 'app_password_hash'> & {
    /** Whether the account has an app password. */
    has_app_password: boolean;
  }>;
  /** The webhooks, without their secrets. */
  webhooks: Array<Omit<Webhook, 'webhook_secret'>>;
};

/** An inbound message for `deliverMessage` (snake_case, as the hook takes it). */
export interface InboundMessage {
  /** The receiving account: grant id or email address. */
  grant: string;
  /** The sender. */
  from?: {
    /** The sender's display name. */
    name?: string;
    /** The sender's address. */
    email: string;
  };
  /** Its subject. */
  subject?: string;
  /** Its body (HTML or text). */
  body?: string;
  /** Default true. */
  unread?: boolean;
  /** The folder it lands in (default the inbox). */
  folder?: string;
  /** Resolve only after the webhooks it fires were delivered. */
  wait?: boolean;
  [field: string]: unknown;
}

/**
 * A running in-process emulator: hand `url`, `apiKey` and `fetch` to the client; the other methods are its test hooks.
 */
export interface Emulator {
  /** A base URL to pass as `apiUri`; requests to it only work through `fetch` below. */
  readonly url: string;
  /** The API key it accepts. */
  readonly apiKey: string;
  /**
   * A standard fetch answered in-process: no network, no port.
   *
   * @example
   * const client = new AgentAccounts({ apiUri: emulator.url, apiKey: emulator.apiKey, fetch: emulator.fetch });
   *
   * @example
   * const client = new AgentAccounts({ apiUri: emulator.url, apiKey: emulator.apiKey, fetch: emulator.fetch });
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /**
   * Delivers an inbound message and fires `message.created` to active webhooks.
   *
   * @example
   * await emulator.deliverMessage({ grant: 'support@acme.nylas.email', subject: 'Hello', from: { email: 'ann@example.com' } });
   */
  deliverMessage(message: InboundMessage): Promise<Delivered>;
  /**
   * Sets the records a domain "has published" (what verify reads).
   * Sets the DNS records a domain "has published", for `client.domains.verify` to find.
   *
   * @example
   * await emulator.setDns('agents.acme.com', [{ host: '@', type: 'MX', value: 'mx.nylas.email' }]);
   */
  setDns(domain: string, records: DnsRecord[]): Promise<DnsAnswer>;
  /**
   * The DNS records a domain has published.
   *
   * @example
   * const records = await emulator.getDns('agents.acme.com');
   */
  getDns(domain: string): Promise<DnsAnswer>;
  /**
   * Publishes exactly the records the domain's info asks for: a correctly set-up zone.
   * Publishes exactly the records Nylas asks for: the domain then verifies.
   *
   * @example
   * await emulator.publishExpectedDns('agents.acme.com');
   * await client.domains.verify(domain.id, 'mx');
   */
  publishExpectedDns(domain: string): Promise<DnsAnswer>;
  /**
   * Adds a fault rule: the next matching requests fail as it says.
   *
   * @example
   * // The create succeeds, then its answer is lost: the client's retry must not create it twice.
   * await emulator.addFault({ kind: '503', path: '/v3/connect/custom', phase: 'after', count: 1 });
   */
  addFault(rule: FaultInput): Promise<FaultRule>;
  /**
   * The fault rules in force, with how often each fired.
   *
   * @example
   * const faults = await emulator.listFaults();
   */
  listFaults(): Promise<FaultRule[]>;
  /**
   * Removes one rule (by id) or all.
   * Removes one fault rule by id, or all of them.
   *
   * @example
   * await emulator.clearFaults();
   */
  clearFaults(id?: string): Promise<Removed>;
  /**
   * A fresh application, options re-applied.
   *
   * @example
   * afterEach(() => emulator.reset());
   */
  reset(): Promise<{
    /** Always true. */
    reset: true;
  }>;
  /**
   * The whole state as JSON (no secrets).
   *
   * @example
   * const { grants } = await emulator.snapshot();
   * assert.equal(Object.keys(grants).length, 1);
   */
  snapshot(): Promise<Snapshot>;
  /**
   * Calls per route, the account count and fault firings.
   *
   * @example
   * const stats = await emulator.stats();
   */
  stats(): Promise<Stats>;
  /**
   * Node, Deno, Bun: serves it on 127.0.0.1 for other processes.
   *
   * @example
   * const { url, close } = await emulator.listen();
   * // NYLAS_API_URI=url for a CLI or a dev server in another process; then:
   * await close();
   */
  listen(port?: number): Promise<{
    /** `http://127.0.0.1:PORT`: an `apiUri` for other processes (the CLI, a dev server). */
    url: string;
    /** Stops serving. */
    close(): Promise<void>;
  }>;
}

/**
 * Starts an in-process emulator.
 * Options are the binary's flags in camelCase; nothing is shared between two emulators.
 *
 * @example
 * const emulator = await createEmulator({ domains: ['acme.nylas.email'], autoConnector: true, rateLimit: 50 });
 */
export function createEmulator(options?: EmulatorOptions): Promise<Emulator>;
