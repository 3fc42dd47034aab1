//! The objects of `client.accounts`, `client.connector`, `client.domains` and `client.workspaces`.
#![allow(dead_code)] // read by ts-rs only

use super::Stamps;
use crate::webhook::types::More;
use ts_rs::TS;

/// A grant's `settings` as the API echoes them (camelCase); never the app password.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct AccountSettings {
    /// The email address.
    #[ts(optional)]
    email: Option<String>,
    /// Legacy beta field.
    #[ts(optional)]
    policy_id: Option<String>,
    #[ts(rename = "[key: string]")]
    more: More,
}

/// An agent account: a grant with provider `nylas`.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct Account {
    /// The grant id.
    id: String,
    /// The provider.
    #[ts(type = "GrantProvider")]
    provider: (),
    /// The email address.
    #[ts(optional)]
    email: Option<String>,
    /// The name.
    #[ts(optional = nullable)]
    name: Option<String>,
    /// `invalid` when the account must be re-authenticated.
    #[ts(type = "'valid' | 'invalid'", optional)]
    grant_status: Option<()>,
    /// The granted scopes.
    #[ts(optional)]
    scope: Option<Vec<String>>,
    /// Its settings.
    #[ts(optional)]
    settings: Option<AccountSettings>,
    /// The workspace it belongs to.
    #[ts(optional = nullable)]
    workspace_id: Option<String>,
    /// The connector credential used.
    #[ts(optional = nullable)]
    credential_id: Option<String>,
    /// Whether it is blocked.
    #[ts(optional)]
    blocked: Option<bool>,
    /// Other addresses of the account.
    #[ts(optional)]
    email_aliases: Option<Vec<String>>,
    /// The IP address it was created from.
    #[ts(optional)]
    ip: Option<String>,
    /// The user agent it was created with.
    #[ts(optional)]
    user_agent: Option<String>,
    /// The OAuth state it was created with.
    #[ts(optional)]
    state: Option<String>,
    /// The provider's id of the user.
    #[ts(optional)]
    provider_user_id: Option<String>,
    /// Unix seconds.
    created_at: f64,
    /// Unix seconds.
    #[ts(optional)]
    updated_at: Option<f64>,
}

/// `client.accounts.list()` filters (offset paging is the client's business: follow the ListCall).
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct AccountListFilter {
    /// Accounts per page, 1–200; default 200.
    #[ts(optional)]
    limit: Option<f64>,
    /// Start here instead of at the first account.
    #[ts(optional)]
    offset: Option<f64>,
    /// The email address.
    #[ts(optional)]
    email: Option<String>,
    /// `invalid` when the account must be re-authenticated.
    #[ts(type = "'valid' | 'invalid'", optional)]
    grant_status: Option<()>,
    /// The workspace it belongs to.
    #[ts(optional)]
    workspace_id: Option<String>,
    /// The IP address it was created from.
    #[ts(optional)]
    ip: Option<String>,
    /// Created at or after (Unix seconds).
    #[ts(optional)]
    since: Option<f64>,
    /// Created before (Unix seconds).
    #[ts(optional)]
    before: Option<f64>,
    /// The order's key.
    #[ts(type = "'created_at' | 'updated_at'", optional)]
    sort_by: Option<()>,
    /// Ascending or descending.
    #[ts(type = "'asc' | 'desc'", optional)]
    order_by: Option<()>,
}

/// The application's `nylas` connector (Nylas calls it an integration).
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct Connector {
    /// The name.
    #[ts(optional)]
    name: Option<String>,
    /// The provider.
    provider: String,
    /// Its settings.
    #[ts(type = "{ policyId?: string; [key: string]: unknown }", optional)]
    settings: Option<()>,
    /// The granted scopes.
    #[ts(optional)]
    scope: Option<Vec<String>>,
    /// The connector credential in use.
    #[ts(optional = nullable)]
    active_credential_id: Option<String>,
}

/// `nylas agent status`, computed client side (there is no server endpoint).
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct ConnectorStatus {
    /// Whether the `nylas` connector exists.
    connector_configured: bool,
    /// The connector, or null.
    connector: Option<Connector>,
    /// How many accounts there are.
    account_count: f64,
    /// Every agent account, all pages.
    accounts: Vec<Account>,
}

/// A domain as the Manage Domains API returns it: a `Domain` with its id and flags present.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct RegisteredDomain {
    /// The id.
    id: String,
    /// The name.
    name: String,
    /// Whether it is a branded domain.
    branded: bool,
    /// The data region.
    #[ts(type = "Region")]
    region: (),
    /// The ownership record is verified.
    verified_ownership: bool,
    /// The MX record is verified.
    verified_mx: bool,
    /// The SPF record is verified.
    verified_spf: bool,
    /// The DKIM record is verified.
    verified_dkim: bool,
    /// The feedback record is verified.
    verified_feedback: bool,
    /// Unix seconds.
    created_at: f64,
}

/// What `domains.create` registers.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct DomainCreate {
    /// The name.
    name: String,
    /// The DNS name, e.g. `agents.acme.com`, or a trial `<label>.nylas.email`.
    domain_address: String,
}

/// What `domains.update` changes.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct DomainUpdate {
    /// The only mutable field.
    name: String,
}

