//! Command-line flags (clap) and the run-time configuration they make.

use clap::Parser;
use std::path::PathBuf;

/// The API key accepted when `--api-key` is not given.
pub const DEFAULT_API_KEY: &str = "nyk_emulator";

/// A local emulator of the Nylas v3 Agent Accounts API, for tests and local development.
///
/// Listens on 127.0.0.1 only and prints one line `listening on http://127.0.0.1:PORT` once ready.
/// Stops cleanly on SIGINT or SIGTERM (saving --state FILE if given).
#[derive(Debug, Clone, Parser)]
#[command(name = "nylas-emulator", version, args_override_self = true)]
pub struct Args {
    /// TCP port on 127.0.0.1; 0 picks a free port (read it from the "listening on" line).
    #[arg(long, default_value_t = 4010)]
    pub port: u16,

    /// The API key the emulator accepts as `Authorization: Bearer KEY`.
    #[arg(long, default_value = DEFAULT_API_KEY)]
    pub api_key: String,

    /// A domain registered and verified at start (repeatable). `*.nylas.email` ones are trial
    /// (branded) domains. Others are custom domains marked as fully verified.
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,

    /// Requests per second per application for grant and connect calls (also applied, separately,
    /// to connectors and webhooks, as Nylas does). 0 disables the limit.
    #[arg(long, default_value_t = 50.0)]
    pub rate_limit: f64,

    /// Requests per second per grant for message calls. 0 disables the limit.
    #[arg(long, default_value_t = 200.0)]
    pub grant_rate_limit: f64,

    /// The plan's cap on agent accounts in the application.
    #[arg(long, default_value_t = 100_000)]
    pub max_accounts: usize,

    /// Probability (0..1) that any API call answers a random fault (see --fault-kinds).
    /// Half of them hit before the handler (nothing applied), half after (applied, response lost).
    #[arg(long, default_value_t = 0.0)]
    pub fault_rate: f64,

    /// Comma-separated fault kinds --fault-rate picks from: 429,500,502,503,504,reset,truncated,
    /// malformed_json,html,delay. Default: all but delay.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "429,500,502,503,504,reset,truncated,malformed_json,html"
    )]
    pub fault_kinds: Vec<String>,

    /// Milliseconds a "delay" fault waits (default 95000: past the Nylas Node SDK's 90 s timeout).
    #[arg(long, default_value_t = 95_000)]
    pub fault_delay_ms: u64,

    /// Enable the test hook routes under /__emulator/ (deliver mail, DNS records, faults, reset, snapshot).
    #[arg(long)]
    pub test_hooks: bool,

    /// Load state from FILE at start (if it exists) and save it there on stop.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Write service-account credentials JSON (RSA-2048, generated once and kept in --state) whose
    /// key the emulator trusts for the Manage Domains API.
    #[arg(long, value_name = "FILE")]
    pub service_account_out: Option<PathBuf>,

    /// Trust the key of an existing service-account credentials JSON file (repeatable; no key generation).
    #[arg(long = "service-account", value_name = "FILE")]
    pub service_accounts: Vec<PathBuf>,

    /// Create the `nylas` connector at start (account creation needs one, as on Nylas).
    #[arg(long)]
    pub auto_connector: bool,

    /// bcrypt cost for app-password hashes. The default 4 (bcrypt's minimum) keeps the emulator from
    /// being what limits bulk tests at 50 req/s on 2 cores; real services use 10 or more.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(4..=31))]
    pub bcrypt_cost: u32,

    /// Region reported by domains and the service account (us or eu).
    #[arg(long, default_value = "us", value_parser = ["us", "eu"])]
    pub region: String,

    /// Log one line per request to stderr (method, path, status; never bodies or headers).
    #[arg(long)]
    pub verbose: bool,

    /// A web origin (`scheme://host[:port]`) whose pages may call the emulator from a browser, besides
    /// loopback pages (`http://localhost`, `http://127.0.0.1`, `http://[::1]`, any port), which always may.
    /// Repeatable; `*` allows every origin (any web page you visit could then drive the emulator).
    #[arg(long = "allow-origin", value_name = "ORIGIN")]
    pub allow_origins: Vec<String>,

    /// At most this many connections are served at once; further ones wait in the kernel's accept
    /// queue until one closes. 0 = no limit.
    #[arg(long, default_value_t = 512)]
    pub max_connections: u32,

    /// Milliseconds a connection has to send a request's complete headers (also how long an idle
    /// keep-alive connection stays open). 0 = no limit.
    #[arg(long, default_value_t = 10_000)]
    pub header_timeout_ms: u64,

    /// Milliseconds a request has to send its complete body, counted once the headers are in;
    /// later, it gets 408. 0 = no limit.
    #[arg(long, default_value_t = 30_000)]
    pub body_timeout_ms: u64,
}

impl Args {
    /// Flags for in-process tests: hooks on, defaults otherwise.
    pub fn for_tests() -> Self {
        Self::parse_from(["nylas-emulator", "--test-hooks", "--port", "0"])
    }
}

impl Args {
    /// Parses flags (the first item is the program name), as the binary does: for hosts that take their
    /// options in another form and spell them as flags, so both hosts share one set of defaults and checks.
    pub fn from_flags(flags: Vec<String>) -> Result<Self, String> {
        Self::try_parse_from(flags).map_err(|e| e.to_string())
    }
}
