// Generated from the Rust types by src/typescript.rs: do not edit (`BLESS=1 cargo test --lib typescript` rewrites it).

// scripts/build.sh puts it with js/index.d.ts into pkg/index.d.ts; no imports.


/** Codes of the email checks. */
export type EmailProblemCode =
  | 'EMAIL_EMPTY' | 'EMAIL_WHITESPACE' | 'EMAIL_MISSING_AT' | 'EMAIL_MULTIPLE_AT' | 'EMAIL_LOCAL_EMPTY'
  | 'EMAIL_LOCAL_TOO_LONG' | 'EMAIL_LOCAL_QUOTED' | 'EMAIL_LOCAL_NON_ASCII' | 'EMAIL_LOCAL_INVALID_CHARACTER'
  | 'EMAIL_LOCAL_DOTS' | 'EMAIL_DOMAIN_EMPTY' | 'EMAIL_DOMAIN_IP_LITERAL' | 'EMAIL_DOMAIN_IDN_INVALID'
  | 'EMAIL_DOMAIN_TOO_LONG' | 'EMAIL_DOMAIN_LABEL_EMPTY' | 'EMAIL_DOMAIN_LABEL_TOO_LONG'
  | 'EMAIL_DOMAIN_INVALID_CHARACTER' | 'EMAIL_DOMAIN_LABEL_HYPHEN' | 'EMAIL_DOMAIN_SINGLE_LABEL'
  | 'EMAIL_DOMAIN_NUMERIC_TLD';
/** Codes of the app-password checks. */
export type AppPasswordProblemCode =
  | 'APP_PASSWORD_TOO_SHORT' | 'APP_PASSWORD_TOO_LONG' | 'APP_PASSWORD_INVALID_CHARACTER'
  | 'APP_PASSWORD_MISSING_UPPERCASE' | 'APP_PASSWORD_MISSING_LOWERCASE' | 'APP_PASSWORD_MISSING_DIGIT';
/** Codes of the domain match. */
export type DomainProblemCode =
  | 'DOMAIN_NOT_REGISTERED' | 'DOMAIN_NOT_VERIFIED';
/** Problem codes of a `parseWebhook` error: not JSON at all, still gzip-compressed, or a field missing. */
export type WebhookProblemCode =
  | 'WEBHOOK_NOT_JSON' | 'WEBHOOK_COMPRESSED' | 'WEBHOOK_FIELD_MISSING';
/** Every problem code. */
export type ProblemCode =
  | EmailProblemCode | AppPasswordProblemCode | DomainProblemCode | WebhookProblemCode | 'NAME_EMPTY'
  | 'NAME_TOO_LONG' | 'POLICY_ID_INVALID' | 'WORKSPACE_ID_INVALID';

/** The request field a problem concerns (for a webhook body: `rawBody`, or the camelCase path it lacks). */
export type ProblemField =
  | 'email' | 'appPassword' | 'name' | 'policyId' | 'workspaceId' | 'length' | 'rawBody' | 'type' | 'id'
  | 'time' | `data${string}`;

/** Codes of errors the webhook and signing functions throw. */
export type WebhookErrorCode =
  | 'WEBHOOK_INVALID' | 'SIGNING_ERROR';

/** Stable codes of thrown errors (`INTERNAL_ERROR`: a bug of this package, please report it). */
export type ErrorCode =
  | 'VALIDATION_ERROR' | 'INVALID_ARGUMENT' | 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED' | 'REDIRECT_REFUSED'
  | 'RESPONSE_TOO_LARGE' | 'PAGINATION_STALLED' | 'BAD_RESPONSE' | 'RANDOM_UNAVAILABLE' | 'ACCOUNT_EXISTS'
  | 'DUPLICATE_IN_BATCH' | 'INTERNAL_ERROR' | WebhookErrorCode | ApiErrorCode;

/** The `code` of an `ApiError`, from the status, the error type and the message Nylas sent. */
export type ApiErrorCode =
  | 'DOMAIN_NOT_REGISTERED' | 'DOMAIN_LIMIT_REACHED' | 'DOMAIN_NOT_VERIFIED' | 'ACCOUNT_LIMIT_REACHED'
  | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INVALID_REQUEST'
  | 'SERVER_ERROR' | 'API_ERROR';

/**
 * One thing wrong with an input: what, where, and what to do about it. Most messages are constant,
 * so they are borrowed rather than allocated for every address of a large batch.
 */
