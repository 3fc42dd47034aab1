//! When to retry and how long to wait: exponential backoff with full jitter, capped, and the server's
//! `Retry-After` (seconds or an HTTP date) taking priority.

use super::host::{codecs, may_be_http_date};
use crate::error::Error;

/// Whether a request may be sent again after an ambiguous failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replay {
    /// GET, PUT, DELETE and POSTs that change nothing twice: every retryable failure is retried.
    Safe,
    /// A create: only a failure that proves nothing was applied (429) is retried here; a lost response
    /// is reconciled by the caller, which looks before it creates again.
    Unsafe,
}

/// Decides whether `error` is worth another attempt for a request of kind `replay`.
pub fn should_retry(error: &Error, replay: Replay) -> bool {
    match error {
        Error::Api(details) if details.status == 429 => true,
        // 500 too for safe calls: repeating a read or an idempotent write costs nothing, and the CLI
        // retries it as well.
        Error::Api(details) => replay == Replay::Safe && matches!(details.status, 500 | 502..=504),
        Error::Network { .. } | Error::Timeout { .. } => replay == Replay::Safe,
        _ => false,
    }
}

/// True for failures after which the server may or may not have applied the request.
pub fn is_ambiguous(error: &Error) -> bool {
    match error {
        Error::Api(details) => matches!(details.status, 500 | 502..=504),
        Error::Network { .. } | Error::Timeout { .. } => true,
        _ => false,
    }
}

/// The delay before retry number `attempt` (1-based): the server's `Retry-After` when it gave one
/// (capped at `max` too: a server asking for days, or for a date in 2099, gets `max`), otherwise `base · 2^(attempt-1)` capped at `max`, scaled by `jitter` in [0, 1) to spread out clients
/// that failed together (half fixed, half random, so a retry never fires instantly).
pub fn delay_ms(
    attempt: u32,
    retry_after_ms: Option<u64>,
    base: u64,
    max: u64,
    jitter: f64,
) -> u64 {
    if let Some(server) = retry_after_ms {
        return server.min(max);
    }
    let exponential = base
        .saturating_mul(1u64 << attempt.saturating_sub(1).min(20))
        .min(max);
    let half = exponential / 2;
    half + (half as f64 * jitter.clamp(0.0, 1.0)) as u64
}

/// Parses `Retry-After`: delay-seconds or an HTTP date (RFC 9110 section 10.2.3), as milliseconds from `now_ms`.
pub fn parse_retry_after(value: &str, now_ms: f64) -> Option<u64> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(seconds.saturating_mul(1000));
    }
    if !may_be_http_date(value) {
        return None;
    }
    let at_ms = codecs().http_date_ms(value)?;
    Some((at_ms - now_ms).max(0.0) as u64)
}

/// A number in [0, 1) from the host's random source; 0.5 if there is none (jitter is not security).
pub fn jitter() -> f64 {
    let mut bytes = [0u8; 4];
    match crate::idn::host().fill_random(&mut bytes) {
        Ok(()) => unit_interval(bytes),
        Err(_) => 0.5,
    }
}

