//! Outgoing webhook traffic: the `?challenge=` handshake and signed deliveries, to loopback URLs only.

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;
use std::net::IpAddr;

use crate::host::{OutboundRequest, Services};
use crate::reply::ApiError;
use crate::unknowns;

/// Refuses URLs the emulator must not call: anything but `http://` on a loopback host.
pub fn check_url(raw: &str) -> Result<url::Url, ApiError> {
    let url =
        url::Url::parse(raw).map_err(|_| ApiError::invalid("webhook_url is not a valid URL"))?;
    if !unknowns::WEBHOOKS_LOOPBACK_ONLY {
        return Ok(url);
    }
    let loopback = match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    };
    if url.scheme() != "http" || !loopback {
        return Err(ApiError::invalid(
            "the emulator only calls http:// loopback webhook URLs (127.0.0.1, localhost, [::1])",
        ));
    }
    Ok(url)
}

/// `GET <url>?challenge=<value>`: the endpoint must answer 200 with exactly the value.
pub async fn challenge(services: &Services, url: &url::Url) -> Result<(), ApiError> {
    let value = crate::ids::random_token(32);
    let mut target = url.clone();
    target.query_pairs_mut().append_pair("challenge", &value);
    let failed = |why: &str| ApiError::invalid(format!("webhook_url failed the challenge: {why}"));
    let resp = services
        .outbound
        .send(OutboundRequest {
            method: "GET",
            url: target.to_string(),
            headers: Vec::new(),
            body: String::new(),
            timeout_ms: 10_000,
        })
        .await
        .map_err(|_| failed("the endpoint could not be reached within 10 s"))?;
    if !(200..300).contains(&resp.status) {
        return Err(failed(&format!("the endpoint answered {}", resp.status)));
    }
    if resp.body.trim() != value {
        return Err(failed("the body was not the challenge value"));
    }
    Ok(())
}

/// Lowercase hex HMAC-SHA256 of `body` keyed with `secret`: the `x-nylas-signature` header.
pub fn signature(secret: &str, body: &[u8]) -> String {
    // HMAC takes keys of any length, so this cannot fail; fall back to an empty signature regardless.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(body);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How one delivery went.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DeliveryReport {
    /// The webhook.
    pub webhook_id: String,
    /// Attempts made (at most 3).
    pub attempts: u32,
    /// Last HTTP status, if any answer came.
    pub status: Option<u16>,
    /// Whether the endpoint accepted it (2xx).
    pub delivered: bool,
}

/// Posts `payload` (its `webhook_delivery_attempt` set per attempt), retrying as Nylas does.
pub async fn deliver(
    services: &Services,
    webhook_id: &str,
    url: &str,
    secret: &str,
    mut payload: serde_json::Value,
) -> DeliveryReport {
    let mut report = DeliveryReport {
        webhook_id: webhook_id.into(),
        attempts: 0,
        status: None,
        delivered: false,
    };
    for attempt in 1..=3u32 {
        payload["webhook_delivery_attempt"] = attempt.into();
        let body = payload.to_string();
        // The URL was checked at create (check_url); check again so no stored state can send elsewhere.
        if check_url(url).is_err() {
            return report;
        }
        let signature = signature(secret, body.as_bytes());
        let sent = services
            .outbound
            .send(OutboundRequest {
                method: "POST",
                url: url.to_string(),
                headers: vec![
                    ("content-type", "application/json".into()),
                    ("x-nylas-signature", signature),
                ],
                body,
                timeout_ms: 10_000,
            })
            .await;
        report.attempts = attempt;
        let status = sent.ok().map(|r| r.status);
        report.status = status;
        if status.is_some_and(|s| (200..300).contains(&s)) {
            report.delivered = true;
            return report;
        }
        let retry = status.is_none_or(|s| unknowns::WEBHOOK_RETRY_STATUSES.contains(&s));
        match unknowns::WEBHOOK_BACKOFF_MS.get(attempt as usize - 1) {
            Some(ms) if retry => services.tasks.sleep(*ms).await,
            _ => return report,
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_is_lowercase_hex_hmac_sha256() {
        // RFC 4231 test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn only_loopback_http_urls() {
        assert!(check_url("http://127.0.0.1:9/x").is_ok());
        assert!(check_url("http://localhost/x").is_ok());
        assert!(check_url("http://[::1]:80/").is_ok());
        assert!(check_url("https://127.0.0.1/").is_err());
        assert!(check_url("http://example.com/").is_err());
        assert!(check_url("http://10.0.0.1/").is_err());
    }
}
