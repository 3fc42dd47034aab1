/**
 * `nylas-agent-accounts`: the local checks, the `AgentAccounts` client and the webhook helpers, in every
 * runtime (Node, Deno, Bun, Workers, Vercel Edge, browsers). Results are plain camelCase objects.
 *
 * @example
 * import { validateEmail, AgentAccounts } from 'nylas-agent-accounts';
 *
 * validateEmail('Ada@Bücher.Example').address; // 'Ada@xn--bcher-kva.example'
 * const client = new AgentAccounts({ apiKey: process.env.NYLAS_API_KEY });
 * await client.accounts.create({ email: 'support@acme.nylas.email' });
 *
 * @module nylas-agent-accounts
 */

// The functions, error classes and JS-only types are declared here by hand; every code union, check result,
// check argument (EmailOptions, CreateAccountRequest, PreflightContext, Domain), notification and API
// object is generated from Rust into js/*.generated.d.ts (src/typescript.rs), which scripts/dts.sh
// concatenates with this file and js/client.d.ts.

/**
 * Checks an address against the profile Nylas can host and send from, and normalises it (the domain
 * lowercased and in A-labels, a final dot dropped). Never throws on a bad address string: every problem
 * is in `problems`, with a code, a message and a fix. A non-string throws `ValidationError`
 * (`INVALID_ARGUMENT`).
 *
 * @example
 * validateEmail('Ada@Bücher.Example.').address;         // 'Ada@xn--bcher-kva.example'
 * validateEmail(' ada@acme.com').problems[0].code;       // 'EMAIL_WHITESPACE' (never trimmed silently)
 * validateEmail('support', { defaultDomain: 'acme.nylas.email' }).address; // 'support@acme.nylas.email'
 */
export function validateEmail(address: string, options?: EmailOptions): EmailCheck;
/**
 * Checks many addresses in one call (one crossing into wasm): the same answers as `validateEmail`, in order.
 *
 * @example
 * const results = validateEmails(['a@acme.com', 'b@acme', 'support'], { defaultDomain: 'acme.nylas.email' });
 * results.map((r) => r.address ?? r.problems[0].code);
 * // ['a@acme.com', 'EMAIL_DOMAIN_SINGLE_LABEL', 'support@acme.nylas.email']
 */
export function validateEmails(addresses: readonly string[], options?: EmailOptions): EmailCheck[];
/**
 * Checks an app password against every Nylas rule (18–40 printable ASCII, an uppercase letter, a
 * lowercase letter, a digit) and reports every broken rule at once; no message ever echoes the password.
 *
 * @example
 * validateAppPassword('hunter2').problems.map((p) => p.code);
 * // ['APP_PASSWORD_TOO_SHORT', 'APP_PASSWORD_MISSING_UPPERCASE']
 */
export function validateAppPassword(password: string): PasswordCheck;
/** One app-password rule: the code reported when it is broken, and what it asks, for a checklist. */
export interface AppPasswordRule {
  /** The problem code reported when the rule is broken. */
  readonly code: AppPasswordProblemCode;
  /** What the rule asks, for a checklist (e.g. "At least 18 characters"). */
  readonly label: string;
}
/**
 * Every app-password rule, in the order problems are reported: show them before anything is typed.
 *
 * @example
 * APP_PASSWORD_RULES.map((rule) => rule.label); // ['At least 18 characters', …, 'A digit (0–9)']
 */
export const APP_PASSWORD_RULES: readonly AppPasswordRule[];
/**
 * A random valid app password of 18–40 characters (default 24), from the host's crypto RNG. Other lengths
 * throw `ValidationError` (`VALIDATION_ERROR`, with the problem); no crypto RNG, `RANDOM_UNAVAILABLE`.
 *
 * @example
 * const appPassword = generateAppPassword(); // e.g. 'q7TfK2mWx9Rb3LcZp8VnH4sD'
 * validateAppPassword(appPassword).valid;    // true
 */
