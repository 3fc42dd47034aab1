//! Fault injection: rules set by the test hook (or `--fault-rate`) that spoil an API call, either
//! BEFORE its handler runs (nothing applied) or AFTER it (the change is applied, the response is lost).

use serde::{Deserialize, Serialize};
use std::sync::Mutex;

/// What a fault does to the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum FaultKind {
    /// 429 `api.rate_limit_error` with `Retry-After: 1`.
    #[serde(rename = "429")]
    TooManyRequests,
    /// 500 `api.internal_error`.
    #[serde(rename = "500")]
    Internal,
    /// 502 bad gateway.
    #[serde(rename = "502")]
    BadGateway,
    /// 503 service unavailable.
    #[serde(rename = "503")]
    Unavailable,
    /// 504 gateway timeout.
    #[serde(rename = "504")]
    GatewayTimeout,
    /// Waits `delay_ms` (default `--fault-delay-ms`) so the client's timeout fires first.
    Delay,
    /// Closes the TCP connection with a reset (RST), no response.
    Reset,
    /// Declares the full Content-Length, sends half the body, then cuts the connection.
    Truncated,
    /// A complete response whose body is cut JSON (does not parse).
    MalformedJson,
    /// A load-balancer HTML error page (`text/html`, status 502 unless `status` says otherwise).
    Html,
}

impl FaultKind {
    /// Parses a `--fault-kinds` entry.
    pub fn parse(s: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(s.trim().to_string())).ok()
    }

    /// The HTTP status of a status fault.
    pub fn status(self) -> Option<u16> {
        match self {
            Self::TooManyRequests => Some(429),
            Self::Internal => Some(500),
            Self::BadGateway => Some(502),
            Self::Unavailable => Some(503),
            Self::GatewayTimeout => Some(504),
            _ => None,
        }
    }
}

/// When the fault strikes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Before the handler: the request is never applied.
    #[default]
    Before,
    /// After the handler: the request IS applied, then the response is replaced or lost.
    After,
}

fn one() -> f64 {
    1.0
}

/// A rule as the test hook receives it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FaultSpec {
    /// The fault.
    pub kind: FaultKind,
    /// Matches paths starting with this (e.g. `/v3/connect/custom`).
    #[serde(default)]
    pub path: Option<String>,
    /// Matches whole paths: `*` is one segment, a final `**` any rest (e.g. `/v3/grants/*`).
    #[serde(default)]
    pub pattern: Option<String>,
    /// Only this method (any when absent).
    #[serde(default)]
    pub method: Option<String>,
    /// Chance per matching call (default 1).
    #[serde(default = "one")]
    pub probability: f64,
    /// Fire at most this many times (unlimited when absent).
    #[serde(default)]
    pub count: Option<u64>,
    /// Before or after the handler (default before).
    #[serde(default)]
    pub phase: Phase,
    /// For `delay`: milliseconds to wait.
    #[serde(default)]
    pub delay_ms: Option<u64>,
    /// For `html`: the status of the page (default 502).
    #[serde(default)]
    pub status: Option<u16>,
}

impl FaultSpec {
    fn matches(&self, method: &str, path: &str) -> bool {
        let method_ok = self
            .method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method));
        let prefix_ok = self.path.as_deref().is_none_or(|p| path.starts_with(p));
        let pattern_ok = self
            .pattern
            .as_deref()
            .is_none_or(|p| pattern_matches(p, path));
        method_ok && prefix_ok && pattern_ok
    }
}

/// `*` matches one path segment; a final `**` matches the rest (zero or more segments).
pub fn pattern_matches(pattern: &str, path: &str) -> bool {
    let pat: Vec<&str> = pattern.trim_end_matches('/').split('/').collect();
    let segs: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    for (i, p) in pat.iter().enumerate() {
        if *p == "**" && i == pat.len() - 1 {
            return segs.len() >= i;
        }
        match segs.get(i) {
            Some(s) if *p == "*" || p == s => {}
            _ => return false,
        }
    }
    pat.len() == segs.len()
}

/// A rule with its id and how often it fired.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FaultRule {
    /// Id to delete it by.
    pub id: String,
    /// The rule.
    #[serde(flatten)]
    pub spec: FaultSpec,
    /// Times it fired so far.
    pub fired: u64,
}

/// The fault chosen for one call.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fault {
    /// What happens.
    pub kind: FaultKind,
    /// When.
    pub phase: Phase,
    /// For delays.
    pub delay_ms: u64,
    /// For HTML pages.
    pub status: u16,
}

/// The rules in force, plus the `--fault-rate` background noise.
#[derive(Debug)]
pub struct Faults {
    rules: Mutex<Vec<FaultRule>>,
    random_rate: f64,
    random_kinds: Vec<FaultKind>,
    default_delay_ms: u64,
}

