// Public types of nylas-agent-accounts. Results are plain camelCase objects.

// The functions, error classes and JS-only types are declared here by hand; every code union, check result,
// notification and API object is generated from Rust into js/*.generated.d.ts (src/typescript.rs), which
// scripts/dts.sh concatenates with this file and js/client.d.ts.

export interface EmailOptions {
  /** A bare alias without '@' becomes `alias@defaultDomain`. */
  defaultDomain?: string;
}

/** A domain as `client.domains.list()` returns it (the snake_case wire form is accepted too). */
export interface Domain {
  id?: string;
  name?: string;
  domainAddress: string;
  organizationId?: string;
  branded?: boolean;
  region?: 'us' | 'eu';
  verifiedOwnership?: boolean;
  verifiedMx?: boolean;
  verifiedSpf?: boolean;
  verifiedDkim?: boolean;
  verifiedFeedback?: boolean;
  verifiedDmarc?: boolean;
  verifiedArc?: boolean;
  createdAt?: number;
  updatedAt?: number;
}

export interface CreateAccountRequest {
  email: string;
  appPassword?: string;
  name?: string;
  /** Legacy: policies now attach to workspaces. */
  policyId?: string;
  workspaceId?: string;
}

export interface PreflightContext {
  domains?: Array<string | Domain>;
}

/** Checks an address against the profile Nylas can host; never throws on a bad address string (a non-string is `INVALID_ARGUMENT`). */
export function validateEmail(address: string, options?: EmailOptions): EmailCheck;
/** Checks many addresses in one call (one crossing into wasm). */
export function validateEmails(addresses: readonly string[], options?: EmailOptions): EmailCheck[];
/** Checks an app password against every Nylas rule; never echoes it. */
export function validateAppPassword(password: string): PasswordCheck;
/** One app-password rule: the code reported when it is broken, and what it asks, for a checklist. */
export interface AppPasswordRule {
  readonly code: AppPasswordProblemCode;
  readonly label: string;
}
/** Every app-password rule, in the order problems are reported: show them before anything is typed. */
export const APP_PASSWORD_RULES: readonly AppPasswordRule[];
/** A random valid app password of 18–40 characters (default 24); other lengths throw ValidationError. */
export function generateAppPassword(length?: number): string;
/** Does the address's domain match a registered (and verified) domain exactly? */
export function matchDomain(email: string, domains: ReadonlyArray<string | Domain>): DomainMatch;
/** Every problem Nylas would reject a create-account request for, found locally. */
export function preflightCreateAccount(request: CreateAccountRequest, context?: PreflightContext): Preflight;
/**
 * The create-request field a bulk-import CSV header names (`Email Address` → `'email'`, `app_password` →
 * `'appPassword'`), or null: the one mapping of the command line's `account create-many` and the admin page.
 */
export function csvColumn(header: string): 'email' | 'name' | 'appPassword' | 'workspaceId' | 'policyId' | null;
/**
 * Resolves once the wasm is usable. Every entry initialises itself on import, so this is only needed
 * with `nylas-agent-accounts/manual-init` (service workers); elsewhere it resolves at once. Safe to call
 * any number of times.
 */
export function ready(): Promise<void>;

/** Base class of every error this package throws. */
export class AgentAccountsError extends Error {
  readonly code: ErrorCode | (string & {});
}
/** Input rejected before any request. */
export class ValidationError extends AgentAccountsError {
  readonly name: 'ValidationError';
  readonly problems: Problem[];
}
/** The Nylas API answered with an error. */
export class ApiError extends AgentAccountsError {
  readonly name: 'ApiError';
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly type: string;
  readonly requestId?: string;
  readonly retryAfter?: number;
  readonly fix: string;
}
/**
 * No usable answer: the request failed (`NETWORK_ERROR`), or something answered but not as the Nylas API
 * does: a redirect (`REDIRECT_REFUSED`, never followed), a body over `maxResponseBytes`
 * (`RESPONSE_TOO_LARGE`), a page that repeats (`PAGINATION_STALLED`), a success without data or with an
 * error envelope (`BAD_RESPONSE`).
 */
export class NetworkError extends AgentAccountsError {
  readonly name: 'NetworkError';
}
export class TimeoutError extends AgentAccountsError {
  readonly name: 'TimeoutError';
}
export class AbortError extends AgentAccountsError {
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
 */
export function verifyWebhookSignature(
  rawBody: WebhookBody, signatureHeader: string | null | undefined, secret: string): Promise<boolean>;
/**
 * The `x-nylas-signature` value Nylas sends with `rawBody` for a webhook with this `secret` (lowercase
 * hex HMAC-SHA256): for tests of your own webhook handler.
 */
export function signWebhookPayload(rawBody: WebhookBody, secret: string): Promise<string>;
/**
 * Checks and reads a notification body (decompressed first if the webhook uses `compressed_delivery`).
 * Throws ValidationError with code `WEBHOOK_INVALID` whose `problems` (`WebhookProblemCode`, each with
 * the camelCase `field` it concerns) say what is wrong: every field the event's type promises is checked.
 */
export function parseWebhook(rawBody: WebhookBody): WebhookEvent;
/** For `GET …?challenge=X` (the handshake when a webhook is created): a 200 text/plain `X`; otherwise null. */
export function challengeResponse(request: Request): Response | null;
