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