export type Problem<C extends ProblemCode = ProblemCode> = {
  /**
   * Stable code JavaScript can branch on.
   */
  code: C,
  /**
   * The request field it concerns, in JavaScript's camelCase (`email`, `appPassword`, …).
   */
  field: ProblemField,
  /**
   * What is wrong, for a person. Never contains a password or a key.
   */
  message: string,
  /**
   * What to do about it.
   */
  fix: string,
};

/**
 * Options of `validateEmail` and `validateEmails`.
 */
export interface EmailOptions {
  /**
   * A bare alias without '@' becomes `alias@defaultDomain`.
   */
  defaultDomain?: string;
}

/**
 * What `client.accounts.create` and `preflightCreateAccount` take: the new agent account.
 */
export interface CreateAccountRequest {
  /**
   * The address: on a domain registered with the application (`matchDomain` checks it).
   */
  email: string;
  /**
   * For IMAP/SMTP clients: 18–40 printable ASCII with an uppercase letter, a lowercase letter and a digit (`generateAppPassword` makes one). Nylas stores a hash; without it the account has no IMAP/SMTP access.
   */
  appPassword?: string;
  /**
   * A display name, up to 256 characters.
   */
  name?: string;
  /**
   * Legacy: policies now attach to workspaces.
   */
  policyId?: string;
  /**
   * The workspace (and so the policy) the account joins: a UUID.
   */
  workspaceId?: string;
}

/**
 * What `preflightCreateAccount` checks a request against.
 */
export interface PreflightContext {
  /**
   * The application's domains, as strings or as `client.domains.list()` returns them; without them the domain is not checked.
   */
  domains?: Array<string | Domain>;
}

/**
 * The verdict on one address, with its normalised parts when it is valid.
 */
export type EmailCheck = {
  /**
   * True when there are no problems.
   */
  valid: boolean,
  /**
   * The normalised address: local part as given, domain lowercased in A-label form.
   */
  address?: string,
  /**
   * The local part, case kept.
   */
  localPart?: string,
  /**
   * The domain, lowercased, in A-labels, without a final dot.
   */
  domain?: string,
  /**
   * The domain as the user wrote it in Unicode (lowercased), when it had non-ASCII characters.
   */
  unicodeDomain?: string,
  /**
   * Everything wrong with the address; empty when valid.
   */
  problems: Problem<EmailProblemCode>[],
};

/**
 * What a create does when the address already has an account. Nothing existing is changed unless asked:
 * `'error'` refuses with a `ValidationError` of code `ACCOUNT_EXISTS` (the default of `create`), `'skip'`
 * returns the account unchanged (the default of `createMany`: a re-run import is a no-op), `'update'`
 * applies the request's name, app password, workspace and policy to it. A grant of another provider with
 * the address is always refused.
 *
 * (Nylas answers a create of a known address by re-authenticating that account, a new app password
 * replacing the old one, so the client looks the address up first.)
 */
export type OnExisting = "error" | "skip" | "update";

/**
 * The verdict on an app password.
 */
export type PasswordCheck = {
  /**
   * True when there are no problems.
   */
  valid: boolean,
  /**
   * Every rule the password breaks, all at once.
   */
  problems: Problem<AppPasswordProblemCode>[],
};

/**
 * The verdict of `match_domain`.
 */
export type DomainMatch = {
  /**
   * True when the address's domain is registered (and, for custom domains, verified).
   */
  matched: boolean,
  /**
   * The registered domain it matched, in normalised form.
   */
  domain?: string,
  /**
   * True for a Nylas trial domain (`*.nylas.email`), which needs no DNS.
   */
  trial?: boolean,
  /**
   * On a miss: the registered domain the user most likely meant.
   */
  suggestion?: string,
  /**
   * What is wrong; empty on a match.
   */
  problems: Problem<EmailProblemCode | DomainProblemCode>[],
};

/**
 * The verdict of `preflight_create_account`.
 */
export type Preflight = {
  /**
   * True when nothing would be rejected.
   */
  valid: boolean,
  /**
   * Every problem of every field.
   */
  problems: Array<Problem>,
};

/**
 * A name and address in a message (`from`, `to`, `cc`, …); `EmailParticipant` is the same type.
 */
