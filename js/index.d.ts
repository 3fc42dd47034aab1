// Public types of nylas-agent-accounts. Results are plain camelCase objects.

// The problem codes, `Problem`, `EmailCheck`, `PasswordCheck`, `DomainMatch`, `Preflight` and `ApiErrorCode`
// are generated from Rust into js/generated.d.ts, which scripts/build.sh concatenates with this file.

/** The request field a problem concerns (for a webhook body: `rawBody`, or the camelCase path it lacks). */
export type ProblemField =
  | 'email' | 'appPassword' | 'name' | 'policyId' | 'workspaceId' | 'length'
  | 'rawBody' | 'type' | 'id' | 'time' | `data${string}`;

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
 * Resolves once the wasm is usable. Every entry initialises itself on import, so this is only needed
 * with `nylas-agent-accounts/manual-init` (service workers); elsewhere it resolves at once. Safe to call
 * any number of times.
 */
export function ready(): Promise<void>;

/** Stable codes of thrown errors (`ApiErrorCode` and `WebhookErrorCode` are declared below). */
export type ErrorCode =
  | 'VALIDATION_ERROR' | 'INVALID_ARGUMENT' | 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED'
  | 'REDIRECT_REFUSED' | 'RESPONSE_TOO_LARGE' | 'PAGINATION_STALLED' | 'BAD_RESPONSE'
  | 'RANDOM_UNAVAILABLE' | 'INTERNAL_ERROR' | 'ACCOUNT_EXISTS' | 'DUPLICATE_IN_BATCH' | WebhookErrorCode | ApiErrorCode;

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

/** A name and address in a message (`from`, `to`, `cc`, …). */
export interface WebhookParticipant {
  name?: string;
  email: string;
}

/** An attachment of a message in a notification. */
export interface WebhookAttachment {
  id: string;
  grantId?: string;
  filename?: string;
  contentType?: string;
  size?: number;
  isInline?: boolean;
  contentDisposition?: string;
  [key: string]: unknown;
}

/** The message of a notification, without its body (as `message.created.truncated` sends it). */
export interface WebhookMessageSummary {
  id: string;
  grantId: string;
  object?: 'message';
  threadId?: string;
  subject?: string;
  from?: WebhookParticipant[];
  to?: WebhookParticipant[];
  cc?: WebhookParticipant[];
  bcc?: WebhookParticipant[];
  replyTo?: WebhookParticipant[];
  /** Unix seconds. */
  date?: number;
  unread?: boolean;
  starred?: boolean;
  /** Up to 100 characters of the body. */
  snippet?: string;
  /** Folder ids. */
  folders?: string[];
  attachments?: WebhookAttachment[];
  headers?: Array<{ name: string; value: string }>;
  /** Your own keys, exactly as you set them (not camelCased). */
  metadata?: Record<string, unknown>;
  /** The id of the message this one answers; null when it answers none. */
  inReplyTo?: string | null;
  [key: string]: unknown;
}

/** The message of a `message.created` / `message.updated` notification. */
export interface WebhookMessage extends WebhookMessageSummary {
  body?: string;
}

/** The object of a `grant.*` notification. */
export interface WebhookGrant {
  grantId: string;
  code?: number;
  integrationId?: string;
  provider?: string;
  [key: string]: unknown;
}

/** The object of any other notification, camelCased. */
export interface WebhookObject {
  grantId?: string;
  [key: string]: unknown;
}

/** The CloudEvents envelope every notification shares (camelCase). */
export interface WebhookEventOf<Type extends string, Obj> {
  type: Type;
  /** The delivery's id: the same across retries, so use it to drop duplicates. */
  id: string;
  /** Unix seconds. */
  time: number;
  source?: string;
  specversion?: string;
  webhookDeliveryAttempt?: number;
  /** `data.object.grantId`, when the object names a grant. */
  grantId?: string;
  data: { applicationId: string; object: Obj; [key: string]: unknown };
}

export type MessageWebhookType = 'message.created' | 'message.updated';
export type TruncatedMessageWebhookType = 'message.created.truncated' | 'message.updated.truncated';
export type GrantWebhookType =
  | 'grant.created' | 'grant.updated' | 'grant.deleted' | 'grant.expired' | 'grant.imap_sync_completed';
/** Agent Account deliverability triggers. */
export type DeliverabilityWebhookType =
  | 'message.delivered' | 'message.bounced' | 'message.complaint' | 'message.rejected';
/** The other triggers Nylas documents (the Node SDK's `WebhookTriggers`). */
export type OtherWebhookType =
  | 'calendar.created' | 'calendar.updated' | 'calendar.deleted'
  | 'event.created' | 'event.updated' | 'event.deleted'
  | 'message.created.cleaned' | 'message.deleted' | 'message.send_success' | 'message.send_failed'
  | 'message.bounce_detected' | 'message.opened' | 'message.opened.legacy' | 'message.link_clicked'
  | 'message.link_clicked.legacy' | 'thread.replied' | 'thread.replied.legacy'
  | 'message.transactional.delivered' | 'message.transactional.bounced'
  | 'message.transactional.complaint' | 'message.transactional.rejected'
  | 'message.intelligence.order' | 'message.intelligence.tracking'
  | 'folder.created' | 'folder.updated' | 'folder.deleted' | 'contact.updated' | 'contact.deleted'
  | 'booking.created' | 'booking.pending' | 'booking.rescheduled' | 'booking.cancelled' | 'booking.reminder'
  | 'notetaker.created' | 'notetaker.updated' | 'notetaker.deleted' | 'notetaker.meeting_state'
  | 'notetaker.media';
export type WebhookType =
  | MessageWebhookType | TruncatedMessageWebhookType | GrantWebhookType | DeliverabilityWebhookType
  | OtherWebhookType;

export interface MessageWebhookEvent extends WebhookEventOf<MessageWebhookType, WebhookMessage> {
  grantId: string;
}
/** Over 1 MB: sent without `body`; fetch the message to read it. */
export interface TruncatedMessageWebhookEvent
  extends WebhookEventOf<TruncatedMessageWebhookType, WebhookMessageSummary> {
  grantId: string;
}
export interface GrantWebhookEvent extends WebhookEventOf<GrantWebhookType, WebhookGrant> {
  grantId: string;
}
export type DeliverabilityWebhookEvent = WebhookEventOf<DeliverabilityWebhookType, WebhookObject>;
export type OtherWebhookEvent = WebhookEventOf<OtherWebhookType, WebhookObject>;
/**
 * A parsed notification; switch on `type` to narrow `data.object`. A trigger Nylas adds later still
 * parses, with its `type` outside this union.
 */
export type WebhookEvent =
  | MessageWebhookEvent | TruncatedMessageWebhookEvent | GrantWebhookEvent | DeliverabilityWebhookEvent
  | OtherWebhookEvent;

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
/** Codes of errors the webhook and signing functions throw. */
export type WebhookErrorCode = 'WEBHOOK_INVALID' | 'SIGNING_ERROR';
