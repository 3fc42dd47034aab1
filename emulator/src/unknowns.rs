//! Every behaviour that `shared/nylas-api.md` marks UNKNOWN or inferred, chosen in one place.
//!
//! Each constant or function here is a guess about the real Nylas service. When the real behaviour is
//! learned, change it here and nowhere else; the README's "Unknowns" section mirrors this file.

/// Error `type` strings. The docs' error page uses the `api.`-prefixed forms; the SPEC examples also show
/// un-prefixed ones. We answer with the documented prefixed forms; clients must treat `type` as an open string.
pub mod error_type {
    /// 400: a malformed or invalid request.
    pub const INVALID_REQUEST: &str = "api.invalid_request_error";
    /// 400: the body is not valid JSON.
    pub const INVALID_PAYLOAD: &str = "api.invalid_request_payload";
    /// 401: missing or wrong API key / service-account signature.
    pub const AUTHENTICATION: &str = "api.authentication_error";
    /// 404: unknown resource (also an unregistered email domain on create, see below).
    pub const NOT_FOUND: &str = "api.not_found_error";
    /// 409: a resource that must be unique already exists (connector provider, domain address).
    pub const CONFLICT: &str = "api.conflict_error";
    /// 429: rate limited.
    pub const RATE_LIMIT: &str = "api.rate_limit_error";
    /// 500 and friends, for injected faults.
    pub const INTERNAL: &str = "api.internal_error";
    /// 502/503/504 injected faults: the docs list `api.provider_error` for 504.
    pub const GATEWAY: &str = "api.provider_error";
}

/// An email whose domain is not registered: nylas/cli#107 saw "Resource not found" (404). We keep the
/// 404 status and `not_found` type but make the message say what is wrong (the words "domain" and
/// "not registered" are what the CLI keys on).
pub fn domain_not_registered_message(domain: &str) -> String {
    format!(
        "domain {domain} is not registered with this organization: register it with POST /v3/admin/domains \
         (or start the emulator with --domain {domain})"
    )
}

/// A registered custom domain whose ownership or MX record is not verified: 400 invalid request. The
/// message avoids the words "not registered" so a client does not mistake it for a missing domain.
pub const UNVERIFIED_DOMAIN_STATUS: u16 = 400;

/// Creating an account for an email that already has a grant in the application answers like BYO auth
/// re-authentication: the existing grant (same id), status 201. A given `app_password` replaces the
/// stored one (re-authentication updates credentials); name, workspace and settings are left alone.
pub const RECREATE_RETURNS_EXISTING: bool = true;

/// The plan's account cap (`--max-accounts`) answers 400 invalid request with this message. The real
/// status and type are unknown; the message avoids the word "domain" (the CLI reads "domain" + "limit"
/// as the domain cap).
pub fn account_cap_message(max: usize) -> String {
    format!("agent account limit reached: this plan allows {max} accounts; delete one or upgrade the plan")
}

/// `POST /v3/connect/custom` without a `nylas` connector: other BYO providers need their connector, and the
/// CLI creates it before every create, so we require it (400). `--auto-connector` creates it at start.
pub const REQUIRE_NYLAS_CONNECTOR: bool = true;

/// What an agent grant's `settings` echoes: the settings object as last sent, minus `app_password`
/// (never readable). `scope` is an empty array (the SPEC requires the key; scopes don't apply to
/// agent accounts) and `grant_status` is always `valid`.
pub const GRANT_SCOPE: [&str; 0] = [];

/// PATCH grant replaces `settings` wholesale, so a PATCH whose settings omit `app_password` clears it
/// (IMAP/SMTP then refused), exactly as the CLI fears: it always re-sends email and app_password.
/// A `settings.email` that differs from the grant's email is rejected (400): the address is immutable.
pub const PATCH_WITHOUT_PASSWORD_CLEARS_IT: bool = true;