export interface WebhookParticipant {
  /**
   * The display name, when the message gave one.
   */
  name?: string;
  /**
   * The address.
   */
  email: string;
}

/** A name and address in a message: `WebhookParticipant` by the name the client's types use. */
export type EmailParticipant = WebhookParticipant;

/**
 * A message header.
 */
export interface MessageHeader {
  /**
   * The header's name, as sent.
   */
  name: string;
  /**
   * Its value.
   */
  value: string;
}

/**
 * An attachment of a message; `MessageAttachment` is the same type.
 */
export interface WebhookAttachment {
  /**
   * The attachment id.
   */
  id: string;
  /**
   * The grant whose message it belongs to.
   */
  grantId?: string;
  /**
   * The file name.
   */
  filename?: string;
  /**
   * The MIME type.
   */
  contentType?: string;
  /**
   * Bytes.
   */
  size?: number;
  /**
   * Shown in the body (`cid:`) rather than attached.
   */
  isInline?: boolean;
  /**
   * `inline` or `attachment`.
   */
  contentDisposition?: string;
  /** Other keys the API sends. */
  [key: string]: unknown;
}

/** An attachment of a message: `WebhookAttachment` by the name the client's types use. */
export type MessageAttachment = WebhookAttachment;

/**
 * The message of a notification without its body (as `message.created.truncated` sends it).
 */
export interface WebhookMessageSummary {
  /**
   * The message id.
   */
  id: string;
  /**
   * The grant (account) it belongs to.
   */
  grantId: string;
  /**
   * Always `message`.
   */
  object?: 'message';
  /**
   * The thread it belongs to.
   */
  threadId?: string;
  /**
   * The subject line.
   */
  subject?: string;
  /**
   * The sender(s).
   */
  from?: Array<WebhookParticipant>;
  /**
   * The recipients.
   */
  to?: Array<WebhookParticipant>;
  /**
   * The copied recipients.
   */
  cc?: Array<WebhookParticipant>;
  /**
   * The blind-copied recipients (on sent messages).
   */
  bcc?: Array<WebhookParticipant>;
  /**
   * Where replies go.
   */
  replyTo?: Array<WebhookParticipant>;
  /**
   * Unix seconds.
   */
  date?: number;
  /**
   * Not read yet.
   */
  unread?: boolean;
  /**
   * Starred.
   */
  starred?: boolean;
  /**
   * Up to 100 characters of the body.
   */
  snippet?: string;
  /**
   * Folder ids.
   */
  folders?: Array<string>;
  /**
   * Its attachments.
   */
  attachments?: Array<WebhookAttachment>;
  /**
   * Its headers, when asked for.
   */
  headers?: Array<MessageHeader>;
  /**
   * Your own keys, exactly as you set them (not camelCased).
   */
  metadata?: Record<string, unknown>;
  /**
   * The id of the message this one answers; null when it answers none.
   */
  inReplyTo?: string | null;
  /** Other keys the API sends. */
  [key: string]: unknown;
}

/**
 * The message of a `message.created` / `message.updated` notification: a summary with its body
 * (declared as extending `WebhookMessageSummary`).
 */
export interface WebhookMessage extends WebhookMessageSummary {
  /**
   * The body (HTML or text, as sent).
   */
  body?: string;
}

/**
 * A message as `client.messages.list()` returns it: a notification's message whose date is always set
 * (declared as extending `WebhookMessage`).
 */
export interface Message extends WebhookMessage {
  /**
   * Unix seconds.
   */
  date: number;
  /**
   * The whole message, with `fields: 'raw_mime'`.
   */
  rawMime?: string;
}

/**
 * The object of a `grant.*` notification.
 */
export interface WebhookGrant {
  /**
   * The grant (account) the event is about.
   */
  grantId: string;
  /**
   * The provider's status code, on `grant.expired`.
   */
  code?: number;
  /**
   * The connector's id.
   */
  integrationId?: string;
  /**
   * `nylas` for an agent account.
   */
  provider?: string;
  /** Other keys the API sends. */
  [key: string]: unknown;
}

/**
 * The object of any other notification, camelCased.
 */
export interface WebhookObject {
  /**
   * The grant it is about, when it names one.
   */
  grantId?: string;
  /** Other keys the API sends. */
  [key: string]: unknown;
}

/**
 * The data of a notification.
 */
