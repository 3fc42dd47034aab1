//! UTS #46 domain-to-ASCII conversion, from the host where there is one.
//!
//! In wasm the host's WHATWG `URL` parser does the conversion: every JS runtime has one, and it saves the
//! 220–450 KB of Unicode tables the `idna` crate would add to the package. Natively (tests, tools) the
//! `idna` crate, which implements the same URL-standard profile, does it.

/// The lowercase A-label form of `domain`, or `None` when UTS #46 processing fails.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn domain_to_ascii(domain: &str) -> Option<String> {
    idna::domain_to_ascii(domain).ok()
}

/// The lowercase A-label form of `domain`, or `None` when UTS #46 processing fails.
#[cfg(target_arch = "wasm32")]
pub(crate) fn domain_to_ascii(domain: &str) -> Option<String> {
    crate::wasm::host::domain_to_ascii(domain)
}
