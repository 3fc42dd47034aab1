
// ---------------------------------------------------------------------------------------------------
// The API client (js/client.js): its options, the AgentAccounts class and each resource's methods.
// scripts/dts.sh appends this file to js/index.d.ts and the generated js/*.generated.d.ts, so the types declared
// there (Domain, Account, AgentAccountsError, …) are used here by name.
// ---------------------------------------------------------------------------------------------------

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

// The resources (`AccountsResource`, …) are generated from `METHODS` into js/resources.generated.d.ts.

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