export interface WebhookData<Obj> {
  /**
   * The Nylas application the webhook belongs to.
   */
  applicationId: string;
  /**
   * What the event is about: a message, a grant, …
   */
  object: Obj;
  /** Other keys the API sends. */
  [key: string]: unknown;
}

/**
 * The CloudEvents envelope every notification shares (camelCase).
 */
export interface WebhookEventOf<Type extends string, Obj> {
  /**
   * The trigger, e.g. `message.created`.
   */
  type: Type;
  /**
   * The delivery's id: the same across retries, so use it to drop duplicates.
   */
  id: string;
  /**
   * Unix seconds.
   */
  time: number;
  /**
   * Where the event comes from (`/nylas/…`).
   */
  source?: string;
  /**
   * The CloudEvents version.
   */
  specversion?: string;
  /**
   * 1 for the first delivery of the event.
   */
  webhookDeliveryAttempt?: number;
  /**
   * `data.object.grantId`, when the object names a grant.
   */
  grantId?: string;
  /**
   * The event's data.
   */
  data: WebhookData<Obj>;
}

/** `message.created` and `message.updated`. */
export type MessageWebhookType =
  | 'message.created' | 'message.updated';

/** The message triggers of messages over 1 MB. */
export type TruncatedMessageWebhookType =
  | 'message.created.truncated' | 'message.updated.truncated';

/** `grant.*` triggers. */
export type GrantWebhookType =
  | 'grant.created' | 'grant.updated' | 'grant.deleted' | 'grant.expired' | 'grant.imap_sync_completed';

/** Agent Account deliverability triggers. */
export type DeliverabilityWebhookType =
  | 'message.delivered' | 'message.bounced' | 'message.complaint' | 'message.rejected';

/** The other triggers Nylas documents (the Node SDK's `WebhookTriggers`). */
export type OtherWebhookType =
  | 'calendar.created' | 'calendar.updated' | 'calendar.deleted' | 'event.created' | 'event.updated'
  | 'event.deleted' | 'message.created.cleaned' | 'message.deleted' | 'message.send_success'
  | 'message.send_failed' | 'message.bounce_detected' | 'message.opened' | 'message.opened.legacy'
  | 'message.link_clicked' | 'message.link_clicked.legacy' | 'thread.replied' | 'thread.replied.legacy'
  | 'message.transactional.delivered' | 'message.transactional.bounced' | 'message.transactional.complaint'
  | 'message.transactional.rejected' | 'message.intelligence.order' | 'message.intelligence.tracking'
  | 'folder.created' | 'folder.updated' | 'folder.deleted' | 'contact.updated' | 'contact.deleted'
  | 'booking.created' | 'booking.pending' | 'booking.rescheduled' | 'booking.cancelled' | 'booking.reminder'
  | 'notetaker.created' | 'notetaker.updated' | 'notetaker.deleted' | 'notetaker.meeting_state'
  | 'notetaker.media';

/** Every trigger a notification may have. */
export type WebhookType =
  | MessageWebhookType | TruncatedMessageWebhookType | GrantWebhookType | DeliverabilityWebhookType
  | OtherWebhookType;

/** A new or changed message, with its body. */
export interface MessageWebhookEvent extends WebhookEventOf<MessageWebhookType, WebhookMessage> {
  /** The grant (account) the event is about. */
  grantId: string;
}

/** Over 1 MB: sent without `body`; fetch the message to read it. */
export interface TruncatedMessageWebhookEvent extends WebhookEventOf<TruncatedMessageWebhookType, WebhookMessageSummary> {
  /** The grant (account) the event is about. */
  grantId: string;
}

/** A change of a grant (account). */
export interface GrantWebhookEvent extends WebhookEventOf<GrantWebhookType, WebhookGrant> {
  /** The grant (account) the event is about. */
  grantId: string;
}

/** A delivery report of a sent message. */
export interface DeliverabilityWebhookEvent extends WebhookEventOf<DeliverabilityWebhookType, WebhookObject> {}

/** Any other documented trigger. */
export interface OtherWebhookEvent extends WebhookEventOf<OtherWebhookType, WebhookObject> {}

/** A parsed notification; switch on `type` to narrow `data.object`. A trigger Nylas adds later still parses, with its `type` outside this union. */
export type WebhookEvent =
  | MessageWebhookEvent | TruncatedMessageWebhookEvent | GrantWebhookEvent | DeliverabilityWebhookEvent
  | OtherWebhookEvent;
