//! UTS #46 domain-to-ASCII conversion: the rules here, the Unicode tables from the host.
//!
//! In wasm the host's WHATWG `URL` parser converts (every JS runtime has one, and it saves the 220–450 KB
//! of Unicode tables the `idna` crate would add to the package); natively the `idna` crate, which
//! implements the same URL-standard profile, does. Either comes in through [`Host`] (the crate root
//! picks one per target, as the client takes its transport); what the result must satisfy is decided
//! here, so that native tests run the same rule as the package.

/// Longest domain name, in octets of its ASCII form without the final dot (RFC 1035 §2.3.4).
pub(crate) const MAX_DOMAIN_OCTETS: usize = 253;
/// Longest label, in octets (RFC 1035 §2.3.4).
pub(crate) const MAX_LABEL_OCTETS: usize = 63;

/// What the host provides that the core cannot carry itself, as the transport and signer are for the
/// client: UTS #46 processing and a cryptographic random source.
pub trait Host: Sync {
    /// The host's UTS #46 (non-transitional, URL-standard) conversion of `domain` to lowercase A-labels,
    /// or `None` when it fails. The caller has already rejected every ASCII character that could change
    /// how a URL is split (`/ ? # @ : %` …).
    fn domain_to_ascii(&self, domain: &str) -> Option<String>;

    /// Fills `buffer` from a cryptographic random source.
    fn fill_random(&self, buffer: &mut [u8]) -> Result<(), getrandom::Error> {
        getrandom::fill(buffer)
    }
}

/// The target's host (`crate::default_host`): a constant, so calls through it need no lookup.
pub(crate) fn host() -> &'static dyn Host {
    crate::default_host()
}

/// UTS #46 by the `idna` crate, for native builds (tests, tools).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct NativeHost;

#[cfg(not(target_arch = "wasm32"))]
impl Host for NativeHost {
    fn domain_to_ascii(&self, domain: &str) -> Option<String> {
        idna::domain_to_ascii(domain).ok()
    }
}

/// The lowercase A-label form of `domain`, or `None` when UTS #46 processing fails: the host's
/// conversion, with every A-label of the result checked as UTS #46 asks (Chromium's `URL` passes
/// `xn--` labels through unchecked; Node's checks them).
pub(crate) fn domain_to_ascii(domain: &str) -> Option<String> {
    let host = host();
    let ascii = host.domain_to_ascii(domain)?;
    // A name over 253 octets is rejected by the length rule whatever its labels hold.
    let too_long = ascii.len() > MAX_DOMAIN_OCTETS;
    (too_long || ascii.split('.').all(|label| a_label_is_valid(host, label))).then_some(ascii)
}

/// An `xn--` label must decode as Punycode to a label that the host converts back to exactly it: that
/// rejects undecodable labels, disallowed or unmapped code points, and non-canonical encodings. A label
/// over 63 octets is left to the length rule, which rejects it anyway: decoding is quadratic in the
/// label's length, and a hostile megabyte label must not stall the page.
fn a_label_is_valid(host: &dyn Host, label: &str) -> bool {
    let Some(encoded) = label.strip_prefix("xn--") else {
        return true;
    };
    if label.len() > MAX_LABEL_OCTETS {
        return true;
    }
    let Some(unicode) = crate::punycode::decode(encoded) else {
        return false;
    };
    !unicode.is_ascii()
        && host
            .domain_to_ascii(&unicode)
            .is_some_and(|again| again == label)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A host that, like Chromium's `URL`, passes `xn--` labels through unchecked: the core's rule
    /// must still reject the bad ones.
    struct Lenient;
    impl Host for Lenient {
        fn domain_to_ascii(&self, domain: &str) -> Option<String> {
            if domain.split('.').any(|l| l.starts_with("xn--")) {
                return Some(domain.to_ascii_lowercase());
            }
            NativeHost.domain_to_ascii(domain)
        }
    }

    #[test]
    fn a_labels_are_checked_by_the_core_whatever_the_host_passes() {
        for (label, valid) in [
            ("example", true),
            ("xn--bcher-kva", true),
            ("xn--", false),
            ("xn--a", false),         // decodes to ASCII: not an A-label
            ("xn--Bcher-kva", false), // not the canonical form of what it decodes to
            (&format!("xn--{}", "a".repeat(70)), true), // left to the length rule
        ] {
            assert_eq!(a_label_is_valid(&Lenient, label), valid, "{label}");
        }
    }
}
