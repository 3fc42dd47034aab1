// ---------------------------------------------------------------------------------------------------
// The API's objects, continued (policies, rules, lists, messages, webhooks): concatenated after
// js/client-objects.d.ts into pkg/index.d.ts, like it; no imports.
// ---------------------------------------------------------------------------------------------------

// --- Policies ---------------------------------------------------------------------------------------

/** Sizes in bytes, periods in days; omitted = the plan's maximum; -1 = unlimited where allowed. */
export interface PolicyLimits {
  /** Largest attachment (bytes). */
  limitAttachmentSizeLimit?: number;
  /** Most attachments per message. */
  limitAttachmentCountLimit?: number;
  /** MIME types. */
  limitAttachmentAllowedTypes?: string[];
  /** Largest message (bytes). */
  limitSizeTotalMime?: number;
  /** Storage per inbox (bytes). */
  limitStorageTotal?: number;
  /** Messages received per day. */
  limitCountDailyMessageReceived?: number;
  /** Messages sent per day. */
  limitCountDailyEmailSent?: number;
  /** Must exceed `limitSpamRetentionPeriod`. */
  limitInboxRetentionPeriod?: number;
  /** Days spam is kept. */
  limitSpamRetentionPeriod?: number;
}

/** How a policy detects spam. */
export interface SpamDetection {
  /** Check DNS block lists. */
  useListDnsbl: boolean;
  /** Check headers for anomalies. */
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

/** A policy: the limits, spam detection and options of the inboxes of its workspaces. */
export interface Policy {
  /** The id. */
  id: string;
  /** The name. */
  name: string;
  /** The Nylas application it belongs to. */
  applicationId?: string;
  /** The Nylas organization it belongs to. */
  organizationId?: string;
  /** Its options. */
  options?: PolicyOptions;
  /** Its limits. */
  limits?: PolicyLimits;
  /** How spam is detected. */
  spamDetection?: SpamDetection;
  /** Legacy: evaluation uses the workspace's `ruleIds`. */
  rules?: string[];
  /** Unix seconds. */
  createdAt?: number;
  /** Unix seconds. */
  updatedAt?: number;
}

/** What `policies.create` makes. */
export interface PolicyCreate {
  /** The name. */
  name: string;
  /** Other keys are refused (400). */
  options?: PolicyOptions;
  /** Its limits. */
  limits?: PolicyLimits;
  /** How spam is detected. */
  spamDetection?: Partial<SpamDetection>;
  /** Rule ids. */
  rules?: string[];
}

/** PUT, partial: only the fields given change (`options`, `limits` and `spamDetection` are replaced whole). */
export type PolicyUpdate = Partial<PolicyCreate>;

// --- Rules ------------------------------------------------------------------------------------------

/** Which mail a rule applies to. */
export type RuleTrigger = 'inbound' | 'outbound';

/** Inbound rules match `from.*` only. */
export type RuleAddressField =
  | 'from.address' | 'from.domain' | 'from.tld' | 'recipient.address' | 'recipient.domain' | 'recipient.tld';
/** What a condition looks at. */
export type RuleConditionField = RuleAddressField | 'outbound.type';
/** How a condition compares. */
export type RuleConditionOperator = 'is' | 'is_not' | 'contains' | 'in_list';

/** One condition: `in_list` takes list ids, `outbound.type` takes `compose` or `reply`. */
export type RuleCondition =
  | {
      /** The address, domain or TLD of the sender or a recipient. */
      field: RuleAddressField;
      /** How it is compared. */
      operator: 'is' | 'is_not' | 'contains';
      /** What it is compared with. */
      value: string;
    }
  | {
      /** The address, domain or TLD of the sender or a recipient. */
      field: RuleAddressField;
      /** Whether it is in one of the lists. */
      operator: 'in_list';
      /** List ids. */
      value: string[];
    }
  | {
      /** Outbound rules: what kind of message is sent. */
      field: 'outbound.type';
      /** How it is compared. */
      operator: 'is' | 'is_not';
      /** A new message or a reply. */
      value: 'compose' | 'reply';
    };

/** Whether any or all conditions must hold. */
export type RuleMatchOperator = 'any' | 'all';

/** What a rule matches: its conditions and how they combine. */
export interface RuleMatch {
  /** Default `all`. */
  operator?: RuleMatchOperator;
  /** At least one. */
  conditions: RuleCondition[];
}

/** What a rule can do to a message. */
export type RuleActionType =
  | 'block' | 'mark_as_spam' | 'assign_to_folder' | 'mark_as_read' | 'mark_as_starred' | 'archive' | 'trash';

/** `block` is terminal: it can't be combined with other actions. */
export type RuleAction =
  | {
      /** Moves the message to a folder. */
      type: 'assign_to_folder';
      /** Folder name or path. */
      value: string;
    }
  | {
      /** What is done to the message. */
      type: Exclude<RuleActionType, 'assign_to_folder'>;
      /** Unused. */
      value?: string;
    };

/** A rule: what happens to inbound or outbound mail that matches. */
export interface Rule {
  /** The id. */
  id: string;
  /** The name. */
  name: string;
  /** A description for people. */
  description?: string | null;
  /** 0–1000, lower runs first; default 10. */
  priority: number;
  /** Whether it runs. */
  enabled: boolean;
  /** Inbound or outbound mail. */
  trigger: RuleTrigger;
  /** What it matches. */
  match: RuleMatch;
  /** What it does to a matching message. */
  actions: RuleAction[];
  /** The Nylas application it belongs to. */
  applicationId?: string;
  /** The Nylas organization it belongs to. */
  organizationId?: string;
  /** Unix seconds. */
  createdAt?: number;
  /** Unix seconds. */
  updatedAt?: number;
}

/** What `rules.create` makes. */
export interface RuleCreate {
  /** The name. */
  name: string;
  /** A description for people. */
  description?: string;
  /** 0–1000, lower runs first. */
  priority?: number;
  /** Whether it runs. */
  enabled?: boolean;
  /** Default `inbound`. */
  trigger?: RuleTrigger;
  /** What it matches. */
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
  /** The sender's address. */
  fromAddress?: string;
  /** The sender's domain. */
  fromDomain?: string;
  /** The sender's TLD. */
  fromTld?: string;
  /** Outbound evaluations only. */
  recipientAddresses?: string[];
  /** The recipients' domains. */
  recipientDomains?: string[];
  /** The recipients' TLDs. */
  recipientTlds?: string[];
  /** A new message or a reply. */
  outboundType?: 'compose' | 'reply';
}

/** What the matching rules did. */
export interface RuleEvaluationAppliedActions {
  /** Whether it is blocked. */
  blocked?: boolean;
  /** Blocked because the evaluation failed (evaluation fails closed), not by a rule. */
  blockedByEvaluationError?: boolean;
  /** Moved to spam. */
  markedAsSpam?: boolean;
  /** Marked read. */
  markedAsRead?: boolean;
  /** Starred. */
  markedStarred?: boolean;
  /** Archived. */
  archived?: boolean;
  /** Moved to trash. */
  trashed?: boolean;
  /** Folders it was assigned to. */
  folderIds?: string[];
}

/** One audit record of `client.rules.evaluations(idOrEmail)`: how an account's rules met one message. */
export interface RuleEvaluation {
  /** The id. */
  id: string;
  /** The grant (account) it concerns. */
  grantId: string;
  /** Absent when no message was stored (a message blocked at `smtp_rcpt`). */
  messageId?: string | null;
  /** Unix seconds. */
  evaluatedAt?: number;
  /** Where in mail processing it happened. */
  evaluationStage?: RuleEvaluationStage;
  /** What the rules were matched against. */
  evaluationInput?: RuleEvaluationInput;
  /** What the matching rules did. */
  appliedActions?: RuleEvaluationAppliedActions;
  /** Ids of the rules that matched. */
  matchedRuleIds?: string[];
  /** The Nylas application it belongs to. */
  applicationId?: string;
  /** The Nylas organization it belongs to. */
  organizationId?: string;
  /** Unix seconds. */
  createdAt?: number;
  /** Unix seconds. */
  updatedAt?: number;
}

// --- Lists ------------------------------------------------------------------------------------------

/** What a list holds. */
export type ListType = 'domain' | 'tld' | 'address';

/** A list of domains, TLDs or addresses that rules match with `in_list`. */
export interface List {
  /** The id. */
  id: string;
  /** The name. */
  name: string;
  /** A description for people. */
  description?: string | null;
  /** Immutable. */
  type: ListType;
  /** How many values it holds. */
  itemsCount?: number;
  /** The Nylas application it belongs to. */
  applicationId?: string;
  /** The Nylas organization it belongs to. */
  organizationId?: string;
  /** Unix seconds. */
  createdAt?: number;
  /** Unix seconds. */
  updatedAt?: number;
}

/** What `lists.create` makes. */
export interface ListCreate {
  /** 1–256 characters. */
  name: string;
  /** A description for people. */
  description?: string;
  /** Its type. */
  type: ListType;
}

/** `type` can't change. */
export interface ListUpdate {
  /** The name. */
  name?: string;
  /** A description for people. */
  description?: string | null;
}

/** One value of a list. */
export interface ListItem {
  /** The id. */
  id: string;
  /** The list it belongs to. */
  listId: string;
  /** Lowercased and trimmed. */
  value: string;
  /** Unix seconds. */
  createdAt?: number;
}

// --- Messages ---------------------------------------------------------------------------------------

/** A name and address in a message: one type for messages and notifications. */
export type EmailParticipant = WebhookParticipant;

/** An attachment of a message: one type for messages and notifications. */
export type MessageAttachment = WebhookAttachment;

/** A message as `client.messages.list()` returns it: a notification's message, whose date is always set. */
export interface Message extends WebhookMessage {
  /** Unix seconds. */
  date: number;
  /** The whole message, with `fields: 'raw_mime'`. */
  rawMime?: string;
}

/** `client.messages.list()` filters; arrays become comma-separated values. */
export interface MessageFilter {
  /** 1–200; default 50. */
  limit?: number;
  /** Any participant. */
  anyEmail?: string | readonly string[];
  /** Recipient address. */
  to?: string;
  /** Sender address. */
  from?: string;
  /** Copied address. */
  cc?: string;
  /** Blind-copied address. */
  bcc?: string;
  /** A folder id (`inbox`, `sent`, …). */
  in?: string;
  /** Unread only (or read only). */
  unread?: boolean;
  /** Starred only. */
  starred?: boolean;
  /** One thread. */
  threadId?: string;
  /** Unix seconds. */
  receivedBefore?: number;
  /** Unix seconds. */
  receivedAfter?: number;
  /** With attachments only. */
  hasAttachment?: boolean;
  /** Subject contains. */
  subject?: string;
  /** Nylas full-text syntax. */
  searchQueryNative?: string;
  /** Which fields the API returns. */
  fields?: 'standard' | 'include_headers' | 'include_basic_headers' | 'include_tracking_options' | 'raw_mime';
  /** `key:value` of your metadata. */
  metadataPair?: string;
  /** Fields to return. */
  select?: string | readonly string[];
}

// --- Webhooks ---------------------------------------------------------------------------------------

/** The triggers a webhook can be created for. */
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

/** A webhook's state. */
export type WebhookStatus = 'active' | 'pause' | 'failing' | 'failed';

/** A webhook: where Nylas posts notifications of which triggers. */
export interface Webhook {
  /** The id. */
  id: string;
  /** A description for people. */
  description?: string | null;
  /** The triggers it is sent for. */
  triggerTypes: WebhookTriggerType[];
  /** Where notifications are posted. */
  webhookUrl: string;
  /** Its state. */
  status: WebhookStatus;
  /** Who is told when deliveries fail. */
  notificationEmailAddresses?: string[];
  /** Gzip-compressed bodies. */
  compressedDelivery?: boolean;
  /** Unix seconds. */
  statusUpdatedAt?: number;
  /** Unix seconds. */
  createdAt?: number;
  /** Unix seconds. */
  updatedAt?: number;
}

/** Create and rotate-secret are the only answers that show the secret. */
export interface WebhookWithSecret extends Webhook {
  /** HMAC-SHA256 key of `x-nylas-signature`: store it now. */
  webhookSecret: string;
}

/** What `webhooks.create` makes. */
export interface WebhookCreate {
  /** The triggers it is sent for. */
  triggerTypes: WebhookTriggerType[];
  /** Must answer `GET ?challenge=…` with the value within 10 s. */
  webhookUrl: string;
  /** A description for people. */
  description?: string;
  /** Who is told when deliveries fail. */
  notificationEmailAddresses?: string[];
  /** Gzip-compressed bodies. */
  compressedDelivery?: boolean;
}

/** What `webhooks.update` changes (`status` pauses or resumes it). */
export interface WebhookUpdate extends Partial<WebhookCreate> {
  /** Its state. */
  status?: 'active' | 'pause';
}
