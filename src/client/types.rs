//! The client's objects and methods as TypeScript declares them (`src/typescript.rs` writes them into
//! `js/*.generated.d.ts`). Compiled under `cfg(test)` only: the client passes the API's JSON through
//! (camelCased), so these types describe it for the declarations and cost the wasm nothing. The
//! objects are structs; the unions ts-rs can't derive (literal sets, conditional shapes) are `ALIASES`.
#![allow(dead_code)] // read by ts-rs only

pub mod accounts;
pub mod domain;
pub mod rules;
pub mod signatures;
pub mod webhooks;

/// The fields of an object the application owns (flattened into it).
#[derive(ts_rs::TS)]
#[ts(rename_all = "camelCase")]
pub struct Owned {
    /// The Nylas application it belongs to.
    #[ts(optional)]
    application_id: Option<String>,
    /// The Nylas organization it belongs to.
    #[ts(optional)]
    organization_id: Option<String>,
    /// Unix seconds.
    #[ts(optional)]
    created_at: Option<f64>,
    /// Unix seconds.
    #[ts(optional)]
    updated_at: Option<f64>,
}

/// When an object was made and last changed (flattened into it).
#[derive(ts_rs::TS)]
#[ts(rename_all = "camelCase")]
pub struct Stamps {
    /// Unix seconds.
    #[ts(optional)]
    created_at: Option<f64>,
    /// Unix seconds.
    #[ts(optional)]
    updated_at: Option<f64>,
}

