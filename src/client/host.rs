//! The host's text codecs for the client: base64 (signatures, PEM keys, the scrubbed forms of a secret)
//! and HTTP dates (`Retry-After`). Every JavaScript host has them for free (`btoa`, `atob`,
//! `Date.parse`), which saves the wasm the `base64` and `httpdate` crates (about 9 KB before wasm-opt);
//! native builds use those crates. The rules around the conversions (which text is base64, which value
//! is a date) stay here, in the core, so that both hosts decide alike.

/// Conversions the client asks its host for.
pub(crate) trait Codecs {
    /// Standard base64 (RFC 4648 section 4), with padding.
    fn base64_encode(&self, bytes: &[u8]) -> String;

    /// Decodes standard padded base64 that [`is_padded_base64`] accepted.
    fn base64_decode(&self, text: &str) -> Option<Vec<u8>>;

    /// An HTTP date (RFC 9110 section 5.6.7; its obsolete asctime form has no zone and is UTC) as
    /// milliseconds since the Unix epoch, for a value that [`may_be_http_date`] accepted.
    fn http_date_ms(&self, text: &str) -> Option<f64>;
}

/// The target's codecs, chosen where the modules are wired (`crate::default_codecs`), as the checks'
/// host is: the core never names `wasm`.
pub(crate) fn codecs() -> &'static dyn Codecs {
    crate::default_codecs()
}

/// Standard base64 with padding: whole quanta of 4 characters of the standard alphabet, `=` only at
/// the end and at most twice. Checked here because `atob` is lenient (it takes missing padding), and a
/// key must read the same on every host.
pub(crate) fn is_padded_base64(text: &str) -> bool {
    let bytes = text.as_bytes();
    let data = text.trim_end_matches('=');
    bytes.len() % 4 == 0
        && bytes.len() - data.len() <= 2
        && data
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// Whether `value` may be an HTTP date, before a host's parser sees it. The three forms of RFC 9110
/// all name a day and a month; a value without a letter (`-1`, `12.5`) is no date, and is not handed
/// to a lenient parser such as `Date.parse`, which reads `-1` as the year -1.
pub(crate) fn may_be_http_date(value: &str) -> bool {
    value.bytes().any(|b| b.is_ascii_alphabetic())
}

/// URL-safe base64 without padding (RFC 4648 section 5), from the standard form.
pub(crate) fn url_safe_no_pad(standard: &str) -> String {
    standard
        .trim_end_matches('=')
        .replace('+', "-")
        .replace('/', "_")
}

/// The `base64` and `httpdate` crates, for native builds (tests, tools).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct NativeCodecs;

#[cfg(not(target_arch = "wasm32"))]
impl Codecs for NativeCodecs {
    fn base64_encode(&self, bytes: &[u8]) -> String {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }

    fn base64_decode(&self, text: &str) -> Option<Vec<u8>> {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.decode(text).ok()
    }

    fn http_date_ms(&self, text: &str) -> Option<f64> {
        let at = httpdate::parse_http_date(text).ok()?;
        Some(at.duration_since(std::time::UNIX_EPOCH).ok()?.as_millis() as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_and_only_padded_standard_text_is_base64() {
        let c = codecs();
        assert_eq!(
            c.base64_encode(b"any carnal pleas"),
            "YW55IGNhcm5hbCBwbGVhcw=="
        );
        assert_eq!(url_safe_no_pad("+/+/ab=="), "-_-_ab");
        assert_eq!(
            c.base64_decode("YW55IGNhcm5hbCBwbGVhcw==").as_deref(),
            Some(&b"any carnal pleas"[..])
        );
        assert!(is_padded_base64("YW55IGNhcm5hbCBwbGVhcw=="));
        assert!(is_padded_base64(""));
        for bad in [
            "YW55IGNhcm5hbCBwbGVhcw",
            "YW5=IGNh",
            "YW55-_==",
            "Y===",
            "YW55 IGNh",
        ] {
            assert!(!is_padded_base64(bad), "{bad}");
        }
    }

    #[test]
    fn the_three_http_date_forms_are_read_as_utc() {
        let at = 1_445_412_485_000.0;
        for form in [
            "Wed, 21 Oct 2015 07:28:05 GMT",
            "Wednesday, 21-Oct-15 07:28:05 GMT",
            "Wed Oct 21 07:28:05 2015",
        ] {
            assert!(may_be_http_date(form), "{form}");
            assert_eq!(codecs().http_date_ms(form), Some(at), "{form}");
        }
        assert!(!may_be_http_date("-1"));
        assert!(!may_be_http_date("12.5"));
    }
}
