//! What the JavaScript host provides for free: its WHATWG `URL` parser (UTS #46 domain-to-ASCII).

/// Converts a domain with the host's URL parser, which applies UTS #46 non-transitional processing
/// as the URL standard specifies. The caller has already rejected every ASCII character that could
/// change how the URL is split (`/ ? # @ : %` …), so the parser sees only a host.
///
/// A trailing `.a` label is added and removed again: the URL standard reads a host whose last label
/// looks like a number (`0x7f`, `123`) as an IPv4 address and rejects it, which is not a UTS #46 verdict.
pub(crate) fn domain_to_ascii(domain: &str) -> Option<String> {
    let url = web_sys::Url::new(&format!("http://{domain}.a/")).ok()?;
    url.hostname().strip_suffix(".a").map(str::to_string)
}
