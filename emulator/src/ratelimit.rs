//! Token-bucket rate limits: per application per API group, and per grant for messages (nylas-api.md §9).

use std::collections::HashMap;
use std::sync::Mutex;

use crate::reply::ApiError;

/// The rate-limit groups Nylas documents per application (50 req/s each) plus the per-grant one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// `/v3/grants*` and `/v3/connect/*`: one shared budget, as bulk provisioning sees it.
    Grants,
    /// `/v3/connectors*`.
    Connectors,
    /// `/v3/webhooks*`.
    Webhooks,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    /// Monotonic milliseconds of the last refill ([`crate::host::monotonic_millis`]).
    last: f64,
}

impl Bucket {
    /// Takes one token, refilling at `rate`/s up to `rate` (one second of burst). On refusal, the
    /// seconds until a token is back.
    fn take(&mut self, rate: f64, now: f64) -> Result<(), u64> {
        let elapsed = ((now - self.last) / 1000.0).max(0.0);
        self.tokens = (self.tokens + elapsed * rate).min(rate.max(1.0));
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - self.tokens) / rate).ceil().max(1.0) as u64)
        }
    }
}

/// All buckets. A rate of 0 (or less) disables that kind of limit.
#[derive(Debug)]
pub struct RateLimiter {
    app_rate: f64,
    grant_rate: f64,
    app: Mutex<HashMap<Group, Bucket>>,
    grants: Mutex<HashMap<String, Bucket>>,
}

impl RateLimiter {
    /// Limits: `app_rate` per group per application, `grant_rate` per grant for messages.
    pub fn new(app_rate: f64, grant_rate: f64) -> Self {
        Self {
            app_rate,
            grant_rate,
            app: Mutex::default(),
            grants: Mutex::default(),
        }
    }

    /// Counts one application-level call of `group`; 429 when over the limit.
    pub fn check_app(&self, group: Group) -> Result<(), ApiError> {
        if self.app_rate <= 0.0 {
            return Ok(());
        }
        let mut map = self
            .app
            .lock()
            .map_err(|_| ApiError::internal("rate limiter unavailable"))?;
        let rate = self.app_rate;
        let bucket = map.entry(group).or_insert_with(|| Bucket {
            tokens: rate.max(1.0),
            last: crate::host::monotonic_millis(),
        });
        bucket
            .take(rate, crate::host::monotonic_millis())
            .map_err(ApiError::rate_limited)
    }

    /// Counts one message call for a grant; 429 when over the limit.
    pub fn check_grant(&self, grant_id: &str) -> Result<(), ApiError> {
        if self.grant_rate <= 0.0 {
            return Ok(());
        }
        let mut map = self
            .grants
            .lock()
            .map_err(|_| ApiError::internal("rate limiter unavailable"))?;
        let rate = self.grant_rate;
        let bucket = map.entry(grant_id.to_string()).or_insert_with(|| Bucket {
            tokens: rate.max(1.0),
            last: crate::host::monotonic_millis(),
        });
        bucket
            .take(rate, crate::host::monotonic_millis())
            .map_err(ApiError::rate_limited)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_allows_a_second_of_burst_then_refuses() {
        let start = 1_000.0;
        let mut b = Bucket {
            tokens: 5.0,
            last: start,
        };
        for _ in 0..5 {
            assert!(b.take(5.0, start).is_ok());
        }
        assert_eq!(b.take(5.0, start), Err(1));
        assert!(b.take(5.0, start + 200.0).is_ok());
    }

    #[test]
    fn zero_rate_disables_the_limit() {
        let l = RateLimiter::new(0.0, 0.0);
        for _ in 0..1000 {
            assert!(l.check_app(Group::Grants).is_ok());
        }
    }
}