/// Each union's name, doc and TypeScript.
pub const ALIASES: [(&str, &str, &str); 20] = [
    ("GrantProvider", "Providers a grant can have; agent accounts are `nylas`.",
        "'nylas' | 'google' | 'microsoft' | 'imap' | 'icloud' | 'yahoo' | 'ews' | 'zoom' | 'virtual-calendar'"),
    ("AccountUpdate",
        "What `accounts.update` changes. Nylas replaces an account's settings as a whole and can't send its app password back, so a `policyId` change must come with `appPassword`: a new one keeps IMAP/SMTP access, `null` ends it (leaving it out is refused).",
        "{\n  /** The account's display name. */\n  name?: string;\n  /** Moves the account to another workspace. */\n  workspaceId?: string;\n} & (\n  | {\n      /** A new app password (checked locally first), or null to end IMAP/SMTP access; other settings are kept. */\n      appPassword?: string | null;\n      /** Only with `appPassword`. */\n      policyId?: never;\n    }\n  | {\n      /** The legacy `settings.policy_id` (a UUID), or null to detach it. */\n      policyId: string | null;\n      /** Required with `policyId`: a new app password, or null to end IMAP/SMTP access. */\n      appPassword: string | null;\n    }\n)"),
    ("DomainRecordType", "The DNS checks of a domain, in the order a person publishes them.",
        "'ownership' | 'mx' | 'spf' | 'dkim' | 'feedback'"),
    ("DomainAttemptStatus", "State of a verification attempt.", "'done' | 'failed' | 'pending'"),
    ("WorkspaceCreate",
        "With a domain, new accounts on it join the workspace unless `autoGroup` is false. Without one, the workspace takes accounts by `manualAssign` only (`autoGroup` must then be false, its default) and reports `domain: \"\"`.",
        "{\n  /** The workspace's name. */\n  name: string;\n  /** The policy its accounts use. */\n  policyId?: string;\n  /** The rules applied, in order. */\n  ruleIds?: string[];\n} & (\n  | {\n      /** The domain it groups (immutable). */\n      domain: string;\n      /** Default true. */\n      autoGroup?: boolean;\n    }\n  | {\n      /** No domain: accounts join by `manualAssign`. */\n      domain?: undefined;\n      /** Must be false. */\n      autoGroup?: false;\n    }\n)"),
    ("PolicyUpdate", "PUT, partial: only the fields given change (`options`, `limits` and `spamDetection` are replaced whole).",
        "Partial<PolicyCreate>"),
    ("RuleTrigger", "Which mail a rule applies to.", "'inbound' | 'outbound'"),
    ("RuleAddressField", "Inbound rules match `from.*` only.",
        "'from.address' | 'from.domain' | 'from.tld' | 'recipient.address' | 'recipient.domain' | 'recipient.tld'"),
    ("RuleConditionField", "What a condition looks at.", "RuleAddressField | 'outbound.type'"),
    ("RuleConditionOperator", "How a condition compares.", "'is' | 'is_not' | 'contains' | 'in_list'"),
    ("RuleCondition", "One condition: `in_list` takes list ids, `outbound.type` takes `compose` or `reply`.",
        "\n  | {\n      /** The address, domain or TLD of the sender or a recipient. */\n      field: RuleAddressField;\n      /** How it is compared. */\n      operator: 'is' | 'is_not' | 'contains';\n      /** What it is compared with. */\n      value: string;\n    }\n  | {\n      /** The address, domain or TLD of the sender or a recipient. */\n      field: RuleAddressField;\n      /** Whether it is in one of the lists. */\n      operator: 'in_list';\n      /** List ids. */\n      value: string[];\n    }\n  | {\n      /** Outbound rules: what kind of message is sent. */\n      field: 'outbound.type';\n      /** How it is compared. */\n      operator: 'is' | 'is_not';\n      /** A new message or a reply. */\n      value: 'compose' | 'reply';\n    }"),
    ("RuleMatchOperator", "Whether any or all conditions must hold.", "'any' | 'all'"),
    ("RuleActionType", "What a rule can do to a message.",
        "'block' | 'mark_as_spam' | 'assign_to_folder' | 'mark_as_read' | 'mark_as_starred' | 'archive' | 'trash'"),
    ("RuleAction", "`block` is terminal: it can't be combined with other actions.",
        "\n  | {\n      /** Moves the message to a folder. */\n      type: 'assign_to_folder';\n      /** Folder name or path. */\n      value: string;\n    }\n  | {\n      /** What is done to the message. */\n      type: Exclude<RuleActionType, 'assign_to_folder'>;\n      /** Unused. */\n      value?: string;\n    }"),
    ("RuleUpdate", "PUT, partial: only the fields given change.", "Partial<RuleCreate>"),
    ("RuleEvaluationStage", "Where in mail processing an evaluation happened.",
        "'smtp_rcpt' | 'inbox_processing' | 'outbound_send'"),
    ("ListType", "What a list holds.", "'domain' | 'tld' | 'address'"),
    ("WebhookTriggerType", "The triggers a webhook can be created for.",
        "\n  | 'message.created' | 'message.updated' | 'message.created.truncated' | 'message.updated.truncated'\n  | 'message.send_success' | 'message.send_failed' | 'message.bounce_detected'\n  | 'message.opened' | 'message.link_clicked' | 'thread.replied'\n  | 'message.delivered' | 'message.bounced' | 'message.complaint' | 'message.rejected'\n  | 'message.intelligence.order' | 'message.intelligence.tracking'\n  | 'grant.created' | 'grant.updated' | 'grant.deleted' | 'grant.expired'\n  | 'folder.created' | 'folder.updated' | 'folder.deleted'\n  | 'calendar.created' | 'calendar.updated' | 'calendar.deleted'\n  | 'event.created' | 'event.updated' | 'event.deleted'\n  | 'contact.updated' | 'contact.deleted'\n  | 'booking.created' | 'booking.pending' | 'booking.rescheduled' | 'booking.cancelled' | 'booking.reminder'"),
    ("WebhookStatus", "A webhook's state.", "'active' | 'pause' | 'failing' | 'failed'"),
    ("CreateManyStatus", "What `createMany` did with one request.", "'created' | 'existed' | 'updated' | 'failed'"),
];
