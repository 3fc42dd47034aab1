//! The objects of `client.policies`, `client.rules` and `client.lists`.
#![allow(dead_code)] // read by ts-rs only

use super::Owned;
use ts_rs::TS;

/// Sizes in bytes, periods in days; omitted = the plan's maximum; -1 = unlimited where allowed.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct PolicyLimits {
    /// Largest attachment (bytes).
    #[ts(optional)]
    limit_attachment_size_limit: Option<f64>,
    /// Most attachments per message.
    #[ts(optional)]
    limit_attachment_count_limit: Option<f64>,
    /// MIME types.
    #[ts(optional)]
    limit_attachment_allowed_types: Option<Vec<String>>,
    /// Largest message (bytes).
    #[ts(optional)]
    limit_size_total_mime: Option<f64>,
    /// Storage per inbox (bytes).
    #[ts(optional)]
    limit_storage_total: Option<f64>,
    /// Messages received per day.
    #[ts(optional)]
    limit_count_daily_message_received: Option<f64>,
    /// Messages sent per day.
    #[ts(optional)]
    limit_count_daily_email_sent: Option<f64>,
    /// Must exceed `limitSpamRetentionPeriod`.
    #[ts(optional)]
    limit_inbox_retention_period: Option<f64>,
    /// Days spam is kept.
    #[ts(optional)]
    limit_spam_retention_period: Option<f64>,
}

/// How a policy detects spam.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct SpamDetection {
    /// Check DNS block lists.
    use_list_dnsbl: bool,
    /// Check headers for anomalies.
    use_header_anomaly_detection: bool,
    /// 0.1–5.0, default 1.
    spam_sensitivity: f64,
}

/// Options of the inboxes that use the policy.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct PolicyOptions {
    /// Extra folders created in each inbox (names).
    #[ts(optional)]
    additional_folders: Option<Vec<String>>,
    /// CIDR-based email aliasing.
    #[ts(optional)]
    use_cidr_aliasing: Option<bool>,
}

/// A policy: the limits, spam detection and options of the inboxes of its workspaces.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct Policy {
    /// The id.
    id: String,
    /// The name.
    name: String,
    /// The Nylas application it belongs to.
    #[ts(optional)]
    application_id: Option<String>,
    /// The Nylas organization it belongs to.
    #[ts(optional)]
    organization_id: Option<String>,
    /// Its options.
    #[ts(optional)]
    options: Option<PolicyOptions>,
    /// Its limits.
    #[ts(optional)]
    limits: Option<PolicyLimits>,
    /// How spam is detected.
    #[ts(optional)]
    spam_detection: Option<SpamDetection>,
    /// Legacy: evaluation uses the workspace's `ruleIds`.
    #[ts(optional)]
    rules: Option<Vec<String>>,
    /// Unix seconds.
    #[ts(optional)]
    created_at: Option<f64>,
    /// Unix seconds.
    #[ts(optional)]
    updated_at: Option<f64>,
}

/// What `policies.create` makes.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct PolicyCreate {
    /// The name.
    name: String,
    /// Other keys are refused (400).
    #[ts(optional)]
    options: Option<PolicyOptions>,
    /// Its limits.
    #[ts(optional)]
    limits: Option<PolicyLimits>,
    /// How spam is detected.
    #[ts(type = "Partial<SpamDetection>", optional)]
    spam_detection: Option<()>,
    /// Rule ids.
    #[ts(optional)]
    rules: Option<Vec<String>>,
}

/// What a rule matches: its conditions and how they combine.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct RuleMatch {
    /// Default `all`.
    #[ts(type = "RuleMatchOperator", optional)]
    operator: Option<()>,
    /// At least one.
    #[ts(type = "RuleCondition[]")]
    conditions: (),
}

/// A rule: what happens to inbound or outbound mail that matches.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct Rule {
    /// The id.
    id: String,
    /// The name.
    name: String,
    /// A description for people.
    #[ts(optional = nullable)]
    description: Option<String>,
    /// 0–1000, lower runs first; default 10.
    priority: f64,
    /// Whether it runs.
    enabled: bool,
    /// Inbound or outbound mail.
    #[ts(type = "RuleTrigger")]
    trigger: (),
    /// What it matches.
    r#match: RuleMatch,
    /// What it does to a matching message.
    #[ts(type = "RuleAction[]")]
    actions: (),
    #[ts(flatten)]
    owner: Owned,
}