impl Faults {
    /// `random_rate` and `random_kinds` come from `--fault-rate` / `--fault-kinds`.
    pub fn new(random_rate: f64, random_kinds: Vec<FaultKind>, default_delay_ms: u64) -> Self {
        Self {
            rules: Mutex::default(),
            random_rate,
            random_kinds,
            default_delay_ms,
        }
    }

    /// Adds a rule; returns it with its id.
    pub fn add(&self, spec: FaultSpec) -> FaultRule {
        let rule = FaultRule {
            id: crate::ids::new_uuid(),
            spec,
            fired: 0,
        };
        if let Ok(mut rules) = self.rules.lock() {
            rules.push(rule.clone());
        }
        rule
    }

    /// The rules in force.
    pub fn list(&self) -> Vec<FaultRule> {
        self.rules.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// Removes one rule (`Some(id)`) or all; returns how many went.
    pub fn remove(&self, id: Option<&str>) -> usize {
        let Ok(mut rules) = self.rules.lock() else {
            return 0;
        };
        let before = rules.len();
        rules.retain(|r| id.is_some_and(|id| r.id != id));
        before - rules.len()
    }

    /// Decides whether this call gets a fault: the first matching rule that fires wins, else the
    /// `--fault-rate` dice.
    pub fn pick(&self, method: &str, path: &str) -> Option<Fault> {
        if let Ok(mut rules) = self.rules.lock() {
            for rule in rules.iter_mut() {
                let s = &rule.spec;
                let spent = s.count.is_some_and(|c| rule.fired >= c);
                if spent || !s.matches(method, path) || crate::host::random_unit() >= s.probability
                {
                    continue;
                }
                rule.fired += 1;
                return Some(Fault {
                    kind: s.kind,
                    phase: s.phase,
                    delay_ms: s.delay_ms.unwrap_or(self.default_delay_ms),
                    status: s.status.unwrap_or(502),
                });
            }
        }
        if self.random_rate > 0.0
            && !self.random_kinds.is_empty()
            && crate::host::random_unit() < self.random_rate
        {
            let kind = self.random_kinds[pick_index(self.random_kinds.len())];
            // A real 429 never follows an applied change; every other kind may strike either side.
            let after = kind != FaultKind::TooManyRequests && crate::host::random_unit() < 0.5;
            let phase = if after { Phase::After } else { Phase::Before };
            return Some(Fault {
                kind,
                phase,
                delay_ms: self.default_delay_ms,
                status: 502,
            });
        }
        None
    }
}

/// The load balancer's HTML error page of the `html` fault: its status (502 if `code` is not one) and text.
pub fn html_page(code: u16) -> (u16, String) {
    let status = http::StatusCode::from_u16(code).unwrap_or(http::StatusCode::BAD_GATEWAY);
    let code = status.as_u16();
    let reason = status.canonical_reason().unwrap_or("Error");
    let page = format!(
        "<html>\r\n<head><title>{code} {reason}</title></head>\r\n<body>\r\n<center><h1>{code} {reason}</h1></center>\r\n</body>\r\n</html>\r\n"
    );
    (code, page)
}

/// A uniform index below `len` (`len` > 0).
fn pick_index(len: usize) -> usize {
    ((crate::host::random_unit() * len as f64) as usize).min(len.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_segments() {
        assert!(pattern_matches("/v3/grants/*", "/v3/grants/abc"));
        assert!(!pattern_matches("/v3/grants/*", "/v3/grants/abc/messages"));
        assert!(pattern_matches("/v3/grants/**", "/v3/grants/abc/messages"));
        assert!(!pattern_matches("/v3/grants/*", "/v3/grants"));
    }

    #[test]
    fn count_limits_how_often_a_rule_fires() {
        let f = Faults::new(0.0, vec![], 10);
        let spec: FaultSpec = serde_json::from_value(serde_json::json!({
            "kind": "503", "path": "/v3/connect", "count": 2, "phase": "after"
        }))
        .unwrap();
        f.add(spec);
        assert_eq!(
            f.pick("POST", "/v3/connect/custom").unwrap().phase,
            Phase::After
        );
        assert!(f.pick("POST", "/v3/connect/custom").is_some());
        assert!(f.pick("POST", "/v3/connect/custom").is_none());
        assert!(f.pick("GET", "/v3/grants").is_none());
    }

    #[test]
    fn kinds_parse_from_flag_names() {
        assert_eq!(FaultKind::parse("429"), Some(FaultKind::TooManyRequests));
        assert_eq!(
            FaultKind::parse("malformed_json"),
            Some(FaultKind::MalformedJson)
        );
        assert_eq!(FaultKind::parse("nope"), None);
    }
}
