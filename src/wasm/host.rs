//! What the JavaScript host provides for free: its WHATWG `URL` parser (UTS #46 domain-to-ASCII).

use std::cell::RefCell;
use std::collections::HashMap;

/// Conversions remembered between calls: a form validating as the user types, or a list of addresses,
/// asks for the same few domains again and again, and each conversion is a trip through JavaScript.
const REMEMBERED: usize = 256;

thread_local! {
    static CONVERTED: RefCell<HashMap<String, Option<String>>> = RefCell::new(HashMap::new());
}

/// Converts a domain with the host's URL parser, which applies UTS #46 non-transitional processing
/// as the URL standard specifies. The caller has already rejected every ASCII character that could
/// change how the URL is split (`/ ? # @ : %` …), so the parser sees only a host.
pub(crate) fn domain_to_ascii(domain: &str) -> Option<String> {
    if let Some(known) = CONVERTED.with(|c| c.borrow().get(domain).cloned()) {
        return known;
    }
    let converted = convert(domain);
    CONVERTED.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() >= REMEMBERED {
            cache.clear();
        }
        cache.insert(domain.to_string(), converted.clone());
    });
    converted
}

/// A trailing `.a` label is added and removed again: the URL standard reads a host whose last label
/// looks like a number (`0x7f`, `123`) as an IPv4 address and rejects it, which is not a UTS #46 verdict.
fn convert(domain: &str) -> Option<String> {
    let url = web_sys::Url::new(&format!("http://{domain}.a/")).ok()?;
    url.hostname().strip_suffix(".a").map(str::to_string)
}
