// ---------------------------------------------------------------------------------------------------
// The API's objects, continued (policies, rules, lists, messages, webhooks): concatenated after
// js/client-objects.d.ts into pkg/index.d.ts, like it; no imports.
// ---------------------------------------------------------------------------------------------------

// --- Policies ---------------------------------------------------------------------------------------

/** Sizes in bytes, periods in days; omitted = the plan's maximum; -1 = unlimited where allowed. */
export interface PolicyLimits {
  limitAttachmentSizeLimit?: number;
  limitAttachmentCountLimit?: number;
  /** MIME types. */
  limitAttachmentAllowedTypes?: string[];
  limitSizeTotalMime?: number;
  limitStorageTotal?: number;
  limitCountDailyMessageReceived?: number;
  limitCountDailyEmailSent?: number;
  /** Must exceed `limitSpamRetentionPeriod`. */
  limitInboxRetentionPeriod?: number;
  limitSpamRetentionPeriod?: number;
}

export interface SpamDetection {
  useListDnsbl: boolean;
  useHeaderAnomalyDetection: boolean;
  /** 0.1–5.0, default 1. */
  spamSensitivity: number;
}

/** Options of the inboxes that use the policy. */
export interface PolicyOptions {
  /** Extra folders created in each inbox (names). */
  additionalFolders?: string[];
  /** CIDR-based email aliasing. */
  useCidrAliasing?: boolean;
}

export interface Policy {
  id: string;
  name: string;
  applicationId?: string;
  organizationId?: string;
  options?: PolicyOptions;
  limits?: PolicyLimits;
  spamDetection?: SpamDetection;
  /** Legacy: evaluation uses the workspace's `ruleIds`. */
  rules?: string[];
  createdAt?: number;
  updatedAt?: number;
}

export interface PolicyCreate {
  name: string;
  /** Other keys are refused (400). */
  options?: PolicyOptions;
  limits?: PolicyLimits;
  spamDetection?: Partial<SpamDetection>;
  rules?: string[];
}

/** PUT, partial: only the fields given change (`options`, `limits` and `spamDetection` are replaced whole). */
export type PolicyUpdate = Partial<PolicyCreate>;

// --- Rules ------------------------------------------------------------------------------------------

export type RuleTrigger = 'inbound' | 'outbound';

/** Inbound rules match `from.*` only. */
export type RuleAddressField =
  | 'from.address' | 'from.domain' | 'from.tld' | 'recipient.address' | 'recipient.domain' | 'recipient.tld';
export type RuleConditionField = RuleAddressField | 'outbound.type';
export type RuleConditionOperator = 'is' | 'is_not' | 'contains' | 'in_list';

/** One condition: `in_list` takes list ids, `outbound.type` takes `compose` or `reply`. */
export type RuleCondition =
  | { field: RuleAddressField; operator: 'is' | 'is_not' | 'contains'; value: string }
  | { field: RuleAddressField; operator: 'in_list'; value: string[] }
  | { field: 'outbound.type'; operator: 'is' | 'is_not'; value: 'compose' | 'reply' };

export type RuleMatchOperator = 'any' | 'all';

export interface RuleMatch {
  /** Default `all`. */
  operator?: RuleMatchOperator;
  /** At least one. */
  conditions: RuleCondition[];
}

export type RuleActionType =
  | 'block' | 'mark_as_spam' | 'assign_to_folder' | 'mark_as_read' | 'mark_as_starred' | 'archive' | 'trash';

/** `block` is terminal: it can't be combined with other actions. */
export type RuleAction =
  | { type: 'assign_to_folder'; /** Folder name or path. */ value: string }
  | { type: Exclude<RuleActionType, 'assign_to_folder'>; value?: string };

export interface Rule {
  id: string;
  name: string;
  description?: string | null;
  /** 0–1000, lower runs first; default 10. */
  priority: number;
  enabled: boolean;
  trigger: RuleTrigger;
  match: RuleMatch;
  actions: RuleAction[];
  applicationId?: string;
  organizationId?: string;
  createdAt?: number;
  updatedAt?: number;
}

export interface RuleCreate {
  name: string;
  description?: string;
  priority?: number;
  enabled?: boolean;
  /** Default `inbound`. */
  trigger?: RuleTrigger;
  match: RuleMatch;
  /** At least one. */
  actions: RuleAction[];
}

/** PUT, partial: only the fields given change. */
export type RuleUpdate = Partial<RuleCreate>;

/** Where in mail processing an evaluation happened. */
export type RuleEvaluationStage = 'smtp_rcpt' | 'inbox_processing' | 'outbound_send';

/** What the rules were matched against (normalised, lowercase). */
export interface RuleEvaluationInput {
  fromAddress?: string;
  fromDomain?: string;
  fromTld?: string;
  /** Outbound evaluations only. */
  recipientAddresses?: string[];
  recipientDomains?: string[];
  recipientTlds?: string[];
  outboundType?: 'compose' | 'reply';
}