export function generateAppPassword(length?: number): string;
/**
 * Does the address's domain match a registered (and verified) domain exactly? Case, a final dot and the
 * IDN form don't matter; a subdomain or a parent does not match, and `suggestion` names the registered
 * domain the address most likely meant. Problems: `DOMAIN_NOT_REGISTERED`, `DOMAIN_NOT_VERIFIED`.
 *
 * @example
 * const domains = ['acme.com', { domainAddress: 'staging.acme.com', verifiedOwnership: true, verifiedMx: false }];
 * matchDomain('bot@agents.acme.com', domains).suggestion;         // 'acme.com'
 * matchDomain('bot@staging.acme.com', domains).problems[0].code;  // 'DOMAIN_NOT_VERIFIED'
 */
export function matchDomain(email: string, domains: ReadonlyArray<string | Domain>): DomainMatch;
/**
 * Every problem Nylas would reject a create-account request for, found locally and all at once: the
 * address, the app password, the name, the ids, and the domain when `context.domains` is given.
 *
 * @example
 * const verdict = preflightCreateAccount({ email: 'bot@acme.com', appPassword: 'short' }, { domains: ['acme.com'] });
 * verdict.valid;                          // false
 * verdict.problems.map((p) => p.field);   // ['appPassword', 'appPassword', …]
 */
export function preflightCreateAccount(request: CreateAccountRequest, context?: PreflightContext): Preflight;
/**
 * The create-request field a bulk-import CSV header names (`Email Address` → `'email'`, `app_password` →
 * `'appPassword'`), or null: the one mapping of the command line's `account create-many` and the admin page.
 *
 * @example
 * csvColumn('Email Address'); // 'email'
 * csvColumn('app_password');  // 'appPassword'
 * csvColumn('notes');         // null
 */
export function csvColumn(header: string): 'email' | 'name' | 'appPassword' | 'workspaceId' | 'policyId' | null;
/**
 * Resolves once the wasm is usable. Every entry initialises itself on import, so this is only needed
 * with `nylas-agent-accounts/manual-init` (service workers); elsewhere it resolves at once. Safe to call
 * any number of times.
 *
 * @example
 * import { ready, validateEmail } from 'nylas-agent-accounts/manual-init';
 * self.addEventListener('install', (event) => event.waitUntil(ready()));
 */
export function ready(): Promise<void>;

/**
 * Base class of every error this package throws: branch on `code`, show `message` (and `fix` where there is one).
 *
 * @example
 * try { await client.accounts.list(); } catch (error) {
 *   if (!(error instanceof AgentAccountsError)) throw error; // not ours
 *   console.error(error.code, error.message);
 * }
 */
export class AgentAccountsError extends Error {
  /**
   * A stable code to branch on: see `ErrorCode`. Messages may change; codes only in a breaking release.
   */
  readonly code: ErrorCode | (string & {});
}
/**
 * Input rejected before any request: the local checks failed (`VALIDATION_ERROR`, with `problems`), an
 * argument or option is wrong (`INVALID_ARGUMENT`), an account exists (`ACCOUNT_EXISTS`), a batch repeats an
 * address (`DUPLICATE_IN_BATCH`), or a webhook body is invalid (`WEBHOOK_INVALID`).
 *
 * @example
 * try { generateAppPassword(8); } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.problems[0].code); // 'APP_PASSWORD_TOO_SHORT'
 * }
 */
export class ValidationError extends AgentAccountsError {
  /** Always `ValidationError`. */
  readonly name: 'ValidationError';
  /**
   * Every problem found, each with its `code`, `field`, `message` and `fix` (empty for `INVALID_ARGUMENT` from a wrong argument type).
   */
  readonly problems: Problem[];
}
/**
 * The Nylas API answered with an error (after the retries the client makes on 429 and 5xx).
 *
 * @example
 * try { await client.accounts.get('nobody@acme.nylas.email'); } catch (error) {
 *   if (error instanceof ApiError && error.status === 404) console.log(error.fix);
 * }
 */