/// Four random bytes as a number in [0, 1): divided by 2^32, so even all-ones stays below 1.
fn unit_interval(bytes: [u8; 4]) -> f64 {
    f64::from(u32::from_le_bytes(bytes)) / (f64::from(u32::MAX) + 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ApiErrorDetails;

    fn api(status: u16) -> Error {
        Error::Api(Box::new(ApiErrorDetails {
            status,
            error_type: "x".into(),
            message: "m".into(),
            request_id: None,
            retry_after: None,
            fix: "f".into(),
            code: "API_ERROR",
        }))
    }

    #[test]
    fn which_failures_are_retried() {
        let network = Error::Network {
            message: "reset".into(),
        };
        let table = [
            (api(429), true, true),
            (api(502), true, false),
            (api(503), true, false),
            (api(504), true, false),
            (api(500), true, false),
            (api(400), false, false),
            (api(404), false, false),
            (network, true, false),
            (Error::Timeout { ms: 5 }, true, false),
            (Error::Abort, false, false),
        ];
        for (error, safe, unsafe_) in table {
            assert_eq!(should_retry(&error, Replay::Safe), safe, "{error:?}");
            assert_eq!(should_retry(&error, Replay::Unsafe), unsafe_, "{error:?}");
        }
        assert!(is_ambiguous(&api(500)) && is_ambiguous(&Error::Timeout { ms: 1 }));
        assert!(!is_ambiguous(&api(429)) && !is_ambiguous(&api(400)));
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        assert_eq!(delay_ms(1, None, 500, 30_000, 0.0), 250);
        assert_eq!(delay_ms(1, None, 500, 30_000, 0.999_999), 499);
        assert_eq!(delay_ms(2, None, 500, 30_000, 0.0), 500);
        assert_eq!(delay_ms(3, None, 500, 30_000, 0.0), 1000);
        assert_eq!(delay_ms(30, None, 500, 30_000, 0.0), 15_000);
        assert_eq!(
            delay_ms(2, Some(7000), 500, 30_000, 0.3),
            7000,
            "Retry-After wins"
        );
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        assert_eq!(parse_retry_after("3", 0.0), Some(3000));
        let now = 1_445_412_480_000.0; // 2015-10-21T07:28:00Z
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:05 GMT", now),
            Some(5000)
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now),
            Some(0)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn jitter_stays_in_range_and_varies() {
        let draws: Vec<f64> = (0..1000).map(|_| jitter()).collect();
        assert!(draws.iter().all(|j| (0.0..1.0).contains(j)));
        // Clients that failed together must not retry together: the draws differ and spread over
        // the range (1000 uniform draws all in one half has odds of 2^-999).
        let distinct: std::collections::BTreeSet<u64> = draws.iter().map(|j| j.to_bits()).collect();
        assert!(distinct.len() > 900, "{} distinct draws", distinct.len());
        assert!(draws.iter().any(|j| *j < 0.5) && draws.iter().any(|j| *j >= 0.5));
    }

    #[test]
    fn random_bytes_map_onto_zero_to_one_exclusive() {
        assert_eq!(unit_interval([0; 4]), 0.0);
        assert_eq!(unit_interval([0, 0, 0, 0x80]), 0.5);
        assert_eq!(unit_interval([0xff; 4]), 1.0 - 2f64.powi(-32));
    }

    #[test]
    fn jitter_scales_the_random_half_only() {
        assert_eq!(delay_ms(1, None, 500, 30_000, 0.5), 375);
        assert_eq!(delay_ms(3, None, 500, 30_000, 0.25), 1250);
        // Out-of-range jitter is clamped: never more than the full delay, never under half of it.
        assert_eq!(delay_ms(1, None, 500, 30_000, 7.0), 500);
        assert_eq!(delay_ms(1, None, 500, 30_000, -3.0), 250);
        // Attempt 0 is treated as the first; the doubling stops at 2^20 even under a huge cap.
        assert_eq!(delay_ms(0, None, 500, 30_000, 0.0), 250);
        assert_eq!(delay_ms(40, None, 2, u64::MAX, 0.0), 1 << 20);
        assert_eq!(delay_ms(21, None, 2, u64::MAX, 0.0), 1 << 20);
        assert_eq!(delay_ms(20, None, 2, u64::MAX, 0.0), 1 << 19);
        assert_eq!(
            delay_ms(1, Some(0), 500, 30_000, 0.9),
            0,
            "Retry-After: 0 wins too"
        );
    }

    #[test]
    fn only_the_gateway_5xx_and_500_are_retried() {
        for status in [501, 505, 499, 408] {
            assert!(!should_retry(&api(status), Replay::Safe), "{status}");
            assert!(!is_ambiguous(&api(status)), "{status}");
        }
        assert!(!should_retry(&Error::Abort, Replay::Unsafe));
        assert!(!is_ambiguous(&Error::Abort));
        assert!(is_ambiguous(&Error::Network {
            message: "reset".into()
        }));
    }

    #[test]
    fn retry_after_tolerates_spaces_and_huge_values() {
        assert_eq!(parse_retry_after(" 4 ", 0.0), Some(4000));
        assert_eq!(parse_retry_after("0", 0.0), Some(0));
        assert_eq!(
            parse_retry_after(&u64::MAX.to_string(), 0.0),
            Some(u64::MAX)
        );
        assert_eq!(parse_retry_after("-1", 0.0), None);
    }
}