/// The record of a verification attempt.
#[derive(TS)]
pub struct DomainAttempt {
    /// The check.
    #[ts(type = "DomainRecordType")]
    r#type: (),
    /// The record to publish.
    options: DomainRecordOptions,
}

/// One DNS record to publish.
#[derive(TS)]
pub struct DomainRecordOptions {
    /// Relative to the domain; `@` is the apex.
    host: String,
    /// DNS record type: `TXT`, `MX`, `CNAME`…
    r#type: String,
    /// The record's value.
    value: String,
}

/// `domains.info()` / `domains.verify()`: the record to publish for one type and how its check went.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct DomainVerification {
    /// The domain.
    domain_id: String,
    /// The record asked for.
    attempt: DomainAttempt,
    /// Its state.
    #[ts(type = "DomainAttemptStatus")]
    status: (),
    /// What happened.
    #[ts(optional)]
    message: Option<String>,
    /// Unix seconds.
    #[ts(optional)]
    created_at: Option<f64>,
    /// Some values are temporary: fetch them again after this (Unix seconds).
    #[ts(optional)]
    expires_at: Option<f64>,
}

/// One record of `domains.records()`: null where the API gave nothing.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct DomainRecord {
    /// Its type.
    #[ts(type = "DomainRecordType")]
    r#type: (),
    /// Relative to the domain; `@` is the apex.
    host: Option<String>,
    /// DNS record type: `TXT`, `MX`, `CNAME`…
    record_type: Option<String>,
    /// The value.
    value: Option<String>,
    /// Its state.
    #[ts(type = "DomainAttemptStatus | null")]
    status: (),
    /// Unix seconds.
    expires_at: Option<f64>,
}

/// One check of `domains.doctor()`.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct DomainCheck {
    /// Its type.
    #[ts(type = "DomainRecordType")]
    r#type: (),
    /// Whether the check passed.
    verified: bool,
    /// Ownership and MX: mailboxes can't be created before both are verified.
    required_for_mailboxes: bool,
    /// The record to publish (null for a trial domain, which needs none).
    record: Option<DomainRecord>,
    /// What to do; null once verified.
    fix: Option<String>,
}

/// What stands between a domain and its first mailbox.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct DomainDoctor {
    /// Its domain.
    domain: RegisteredDomain,
    /// A `*.nylas.email` trial domain: no DNS needed.
    trial: bool,
    /// Whether mailboxes can be created now.
    ready_for_mailboxes: bool,
    /// One per record type.
    checks: Vec<DomainCheck>,
}

/// A workspace: accounts grouped by domain or by hand, sharing a policy and rules.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct Workspace {
    /// The id (the API calls it `workspace_id`, not `id`).
    workspace_id: String,
    /// The Nylas application it belongs to.
    #[ts(optional)]
    application_id: Option<String>,
    /// The name.
    name: String,
    /// The domain it groups (immutable); `""` when created without one; null for the default workspace.
    #[ts(optional = nullable)]
    domain: Option<String>,
    /// Whether accounts on its domain join it by themselves.
    #[ts(optional)]
    auto_group: Option<bool>,
    /// The application's default workspace (cannot be deleted).
    #[ts(optional)]
    r#default: Option<bool>,
    /// The policy attached.
    #[ts(optional = nullable)]
    policy_id: Option<String>,
    /// The rules applied, in order.
    #[ts(optional)]
    rule_ids: Option<Vec<String>>,
    #[ts(flatten)]
    stamps: Stamps,
}

/// What `workspaces.update` changes.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct WorkspaceUpdate {
    /// The name.
    #[ts(optional)]
    name: Option<String>,
    /// Whether accounts on its domain join it by themselves.
    #[ts(optional)]
    auto_group: Option<bool>,
    /// null detaches the policy.
    #[ts(optional = nullable)]
    policy_id: Option<String>,
    /// The rules applied, in order.
    #[ts(optional)]
    rule_ids: Option<Vec<String>>,
}

/// What `workspaces.manualAssign` moves.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct ManualAssign {
    /// Grant ids to move here (at most 500).
    #[ts(optional)]
    assign_grants: Option<Vec<String>>,
    /// Grant ids to move back to the default workspace (at most 500).
    #[ts(optional)]
    remove_grants: Option<Vec<String>>,
}

/// The accounts `workspaces.manualAssign` moved.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct ManualAssignResult {
    /// The Nylas application it belongs to.
    #[ts(optional)]
    application_id: Option<String>,
    /// The workspace it belongs to.
    workspace_id: String,
    /// Its domain.
    #[ts(optional = nullable)]
    domain: Option<String>,
    /// Grant ids moved here.
    grants_assigned: Vec<String>,
    /// Grant ids moved back to the default workspace.
    grants_removed: Vec<String>,
}

/// Which accounts `workspaces.autoGroup` groups.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct AutoGroupRequest {
    /// Only accounts created after this (Unix seconds).
    #[ts(optional)]
    after_created_at: Option<f64>,
    /// Group invalid accounts too.
    #[ts(optional)]
    invalid_also: Option<bool>,
    /// Only accounts of this domain.
    #[ts(optional)]
    specific_domain: Option<String>,
}

/// The job `workspaces.autoGroup` started.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct AutoGroupResult {
    /// The job started.
    job_id: String,
    /// What happened.
    #[ts(optional)]
    message: Option<String>,
}