/// PATCH grant also accepts top-level `name` (the CLI sends it) and `workspace_id` (SKILL says it
/// moves the grant); the SPEC body lists only settings and scope.
pub const PATCH_ACCEPTS_NAME_AND_WORKSPACE: bool = true;

/// `limit` above the documented maximum (or below 1) answers 400 rather than being clamped silently,
/// so a client bug surfaces in tests.
pub const LIMIT_OUT_OF_RANGE_IS_ERROR: bool = true;

/// Deleting a policy that workspaces use detaches it from them (their `policy_id` becomes null); deleting
/// a rule removes it from every workspace's `rule_ids`; deleting a list used by a rule is refused (400).
pub const DELETE_POLICY_DETACHES: bool = true;

/// Deleting a non-default workspace moves its grants to the default workspace.
pub const DELETED_WORKSPACE_GRANTS_GO_TO_DEFAULT: bool = true;

/// Adding list items answers 200 with the list (its `items_count` updated); only list create is 201.
pub const LIST_ITEMS_ADD_STATUS: u16 = 200;

/// System folder ids of an agent mailbox: the folder names themselves (lowercase).
pub const SYSTEM_FOLDERS: [&str; 6] = ["inbox", "sent", "drafts", "trash", "junk", "archive"];

/// DNS records that `/info` asks a custom domain to publish. The real MX host, SPF include and DKIM
/// selector are unknown; these are plausible stand-ins, stable per domain.
pub mod dns {
    /// Host and value of the ownership TXT record (value suffix is derived from the domain id).
    pub const OWNERSHIP_PREFIX: &str = "nylas-ownership-verify=";
    /// MX host for inbound mail (priority 10), region-specific.
    pub const MX_HOST_US: &str = "mx.us.nylas.email";
    /// The SPF include.
    pub const SPF_VALUE: &str = "v=spf1 include:spf.nylas.email ~all";
    /// DKIM selector host (a CNAME to a Nylas-managed key).
    pub const DKIM_HOST: &str = "nylas._domainkey";
    /// Host of the feedback (bounce) MX record.
    pub const FEEDBACK_HOST: &str = "bounce";
    /// Target of the feedback MX record.
    pub const FEEDBACK_MX: &str = "feedback.us.nylas.email";
    /// Seconds an `/info` attempt stays valid (`expires_at`).
    pub const ATTEMPT_TTL_SECS: i64 = 3600;
}

/// Which records make a custom domain usable for agent accounts: ownership and MX (SPF/DKIM are only
/// needed for sending, so they are not checked at account creation).
pub const DOMAIN_USABLE_NEEDS: [&str; 2] = ["ownership", "mx"];

/// The Manage Domains signature window, in seconds either side of the server's clock.
pub const SIGNATURE_WINDOW_SECS: i64 = 300;

/// A wrong or missing API key: 401 `api.authentication_error` (the docs also list a 400
/// `token.unauthorized_access`; we use one answer for both).
pub const AUTH_FAILURE_STATUS: u16 = 401;

/// Webhook deliveries retried on these statuses (and on network errors), three attempts in total.
pub const WEBHOOK_RETRY_STATUSES: [u16; 6] = [408, 429, 502, 503, 504, 507];

/// Backoff before the 2nd and 3rd delivery attempts. The real service backs off for minutes; the
/// emulator keeps tests fast.
pub const WEBHOOK_BACKOFF_MS: [u64; 2] = [200, 400];

/// The emulator delivers webhooks (and sends the challenge) only to loopback `http://` URLs: it is a test
/// tool and must never send traffic off the machine. Other URLs are refused with 400 at create.
pub const WEBHOOKS_LOOPBACK_ONLY: bool = true;