/// What `rules.create` makes.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct RuleCreate {
    /// The name.
    name: String,
    /// A description for people.
    #[ts(optional)]
    description: Option<String>,
    /// 0–1000, lower runs first.
    #[ts(optional)]
    priority: Option<f64>,
    /// Whether it runs.
    #[ts(optional)]
    enabled: Option<bool>,
    /// Default `inbound`.
    #[ts(type = "RuleTrigger", optional)]
    trigger: Option<()>,
    /// What it matches.
    r#match: RuleMatch,
    /// At least one.
    #[ts(type = "RuleAction[]")]
    actions: (),
}

/// What the rules were matched against (normalised, lowercase).
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct RuleEvaluationInput {
    /// The sender's address.
    #[ts(optional)]
    from_address: Option<String>,
    /// The sender's domain.
    #[ts(optional)]
    from_domain: Option<String>,
    /// The sender's TLD.
    #[ts(optional)]
    from_tld: Option<String>,
    /// Outbound evaluations only.
    #[ts(optional)]
    recipient_addresses: Option<Vec<String>>,
    /// The recipients' domains.
    #[ts(optional)]
    recipient_domains: Option<Vec<String>>,
    /// The recipients' TLDs.
    #[ts(optional)]
    recipient_tlds: Option<Vec<String>>,
    /// A new message or a reply.
    #[ts(type = "'compose' | 'reply'", optional)]
    outbound_type: Option<()>,
}

/// What the matching rules did.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct RuleEvaluationAppliedActions {
    /// Whether it is blocked.
    #[ts(optional)]
    blocked: Option<bool>,
    /// Blocked because the evaluation failed (evaluation fails closed), not by a rule.
    #[ts(optional)]
    blocked_by_evaluation_error: Option<bool>,
    /// Moved to spam.
    #[ts(optional)]
    marked_as_spam: Option<bool>,
    /// Marked read.
    #[ts(optional)]
    marked_as_read: Option<bool>,
    /// Starred.
    #[ts(optional)]
    marked_starred: Option<bool>,
    /// Archived.
    #[ts(optional)]
    archived: Option<bool>,
    /// Moved to trash.
    #[ts(optional)]
    trashed: Option<bool>,
    /// Folders it was assigned to.
    #[ts(optional)]
    folder_ids: Option<Vec<String>>,
}

/// One audit record of `client.rules.evaluations(idOrEmail)`: how an account's rules met one message.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct RuleEvaluation {
    /// The id.
    id: String,
    /// The grant (account) it concerns.
    grant_id: String,
    /// Absent when no message was stored (a message blocked at `smtp_rcpt`).
    #[ts(optional = nullable)]
    message_id: Option<String>,
    /// Unix seconds.
    #[ts(optional)]
    evaluated_at: Option<f64>,
    /// Where in mail processing it happened.
    #[ts(type = "RuleEvaluationStage", optional)]
    evaluation_stage: Option<()>,
    /// What the rules were matched against.
    #[ts(optional)]
    evaluation_input: Option<RuleEvaluationInput>,
    /// What the matching rules did.
    #[ts(optional)]
    applied_actions: Option<RuleEvaluationAppliedActions>,
    /// Ids of the rules that matched.
    #[ts(optional)]
    matched_rule_ids: Option<Vec<String>>,
    #[ts(flatten)]
    owner: Owned,
}

/// A list of domains, TLDs or addresses that rules match with `in_list`.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct List {
    /// The id.
    id: String,
    /// The name.
    name: String,
    /// A description for people.
    #[ts(optional = nullable)]
    description: Option<String>,
    /// Immutable.
    #[ts(type = "ListType")]
    r#type: (),
    /// How many values it holds.
    #[ts(optional)]
    items_count: Option<f64>,
    #[ts(flatten)]
    owner: Owned,
}

/// What `lists.create` makes.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct ListCreate {
    /// 1–256 characters.
    name: String,
    /// A description for people.
    #[ts(optional)]
    description: Option<String>,
    /// Its type.
    #[ts(type = "ListType")]
    r#type: (),
}

/// `type` can't change.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct ListUpdate {
    /// The name.
    #[ts(optional)]
    name: Option<String>,
    /// A description for people.
    #[ts(optional = nullable)]
    description: Option<String>,
}

/// One value of a list.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct ListItem {
    /// The id.
    id: String,
    /// The list it belongs to.
    list_id: String,
    /// Lowercased and trimmed.
    value: String,
    /// Unix seconds.
    #[ts(optional)]
    created_at: Option<f64>,
}
