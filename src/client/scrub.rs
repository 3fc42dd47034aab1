//! Keeping secrets out of errors: every string an error carries (the server's message and type, the
//! request id, the host's network message) is scrubbed of the API key and the call's app password, in
//! the forms a server could echo them: as sent, in another case, base64 (standard or URL-safe, as in a
//! Basic header) and percent-encoded.

use super::encode;
use super::host::{codecs, url_safe_no_pad};
use crate::error::Error;

/// Shorter values are not scrubbed: replacing every "abc" in a message would garble it, and no key or
/// app password is that short (app passwords have 18 characters at least).
const MIN_SECRET_LEN: usize = 6;

const REDACTED: &str = "[redacted]";

/// `text` with every form of every secret replaced by `[redacted]`.
pub fn scrub(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_string();
    for secret in secrets.iter().filter(|s| s.len() >= MIN_SECRET_LEN) {
        let standard = codecs().base64_encode(secret.as_bytes());
        let forms = [
            secret.to_string(),
            standard.clone(),
            standard.trim_end_matches('=').to_string(),
            url_safe_no_pad(&standard),
            encode(secret),
        ];
        for form in forms.iter().filter(|f| f.len() >= MIN_SECRET_LEN) {
            out = replace_ignoring_ascii_case(&out, form);
        }
    }
    out
}

/// Replaces every occurrence of `needle` in `haystack`, ASCII letters compared without case.
fn replace_ignoring_ascii_case(haystack: &str, needle: &str) -> String {
    // ASCII lowercasing keeps every byte where it is, so positions found in the lowered copy are
    // positions in the original, and they fall on character boundaries (the needle starts with the
    // same byte as the match, and a UTF-8 continuation byte is never ASCII).
    let lowered = haystack.to_ascii_lowercase();
    let needle = needle.to_ascii_lowercase();
    let mut out = String::with_capacity(haystack.len());
    let mut at = 0;
    while let Some(found) = lowered[at..].find(&needle) {
        out.push_str(&haystack[at..at + found]);
        out.push_str(REDACTED);
        at += found + needle.len();
    }
    out.push_str(&haystack[at..]);
    out
}

/// The same error with every string it carries scrubbed.
pub fn scrub_error(error: Error, secrets: &[&str]) -> Error {
    match error {
        Error::Api(mut details) => {
            details.message = scrub(&details.message, secrets);
            details.error_type = scrub(&details.error_type, secrets);
            details.fix = scrub(&details.fix, secrets);
            details.request_id = details.request_id.map(|id| scrub(&id, secrets));
            Error::Api(details)
        }
        Error::Network { message } => Error::Network {
            message: scrub(&message, secrets),
        },
        Error::BadResponse { code, message } => Error::BadResponse {
            code,
            message: scrub(&message, secrets),
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ApiErrorDetails;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    use base64::Engine;

    const KEY: &str = "nyk_v0_SecretKey123";

    #[test]
    fn every_form_of_a_secret_is_redacted() {
        let echoed = [
            KEY.to_string(),
            KEY.to_uppercase(),
            KEY.to_lowercase(),
            STANDARD.encode(KEY),
            URL_SAFE_NO_PAD.encode(KEY),
            encode("key with / and +"),
        ];
        for form in echoed {
            let text = format!("bad key «{form}» given");
            let scrubbed = scrub(&text, &[KEY, "key with / and +"]);
            assert_eq!(scrubbed, "bad key «[redacted]» given", "{form}");
        }
        assert_eq!(scrub("short abc", &["abc"]), "short abc");
    }

    #[test]
    fn every_string_field_of_an_error_is_scrubbed() {
        let error = Error::Api(Box::new(ApiErrorDetails {
            status: 401,
            error_type: format!("type {KEY}"),
            message: format!("message {}", KEY.to_uppercase()),
            request_id: Some(format!("req-{KEY}")),
            retry_after: None,
            fix: "f".into(),
            code: "UNAUTHORIZED",
        }));
        let scrubbed = scrub_error(error, &[KEY]);
        let report = serde_json::to_string(&scrubbed.report()).unwrap();
        assert!(
            !report.to_lowercase().contains(&KEY.to_lowercase()),
            "{report}"
        );
        assert!(report.contains("req-[redacted]"), "{report}");
        let network = scrub_error(
            Error::Network {
                message: format!("connect to {KEY}"),
            },
            &[KEY],
        );
        assert_eq!(network.to_string(), "network error: connect to [redacted]");
    }
}