export class ApiError extends AgentAccountsError {
  /** Always `ApiError`. */
  readonly name: 'ApiError';
  /**
   * What went wrong, from the HTTP status and Nylas's error type (e.g. `NOT_FOUND`, `RATE_LIMITED`, `DOMAIN_NOT_REGISTERED`).
   */
  readonly code: ApiErrorCode;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** Nylas's error type, as sent (e.g. `invalid_request_error`). */
  readonly type: string;
  /** Nylas's request id, for support. */
  readonly requestId?: string;
  /**
   * Seconds to wait, when the answer said (`Retry-After`); the client already waited and retried `maxRetries` times.
   */
  readonly retryAfter?: number;
  /** What to do about it, in a sentence. */
  readonly fix: string;
}
/**
 * No usable answer: the request failed (`NETWORK_ERROR`), or something answered but not as the Nylas API
 * does: a redirect (`REDIRECT_REFUSED`, never followed), a body over `maxResponseBytes`
 * (`RESPONSE_TOO_LARGE`), a page that repeats (`PAGINATION_STALLED`), a success without data or with an
 * error envelope (`BAD_RESPONSE`). Retried like a 5xx before it is thrown.
 *
 * @example
 * try { await client.accounts.list(); } catch (error) {
 *   if (error instanceof NetworkError) console.log('Nylas is unreachable:', error.message);
 * }
 */
export class NetworkError extends AgentAccountsError {
  /** Always `NetworkError`. */
  readonly name: 'NetworkError';
}
/**
 * No answer within `timeoutMs` (default 90 s), retries included (`TIMEOUT`).
 *
 * @example
 * const client = new AgentAccounts({ apiKey, timeoutMs: 5_000 });
 * await client.accounts.list().catch((error) => { if (error instanceof TimeoutError) return { data: [] }; throw error; });
 */
export class TimeoutError extends AgentAccountsError {
  /** Always `TimeoutError`. */
  readonly name: 'TimeoutError';
}
/**
 * Your `AbortSignal` fired before the call settled (`ABORTED`).
 *
 * @example
 * await client.accounts.list({}, { signal: AbortSignal.timeout(1_000) })
 *   .catch((error) => { if (!(error instanceof AbortError)) throw error; });
 */
export class AbortError extends AgentAccountsError {
  /** Always `AbortError`. */
  readonly name: 'AbortError';
}

// Webhooks

// The notification types (`WebhookEvent` and its parts, `Message`) are generated from Rust too.

/** The raw request body, as received (the signature covers these exact bytes, gzip included). */
export type WebhookBody = Uint8Array | ArrayBuffer | string;

/**
 * Whether `signatureHeader` (the `x-nylas-signature` header: hex HMAC-SHA256, optional `sha256=`) matches
 * the raw body keyed with the webhook secret; compared in constant time. A missing or malformed header
 * gives `false`; an empty secret throws ValidationError (`INVALID_ARGUMENT`).
 *
 * @example
 * const rawBody = await request.text(); // the raw bytes: never re-serialised JSON
 * if (!(await verifyWebhookSignature(rawBody, request.headers.get('x-nylas-signature'), env.NYLAS_WEBHOOK_SECRET))) {
 *   return new Response('bad signature', { status: 401 });
 * }
 */
export function verifyWebhookSignature(
  rawBody: WebhookBody, signatureHeader: string | null | undefined, secret: string): Promise<boolean>;
/**
 * The `x-nylas-signature` value Nylas sends with `rawBody` for a webhook with this `secret` (lowercase
 * hex HMAC-SHA256): for tests of your own webhook handler.
 *
 * @example
 * const body = JSON.stringify({ type: 'message.created', id: 'evt-1', time: 1764500000, data: { … } });
 * const request = new Request('https://hooks.example/nylas', {
 *   method: 'POST', body, headers: { 'x-nylas-signature': await signWebhookPayload(body, 'test-secret') },
 * });
 */
export function signWebhookPayload(rawBody: WebhookBody, secret: string): Promise<string>;
/**
 * Checks and reads a notification body (decompressed first if the webhook uses `compressed_delivery`).
 * Throws ValidationError with code `WEBHOOK_INVALID` whose `problems` (`WebhookProblemCode`, each with
 * the camelCase `field` it concerns) say what is wrong: every field the event's type promises is checked.
 *
 * @example
 * const event = parseWebhook(rawBody);
 * if (event.type === 'message.created') console.log(event.grantId, event.data.object.subject);
 */
export function parseWebhook(rawBody: WebhookBody): WebhookEvent;
/**
 * For `GET …?challenge=X` (the handshake when a webhook is created): a 200 text/plain `X`; otherwise null.
 *
 * @example
 * export default { fetch: (request) => challengeResponse(request) ?? handleDelivery(request) };
 */
export function challengeResponse(request: Request): Response | null;