/// An address (`settings.email`, or a domain name) that the package's own checks reject. The real
/// service's rules for `settings.email` are not published, nor how it answers an address outside
/// them (which status, which `type`, whether it stores a zero-width space or `bøt@` at all): the
/// emulator holds every address to the package's documented profile (PRODUCT.md) and answers 400
/// `api.invalid_request_error` whose message lists the problem codes, so a client can branch on them.
pub const INVALID_EMAIL_STATUS: u16 = 400;

/// The message of that 400: `subject` (e.g. "settings.email is not a valid email address"), the
/// problem codes in parentheses, then what each problem says. Never the whole address: a control or
/// zero-width character in it would make the message as confusing as the address.
pub fn invalid_email_message(subject: &str, problems: &[nylas_agent_accounts::Problem]) -> String {
    let codes: Vec<&str> = problems.iter().map(|p| p.code.as_str()).collect();
    let details: Vec<&str> = problems.iter().map(|p| p.message.as_ref()).collect();
    format!("{subject} ({}): {}", codes.join(", "), details.join(" "))
}

/// Rule evaluations of inbound deliveries (`GET /v3/grants/{id}/rule-evaluations`). The SDKs give the
/// record's shape and the stage names, not when each stage is used.
pub mod evaluation {
    /// A delivery that a block rule matched is refused during the SMTP conversation: it is never stored,
    /// fires no webhook, and its record has this stage and no `message_id`. Block rules run before the
    /// others, lowest priority first; the first match ends the evaluation (`block` is terminal).
    pub const STAGE_BLOCKED: &str = "smtp_rcpt";
    /// Every other delivery is evaluated once stored: one record with this stage and the message's id,
    /// listing every matching rule; their actions apply together.
    pub const STAGE_DELIVERED: &str = "inbox_processing";
    /// Every delivery is recorded, also when no rule matched (`matched_rule_ids: []`, nothing applied)
    /// and when the workspace has no rules: the list then proves the delivery was evaluated.
    pub const RECORDED_WITHOUT_RULES: bool = true;
    /// Where the actions put a message, the message has one folder: `trash` over `junk` (spam) over
    /// `archive` over the first `assign_to_folder` folder. A folder value that names no system folder
    /// becomes a folder id as written (the emulator has no custom folders).
    pub const FOLDER_PRECEDENCE: [&str; 4] = ["trash", "junk", "archive", "assign_to_folder"];
}

/// A workspace created without a domain (allowed when `auto_group` is false, which is then its
/// default) reports `"domain": ""`, as both official SDKs document; the default workspace keeps
/// `null`. A domain-less workspace with `auto_group: true` is refused (400): it has nothing to group by.
pub const DOMAINLESS_WORKSPACE_DOMAIN: &str = "";

/// `GET`, `DELETE` and `POST …/manual-assign` on `/v3/workspaces/{id}` also take the workspace's domain
/// in place of its id (the Python SDK's docstrings say so); `PATCH` takes only the id (its docstring says
/// a domain is not accepted) and answers 404 for a domain. A path segment with a dot is read as a domain.
pub const WORKSPACE_PATH_ACCEPTS_DOMAIN: bool = true;

/// Policy `options`: `additional_folders` is a list of folder names (both official SDKs model it so;
/// nylas-api.md's "bool" is not what they send) and `use_cidr_aliasing` a boolean. Any other key is
/// refused (400) rather than dropped; a policy shows both options, with these defaults when not set.
pub const POLICY_OPTION_KEYS: [&str; 2] = ["additional_folders", "use_cidr_aliasing"];

/// Boolean query parameters (`unread=…`, `starred=…`) accept the spellings of Go's `strconv.ParseBool`:
/// the Python SDK sends Python's `True`/`False`, and an API its official SDK could not filter with is
/// unlikely. Anything else is a 400.
pub const QUERY_TRUE: [&str; 6] = ["true", "True", "TRUE", "t", "T", "1"];
/// The false spellings, as `QUERY_TRUE`.
pub const QUERY_FALSE: [&str; 6] = ["false", "False", "FALSE", "f", "F", "0"];