/** What the matching rules did. */
export interface RuleEvaluationAppliedActions {
  blocked?: boolean;
  /** Blocked because the evaluation failed (evaluation fails closed), not by a rule. */
  blockedByEvaluationError?: boolean;
  markedAsSpam?: boolean;
  markedAsRead?: boolean;
  markedStarred?: boolean;
  archived?: boolean;
  trashed?: boolean;
  folderIds?: string[];
}

/** One audit record of `client.rules.evaluations(idOrEmail)`: how an account's rules met one message. */
export interface RuleEvaluation {
  id: string;
  grantId: string;
  /** Absent when no message was stored (a message blocked at `smtp_rcpt`). */
  messageId?: string | null;
  evaluatedAt?: number;
  evaluationStage?: RuleEvaluationStage;
  evaluationInput?: RuleEvaluationInput;
  appliedActions?: RuleEvaluationAppliedActions;
  /** Ids of the rules that matched. */
  matchedRuleIds?: string[];
  applicationId?: string;
  organizationId?: string;
  createdAt?: number;
  updatedAt?: number;
}

// --- Lists ------------------------------------------------------------------------------------------

export type ListType = 'domain' | 'tld' | 'address';

/** A list of domains, TLDs or addresses that rules match with `in_list`. */
export interface List {
  id: string;
  name: string;
  description?: string | null;
  /** Immutable. */
  type: ListType;
  itemsCount?: number;
  applicationId?: string;
  organizationId?: string;
  createdAt?: number;
  updatedAt?: number;
}

export interface ListCreate {
  /** 1–256 characters. */
  name: string;
  description?: string;
  type: ListType;
}

/** `type` can't change. */
export interface ListUpdate {
  name?: string;
  description?: string | null;
}

export interface ListItem {
  id: string;
  listId: string;
  /** Lowercased and trimmed. */
  value: string;
  createdAt?: number;
}

// --- Messages ---------------------------------------------------------------------------------------

/** `client.messages.list()` filters; arrays become comma-separated values. */
export interface MessageFilter {
  /** 1–200; default 50. */
  limit?: number;
  anyEmail?: string | readonly string[];
  to?: string;
  from?: string;
  cc?: string;
  bcc?: string;
  /** A folder id (`inbox`, `sent`, …). */
  in?: string;
  unread?: boolean;
  starred?: boolean;
  threadId?: string;
  /** Unix seconds. */
  receivedBefore?: number;
  /** Unix seconds. */
  receivedAfter?: number;
  hasAttachment?: boolean;
  subject?: string;
  /** Nylas full-text syntax. */
  searchQueryNative?: string;
  fields?: 'standard' | 'include_headers' | 'include_basic_headers' | 'include_tracking_options' | 'raw_mime';
  metadataPair?: string;
  select?: string | readonly string[];
}

// --- Webhooks ---------------------------------------------------------------------------------------

export type WebhookTriggerType =
  | 'message.created' | 'message.updated' | 'message.created.truncated' | 'message.updated.truncated'
  | 'message.send_success' | 'message.send_failed' | 'message.bounce_detected'
  | 'message.opened' | 'message.link_clicked' | 'thread.replied'
  | 'message.delivered' | 'message.bounced' | 'message.complaint' | 'message.rejected'
  | 'message.intelligence.order' | 'message.intelligence.tracking'
  | 'grant.created' | 'grant.updated' | 'grant.deleted' | 'grant.expired'
  | 'folder.created' | 'folder.updated' | 'folder.deleted'
  | 'calendar.created' | 'calendar.updated' | 'calendar.deleted'
  | 'event.created' | 'event.updated' | 'event.deleted'
  | 'contact.updated' | 'contact.deleted'
  | 'booking.created' | 'booking.pending' | 'booking.rescheduled' | 'booking.cancelled' | 'booking.reminder';

export type WebhookStatus = 'active' | 'pause' | 'failing' | 'failed';

export interface Webhook {
  id: string;
  description?: string | null;
  triggerTypes: WebhookTriggerType[];
  webhookUrl: string;
  status: WebhookStatus;
  notificationEmailAddresses?: string[];
  compressedDelivery?: boolean;
  statusUpdatedAt?: number;
  createdAt?: number;
  updatedAt?: number;
}

/** Create and rotate-secret are the only answers that show the secret. */
export interface WebhookWithSecret extends Webhook {
  /** HMAC-SHA256 key of `x-nylas-signature`: store it now. */
  webhookSecret: string;
}

export interface WebhookCreate {
  triggerTypes: WebhookTriggerType[];
  /** Must answer `GET ?challenge=…` with the value within 10 s. */
  webhookUrl: string;
  description?: string;
  notificationEmailAddresses?: string[];
  compressedDelivery?: boolean;
}

export interface WebhookUpdate extends Partial<WebhookCreate> {
  status?: 'active' | 'pause';
}
