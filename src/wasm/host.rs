//! What the JavaScript host provides for free: its WHATWG `URL` parser (UTS #46 domain-to-ASCII).

/// Converts a domain with the host's URL parser, which applies UTS #46 non-transitional processing
/// as the URL standard specifies. The caller has already rejected every ASCII character that could
/// change how the URL is split (`/ ? # @ : %` …), so the parser sees only a host.
pub(crate) fn domain_to_ascii(domain: &str) -> Option<String> {
    let url = web_sys::Url::new(&format!("http://{domain}/")).ok()?;
    Some(url.hostname())
}
